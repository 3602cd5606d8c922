import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentBreach, LIMITS, sizeBreach } from './preview-limits';

const lesson = (extra: object): string => JSON.stringify({ id: 'x', steps: [], ...extra });

describe('the Open page limits', () => {
	it('takes every lesson of the course', () => {
		for (const slug of ['03-worked-example', '04-layers', '06-activations', '11-regularisation']) {
			const text = readFileSync(new URL(`../../../lessons/${slug}/lesson.json`, import.meta.url), 'utf8');
			expect(sizeBreach(Buffer.byteLength(text)), slug).toBeUndefined();
			expect(contentBreach(text), slug).toBeUndefined();
		}
	});

	it('refuses a file one byte past the size limit, naming the limit', () => {
		expect(sizeBreach(LIMITS.bytes)).toBeUndefined();
		expect(sizeBreach(LIMITS.bytes + 1)).toEqual({ limit: 'bytes', found: LIMITS.bytes + 1, max: LIMITS.bytes });
	});

	it('counts steps, the nodes of a model and the neurons of a network', () => {
		expect(contentBreach(lesson({ steps: Array.from({ length: LIMITS.steps + 1 }, () => ({})) }))?.limit).toBe('steps');
		const nodes = Array.from({ length: LIMITS.nodes + 1 }, (_, i) => ({ name: `n${i}`, expr: 'x' }));
		expect(contentBreach(lesson({ model: { nodes } }))).toEqual({ limit: 'nodes', found: LIMITS.nodes + 1, max: LIMITS.nodes });
		expect(contentBreach(lesson({ network: { layers: [2, LIMITS.nodes] } }))?.limit).toBe('nodes');
		expect(contentBreach(lesson({ network: { layers: [2, 3, 1] } }))).toBeUndefined();
	});

	it('counts inline and display formulas in every string, however deep', () => {
		const half = Math.ceil((LIMITS.formulas + 1) / 2);
		const body = { es: '$a$ '.repeat(half), en: '$$b$$ '.repeat(half) };
		expect(contentBreach(lesson({ steps: [{ kind: 'text', body }] }))?.limit).toBe('formulas');
		expect(contentBreach(lesson({ steps: [{ kind: 'text', body: { es: '$a$ $$b$$', en: 'no maths, 5$' } }] }))).toBeUndefined();
	});

	it('lets text that is not JSON through, for check to place the error', () => {
		expect(contentBreach('{ "id": ')).toBeUndefined();
	});

	it('walks a deeply nested file without overflowing the stack', () => {
		const deep = '['.repeat(5000) + '"$x$"' + ']'.repeat(5000);
		expect(contentBreach(deep)).toBeUndefined();
	});
});
