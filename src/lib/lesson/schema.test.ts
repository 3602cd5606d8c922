import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadModelFile } from './load';
import { DEFAULT_PRECISION, Lesson, ModelFile } from './schema';

const model = { params: { w: 0.5 }, nodes: [{ name: 'L', expr: 'w^2' }], loss: 'L', learningRate: 0.1 };

describe('a model file\'s precision', () => {
	it('is optional, and any whole number of decimals from 0 to 12', () => {
		for (const precision of [undefined, 0, 3, 12]) {
			const parsed = v.safeParse(ModelFile, { model, ...(precision === undefined ? {} : { precision }) });

			expect(parsed.success, String(precision)).toBe(true);
			expect(parsed.output).toMatchObject(precision === undefined ? {} : { precision });
		}
	});

	it('refuses decimals that are not a whole number from 0 to 12', () => {
		for (const precision of [2.5, -1, 13, '3', null]) {
			expect(v.safeParse(ModelFile, { model, precision }).success, JSON.stringify(precision)).toBe(false);
		}
	});

	it('has the lesson\'s own bounds and default', () => {
		const lesson = { id: 'x', title: { es: 'x', en: 'x' }, summary: { es: 'x', en: 'x' }, model, steps: [{ kind: 'summary' }] };

		expect(v.parse(Lesson, lesson).precision).toBe(DEFAULT_PRECISION);
		expect(v.safeParse(Lesson, { ...lesson, precision: 13 }).success).toBe(false);
		expect(v.safeParse(ModelFile, { model, precision: 13 }).success).toBe(false);
	});

	it('is read by the trace command\'s loader, which says where a bad one is', () => {
		expect(loadModelFile(JSON.stringify({ model, precision: 3 })).ok).toBe(true);

		const bad = loadModelFile(`{\n  "model": ${JSON.stringify(model)},\n  "precision": 2.5\n}`);

		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.problems[0]).toMatchObject({ pointer: '/precision', line: 3 });
	});
});
