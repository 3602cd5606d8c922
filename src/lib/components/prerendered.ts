/**
 * What an island's live component reads back from the prerendered markup it replaces (see islands.ts and
 * $lib/lesson/markup.ts): a module of its own, so the components an island loads do not import islands.ts,
 * which names them.
 */
import { getContext } from 'svelte';

/** Context key: the element holding the prerendered markup an island's live component replaces. */
export const PRERENDERED = Symbol('prerendered');

/**
 * The prerendered markup the live component being made replaces (its island's element; null outside an
 * island). What a prerendered page's data left out (KEPT, see $lib/lesson/markup.ts) is read back from it, so
 * call it while the component is made, and read before the markup goes.
 */
export function prerenderedHost(): HTMLElement | null {
	return getContext<HTMLElement | undefined>(PRERENDERED) ?? null;
}
