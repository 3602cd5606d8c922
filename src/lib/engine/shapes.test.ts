/**
 * Parsing and deriving once per expression shape (shapes.ts) must give exactly what parsing and deriving
 * each text gives: the same tree, the same variables in the same order, the same teaching forms, and for
 * a text that cannot be read, the same message. Checked on every text, good or bad, that fast-check builds
 * from names, numbers, the parser's own words, calls and operators, and on every lesson's model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derive } from './derive';
import { symbolsOf } from './expr';
import { expandNetwork, type NetworkSpec } from './layered';
import { parseExpr } from './parse';
import { shapeCache } from './shapes';
import { authoredNetwork } from './testing';
import type { ModelSpec } from './types';

/** What the build got for a text before shapes: parseExpr, symbolsOf and derive on the text itself. */
function direct(text: string, self: string): { ok: true; expr: unknown; vars: string[]; derivatives: unknown[] } | { ok: false; message: string } {
	const r = parseExpr(text);
	if (!r.ok) return r;
	const vars = symbolsOf(r.expr);
	return { ok: true, expr: r.expr, vars, derivatives: vars.map((v) => derive(r.expr, v, self)) };
}

function viaShapes(shaped: ReturnType<typeof shapeCache>, text: string, names: ReadonlySet<string>, self: string): ReturnType<typeof direct> {
	const r = shaped(text, names);
	if (!r.ok) return r;
	return { ok: true, expr: r.node.expr, vars: r.node.vars, derivatives: r.node.derivatives(self) };
}

const NAMES: ReadonlySet<string> = new Set(['x', 'w1', 'a1_2', 'e', 'pi', 'mod', 'NaN', 'true', 'tanh', 'xy', 'x1e5']);
const TOKENS = [
	'x', 'w1', 'a1_2', 'e', 'pi', 'xy', 'x1e5', 'y', 'mod', 'to', 'NaN', 'Infinity', 'true',
	'2', '0.5', '.5', '1e5', '2e-3', '2x', '3w1', '0x1F', 'x.y', 'x.5',
	'sigmoid(', 'tanh(', 'max(', 'leaky_relu(', 'x(', 'w1 (', 'sigmoid',
	'(', ')', '+', '-', '*', '/', '^', ',', ' ', '  ', '!', "'", '%', '$0', 'α', '"1"', '[1]', '\n'
];

describe('parsing by shape', () => {
	it('gives every text, read or refused, what parsing it as written gives', () => {
		// one cache for every text, as one build shares it across its nodes
		const shaped = shapeCache();
		let read = 0;
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 14 }), (tokens) => {
				// Arrange
				const text = tokens.join('');

				// Act
				const got = viaShapes(shaped, text, NAMES, 'self');

				// Assert
				expect(got).toEqual(direct(text, 'self'));
				if (got.ok) read++;
			}),
			{ numRuns: 4000, seed: 13 }
		);
		// not only refusals: a good share of the texts are read
		expect(read).toBeGreaterThan(400);
	});

	it('gives the second text of a shape its own names, not the first one’s', () => {
		// Arrange
		const shaped = shapeCache();
		const names = new Set(['a', 'b', 'c', 'd', 'n1', 'n2']);

		// Act
		const first = viaShapes(shaped, 'sigmoid(a*b + c)', names, 'n1');
		const second = viaShapes(shaped, 'sigmoid(c*d + a)', names, 'n2');

		// Assert
		expect(first).toEqual(direct('sigmoid(a*b + c)', 'n1'));
		expect(second).toEqual(direct('sigmoid(c*d + a)', 'n2'));
		expect(second.ok && second.vars).toEqual(['c', 'd', 'a']);
	});

	it('gives every lesson model’s nodes what parsing each as written gives', () => {
		// Arrange
		const dir = new URL('../../../lessons/', import.meta.url);
		const models = readdirSync(dir)
			.filter((d) => /^\d+-/.test(d))
			.map((folder): ModelSpec | undefined => {
				const lesson: { model?: ModelSpec; network?: NetworkSpec } = JSON.parse(readFileSync(new URL(`${folder}/lesson.json`, dir), 'utf8'));
				if (!lesson.network) return lesson.model;
				const expanded = expandNetwork(authoredNetwork(lesson.network));
				return expanded.ok ? expanded.model : undefined;
			});

		for (const model of models) {
			if (!model) throw new Error('a lesson without a model');
			const names = new Set([model.inputs, model.targets, model.params, model.constants].flatMap((r) => Object.keys(r ?? {})).concat(model.nodes.map((n) => n.name)));
			const shaped = shapeCache();

			// Act, Assert
			for (const node of model.nodes) expect(viaShapes(shaped, node.expr, names, node.name)).toEqual(direct(node.expr, node.name));
		}
	});
});
