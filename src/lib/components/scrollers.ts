/**
 * A wide formula scrolls sideways in its box. A keyboard reaches that scroll only if the box can take
 * focus (WCAG 2.1.1; Chromium does it by itself, other browsers do not), so each formula box that overflows
 * gets tabindex 0 and a name, and loses them again when the page is wide enough. Boxes that fit stay out
 * of the tab order.
 *
 * A reader who does not use the keyboard must see that there is more, too: an overflowing box gets
 * `data-cue` (a short "scroll →" that the stylesheet writes under the formula) and `data-more` (left,
 * right or both: the edges where formula is hidden, which the stylesheet fades).
 */
import type { Action } from 'svelte/action';

const SCROLLERS = '.math-scroll, .katex-display';

export interface ScrollerWords {
	/** The accessible name of an overflowing box. */
	label: string;
	/** The visible cue under it. */
	cue: string;
}

/** Which edges of an overflowing box hide part of its formula. */
export function hiddenEdges(scrollLeft: number, clientWidth: number, scrollWidth: number): 'left' | 'right' | 'both' {
	const left = scrollLeft > 1;
	const right = scrollLeft + clientWidth < scrollWidth - 1;
	return left && right ? 'both' : left ? 'left' : 'right';
}

function edges(el: HTMLElement): void {
	if (el.dataset.scrolls === undefined) return;
	const more = hiddenEdges(el.scrollLeft, el.clientWidth, el.scrollWidth);
	if (el.dataset.more !== more) el.dataset.more = more;
}

function mark(root: HTMLElement, words: ScrollerWords): void {
	for (const el of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
		// a .katex-display inside a .math-scroll is scrolled by its box, not by itself
		if (el.matches('.math-scroll .katex-display')) continue;
		const overflows = el.scrollWidth > el.clientWidth + 1;
		if (overflows && el.getAttribute('tabindex') === null) {
			el.tabIndex = 0;
			el.setAttribute('role', 'group');
			el.setAttribute('aria-label', words.label);
			el.dataset.scrolls = '';
			el.dataset.cue = words.cue;
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

/** `use:focusableScrollers={{ label, cue }}` on the element holding a step's formulas. */
export const focusableScrollers: Action<HTMLElement, ScrollerWords> = (root, initial) => {
	let words = initial;
	let frame = 0;
	const schedule = (): void => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => mark(root, words));
	};
	// new step content (client navigation, a variant's numbers, a revealed solution) and a new width
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
				el.setAttribute('aria-label', next.label);
				el.dataset.cue = next.cue;
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
