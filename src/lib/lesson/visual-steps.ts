/**
 * What the loader checks in the graph, plot, train and prove steps beyond their schema: every name they
 * mention is in the model, and each plot has the fields its kind needs and none of another kind's.
 */
import { factor, parseExpr, type Trace } from '../engine';
import { symbolsOf } from '../engine/expr';
import { evaluateExpr } from '../engine/evaluate';
import type { Expr } from '../engine/types';
import { trainStartIssue } from '../engine/own-example';
import type { Step } from './schema';
import { problemAt, type Problem, type Source } from './source';

/** The fields each kind of plot reads; any other plot field is a slip. */
const PLOT_FIELDS = {
	activation: ['activation', 'at'],
	loss: ['optimizer', 'learningRate', 'iterations', 'dataset', 'seed', 'nodes'],
	optimizers: ['surface', 'iterations', 'newton'],
	fit: ['curve', 'points', 'nodes', 'optimizer', 'iterations', 'learningRate', 'seed'],
	schedules: ['learningRate', 'iterations', 'schedules']
} as const;
const NEEDS_RATE = 'training needs a positive learning rate: give this step a "learningRate", or the model a positive one';
const ALL_PLOT_FIELDS = ['activation', 'at', 'surface', 'optimizer', 'learningRate', 'iterations', 'dataset', 'seed', 'nodes', 'curve', 'points', 'newton', 'schedules'] as const;

/** The mean of (curve(x) − y)² over the points, with `values` giving the parameters. */
function meanSquaredError(curve: Expr, points: readonly (readonly [number, number])[], values: Readonly<Record<string, number>>): number {
	if (points.length === 0) return NaN;
	return points.reduce((s, [x, y]) => s + (evaluateExpr(curve, { ...values, x }) - y) ** 2, 0) / points.length;
}

/** A fit plot's curve must be a formula in x and the parameters; its points must give its nodes' values. */
function fitProblems(step: Extract<Step, { kind: 'plot' }>, t: Trace): { field: string; message: string }[] {
	if (step.curve === undefined || step.points === undefined) return [{ field: 'plot', message: 'plot "fit" needs a "curve" (a formula in x) and its "points"' }];
	const parsed = parseExpr(step.curve);
	if (!parsed.ok) return [{ field: 'curve', message: parsed.message }];
	const strange = symbolsOf(parsed.expr).filter((n) => n !== 'x' && !t.graph.params.includes(n));
	if (strange.length > 0) return [{ field: 'curve', message: `the curve may use x and the model's parameters, not ${strange.join(', ')}` }];
	const out: { field: string; message: string }[] = [];
	const sets = [step.points.train, step.points.validation ?? []];
	(step.nodes ?? []).slice(0, 2).forEach((node, k) => {
		const expected = t.values[node] ?? NaN;
		const got = meanSquaredError(parsed.expr, sets[k] ?? [], t.values);
		if (!(Math.abs(got - expected) <= 1e-9 * Math.max(1, Math.abs(expected)))) {
			out.push({ field: 'points', message: `the ${k === 0 ? 'training' : 'validation'} points give a mean squared error of ${got}, but "${node}" is ${expected}: the points and the model disagree` });
		}
	});
	return out;
}

export function visualStepProblems(source: Source, step: Step, i: number, t: Trace): Problem[] {
	const graph = t.graph;
	const out: Problem[] = [];
	const at = (...path: (string | number)[]) => ['steps', i, ...path];
	const datasetProblem = (dataset: 'xor' | undefined): void => {
		const issue = dataset === undefined ? undefined : trainStartIssue(graph, { dataset });
		if (issue) out.push(problemAt(source, at('dataset'), issue));
	};
	switch (step.kind) {
		case 'graph':
			step.focus.forEach((f, k) => {
				const [of, wrt] = f.split('/');
				if (wrt === undefined) {
					if (!graph.symbols.has(f)) out.push(problemAt(source, at('focus', k), `"${f}" is not a name of the model`));
				} else if (!factor(t, of ?? '', wrt)) {
					out.push(problemAt(source, at('focus', k), `"${f}" is not an edge of the graph: ${of} does not use ${wrt}`));
				}
			});
			break;
		case 'plot': {
			const allowed: readonly string[] = PLOT_FIELDS[step.plot];
			for (const field of ALL_PLOT_FIELDS) {
				if (step[field] !== undefined && !allowed.includes(field)) {
					out.push(problemAt(source, at(field), `"${field}" does not apply to plot "${step.plot}" (it reads ${allowed.map((f) => `"${f}"`).join(', ')})`));
				}
			}
			if (step.plot === 'activation' && step.activation === undefined) {
				out.push(problemAt(source, at('plot'), 'plot "activation" needs an "activation" field, e.g. "sigmoid"'));
			}
			if (step.at !== undefined && !graph.symbols.has(step.at)) out.push(problemAt(source, at('at'), `"${step.at}" is not a name of the model`));
			step.nodes?.forEach((n, k) => {
				if (!graph.nodes.some((node) => node.name === n)) out.push(problemAt(source, at('nodes', k), `"${n}" is not a node of the model (a loss plot draws computed nodes)`));
			});
			if (step.plot === 'schedules' && step.schedules === undefined) {
				out.push(problemAt(source, at('plot'), 'plot "schedules" needs a "schedules" field, e.g. [{"kind": "constant"}, {"kind": "exponential", "decay": 0.3}]'));
			}
			if ((step.plot === 'loss' || step.plot === 'fit' || step.plot === 'schedules') && step.learningRate === undefined && !(graph.learningRate > 0)) out.push(problemAt(source, at('plot'), NEEDS_RATE));
			if (step.plot === 'fit') out.push(...fitProblems(step, t).map((p) => problemAt(source, at(p.field), p.message)));
			datasetProblem(step.dataset);
			break;
		}
		case 'train':
			if (step.learningRate === undefined && !(graph.learningRate > 0)) out.push(problemAt(source, at('kind'), NEEDS_RATE));
			datasetProblem(step.dataset);
			break;
		case 'prove':
			step.params.forEach((p, k) => {
				if (!graph.params.includes(p)) {
					out.push(problemAt(source, at('params', k), `"${p}" is not a parameter of the model (parameters: ${graph.params.join(', ')})`));
				}
			});
			break;
		default:
			break;
	}
	return out;
}
