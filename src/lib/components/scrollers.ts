/**
 * A wide formula scrolls sideways in its box. A keyboard reaches that scroll only if the box can take
 * focus (WCAG 2.1.1; Chromium does it by itself, other browsers do not), so each formula box that overflows
 * gets tabindex 0 and a name, and loses them again when the page is wide enough. Boxes that fit stay out
 * of the tab order.
 */
import type { Action } from 'svelte/action';

const SCROLLERS = '.math-scroll, .katex-display';

function mark(root: HTMLElement, label: string): void {
	for (const el of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
		// a .katex-display inside a .math-scroll is scrolled by its box, not by itself
		if (el.matches('.math-scroll .katex-display')) continue;
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

/** `use:focusableScrollers={label}` on the element holding a step's formulas. */
export const focusableScrollers: Action<HTMLElement, string> = (root, initial) => {
	let label = initial;
	let frame = 0;
	const schedule = (): void => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => mark(root, label));
	};
	// new step content (client navigation, a variant's numbers, a revealed solution) and a new width
	const mutations = new MutationObserver(schedule);
	mutations.observe(root, { childList: true, subtree: true });
	const sizes = new ResizeObserver(schedule);
	sizes.observe(root);
	schedule();
	return {
		update(next: string) {
			label = next;
			for (const el of root.querySelectorAll<HTMLElement>('[data-scrolls]')) el.setAttribute('aria-label', next);
			schedule();
		},
		destroy() {
			cancelAnimationFrame(frame);
			mutations.disconnect();
			sizes.disconnect();
		}
	};
};
