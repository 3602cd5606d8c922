import { describe, expect, it } from 'vitest';
import { countPaths, listPaths } from '../engine';
import { buildStepPage } from '../tex/page';
import { checkLessonText } from './check';
import { HOSTILE_LESSONS, chainLesson } from './hostile-lessons';
import { loadLesson, loadModelFile } from './load';
import type { Problem } from './source';

// No hostile lesson crashes `lessons check` or `trace`; each is refused at its place in a short
// message, or it checks clean and then traces and renders every page without an error.

/** What a teacher must never see: a stack trace, a figure from Object.prototype, a 10 KB quote. */
function expectReadable(problems: readonly Problem[]): void {
	for (const p of problems) {
		expect(p.message.length).toBeLessThan(400);
		expect(p.message).not.toMatch(/Maximum call stack|RangeError|is not a function|function Object|native code|−∞/);
	}
}

/** Every step page in both languages: no KaTeX error, no markup smuggled in, no prototype figure. */
function expectPagesWork(text: string): void {
	const loaded = loadLesson(text);
	if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
	for (let index = 1; index <= loaded.loaded.lesson.steps.length; index++) {
		for (const lang of ['es', 'en'] as const) {
			// the page as data: its HTML fields and the raw TeX it carries for copying (escaped when shown)
			const html = JSON.stringify(buildStepPage(loaded.loaded, 'hostile', index, lang));
			expect(html).not.toMatch(/tex-error|function Object|native code|−∞|NaN/);
			expect(html).not.toMatch(/Html?":"[^"]*<svg onload/);
			// an attribute never holds KaTeX's markup
			expect(html).not.toMatch(/(?:alt|href|title)=\\"[^"\\]*(?:katex|<span)/);
		}
	}
}

describe('hostile lesson files', { timeout: 120_000 }, () => {
	it.each(HOSTILE_LESSONS.map((h) => [h.name, h] as const))('%s', (_name, h) => {
		const problems = checkLessonText(h.text);
		expectReadable(problems);
		const traced = loadModelFile(h.text);
		if (h.refused) {
			const { pointer, message } = h.refused;
			const said = message.source.startsWith('^') ? message.source.slice(1) : `.*${message.source}`;
			expect(problems.map((p) => `${p.pointer}  ${p.message}`)).toContainEqual(expect.stringMatching(new RegExp(`^${pointer}  ${said}`)));
			if (!traced.ok) expectReadable(traced.problems);
			return;
		}
		expect(problems.map((p) => `${p.pointer}  ${p.message}`)).toEqual([]);
		// `check` passing means `trace` works: every parameter's paths counted and listed
		if (!traced.ok) throw new Error(traced.problems.map((p) => p.message).join('; '));
		for (const p of traced.graph.params) expect(listPaths(traced.trace, p, 64).length).toBe(Math.min(64, Number(countPaths(traced.graph, p))));
		expectPagesWork(h.text);
	});

	it('a 10 000-node chain checks clean, then traces its one path of 10 000 factors', () => {
		const text = chainLesson(10_000);
		expect(checkLessonText(text)).toEqual([]);
		const traced = loadModelFile(text);
		if (!traced.ok) throw new Error('the chain does not trace');
		const [path] = listPaths(traced.trace, 'w');
		expect(path?.factors).toHaveLength(10_000);
		expect(path?.product).toBeCloseTo(traced.trace.gradients.w ?? NaN, 12);
	});
});
