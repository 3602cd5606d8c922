import { describe, expect, it } from 'vitest';
import { planeSet, splitDataset } from './datasets';
import { withFeatures, type Feature } from './features';
import { expandNetwork } from './layered';
import { buildGraph } from './model';
import { backward, forward, run } from './pass';
import { buildPlaneNet, createPlaneMaps, drawPlaneMaps, exampleNetwork, type PlaneNet, type PlaneNetConfig } from './plane-net';
import { createTrainer, setParams, train, type Trainer } from './train';

function mustNet(config: PlaneNetConfig): PlaneNet {
	const result = buildPlaneNet(config);
	if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
	return result.net;
}

function trained(net: PlaneNet, name: 'circle' | 'bump', iterations: number): { trainer: Trainer; held: Trainer } {
	const { train: trainSet, test } = splitDataset(planeSet(name, { seed: 1, n: 200, noise: 0.05 }), 0.5, 1);
	const make = (data: typeof trainSet) => {
		const result = createTrainer(net.graph, withFeatures(data, net.config.features), {
			inputs: net.inputs,
			targets: net.targets,
			optimizer: { kind: 'adam', learningRate: 0.03 },
			schedule: { kind: 'mini-batch', size: 10, seed: 2 },
			params: net.initial,
			regularization: { kind: 'l2', rate: 0.001, params: net.graph.params.filter((p) => p.startsWith('w')) }
		});
		if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
		return result.trainer;
	};
	const trainer = make(trainSet);
	train(trainer, { maxIterations: iterations });
	const held = make(test);
	setParams(held, trainer.params);
	return { trainer, held };
}

const circleNet: PlaneNetConfig = { features: ['x', 'y'], hidden: [8, 8], activation: 'tanh', problem: 'classification', learningRate: 0.03, seed: 5 };

describe('buildPlaneNet', () => {
	it('builds features → hidden layers → one sigmoid output with bce, from a seed', () => {
		const net = mustNet(circleNet);
		expect(net.network.layers).toEqual([2, 8, 8, 1]);
		expect(net.network.activations).toEqual(['tanh', 'tanh', 'sigmoid']);
		expect(net.network.loss).toBe('bce');
		expect(net.graph.params).toHaveLength(2 * 8 + 8 + 8 * 8 + 8 + 8 + 1);
		expect(net.initial.every((w) => Math.abs(w) <= 0.5)).toBe(true);
		expect(mustNet(circleNet).initial).toEqual(net.initial);
		expect(mustNet({ ...circleNet, seed: 6 }).initial).not.toEqual(net.initial);
		expect(net.unitSlots.map((layer) => layer.length)).toEqual([8, 8]);
	});

	it('gives a regression a linear output with ½(y − ŷ)²', () => {
		const net = mustNet({ ...circleNet, problem: 'regression', hidden: [] });
		expect(net.network.activations).toEqual(['linear']);
		expect(net.network.loss).toBe('half-sse');
	});

	it('learns the circle: held-out loss below half its start', () => {
		const net = mustNet(circleNet);
		const before = trained(net, 'circle', 0).held.loss;
		const after = trained(net, 'circle', 600).held.loss;
		expect(after).toBeLessThan(before / 2);
	});
});

describe('plane maps', () => {
	it('hold at each cell the output and hidden activations of a forward pass at the cell\'s centre', () => {
		const features: Feature[] = ['x', 'y', 'xy', 'sinx'];
		const net = mustNet({ ...circleNet, features, hidden: [3, 2] });
		const { trainer } = trained(net, 'circle', 20);
		const maps = createPlaneMaps(net, 5, 6);
		drawPlaneMaps(net, trainer.params, maps);
		// cell (row 1, column 3) has its centre at x = −6 + 3.5·2.4, y = 6 − 1.5·2.4
		const x = -6 + 3.5 * 2.4;
		const y = 6 - 1.5 * 2.4;
		const expanded = expandNetwork(exampleNetwork(net, trainer.params, [x, y, x * y, Math.sin(x)], 0, 0.03));
		if (!expanded.ok) throw new Error('does not expand');
		const built = buildGraph(expanded.model);
		if (!built.ok) throw new Error('does not build');
		const values = forward(built.graph);
		const at = (name: string) => values[built.graph.slots.get(name) ?? -1];
		expect(maps.output[1 * 5 + 3]).toBeCloseTo(at('yhat1') ?? NaN, 6);
		expect(maps.units).toHaveLength(5);
		expect(maps.units[4]?.[1 * 5 + 3]).toBeCloseTo(at('a2_2') ?? NaN, 6);
	});
});

describe('exampleNetwork (look inside one iteration)', () => {
	it.each([
		['circle', circleNet],
		['bump', { ...circleNet, problem: 'regression', features: ['x', 'y', 'x2', 'y2'], hidden: [4] }]
	] as const)('reproduces the trainer\'s loss and gradient for one %s example through buildGraph and run', (name, config) => {
		// Arrange
		const net = mustNet(config);
		const { trainer } = trained(net, name, 30);
		const i = 17;
		const example = trainer.examples[i] ?? new Float64Array();
		const expected = backward(trainer.graph, example);

		// Act
		const network = exampleNetwork(net, trainer.params, trainer.data.inputs[i] ?? [], trainer.data.targets[i]?.[0] ?? NaN, 0.03);
		const expanded = expandNetwork(network);
		if (!expanded.ok) throw new Error(expanded.issues.map((x) => x.message).join('\n'));
		const built = buildGraph(expanded.model);
		if (!built.ok) throw new Error(built.issues.map((x) => x.message).join('\n'));
		const pass = run(built.graph);

		// Assert
		const { graph } = built;
		expect(pass.values[graph.lossSlot]).toBe(example[trainer.graph.lossSlot]);
		expect(graph.params).toEqual(trainer.graph.params);
		for (const p of graph.params) {
			expect(pass.adjoints[graph.slots.get(p) ?? -1]).toBe(expected.adjoints[trainer.graph.slots.get(p) ?? -1]);
		}
	});
});
