/**
 * Lays out a model's graph left to right in columns, as the course's figures draw a network: data flows
 * rightwards from the inputs to the loss, and every edge points from a column to a later one.
 *
 * Columns. A node sits at column 1 + the longest path to it from the leaves, so the worked example reads
 * x → sum_n → n → sum_ŷ → ŷ → E. Inputs sit in column 0. The other leaves (parameters, targets,
 * constants) sit, by default, in the column just before their earliest user (`leaves: 'beside-user'`):
 * w5 beside n1 and n2, just left of sum_yhat1, and t1 beside ŷ1, the way the slides write a weight on the
 * arrow it scales. This keeps their edges short; with `leaves: 'first-column'` every leaf is in column 0
 * and the weights of later layers draw long edges across the figure. A leaf nothing uses sits in column 0.
 *
 * Order within a column: barycentre sweeps (Sugiyama): each node moves to the mean height of its
 * inputs (sweeping right) or of its users (sweeping left); the order with the fewest edge crossings
 * is kept. Edges spanning several columns are treated as straight lines when crossings are counted.
 *
 * Term edges. A node that is the sum of other nodes' expressions (E_total = E₁ + E₂, written out in full in
 * the model) gets an edge from each of them: they are drawn, and placed, as feeding it, though the
 * engine's factors run from the names inside them.
 *
 * Output is plain data (JSON-safe), so it can be computed at build time and shipped with a page.
 */

/** A group stands for several names drawn as one box (see graph/groups.ts); it is placed as a leaf. */
export type LayoutKind = 'input' | 'target' | 'param' | 'constant' | 'node' | 'group';

/** What a layout needs of a graph: an engine Graph is one; a graph with some names grouped is another. */
export interface LayoutSource {
	names: readonly string[];
	symbols: ReadonlyMap<string, { kind: LayoutKind }>;
	/** Computed names in topological order, each with the names its expression uses. */
	nodes: readonly { name: string; vars: readonly string[] }[];
	/** Edges drawn from a term to the sum it is part of: `of` is the sum of its terms. */
	terms?: readonly { of: string; wrt: string }[];
}

export interface LayoutNode {
	name: string;
	kind: LayoutKind;
	/** Column, 0 on the left. */
	layer: number;
	/** Centre of the node's box. */
	x: number;
	y: number;
}

