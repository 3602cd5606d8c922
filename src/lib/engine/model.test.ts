/**
 * Every problem buildGraph and trace report, each at the JSON path where a teacher would look, with
 * a message that says what is wrong; and the default TeX labels of the course's names.
 */
import { describe, expect, it } from 'vitest';
import fixture from './fixtures/worked-example.json';
import { defaultLabel } from './labels';
import { buildGraph, type ModelIssue } from './model';
import { trace } from './trace';
import { mustBuild } from './testing';
import type { ModelSpec, NodeSpec, WrittenModelSpec } from './types';

const workedExample: ModelSpec = fixture.model;

/** The worked example with some nodes replaced (by index) or appended, or other fields changed. */
function variant(change: Partial<ModelSpec> & { replace?: Record<number, Partial<NodeSpec>>; append?: NodeSpec[] }): ModelSpec {
	const { replace = {}, append = [], ...fields } = change;
	const nodes = workedExample.nodes.map((n, i) => ({ ...n, ...replace[i] }));
	return { ...structuredClone(workedExample), nodes: [...nodes, ...append], ...fields };
}

function issuesOf(spec: WrittenModelSpec, at?: string): ModelIssue[] {
	const result = buildGraph(spec, at);
	return result.ok ? [] : result.issues;
}

function traceIssuesOf(spec: ModelSpec): ModelIssue[] {
	const result = trace(mustBuild(spec));
	return result.ok ? [] : result.issues;
}

describe('buildGraph: leaf groups left out', () => {
	it('builds and traces a model of parameters alone, as if its inputs, targets and constants were empty', () => {
		// Arrange: f = (x + y)·z with x = −2, y = 5, z = −4, written without the groups it does not use
		const written: WrittenModelSpec = {
			params: { x: -2, y: 5, z: -4 },
			nodes: [
				{ name: 'q', expr: 'x + y' },
				{ name: 'f', expr: 'q*z' }
			],
			loss: 'f',
			learningRate: 0.1
		};

		// Act
		const built = buildGraph(written);
		const traced = built.ok ? trace(built.graph) : undefined;

		// Assert: ∂f/∂x = ∂f/∂y = z = −4, ∂f/∂z = q = 3
		expect(built.ok && built.graph.spec).toMatchObject({ inputs: {}, targets: {}, constants: {} });
		expect(traced?.ok && { ...traced.trace.gradients }).toEqual({ x: -4, y: -4, z: 3 });
		expect(traced?.ok && traced.trace.loss).toBe(-12);
	});

	it('still finds a name a left-out group would have declared unknown', () => {
		const issues = issuesOf({ params: { w: 1 }, nodes: [{ name: 'L', expr: 'w*x' }], loss: 'L', learningRate: 0.1 });
		expect(issues).toEqual([{ path: 'model.nodes[0].expr', message: expect.stringMatching(/^unknown name "x"/) }]);
	});
});

describe('buildGraph: names', () => {
	it('reports an unknown name where it is used, with the names it may have meant', () => {
		// Arrange
		const spec = variant({ replace: { 3: { expr: 'sigmoid(x1*w9 + x2*w4 + B1)' } } });

		// Act
		const issues = issuesOf(spec);

		// Assert
		expect(issues).toEqual([{ path: 'model.nodes[3].expr', message: 'unknown name "w9" (did you mean w1, w2, w3?)' }]);
	});

	it('suggests a name that differs only in case first', () => {
		// Arrange
		const spec = variant({ replace: { 0: { expr: 'x1*w1 + x2*w3 + b1' } } });

		// Act
		const [issue] = issuesOf(spec);

		// Assert
		expect(issue).toEqual({ path: 'model.nodes[0].expr', message: 'unknown name "b1" (did you mean B1, B2, E1?)' });
	});

	it('offers no suggestion when nothing is close', () => {
		// Arrange
		const spec = variant({ replace: { 0: { expr: 'x1*w1 + momentum' } } });

		// Act
		const [issue] = issuesOf(spec);

		// Assert
		expect(issue).toEqual({ path: 'model.nodes[0].expr', message: 'unknown name "momentum"' });
	});

	it('reports a duplicate name at its second declaration, pointing at the first', () => {
		// Arrange
		const spec = variant({ replace: { 2: { name: 'sum_n1' } } });
		const leafAgain = variant({ append: [{ name: 'w1', expr: 'x1' }] });

		// Act
		const issues = issuesOf(spec);
		const leafIssues = issuesOf(leafAgain);

		// Assert
		expect(issues).toContainEqual({ path: 'model.nodes[2].name', message: 'duplicate name "sum_n1" (first declared at model.nodes[0].name)' });
		expect(leafIssues).toContainEqual({ path: 'model.nodes[11].name', message: 'duplicate name "w1" (first declared at model.params.w1)' });
	});

	it('reports an invalid name, and a name taken by a function', () => {
		// Arrange
		const spec = variant({
			params: { ...workedExample.params, 'w 9': 1 },
			append: [
				{ name: '2n', expr: 'x1' },
				{ name: 'sigmoid', expr: 'x1' }
			]
		});

		// Act
		const issues = issuesOf(spec);

		// Assert
		expect(issues).toEqual([
			{ path: 'model.params.w 9', message: '"w 9" is not a valid name: use a letter, then letters, digits or _' },
			{ path: 'model.nodes[11].name', message: '"2n" is not a valid name: use a letter, then letters, digits or _' },
			{ path: 'model.nodes[12].name', message: '"sigmoid" is the name of a function; choose another name' }
		]);
	});

	it('prefixes every path with where the model sits', () => {
		// Arrange
		const spec = variant({ replace: { 3: { expr: 'sigmoid(w9)' } } });

		// Act
		const [issue] = issuesOf(spec, 'lessons[0].model');

		// Assert
		expect(issue?.path).toBe('lessons[0].model.nodes[3].expr');
	});
});

