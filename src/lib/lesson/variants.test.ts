import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLessonText } from './check';
import { loadLesson } from './load';
import { condition, resolveModel } from './variants';

const base = JSON.parse(readFileSync('lessons/03-worked-example/lesson.json', 'utf8'));

function withVariants(conditions: string[]): string {
	const lesson = structuredClone(base);
	lesson.model.params.w5 = { uniform: [0.3, 0.7], decimals: 2 };
	lesson.model.inputs.x1 = { choose: [0.05, 0.1, 0.2] };
	// figure tests pin the nominal numbers; keep only those that hold for every variant
	lesson.tests = [{ exercise: 'sigma_prime', answer: 'yhat1*(1-yhat1)', expect: 'correct' }];
	lesson.conditions = conditions;
	return JSON.stringify(lesson, null, 2);
}

describe('variants', () => {
	it('draws the nominal numbers without a seed: a range’s midpoint, a choice’s first value', () => {
		const model = resolveModel({ ...base.model, params: { ...base.model.params, w5: { uniform: [0.3, 0.8], decimals: 2 } }, inputs: { x1: { choose: [0.2, 0.3] }, x2: 0.5 } });
		expect(model.params.w5).toBe(0.55);
		expect(model.inputs.x1).toBe(0.2);
	});

	it('shows a range’s authored value before any draw, and draws around it with a seed', () => {
		const params = { ...base.model.params, w5: { uniform: [0.3, 0.8], decimals: 2, value: 0.4 } };
		expect(resolveModel({ ...base.model, params }).params.w5).toBe(0.4);
		const drawn = resolveModel({ ...base.model, params }, 7).params.w5 ?? NaN;
		expect(drawn).toBeGreaterThanOrEqual(0.3);
		expect(drawn).toBeLessThanOrEqual(0.8);
	});

	it('gives two students different numbers and the same student the same numbers', () => {
		const text = withVariants(['abs(grad:w1) > 1e-4']);
		const a = loadLesson(text, { seed: 11 });
		const again = loadLesson(text, { seed: 11 });
		const b = loadLesson(text, { seed: 12 });
		if (!a.ok || !again.ok || !b.ok) throw new Error('variants should load');
		expect(again.loaded.trace.values).toEqual(a.loaded.trace.values);
		const differs = ['w5', 'x1'].some((n) => a.loaded.trace.values[n] !== b.loaded.trace.values[n]);
		expect(differs).toBe(true);
		expect(a.loaded.trace.values.w5).toBeGreaterThanOrEqual(0.3);
		expect(a.loaded.trace.values.w5).toBeLessThanOrEqual(0.7);
	});

	it('redraws until the conditions hold', () => {
		const text = withVariants(['value:x1 > 0.15']);
		for (let seed = 1; seed <= 20; seed++) {
			const r = loadLesson(text, { seed });
			if (!r.ok) throw new Error(`seed ${seed}: ${r.problems[0]?.message}`);
			expect(r.loaded.trace.values.x1).toBe(0.2);
		}
	});

	it('evaluates conditions over quantity keys and refuses bare names', () => {
		const r = loadLesson(readFileSync('lessons/03-worked-example/lesson.json', 'utf8'));
		if (!r.ok) throw new Error('the worked example loads');
		expect(condition(r.loaded.trace, 'abs(grad:w1) > 1e-4')).toEqual({ ok: true, holds: true });
		expect(condition(r.loaded.trace, 'grad:w7 >= 0')).toEqual({ ok: true, holds: false });
		expect(condition(r.loaded.trace, 'yhat1 < 1')).toMatchObject({ ok: false });
		expect(condition(r.loaded.trace, 'grad:w1')).toMatchObject({ ok: false });
	});

	it('check draws 50 variants and names every seed that breaks', () => {
		expect(checkLessonText(withVariants(['abs(grad:w1) > 1e-4']))).toEqual([]);
		// the nominal w5 = 0.5 passes; a draw meets w5 = 0.5 only once in 41, so some seeds run out of redraws
		const text = withVariants(['value:w5 >= 0.5', 'value:w5 <= 0.5']);
		const problems = checkLessonText(text);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems[0]?.message).toMatch(/^variant seeds? (\(\d+ of 50\) )?[\d, ]+: the variant with seed \d+ breaks "value:w5/);
		expect(problems[0]?.pointer).toMatch(/^\/conditions\/[01]$/);
		const failing = Array.from({ length: 50 }, (_, k) => k + 1).filter((seed) => !loadLesson(text, { seed }).ok);
		const named = new Set(problems.flatMap((p) => (/^variant seeds? (?:\(\d+ of 50\) )?([\d, ]+):/.exec(p.message)?.[1] ?? '').split(', ').map(Number)));
		expect([...named].sort((a, b) => a - b)).toEqual(failing);
	});
});

describe('variants of a network lesson', () => {
	const text = readFileSync('lessons/13-why-backprop-is-cheap/lesson.json', 'utf8');

	it('shows the authored numbers first, and draws every varying weight from its seed', () => {
		const authored = loadLesson(text);
		const drawn = loadLesson(text, { seed: 7 });
		const again = loadLesson(text, { seed: 7 });
		if (!authored.ok || !drawn.ok || !again.ok) throw new Error('lesson 13 should load');
		expect(authored.loaded.variants).toBe(true);
		expect(authored.loaded.model.params.w1_1_1).toBe(0.4);
		expect(drawn.loaded.model.params).toEqual(again.loaded.model.params);
		expect(drawn.loaded.model.params).not.toEqual(authored.loaded.model.params);
		// each weight stays in its range and keeps its sign, as the lesson's ranges say
		for (const [name, w] of Object.entries(authored.loaded.model.params)) {
			if (name.startsWith('w')) expect(Math.sign(drawn.loaded.model.params[name] ?? NaN)).toBe(Math.sign(w));
		}
	});

	it('keeps a network of plain numbers as it is', () => {
		const plain = structuredClone(JSON.parse(text));
		plain.network.inputs = [0.5, 0.8];
		plain.network.weights = plain.network.weights.map((l: { value: number }[][]) => l.map((r) => r.map((w) => w.value)));
		plain.network.biases = plain.network.biases.map((l: { value: number }[]) => l.map((b) => b.value));
		const loaded = loadLesson(JSON.stringify(plain));
		if (!loaded.ok) throw new Error('the plain network should load');
		expect(loaded.loaded.variants).toBe(false);
	});
});
