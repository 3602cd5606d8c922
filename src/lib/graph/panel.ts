/**
 * The graph beside a lesson step, computed at build time as plain JSON so the page draws it without the
 * engine: the layout, plain-text labels, the values and gradients the lesson has reached by this step,
 * what the step is about (active nodes and edges) and, on a backward step, each path's factors.
 *
 * What the student has seen by step k: the figures of every earlier step and of step k itself, except on
 * an exercise step, whose figures are its answers and stay hidden until the next step.
 *   values     leaves from the start; a node once a forward step (or an exercise) computed it; every node
 *              from the first backward, update, prove or train step on (the forward pass is over by then)
 *   gradients  ∂loss/∂name once a backward step (or a grad/path exercise, or a prove step) has walked the
 *              paths through it; after an update or train step, every one of a parameter or a node the
 *              loss depends on. Inputs, targets and constants carry one only where a step asks for it
 *              (lesson 1's ∂f/∂x), and a name the loss does not use never shows "grad 0".
 *   updates    from an update step on, an updated parameter reads old → new
 *   training   a train step that starts elsewhere (seeded weights, the XOR table) shows the numbers at
 *              that start, the network about to be trained, not the lesson's
 */
import { backward, countPaths, labelOf, listPaths, pathLandmarks, type Graph, type Trace } from '../engine';
import { ownExampleTrainer } from '../engine/own-example';
import type { LoadedLesson } from '../lesson/load';
import { parseQuantity } from '../lesson/quantity';
import type { Step } from '../lesson/schema';
import { SHOWN_PATHS } from '../tex/backward';
import { formatNumber } from '../tex/format';
import { renderLabel } from '../tex/render';
import { plainLabel } from '../tex/steps';
import { feedingLoss, groupedSource, groupsFor, type GraphGroup } from './groups';
import { edgeKey, layoutGraph, type GraphLayout } from './layout';
import type { GraphPanel, PanelChain } from './panel-view';
import { termEdges } from './terms';

// the panel's shape lives apart from its builder, so page data (lesson/view.ts) names it without importing the builder
export type { GraphPanel, PanelChain, PanelFactor, PanelPath } from './panel-view';

/** Step kinds drawn with the graph beside them. */
const WITH_GRAPH: ReadonlySet<Step['kind']> = new Set(['forward', 'backward', 'update', 'exercise', 'graph', 'prove', 'train']);

/** Narrower gaps than the layout's defaults: the panel shares the page with the step. */
const PANEL_LAYOUT = { columnGap: 40, rowGap: 14, margin: 8 } as const;

/** Per graph: its sums' term edges, its whole layout, and its grouped layouts by groups. */
interface Drawn {
	terms: { of: string; wrt: string }[];
	full: GraphLayout;
	grouped: Map<string, GraphLayout>;
}
const drawn = new WeakMap<Graph, Drawn>();
function drawnOf(graph: Graph): Drawn {
	let d = drawn.get(graph);
	if (!d) {
		const terms = termEdges(graph);
		d = { terms, full: layoutGraph({ ...graph, terms }, PANEL_LAYOUT), grouped: new Map() };
		drawn.set(graph, d);
	}
	return d;
}
function groupedLayout(graph: Graph, groups: GraphGroup[]): GraphLayout {
	const d = drawnOf(graph);
	const key = JSON.stringify(groups.map((g) => g.members));
	let layout = d.grouped.get(key);
	if (!layout) {
		layout = layoutGraph(groupedSource(graph, d.terms, groups), PANEL_LAYOUT);
		d.grouped.set(key, layout);
	}
	return layout;
}

/** The part of the graph on some path from the loss down to `p`: its nodes and its edges' keys. */
export function pathsRegion(graph: Graph, p: string): { nodes: string[]; edges: string[] } {
	const isNode = new Map(graph.nodes.map((n) => [n.name, n]));
	// names the loss depends on, the loss included
	const below = new Set<string>();
	const stack = [graph.loss];
	while (stack.length > 0) {
		const name = stack.pop();
		if (name === undefined || below.has(name)) continue;
		below.add(name);
		for (const v of isNode.get(name)?.vars ?? []) stack.push(v);
	}
	// names that depend on p, p included (nodes are in topological order)
	const above = new Set([p]);
	for (const n of graph.nodes) if (n.vars.some((v) => above.has(v))) above.add(n.name);
	const on = (name: string) => below.has(name) && above.has(name);
	const nodes = graph.names.filter(on);
	const edges = graph.nodes.filter((n) => on(n.name)).flatMap((n) => n.vars.filter(on).map((v) => edgeKey(n.name, v)));
	return { nodes, edges };
}

interface Reached {
	values: Set<string>;
	gradients: Set<string>;
}

/** Adds what `step` shows to what the student has reached. */
function hideAnswer(r: Reached, key: string, loss: string): void {
	const q = parseQuantity(key);
	if (q?.kind === 'value') r.values.delete(q.name);
	else if (q?.kind === 'loss') r.values.delete(loss);
	else if (q?.kind === 'grad' || q?.kind === 'path' || q?.kind === 'updated') r.gradients.delete(q.param);
	else if (q?.kind === 'delta') r.gradients.delete(q.name);
}

