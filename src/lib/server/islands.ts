/**
 * Renders the page's islands on the server (see $lib/components/islands.ts): only here are their
 * components imported whole, so the browser's first load never carries them. Imported by hooks.server.ts.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import Exercise from '$lib/components/Exercise.svelte';
import GraphPanel from '$lib/components/GraphPanel.svelte';
import PlotBlock from '$lib/components/plot/PlotBlock.svelte';
import ProgressPanel from '$lib/components/ProgressPanel.svelte';
import Prove from '$lib/components/Prove.svelte';
import TrainPanel from '$lib/components/TrainPanel.svelte';
import { provideIslandMarkup } from '$lib/components/islands';

let rendered = 0;

/** One component's markup with its styles, without comments (they would end Svelte's {@html} early). */
function markupOf<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
	// ids of their own, so two islands' labels never meet
	const { head, body } = render(component, { props, idPrefix: `i${++rendered}` });
	return (head + body).replace(/<!--[\s\S]*?-->/g, '');
}

provideIslandMarkup({
	exercise: (props) => markupOf(Exercise, props),
	graph: (props) => markupOf(GraphPanel, props),
	plot: (props) => markupOf(PlotBlock, props),
	progress: (props) => markupOf(ProgressPanel, props),
	prove: (props) => markupOf(Prove, props),
	train: (props) => markupOf(TrainPanel, props)
});
