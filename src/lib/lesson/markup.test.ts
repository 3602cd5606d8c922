import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStepPage } from '../tex/page';
import { loadLesson } from './load';
import { joinMarkup, KEPT, splitMarkup } from './markup';
import type { StepPage } from './view';

/** Every step of a lesson in both languages, as the build renders them. */
function stepsOf(dir: string, slug: string): StepPage[] {
	const lesson = loadLesson(readFileSync(new URL(`../../../lessons/${dir}/lesson.json`, import.meta.url), 'utf8'));
	if (!lesson.ok) throw new Error(`the ${slug} lesson should load`);
	const loaded = lesson.loaded;
	return (['es', 'en'] as const).flatMap((lang) => loaded.lesson.steps.flatMap((_, i) => buildStepPage(loaded, slug, i + 1, lang) ?? []));
}

const pages = stepsOf('01-computational-graph', 'computational-graph');
/** A lesson with plots, each with its formula. */
const withPlots = stepsOf('06-activations', 'activations');

describe('a step page apart from its rendered text', () => {
	it('leaves no rendered formula or paragraph in the text blocks of the page data', () => {
		for (const page of pages) {
			// Act
			const { page: data } = splitMarkup(page);

			// Assert: text blocks and exercises' prompts hold KEPT only; the rest of every block is untouched
			for (const [i, block] of data.step.blocks.entries()) {
				const where = `${page.lang} step ${page.index} block ${i + 1}`;
				const before = page.step.blocks[i];
				if (block.type === 'exercise' && before?.type === 'exercise') {
					expect(block.exercise.promptHtml, where).toBe(KEPT);
					expect({ ...block.exercise, promptHtml: before.exercise.promptHtml }, where).toEqual(before.exercise);
				} else if (block.type === 'math') {
					expect([block.html, block.tex], where).toEqual([KEPT, KEPT]);
					expect(before?.type === 'math' && before.html, where).toContain(`<annotation encoding="application/x-tex">`);
				} else if ('html' in block && (block.type !== 'plot' || block.html !== undefined)) expect(block.html, where).toBe(KEPT);
				else expect(block, where).toEqual(before);
			}
		}
		expect(pages.some((p) => p.step.blocks.some((b) => b.type === 'prose' && b.html.includes('class="katex"')))).toBe(true);
		expect(pages.some((p) => p.step.blocks.some((b) => b.type === 'exercise' && b.exercise.promptHtml.includes('class="katex"')))).toBe(true);
	});

	it('leaves out the titles, and carries them in the markup', () => {
		for (const page of pages) {
			// Act
			const { page: data, markup } = splitMarkup(page);

			// Assert
			expect([data.lesson.title, data.step.title, ...data.lesson.stepTitles]).toEqual(Array.from({ length: page.lesson.stepCount + 2 }, () => KEPT));
			expect(markup.titles).toEqual({ lesson: page.lesson.title, step: page.step.title, steps: page.lesson.stepTitles });
		}
	});

	it('leaves out the graph labels its first drawing shows, and keeps the rest of the graph', () => {
		const withGraph = pages.filter((p) => p.graph);
		expect(withGraph.length).toBeGreaterThan(0);
		for (const page of withGraph) {
			// Act
			const { page: data, markup } = splitMarkup(page);

			// Assert: every box drawn has its label in the markup only; the graph is otherwise the same
			const where = `${page.lang} step ${page.index}`;
			const drawn = page.graph?.layout.nodes.map((n) => n.name) ?? [];
			expect(Object.keys(markup.labels).sort(), where).toEqual([...drawn].sort());
			for (const name of drawn) {
				expect(data.graph?.labelsHtml[name], where).toBe(KEPT);
				expect(markup.labels[name], where).toContain('class="katex"');
			}
			expect({ ...data.graph, labelsHtml: page.graph?.labelsHtml }, where).toEqual(page.graph);
		}
	});

	it('leaves out a plot\'s formula, and keeps its chart', () => {
		const plotted = withPlots.filter((p) => p.step.blocks.some((b) => b.type === 'plot' && b.html !== undefined));
		expect(plotted.length).toBeGreaterThan(0);
		for (const page of plotted) {
			const { page: data, markup } = splitMarkup(page);
			for (const [i, block] of data.step.blocks.entries()) {
				const before = page.step.blocks[i];
				if (block.type !== 'plot' || before?.type !== 'plot' || before.html === undefined) continue;
				expect(block).toEqual({ ...before, html: KEPT });
				expect(markup.blocks[i]).toBe(before.html);
			}
		}
	});

	it('comes back whole when data and markup meet again', () => {
		for (const page of [...pages, ...withPlots]) {
			// Arrange
			const { page: data, markup } = splitMarkup(page);

			// Act: the markup travels as JSON, as the step's markup file does
			const joined = joinMarkup(data, JSON.parse(JSON.stringify(markup)));

			// Assert: whole again, but for each formula's TeX, which the page reads from the formula's MathML
			const blocks = page.step.blocks.map((b) => (b.type === 'math' ? { ...b, tex: KEPT } : b));
			expect(joined).toEqual({ ok: true, page: { ...page, step: { ...page.step, blocks } } });
		}
	});

	it('says which step and which block do not fit, rather than showing an empty step', () => {
		// Arrange: a step with a text block
		const page = pages.find((p) => p.step.blocks.length > 1 && p.step.blocks[0]?.type === 'prose');
		if (!page) throw new Error('the lesson should have a step opening with prose');
		const { page: data, markup } = splitMarkup(page);

		// Act
		const short = joinMarkup(data, { ...markup, blocks: markup.blocks.slice(1) });
		const hole = joinMarkup(data, { ...markup, blocks: [null, ...markup.blocks.slice(1)] });
		const old = joinMarkup(data, markup.blocks);
		const untitled = joinMarkup(data, { ...markup, titles: { ...markup.titles, steps: markup.titles.steps.slice(1) } });

		// Assert
		expect(short).toEqual({ ok: false, message: `step ${page.index} of computational-graph: its markup does not match its ${markup.blocks.length} blocks` });
		expect(hole).toEqual({ ok: false, message: `step ${page.index} of computational-graph: block 1 has no markup` });
		// a markup file of an older build, a list of blocks only
		expect(old).toEqual({ ok: false, message: `step ${page.index} of computational-graph: its markup does not match its ${markup.blocks.length} blocks` });
		expect(untitled).toEqual({ ok: false, message: `step ${page.index} of computational-graph: its markup does not have the titles of its ${page.lesson.stepCount} steps` });
	});

	it('says which graph label is missing', () => {
		// Arrange: a step with a graph
		const page = pages.find((p) => p.graph && p.graph.layout.nodes.length > 1);
		if (!page) throw new Error('the lesson should have a step with a graph');
		const { page: data, markup } = splitMarkup(page);
		const [first, ...rest] = Object.keys(markup.labels);

		// Act
		const joined = joinMarkup(data, { ...markup, labels: Object.fromEntries(rest.map((n) => [n, markup.labels[n] ?? ''])) });

		// Assert
		expect(joined).toEqual({ ok: false, message: `step ${page.index} of computational-graph: the graph's label of ${first} has no markup` });
	});
});