function reach(r: Reached, step: Step, t: Trace): void {
	const graph = t.graph;
	const allValues = () => graph.names.forEach((n) => r.values.add(n));
	// what the loss depends on, and no input, target or constant unless a step asked for it
	const feeds = feedingLoss(graph, []);
	const allGradients = () => graph.names.forEach((n) => {
		const kind = graph.symbols.get(n)?.kind;
		if (feeds.has(n) && (kind === 'param' || kind === 'node')) r.gradients.add(n);
	});
	const pathsOf = (p: string) => pathsRegion(graph, p).nodes.forEach((n) => r.gradients.add(n));
	switch (step.kind) {
		case 'forward':
			(step.nodes === 'all' ? graph.nodes.map((n) => n.name) : step.nodes).forEach((n) => r.values.add(n));
			break;
		case 'backward':
			allValues();
			pathsOf(step.param);
			break;
		case 'prove':
			allValues();
			step.params.forEach(pathsOf);
			break;
		case 'update':
		case 'train':
			allValues();
			allGradients();
			break;
		case 'exercise':
			for (const ex of step.exercises) {
				const q = parseQuantity(ex.quantity);
				if (q?.kind === 'value') r.values.add(q.name);
				else if (q?.kind === 'loss') r.values.add(graph.loss);
				else if (q?.kind === 'grad' || q?.kind === 'path' || q?.kind === 'updated') {
					allValues();
					pathsOf(q.param);
				}
			}
			break;
		case 'text':
		case 'summary':
		case 'graph':
		case 'plot':
			break;
	}
}

/** The nodes and edges a step is about. */
function activeOf(step: Step, t: Trace): { nodes: string[]; edges: string[] } {
	const graph = t.graph;
	const nodes = new Set<string>();
	const edges = new Set<string>();
	const computed = (name: string) => {
		nodes.add(name);
		for (const v of graph.nodes.find((n) => n.name === name)?.vars ?? []) edges.add(edgeKey(name, v));
	};
	const region = (p: string) => {
		const r = pathsRegion(graph, p);
		r.nodes.forEach((n) => nodes.add(n));
		r.edges.forEach((e) => edges.add(e));
	};
	switch (step.kind) {
		case 'forward':
			(step.nodes === 'all' ? graph.nodes.map((n) => n.name) : step.nodes).forEach(computed);
			break;
		case 'backward':
			region(step.param);
			break;
		case 'update':
			(step.params === 'all' ? graph.params : step.params).forEach((p) => nodes.add(p));
			break;
		case 'prove':
			step.params.forEach((p) => nodes.add(p));
			break;
		case 'graph':
			for (const f of step.focus) {
				const [of, wrt] = f.split('/');
				if (wrt === undefined) nodes.add(f);
				else edges.add(edgeKey(of ?? '', wrt));
			}
			break;
		case 'exercise':
			for (const ex of step.exercises) {
				const q = parseQuantity(ex.quantity);
				if (!q) continue;
				if (q.kind === 'value') computed(q.name);
				else if (q.kind === 'loss' || q.kind === 'newLoss') nodes.add(graph.loss);
				else if (q.kind === 'local') {
					nodes.add(q.of);
					nodes.add(q.wrt);
					edges.add(edgeKey(q.of, q.wrt));
				} else if (q.kind === 'grad') region(q.param);
				else if (q.kind === 'updated') nodes.add(q.param);
				else if (q.kind === 'path') {
					const path = listPaths(t, q.param, q.index)[q.index - 1];
					nodes.add(graph.loss);
					for (const f of path?.factors ?? []) {
						nodes.add(f.wrt);
						edges.add(edgeKey(f.of, f.wrt));
					}
				}
			}
			break;
		case 'text':
		case 'summary':
		case 'plot':
		case 'train':
			break;
	}
	return { nodes: [...nodes], edges: [...edges] };
}

function chainOf(t: Trace, p: string, decimals: number, label: (name: string) => string): PanelChain {
	const graph = t.graph;
	const count = countPaths(graph, p);
	const listed = count <= BigInt(SHOWN_PATHS) ? listPaths(t, p, SHOWN_PATHS) : [];
	const landmarks = pathLandmarks(listed);
	return {
		param: p,
		gradientName: `∂${label(graph.loss)}/∂${label(p)}`,
		paths: listed.map((path, i) => {
			let product = 1;
			return {
				through: (landmarks[i] ?? []).map(label),
				factors: path.factors.map((f) => ({ key: edgeKey(f.of, f.wrt), name: `∂${label(f.of)}/∂${label(f.wrt)}`, value: formatNumber(f.value, decimals) })),
				nodes: [graph.loss, ...path.factors.map((f) => f.wrt)],
				running: path.factors.map((f) => formatNumber((product *= f.value), decimals))
			};
		}),
		pathCount: count.toString(),
		gradient: formatNumber(t.gradients[p] ?? t.adjoints[p] ?? NaN, decimals)
	};
}

