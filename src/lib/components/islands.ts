/**
 * Islands: the parts of a step page whose code only some steps need — an exercise, a plot, training, the
 * proof, the graph's interactions, the progress tools. The prerendered page carries each one's markup, which
 * the browser shows as it is; the island's code is loaded when the step has one and mounts in its place.
 * So a step's first load carries only the page's frame (src/lib/components/Island.svelte).
 *
 * The server fills in the markup (src/lib/server/islands.ts renders each component); the browser never
 * loads that renderer, only the component a step uses.
 */
import type { Component, ComponentProps } from 'svelte';
import type Exercise from './Exercise.svelte';
import type GraphPanel from './GraphPanel.svelte';
import type PlotBlock from './plot/PlotBlock.svelte';
import type ProgressPanel from './ProgressPanel.svelte';
import type Prove from './Prove.svelte';
import type TrainPanel from './TrainPanel.svelte';

/** Each island's props, by name. */
export interface IslandProps {
	exercise: ComponentProps<typeof Exercise>;
	graph: ComponentProps<typeof GraphPanel>;
	plot: ComponentProps<typeof PlotBlock>;
	progress: ComponentProps<typeof ProgressPanel>;
	prove: ComponentProps<typeof Prove>;
	train: ComponentProps<typeof TrainPanel>;
}
export type IslandName = keyof IslandProps;

/** Where each island's code comes from: a chunk of its own, fetched when a step has that island. */
export const ISLAND_CODE: { [K in IslandName]: () => Promise<Component<IslandProps[K]>> } = {
	exercise: () => import('./Exercise.svelte').then((m) => m.default),
	graph: () => import('./GraphPanel.svelte').then((m) => m.default),
	plot: () => import('./plot/PlotBlock.svelte').then((m) => m.default),
	progress: () => import('./ProgressPanel.svelte').then((m) => m.default),
	prove: () => import('./Prove.svelte').then((m) => m.default),
	train: () => import('./TrainPanel.svelte').then((m) => m.default)
};

export type IslandRenderers = { [K in IslandName]: (props: IslandProps[K]) => string };
let renderers: IslandRenderers | null = null;

/** Called once by the server, which alone imports the components to render them. */
export function provideIslandMarkup(r: IslandRenderers): void {
	renderers = r;
}

/** An island's prerendered markup (no comments: Svelte's own markers would end it early), or '' without a renderer. */
export function islandMarkup<K extends IslandName>(name: K, props: IslandProps[K]): string {
	return renderers === null ? '' : renderers[name](props);
}

/** True until the first page has been hydrated: islands made before then adopt the prerendered markup. */
let hydrating = true;
let pending = 0;
let waiting: (() => void)[] = [];

export function isHydrating(): boolean {
	return hydrating;
}

/** The first page is hydrated: islands made from now on (a client-side navigation) start empty. */
export function hydrationDone(): void {
	hydrating = false;
}

/** An island begins loading; the returned function says it has mounted (or given up). */
export function islandStarted(): () => void {
	pending++;
	let done = false;
	return () => {
		if (done) return;
		done = true;
		pending--;
		if (pending === 0) {
			const ready = waiting;
			waiting = [];
			for (const resolve of ready) resolve();
		}
	};
}

/** Resolves once every island started so far has mounted: the page is interactive then. */
export function islandsSettled(): Promise<void> {
	return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}
