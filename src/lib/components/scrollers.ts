/**
 * A wide formula scrolls sideways in its box, and so does the graph on a phone. A keyboard reaches that
 * scroll only if the box can take focus (WCAG 2.1.1; Chromium does it by itself, other browsers do not), so
 * each box that overflows gets tabindex 0 and a name, and loses them again when the page is wide enough.
 * Boxes that fit stay out of the tab order.
 */
import type { Action } from 'svelte/action';

/** The name each kind of scrolling box gets: "wide formula: …", "graph: …". */
export interface ScrollLabels {
	formula: string;
	graph: string;
}

const SCROLLERS = '.math-scroll, .katex-display, .graph-scroll';

function mark(root: HTMLElement, labels: ScrollLabels): void {
	for (const el of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
		// a .katex-display inside a .math-scroll is scrolled by its box, not by itself
		if (el.matches('.math-scroll .katex-display')) continue;
		const label = el.matches('.graph-scroll') ? labels.graph : labels.formula;
		const overflows = el.scrollWidth > el.clientWidth + 1;
		if (overflows && el.getAttribute('tabindex') === null) {
			el.tabIndex = 0;
			el.setAttribute('role', 'group');
			el.setAttribute('aria-label', label);
			el.dataset.scrolls = '';
		} else if (!overflows && el.dataset.scrolls !== undefined) {
			el.removeAttribute('tabindex');
			el.removeAttribute('role');
			el.removeAttribute('aria-label');
			delete el.dataset.scrolls;
		}
	}
}

/** `use:focusableScrollers={labels}` on the element holding a step's formulas and graph. */
export const focusableScrollers: Action<HTMLElement, ScrollLabels> = (root, initial) => {
	let labels = initial;
	let frame = 0;
	const schedule = (): void => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => mark(root, labels));
	};
	// new step content (client navigation, a variant's numbers, a revealed solution), a new width, and a
	// graph unfolded (the page grows)
	const mutations = new MutationObserver(schedule);
	mutations.observe(root, { childList: true, subtree: true });
	const sizes = new ResizeObserver(schedule);
	sizes.observe(root);
	schedule();
	return {
		update(next: ScrollLabels) {
			labels = next;
			for (const el of root.querySelectorAll<HTMLElement>('[data-scrolls]')) el.setAttribute('aria-label', el.matches('.graph-scroll') ? next.graph : next.formula);
			schedule();
		},
		destroy() {
			cancelAnimationFrame(frame);
			mutations.disconnect();
			sizes.disconnect();
		}
	};
};