/** The numbers at a train step's start, when it starts elsewhere than the lesson's model. */
function trainStartNumbers(step: Step, t: Trace): { values: Record<string, number>; adjoints: Record<string, number> } | undefined {
	if (step.kind !== 'train' || (step.dataset === undefined && step.seed === undefined)) return undefined;
	const start = { ...(step.dataset === undefined ? {} : { dataset: step.dataset }), ...(step.seed === undefined ? {} : { seed: step.seed }) };
	const made = ownExampleTrainer(t.graph, { kind: 'gd', learningRate: t.graph.learningRate }, start);
	// the first example, as the training panel shows it while it runs
	const values = made.ok ? made.trainer.examples[0] : undefined;
	if (!values) return undefined;
	const { adjoints } = backward(t.graph, values);
	const byName = (xs: Float64Array) => Object.fromEntries(t.graph.names.map((n, i) => [n, xs[i] ?? NaN]));
	return { values: byName(values), adjoints: byName(adjoints) };
}

/** The parameters an update step (or an earlier one) has changed. */
function updatedBy(steps: readonly Step[], graph: Graph): Set<string> {
	const out = new Set<string>();
	for (const s of steps) if (s.kind === 'update') (s.params === 'all' ? graph.params : s.params).forEach((p) => out.add(p));
	return out;
}

/** The panel for step `index` (1-based), or undefined where the lesson draws no graph. */
export function graphPanel(loaded: LoadedLesson, index: number): GraphPanel | undefined {
	const { lesson, trace: t } = loaded;
	const step = lesson.steps[index - 1];
	if (!step || !WITH_GRAPH.has(step.kind)) return undefined;
	// "graph": false leaves the graph out beside the other steps; a graph step is asked for by name
	if (lesson.graph === false && step.kind !== 'graph') return undefined;
	const graph = t.graph;
	const decimals = lesson.precision;
	const labels = Object.fromEntries(graph.names.map((n) => [n, plainLabel(labelOf(graph, n))]));
	const labelsHtml = Object.fromEntries(graph.names.map((n) => [n, renderLabel(labelOf(graph, n), labels[n] ?? n)]));
	const label = (name: string): string => labels[name] ?? name;

	const reached: Reached = { values: new Set(graph.names.filter((n) => graph.symbols.get(n)?.kind !== 'node')), gradients: new Set() };
	lesson.steps.slice(0, index - 1).forEach((s) => reach(reached, s, t));
	if (step.kind !== 'exercise') reach(reached, step, t);
	// an exercise's own answer is never on show beside it, even where an earlier step revealed it
	else for (const ex of step.exercises) hideAnswer(reached, ex.quantity, graph.loss);
	const started = trainStartNumbers(step, t);
	const format = (names: Set<string>, of: Record<string, number>) =>
		Object.fromEntries(graph.names.filter((n) => names.has(n)).map((n) => [n, formatNumber(of[n] ?? NaN, decimals)]));
	const values = format(reached.values, started?.values ?? t.values);
	if (!started && step.kind !== 'train') {
		// an exercise asking for an updated weight keeps its answer hidden
		const asked = new Set(step.kind === 'exercise' ? step.exercises.flatMap((ex) => { const q = parseQuantity(ex.quantity); return q?.kind === 'updated' ? [q.param] : []; }) : []);
		for (const p of updatedBy(lesson.steps.slice(0, index), graph)) {
			if (!asked.has(p) && values[p] !== undefined) values[p] = `${formatNumber(t.values[p] ?? NaN, decimals)} → ${formatNumber(t.updated[p] ?? NaN, decimals)}`;
		}
	}

	const active = activeOf(step, t);
	const d = drawnOf(graph);
	// what the step is about stays on show, with the leaves its edges start from unless they are a whole
	// network's worth (lesson 13's forward pass); a training step's student watches every weight
	const ends = active.edges.flatMap((e) => e.split('/'));
	const leafEnds = ends.filter((n) => graph.symbols.get(n)?.kind !== 'node');
	const keep = new Set([...active.nodes, ...ends.filter((n) => graph.symbols.get(n)?.kind === 'node'), ...(new Set(leafEnds).size <= 12 ? leafEnds : []), ...(step.kind === 'train' ? graph.params : [])]);
	const groups = groupsFor(graph, d.terms, keep, d.full);

	return {
		layout: groups.length > 0 ? groupedLayout(graph, groups) : d.full,
		...(groups.length > 0 ? { full: d.full } : {}),
		groups,
		labels,
		labelsHtml,
		lossLabel: label(graph.loss),
		values,
		gradients: format(reached.gradients, started?.adjoints ?? t.adjoints),
		active,
		focus: step.kind === 'train' ? [...graph.params] : [],
		...(step.kind === 'graph' && active.nodes.length === 0 && active.edges.length === 0 ? { whole: true } : {}),
		...(step.kind === 'backward' ? { chain: chainOf(t, step.param, decimals, label) } : {})
	};
}
