/**
 * A wide formula scrolls sideways in its box, and so does the graph on a phone. A keyboard reaches that
 * scroll only if the box can take focus (WCAG 2.1.1; Chromium does it by itself, other browsers do not), so
 * each box that overflows gets tabindex 0 and a name, and loses them again when the page is wide enough.
 * Boxes that fit stay out of the tab order.
 *
 * A reader who does not use the keyboard must see that there is more, too: an overflowing formula gets
 * `data-cue` (a short "scroll →" that the stylesheet writes under it) and `data-more` (left, right or
 * both: the edges where formula is hidden, which the stylesheet fades).
 */
import type { Action } from 'svelte/action';

/** The name each kind of scrolling box gets ("wide formula: …", "graph: …"), and the cue under a formula. */
export interface ScrollerWords {
	formula: string;
	graph: string;
	/** The visible cue under an overflowing formula. */
	cue: string;
}

const SCROLLERS = '.math-scroll, .katex-display, .graph-scroll';

/** Which edges of an overflowing box hide part of its formula. */
export function hiddenEdges(scrollLeft: number, clientWidth: number, scrollWidth: number): 'left' | 'right' | 'both' {
	const left = scrollLeft > 1;
	const right = scrollLeft + clientWidth < scrollWidth - 1;
	return left && right ? 'both' : left ? 'left' : 'right';
}

function edges(el: HTMLElement): void {
	if (el.dataset.scrolls === undefined || el.matches('.graph-scroll')) return;
	const more = hiddenEdges(el.scrollLeft, el.clientWidth, el.scrollWidth);
	if (el.dataset.more !== more) el.dataset.more = more;
}

function mark(root: HTMLElement, words: ScrollerWords): void {
	for (const el of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
		// a .katex-display inside a .math-scroll is scrolled by its box, not by itself
		if (el.matches('.math-scroll .katex-display')) continue;
		const graph = el.matches('.graph-scroll');
		const overflows = el.scrollWidth > el.clientWidth + 1;
		if (overflows && el.getAttribute('tabindex') === null) {
			el.tabIndex = 0;
			el.setAttribute('role', 'group');
			el.setAttribute('aria-label', graph ? words.graph : words.formula);
			el.dataset.scrolls = '';
			if (!graph) el.dataset.cue = words.cue;
		} else if (!overflows && el.dataset.scrolls !== undefined) {
			el.removeAttribute('tabindex');
			el.removeAttribute('role');
			el.removeAttribute('aria-label');
			delete el.dataset.scrolls;
			delete el.dataset.cue;
			delete el.dataset.more;
		}
		edges(el);
	}
}

/** `use:focusableScrollers={{ formula, graph, cue }}` on the element holding a step's formulas and graph. */
export const focusableScrollers: Action<HTMLElement, ScrollerWords> = (root, initial) => {
	let words = initial;
	let frame = 0;
	const schedule = (): void => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => mark(root, words));
	};
	// new step content (client navigation, a variant's numbers, a revealed solution), a new width, and a
	// graph unfolded (the page grows)
	const mutations = new MutationObserver(schedule);
	mutations.observe(root, { childList: true, subtree: true });
	const sizes = new ResizeObserver(schedule);
	sizes.observe(root);
	// scroll does not bubble: caught on its way down, from any formula box
	const scrolled = (e: Event): void => {
		if (e.target instanceof HTMLElement) edges(e.target);
	};
	root.addEventListener('scroll', scrolled, { capture: true, passive: true });
	schedule();
	return {
		update(next: ScrollerWords) {
			words = next;
			for (const el of root.querySelectorAll<HTMLElement>('[data-scrolls]')) {
				const graph = el.matches('.graph-scroll');
				el.setAttribute('aria-label', graph ? next.graph : next.formula);
				if (!graph) el.dataset.cue = next.cue;
			}
			schedule();
		},
		destroy() {
			cancelAnimationFrame(frame);
			mutations.disconnect();
			sizes.disconnect();
			root.removeEventListener('scroll', scrolled, { capture: true });
		}
	};
};