describe('buildGraph: structure', () => {
	it('reports a cycle on every node in it', () => {
		// Arrange: n1 uses sum_yhat1, which uses n1
		const spec = variant({ replace: { 1: { expr: 'sigmoid(sum_n1 + sum_yhat1)' } } });

		// Act
		const issues = issuesOf(spec);

		// Assert
		expect(issues.map((i) => i.path)).toEqual(['model.nodes[1].expr', 'model.nodes[4].expr', 'model.nodes[5].expr', 'model.nodes[6].expr', 'model.nodes[7].expr', 'model.nodes[8].expr', 'model.nodes[9].expr', 'model.nodes[10].expr']);
		expect(issues[0]?.message).toMatch(/^"n1" is part of a cycle \(n1 → sum_yhat1 → .*\): a node may only use names that do not depend on it$/);
	});

	it('reports a node that uses itself', () => {
		// Arrange
		const spec = variant({ replace: { 0: { expr: 'x1*w1 + sum_n1' } } });

		// Act
		const issues = issuesOf(spec);

		// Assert
		expect(issues).toEqual([{ path: 'model.nodes[0].expr', message: '"sum_n1" uses itself: a cycle' }]);
	});

	it('reports a loss that is not a node', () => {
		// Arrange
		const leaf = variant({ loss: 'w1' });
		const typo = variant({ loss: 'E_totl' });

		// Act
		const leafIssues = issuesOf(leaf);
		const typoIssues = issuesOf(typo);

		// Assert
		expect(leafIssues).toEqual([{ path: 'model.loss', message: 'the loss "w1" is a param, not a node' }]);
		expect(typoIssues).toEqual([{ path: 'model.loss', message: 'the loss "E_totl" is not a node (did you mean E_total?)' }]);
	});

	it('reports a value or a learning rate that is not finite', () => {
		// Arrange
		const spec = variant({ params: { ...workedExample.params, w1: NaN }, learningRate: Infinity });

		// Act
		const issues = issuesOf(spec);

		// Assert
		expect(issues).toEqual([
			{ path: 'model.params.w1', message: 'w1 must be a finite number, not NaN' },
			{ path: 'model.learningRate', message: 'the learning rate must be a finite number' }
		]);
	});
});

