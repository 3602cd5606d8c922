/**
 * Walking a backward step's chain on the graph: which path is shown (one, or all of them) and how many
 * of its factors are lit, from the loss down, so a student can follow the product factor by factor.
 * Plain state over build-time data (graph/panel.ts); the graph's data-active follows `active`.
 */
import type { PanelChain, PanelPath } from '../graph/panel-view';

/** The whole chain at once: every path. */
export const ALL_PATHS = -1;

export class PathWalk {
	/** Index of the path shown, or ALL_PATHS. */
	path = $state(ALL_PATHS);
	/** Factors lit on the path shown, from the loss down; 0 lights the whole path at once. */
	lit = $state(0);

	constructor(
		readonly chain: PanelChain,
		/** The active set of the step when every path is shown (the panel's own). */
		readonly everyPath: { nodes: string[]; edges: string[] }
	) {
		// a single path is always "the" path
		if (chain.paths.length === 1) this.path = 0;
	}

	/** The path shown, when one is chosen. */
	get shown(): PanelPath | undefined {
		return this.chain.paths[this.path];
	}

	/** The factor just lit, when walking factor by factor. */
	get factor(): PanelPath['factors'][number] | undefined {
		return this.lit > 0 ? this.shown?.factors[this.lit - 1] : undefined;
	}

	/** Product of the factors lit so far (of the whole path when none is singled out). */
	get product(): string | undefined {
		const p = this.shown;
		if (!p) return undefined;
		return p.running[(this.lit > 0 ? this.lit : p.factors.length) - 1];
	}

	/** Nodes and edges the graph marks. */
	get active(): { nodes: string[]; edges: string[] } {
		const p = this.shown;
		if (!p) return this.everyPath;
		const n = this.lit > 0 ? this.lit : p.factors.length;
		return { nodes: p.nodes.slice(0, n + 1), edges: p.factors.slice(0, n).map((f) => f.key) };
	}

	/** Figures written on the marked edges: each factor's value. */
	get edgeLabels(): Record<string, string> {
		const p = this.shown;
		const factors = p ? p.factors.slice(0, this.lit > 0 ? this.lit : p.factors.length) : this.chain.paths.flatMap((q) => q.factors);
		return Object.fromEntries(factors.map((f) => [f.key, f.value]));
	}

	get canGoBack(): boolean {
		return this.lit > 1;
	}

	get canGoOn(): boolean {
		const p = this.shown;
		return this.chain.paths.length > 0 && (!p || this.lit < p.factors.length);
	}

	/** Shows path k (or all of them), whole. */
	choose(k: number): void {
		this.path = k >= 0 && k < this.chain.paths.length ? k : this.chain.paths.length === 1 ? 0 : ALL_PATHS;
		this.lit = 0;
	}

	/** Lights one more factor; from "all paths", starts on the first path. */
	next(): void {
		if (!this.canGoOn) return;
		if (!this.shown) this.path = 0;
		this.lit += 1;
	}

	previous(): void {
		if (this.canGoBack) this.lit -= 1;
	}

	/** Back to the whole path. */
	whole(): void {
		this.lit = 0;
	}
}
