import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphPanel } from '../graph/panel';
import { loadLesson } from '../lesson/load';
import { ALL_PATHS, PathWalk } from './path-walk.svelte';

function w1Panel() {
	const r = loadLesson(readFileSync(new URL('../../../lessons/03-worked-example/lesson.json', import.meta.url), 'utf8'));
	if (!r.ok) throw new Error('the worked example does not load');
	const index = r.loaded.lesson.steps.findIndex((s) => s.kind === 'backward' && s.param === 'w1') + 1;
	const panel = graphPanel(r.loaded, index);
	if (!panel?.chain) throw new Error('no chain on the w1 step');
	return { panel, chain: panel.chain };
}

describe('walking the paths of w1', () => {
	it('starts on every path, with every factor written on its edge', () => {
		// Arrange
		const { panel, chain } = w1Panel();

		// Act
		const walk = new PathWalk(chain, panel.active);

		// Assert
		expect(walk.path).toBe(ALL_PATHS);
		expect(walk.active).toEqual(panel.active);
		expect(walk.edgeLabels['sum_yhat1/n1']).toBe('0.5');
		expect(walk.edgeLabels['sum_yhat2/n1']).toBe('0.7');
		expect(walk.canGoOn).toBe(true);
		expect(walk.canGoBack).toBe(false);
	});

	it('shows path 2 alone when it is chosen', () => {
		const { panel, chain } = w1Panel();
		const walk = new PathWalk(chain, panel.active);

		walk.choose(1);

		expect(walk.active.edges).toContain('sum_yhat2/n1');
		expect(walk.active.edges).not.toContain('sum_yhat1/n1');
		expect(walk.active.nodes).toEqual(['E_total', 'yhat2', 'sum_yhat2', 'n1', 'sum_n1', 'w1']);
		expect(walk.product).toBe('-0.00049');
		expect(Object.keys(walk.edgeLabels)).not.toContain('sum_yhat1/n1');
	});

	it('lights one factor at a time from the loss down, with the product so far', () => {
		const { panel, chain } = w1Panel();
		const walk = new PathWalk(chain, panel.active);

		walk.next();
		walk.next();

		expect(walk.path).toBe(0);
		expect(walk.lit).toBe(2);
		expect(walk.active).toEqual({ nodes: ['E_total', 'yhat1', 'sum_yhat1'], edges: ['E_total/yhat1', 'yhat1/sum_yhat1'] });
		expect(walk.factor?.key).toBe('yhat1/sum_yhat1');
		expect(walk.product).toBe('0.13343');
		expect(walk.canGoBack).toBe(true);

		walk.previous();
		expect(walk.factor?.key).toBe('E_total/yhat1');
		walk.previous();
		expect(walk.lit).toBe(1);

		for (let i = 0; i < 10; i++) walk.next();
		expect(walk.lit).toBe(5);
		expect(walk.canGoOn).toBe(false);
		expect(walk.product).toBe('0.00160');

		walk.whole();
		expect(walk.factor).toBeUndefined();
		expect(walk.active.edges).toHaveLength(5);
	});

	it('keeps the only path of a one-path parameter chosen', () => {
		const { panel, chain } = w1Panel();
		const single = { ...chain, paths: chain.paths.slice(0, 1) };

		const walk = new PathWalk(single, panel.active);
		walk.choose(ALL_PATHS);

		expect(walk.path).toBe(0);
		expect(walk.active.edges).toHaveLength(5);
	});
});