describe('buildGraph: expressions', () => {
	it.each([
		['sigmod(sum_n1)', /^unknown function "sigmod": did you mean sigmoid\? \(known: exp, log, sqrt, .*sigmoid.*\)$/],
		['sigmoud(sum_n1)', /^unknown function "sigmoud": did you mean sigmoid\? \(known: /],
		// two letters swapped, as fingers do
		['tahn(sum_n1)', /^unknown function "tahn": did you mean tanh\? \(known: /],
		['foo(sum_n1)', /^unknown function "foo" \(known: exp, log/],
		['sigmoid(sum_n1, x1)', /^sigmoid takes 1 argument, not 2$/],
		['leaky_relu(sum_n1, 0.1, 2)', /^leaky_relu takes 1 or 2 arguments, not 3$/],
		['sum_n1.b', /^"sum_n1.b" is not allowed in an expression \(AccessorNode\)$/],
		['x=1', /^"x = 1" is not allowed in an expression \(AssignmentNode\)$/],
		['[1,2]', /^"\[1, 2\]" is not allowed in an expression \(ArrayNode\)$/],
		['sum_n1 == 1', /^the operator "==" is not allowed \(use \+ - \* \/ \^\)$/],
		['sigmoid(sum_n1', /^cannot read "sigmoid\(sum_n1": /]
	])('refuses %s', (expr, message) => {
		// Arrange
		const spec = variant({ replace: { 1: { expr } } });

		// Act
		const issues = issuesOf(spec);

		// Assert
		expect(issues).toHaveLength(1);
		expect(issues[0]?.path).toBe('model.nodes[1].expr');
		expect(issues[0]?.message).toMatch(message);
	});

	it('fills an optional argument with its documented default', () => {
		// Arrange
		const spec = variant({ replace: { 1: { expr: 'leaky_relu(sum_n1)' } } });

		// Act
		const graph = mustBuild(spec);

		// Assert
		expect(graph.nodes.find((n) => n.name === 'n1')?.expr).toEqual({
			kind: 'call',
			op: 'leaky_relu',
			args: [
				{ kind: 'sym', name: 'sum_n1' },
				{ kind: 'num', value: 0.01 }
			]
		});
	});
});

describe('PReLU: the slope α learned through its own factor', () => {
	it('writes ∂p/∂α as min(z, 0), which a student can type, and its value is z where z ≤ 0', () => {
		const graph = mustBuild({
			inputs: {},
			targets: { y: -0.5 },
			params: { z: -1, alpha: 0.25 },
			constants: {},
			nodes: [
				{ name: 'p', expr: 'leaky_relu(z, alpha)' },
				{ name: 'L', expr: '(p - y)^2' }
			],
			loss: 'L',
			learningRate: 0.1
		});
		const t = trace(graph);
		if (!t.ok) throw new Error('no trace');

		const f = t.trace.factorsOf.p?.find((x) => x.wrt === 'alpha');

		expect(f?.tex).toBe('\\min\\left(z, 0\\right)');
		expect(f?.value).toBe(-1);
		// ∂L/∂α = 2(p − y)·z = 2(−0.25 + 0.5)(−1)
		expect(t.trace.gradients.alpha).toBeCloseTo(-0.5, 12);
	});
});

describe('trace: values that are not finite', () => {
	it('reports a log of a negative number at the node', () => {
		// Arrange
		const spec = variant({ replace: { 8: { expr: 'log(t1 - yhat1)' } } });

		// Act
		const issues = traceIssuesOf(spec);

		// Assert
		expect(issues).toEqual([
			{
				path: 'model.nodes[8].expr',
				message: 'node "E1" evaluates to NaN: check its inputs (e.g. a log of a non-positive number or an overflowing exp)'
			}
		]);
	});

	it('reports a local derivative that is not finite', () => {
		// Arrange: √0 is 0, but its derivative 1/(2√0) is not
		const spec = variant({ constants: { zero: 0 }, append: [{ name: 'root', expr: 'sqrt(zero)' }] });

		// Act
		const issues = traceIssuesOf(spec);

		// Assert
		expect(issues).toEqual([{ path: 'model.nodes[11].expr', message: '∂root/∂zero evaluates to Infinity' }]);
	});

	it('reports an update that overshoots to a non-finite loss', () => {
		// Arrange
		const spec: ModelSpec = {
			inputs: {},
			targets: {},
			params: { w: 0.5 },
			constants: {},
			nodes: [{ name: 'L', expr: 'log(w)' }],
			loss: 'L',
			learningRate: 10
		};

		// Act
		const issues = traceIssuesOf(spec);

		// Assert: ∂L/∂w = 2, so w⁺ = 0.5 − 10·2 < 0
		expect(issues).toEqual([{ path: 'model.learningRate', message: 'after the update the loss is NaN: the learning rate 10 overshoots' }]);
	});
});

describe('default labels', () => {
	it.each([
		['yhat1', '\\hat{y}_{1}'],
		['w5', 'w_{5}'],
		['sum_n1', '\\mathrm{sum}_{n_{1}}'],
		['E_total', 'E_{\\mathrm{total}}'],
		['sum_yhat1', '\\mathrm{sum}_{\\hat{y}_{1}}'],
		['B1', 'B_{1}'],
		['x1', 'x_{1}'],
		['eta', '\\eta'],
		['E', 'E']
	])('%s → %s', (name, tex) => {
		// Arrange, Act
		const label = defaultLabel(name);

		// Assert
		expect(label).toBe(tex);
	});

	it('prefers a label the model gives', () => {
		// Arrange
		const spec = variant({ labels: { B1: 'b_{1}' }, replace: { 0: { tex: 'z_{1}' } } });

		// Act
		const graph = mustBuild(spec);

		// Assert
		expect(graph.symbols.get('B1')?.tex).toBe('b_{1}');
		expect(graph.symbols.get('sum_n1')?.tex).toBe('z_{1}');
		expect(graph.symbols.get('yhat1')?.tex).toBe('\\hat{y}_{1}');
	});
});
