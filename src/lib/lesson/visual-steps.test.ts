import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLesson } from './load';

const WORKED = readFileSync(new URL('../../../lessons/03-worked-example/lesson.json', import.meta.url), 'utf8');

/** The worked example with only `steps` (and its tests dropped), as the loader reports it. */
function problemsWith(steps: unknown[]): string[] {
	const lesson = { ...(JSON.parse(WORKED) as Record<string, unknown>), tests: [], steps };
	const r = loadLesson(JSON.stringify(lesson, null, 2));
	return r.ok ? [] : r.problems.map((p) => `${p.pointer}: ${p.message}`);
}

describe('graph, plot, train and prove steps in the loader', () => {
	it('accept the worked example’s own', () => {
		expect(loadLesson(WORKED).ok).toBe(true);
	});

	it('refuse a focus that is neither a name nor an edge of the graph', () => {
		const problems = problemsWith([{ kind: 'graph', focus: ['n1', 'n9', 'sum_n1/w1', 'sum_n1/w5', 'a/b/c'] }]);

		expect(problems).toEqual([expect.stringMatching(/^\/steps\/0\/focus\/4: a focus is a name/)]);
		expect(problemsWith([{ kind: 'graph', focus: ['n9', 'sum_n1/w5'] }])).toEqual([
			'/steps/0/focus/0: "n9" is not a name of the model',
			'/steps/0/focus/1: "sum_n1/w5" is not an edge of the graph: sum_n1 does not use w5'
		]);
	});

	it('ask an activation plot for its activation, and refuse fields of another kind of plot', () => {
		expect(problemsWith([{ kind: 'plot', plot: 'activation', at: 'sum_n1' }])).toEqual([
			'/steps/0/plot: plot "activation" needs an "activation" field, e.g. "sigmoid"'
		]);
		expect(problemsWith([{ kind: 'plot', plot: 'loss', surface: 'ravine', at: 'nope' }])).toEqual([
			'/steps/0/at: "at" does not apply to plot "loss" (it reads "optimizer", "learningRate", "iterations", "dataset", "seed", "nodes")',
			'/steps/0/surface: "surface" does not apply to plot "loss" (it reads "optimizer", "learningRate", "iterations", "dataset", "seed", "nodes")',
			'/steps/0/at: "nope" is not a name of the model'
		]);
		expect(problemsWith([{ kind: 'plot', plot: 'activation', activation: 'softmax' }])).toHaveLength(1);
	});

	it("let a fit plot train as a loss plot does, with an optimizer and a seeded start, but not on a loss plot's data set", () => {
		const fit = { kind: 'plot', plot: 'fit', curve: 'w1*x', points: { train: [[0, 1]] }, optimizer: 'adam', learningRate: 0.02, iterations: 5, seed: 7 };

		expect(problemsWith([fit])).toEqual([]);
		expect(problemsWith([{ ...fit, dataset: 'xor' }])).toContain(
			'/steps/0/dataset: "dataset" does not apply to plot "fit" (it reads "curve", "points", "nodes", "optimizer", "iterations", "learningRate", "seed")'
		);
	});

	it('ask a fit plot for a curve in x and the parameters, and for points that agree with the model', () => {
		const regularisation = readFileSync(new URL('../../../lessons/11-regularisation/lesson.json', import.meta.url), 'utf8');
		const lesson = JSON.parse(regularisation) as { steps: { plot?: string; points?: { train: number[][] } }[] };
		expect(loadLesson(regularisation).ok).toBe(true);
		const fit = lesson.steps.find((s) => s.plot === 'fit');
		if (!fit?.points) throw new Error('lesson 11 has no fit plot');
		// one training point moved: its mean squared error is no longer the model's E_tr
		fit.points.train[0] = [-1, -1.2];
		const moved = loadLesson(JSON.stringify(lesson, null, 2));
		expect(moved.ok ? [] : moved.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^the training points give a mean squared error of .*, but "E_tr" is .*: the points and the model disagree$/)]);

		expect(problemsWith([{ kind: 'plot', plot: 'fit', points: { train: [[0, 1]] } }])).toEqual(['/steps/0/plot: plot "fit" needs a "curve" (a formula in x) and its "points"']);
		expect(problemsWith([{ kind: 'plot', plot: 'fit', curve: 'w1 + n1*x', points: { train: [[0, 1]] } }])).toEqual([
			"/steps/0/curve: the curve may use x and the model's parameters, not n1"
		]);
	});

	it('refuse a prove step on a name that is not a parameter', () => {
		expect(problemsWith([{ kind: 'prove', params: ['w5', 'n1'] }])).toEqual([
			'/steps/0/params/1: "n1" is not a parameter of the model (parameters: w1, w2, w3, w4, w5, w6, w7, w8, B1, B2)'
		]);
	});

	it('refuse a train step with a learning rate that is not positive', () => {
		expect(problemsWith([{ kind: 'train', learningRate: 0 }])).toEqual([expect.stringMatching(/^\/steps\/0\/learningRate: must be a positive number/)]);
		expect(problemsWith([{ kind: 'train', iterations: 2.5 }])).toHaveLength(1);
	});

	it('refuse a loss plot of names that are not computed nodes', () => {
		expect(problemsWith([{ kind: 'plot', plot: 'loss', nodes: ['E_total', 'w5', 'nope'] }])).toEqual([
			'/steps/0/nodes/1: "w5" is not a node of the model (a loss plot draws computed nodes)',
			'/steps/0/nodes/2: "nope" is not a node of the model (a loss plot draws computed nodes)'
		]);
	});

	it('refuse XOR training for a model without two inputs and one target', () => {
		// the worked example has two inputs and two targets
		expect(problemsWith([{ kind: 'train', dataset: 'xor' }])).toEqual([
			'/steps/0/dataset: "xor" binds two inputs and one target, but the model has 2 inputs and 2 targets'
		]);
		expect(problemsWith([{ kind: 'train', seed: -1 }])).toHaveLength(1);
	});
});
