import { describe, expect, it } from 'vitest';
import { mustBuild } from '$lib/engine/testing';
import type { ModelSpec } from '$lib/engine/types';
import { feedingLoss, GROUP_ABOVE, groupedSource, groupsFor } from './groups';
import { layoutGraph } from './layout';
import { termEdges } from './terms';

/** A chain x → h1 → … → y with one weight per link, a side calculation off the loss, and E as a sum. */
function chain(links: number): ModelSpec {
	const params = Object.fromEntries(Array.from({ length: links }, (_, i) => [`w${i + 1}`, 0.1 * (i + 1)]));
	const nodes = Array.from({ length: links }, (_, i) => ({ name: `h${i + 1}`, expr: `${i === 0 ? 'x' : `h${i}`}*w${i + 1}` }));
	return {
		inputs: { x: 1 },
		targets: { t: 0.5 },
		params,
		constants: { k: 2, m: 3 },
		nodes: [
			...nodes,
			{ name: 'side', expr: 'k*m' },
			{ name: 'side2', expr: 'side + m' },
			{ name: 'Ea', expr: `(h${links} - t)^2` },
			{ name: 'Eb', expr: 'w1^2' },
			{ name: 'E', expr: `(h${links} - t)^2 + w1^2` }
		],
		loss: 'E',
		learningRate: 0.1
	};
}

describe('sums of named terms', () => {
	it('finds E = Ea + Eb when E writes both out in full, and nothing for a sum of other things', () => {
		const graph = mustBuild(chain(3));

		expect(termEdges(graph)).toEqual([
			{ of: 'E', wrt: 'Ea' },
			{ of: 'E', wrt: 'Eb' }
		]);
		// side2 = side + m names side itself: the engine already has that edge
		expect(termEdges(graph).some((t) => t.of === 'side2')).toBe(false);
	});

	it('counts the terms as feeding the loss, and a side calculation as not', () => {
		const graph = mustBuild(chain(3));

		const feeds = feedingLoss(graph, termEdges(graph));

		expect(feeds.has('Ea')).toBe(true);
		expect(feeds.has('side')).toBe(false);
		expect(feedingLoss(graph, []).has('Ea')).toBe(false);
	});
});

describe('groups of a big graph', () => {
	const graph = mustBuild(chain(GROUP_ABOVE));
	const terms = termEdges(graph);
	const full = layoutGraph({ ...graph, terms });

	it('leaves a small graph whole', () => {
		const small = mustBuild(chain(3));
		expect(groupsFor(small, termEdges(small), new Set(), layoutGraph(small))).toEqual([]);
	});

	it('folds what the loss does not use, with the constants only it uses, unless the step is about it', () => {
		const groups = groupsFor(graph, terms, new Set(), full);
		const about = groupsFor(graph, terms, new Set(['side']), full);

		expect(groups.find((g) => g.kind === 'unused')?.members).toEqual(['k', 'm', 'side', 'side2']);
		// side is on show; k and m feed it, so they stay on show too; side2 alone is not worth a box
		expect(about.find((g) => g.kind === 'unused')).toBeUndefined();
	});

	it('draws each group as one box, with one edge from it to each name outside that uses a member', () => {
		const groups = groupsFor(graph, terms, new Set(['h5']), full);
		const source = groupedSource(graph, terms, groups);
		const layout = layoutGraph(source);

		const folded = groups.flatMap((g) => g.members);
		expect(layout.nodes).toHaveLength(graph.names.length - folded.length + groups.length);
		for (const g of groups) expect(layout.nodes.find((n) => n.name === g.id)?.kind).toBe('group');
		const keys = layout.edges.map((e) => e.key);
		expect(new Set(keys).size).toBe(keys.length);
		// the terms of E are still drawn into it
		expect(layout.edges.filter((e) => e.term).map((e) => e.wrt).sort()).toEqual(['Ea', 'Eb']);
	});
});