/** The edge of the factor ∂of/∂wrt: from `wrt` (left, its right side) to `of` (right, its left side). */
export interface LayoutEdge {
	of: string;
	wrt: string;
	/** `${of}/${wrt}`, the key GraphView's `active.edges` uses. */
	key: string;
	/** `wrt` is a term of the sum `of` (no chain-rule factor of its own). */
	term?: true;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export interface GraphLayout {
	width: number;
	height: number;
	/** Size of every node's box, centred on (x, y). */
	nodeWidth: number;
	nodeHeight: number;
	/** Number of columns. */
	columns: number;
	nodes: LayoutNode[];
	edges: LayoutEdge[];
}

export interface LayoutOptions {
	nodeWidth?: number;
	nodeHeight?: number;
	/** Space between two columns' boxes. */
	columnGap?: number;
	/** Space between two boxes of a column. */
	rowGap?: number;
	margin?: number;
	/** Where parameters, targets and constants go (see the header). */
	leaves?: 'beside-user' | 'first-column';
	/** Barycentre sweeps (each one rightwards then leftwards); 0 keeps the model's own order. */
	sweeps?: number;
}

const DEFAULTS = { nodeWidth: 120, nodeHeight: 64, columnGap: 56, rowGap: 16, margin: 12, leaves: 'beside-user', sweeps: 8 } as const;

/** Crossings beyond this many edges are not counted (the sweeps still run): the count is quadratic. */
const MAX_COUNTED_EDGES = 3000;

export function edgeKey(of: string, wrt: string): string {
	return `${of}/${wrt}`;
}

export function layoutGraph(graph: LayoutSource, options: LayoutOptions = {}): GraphLayout {
	const o = { ...DEFAULTS, ...options };
	const names = graph.names;
	const index = new Map(names.map((n, i) => [n, i]));
	const kindOf = (name: string): LayoutKind => graph.symbols.get(name)?.kind ?? 'node';

	// edges by slot: preds[i] = what name i uses, succs[i] = what uses name i
	const preds: number[][] = names.map(() => []);
	const succs: number[][] = names.map(() => []);
	const edges: [number, number][] = [];
	const link = (wrt: number, of: number) => {
		preds[of]?.push(wrt);
		succs[wrt]?.push(of);
		edges.push([wrt, of]);
	};
	for (const node of graph.nodes) for (const v of node.vars) link(index.get(v) ?? 0, index.get(node.name) ?? 0);
	const factorEdges = edges.length;
	for (const t of graph.terms ?? []) link(index.get(t.wrt) ?? 0, index.get(t.of) ?? 0);

	// columns: nodes by longest path from the leaves, then the leaves
	const layer = new Array<number>(names.length).fill(0);
	for (const node of graph.nodes) {
		const i = index.get(node.name) ?? 0;
		layer[i] = 1 + Math.max(0, ...(preds[i] ?? []).map((p) => (kindOf(names[p] ?? '') === 'node' ? (layer[p] ?? 0) : 0)));
	}
	names.forEach((name, i) => {
		const kind = kindOf(name);
		if (kind === 'node') return;
		const users = succs[i] ?? [];
		layer[i] = kind === 'input' || o.leaves === 'first-column' || users.length === 0 ? 0 : Math.min(...users.map((u) => layer[u] ?? 1)) - 1;
	});
	const columnCount = names.length === 0 ? 0 : Math.max(...layer) + 1;

	// initial order: declaration order, leaves then nodes in topological order
	const topo = [...names.filter((n) => kindOf(n) !== 'node'), ...graph.nodes.map((n) => n.name)];
	const columns: number[][] = Array.from({ length: columnCount }, () => []);
	for (const name of topo) {
		const i = index.get(name) ?? 0;
		columns[layer[i] ?? 0]?.push(i);
	}

	const rows = Math.max(0, ...columns.map((c) => c.length));
	/** Height of each name in row units, its column centred on the tallest one. */
	const pos = new Array<number>(names.length).fill(0);
	const place = (column: number[]) => column.forEach((v, r) => (pos[v] = r + (rows - column.length) / 2));
	columns.forEach(place);

	const mean = (vs: number[]): number | null => (vs.length === 0 ? null : vs.reduce((s, v) => s + (pos[v] ?? 0), 0) / vs.length);
	const reorder = (column: number[], first: number[][], second: number[][]) => {
		const key = new Map(column.map((v) => [v, mean(first[v] ?? []) ?? mean(second[v] ?? []) ?? pos[v] ?? 0]));
		column.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0));
		place(column);
	};

	const countable = edges.length <= MAX_COUNTED_EDGES;
	let best = columns.map((c) => [...c]);
	let fewest = countable ? crossings(edges, layer, pos) : 0;
	for (let s = 0; s < o.sweeps && (fewest > 0 || !countable); s++) {
		for (let c = 1; c < columnCount; c++) reorder(columns[c] ?? [], preds, succs);
		for (let c = columnCount - 2; c >= 0; c--) reorder(columns[c] ?? [], succs, preds);
		const now = countable ? crossings(edges, layer, pos) : 0;
		if (now < fewest || !countable) {
			fewest = now;
			best = columns.map((c) => [...c]);
		}
	}
	best.forEach(place);

	const stepX = o.nodeWidth + o.columnGap;
	const stepY = o.nodeHeight + o.rowGap;
	const xOf = (i: number) => o.margin + o.nodeWidth / 2 + (layer[i] ?? 0) * stepX;
	const yOf = (i: number) => o.margin + o.nodeHeight / 2 + (pos[i] ?? 0) * stepY;
	const nodes: LayoutNode[] = best.flat().map((i) => {
		const name = names[i] ?? '';
		return { name, kind: kindOf(name), layer: layer[i] ?? 0, x: xOf(i), y: yOf(i) };
	});
	const layoutEdges: LayoutEdge[] = edges.map(([wrt, of], k) => {
		const ofName = names[of] ?? '';
		const wrtName = names[wrt] ?? '';
		const edge: LayoutEdge = { of: ofName, wrt: wrtName, key: edgeKey(ofName, wrtName), x1: xOf(wrt) + o.nodeWidth / 2, y1: yOf(wrt), x2: xOf(of) - o.nodeWidth / 2, y2: yOf(of) };
		return k < factorEdges ? edge : { ...edge, term: true };
	});
	return {
		width: columnCount === 0 ? 2 * o.margin : 2 * o.margin + columnCount * o.nodeWidth + (columnCount - 1) * o.columnGap,
		height: rows === 0 ? 2 * o.margin : 2 * o.margin + rows * o.nodeHeight + (rows - 1) * o.rowGap,
		nodeWidth: o.nodeWidth,
		nodeHeight: o.nodeHeight,
		columns: columnCount,
		nodes,
		edges: layoutEdges
	};
}

/** Pairs of edges whose straight segments (column, height) → (column, height) cross, ignoring shared ends. */
function crossings(edges: readonly [number, number][], layer: readonly number[], pos: readonly number[]): number {
	let count = 0;
	for (let a = 0; a < edges.length; a++) {
		const [p, q] = edges[a] ?? [0, 0];
		for (let b = a + 1; b < edges.length; b++) {
			const [r, s] = edges[b] ?? [0, 0];
			if (p === r || p === s || q === r || q === s) continue;
			if (segmentsCross(layer[p] ?? 0, pos[p] ?? 0, layer[q] ?? 0, pos[q] ?? 0, layer[r] ?? 0, pos[r] ?? 0, layer[s] ?? 0, pos[s] ?? 0)) count++;
		}
	}
	return count;
}

function segmentsCross(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, dx: number, dy: number): boolean {
	// column ranges that do not overlap cannot cross
	if (Math.max(ax, bx) <= Math.min(cx, dx) || Math.max(cx, dx) <= Math.min(ax, bx)) return false;
	const orient = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
	const o1 = orient(ax, ay, bx, by, cx, cy);
	const o2 = orient(ax, ay, bx, by, dx, dy);
	const o3 = orient(cx, cy, dx, dy, ax, ay);
	const o4 = orient(cx, cy, dx, dy, bx, by);
	return o1 * o2 < 0 && o3 * o4 < 0;
}

/** Edge crossings of a finished layout, its edges taken as straight lines between box sides. */
export function countCrossings(layout: GraphLayout): number {
	let count = 0;
	const { edges } = layout;
	for (let a = 0; a < edges.length; a++) {
		const e = edges[a];
		if (!e) continue;
		for (let b = a + 1; b < edges.length; b++) {
			const f = edges[b];
			if (!f || e.of === f.of || e.of === f.wrt || e.wrt === f.of || e.wrt === f.wrt) continue;
			if (segmentsCross(e.x1, e.y1, e.x2, e.y2, f.x1, f.y1, f.x2, f.y2)) count++;
		}
	}
	return count;
}
