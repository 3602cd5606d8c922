/**
 * How big a lesson's model may be. Every walk of an expression tree recurses, and mathjs's parser
 * recurses about twenty calls deep per bracket, so these are checked on the text and on the tree
 * before anything recursive runs; a graph is walked with loops, so only its size is bounded, to keep
 * the pages a student opens responsive. docs/authoring.md quotes the numbers.
 */

/** Characters in one expression (a sum of about 400 terms fits). */
export const MAX_EXPR_LENGTH = 5_000;
/** Brackets open at once, counted on the text before parsing: ((…)) and f(g(…)) alike. */
export const MAX_BRACKET_DEPTH = 64;
/** Depth of an expression's tree, counted before it is walked: a + b + c is 2 deep, −−−x is 3. */
export const MAX_EXPR_DEPTH = 500;
/** Nodes in a lesson's model (after a network is expanded): every step page of it stays quick to open. */
export const MAX_NODES = 10_000;
/** Nodes in a model file traced on its own, with no pages to serve: every pass is linear, so only memory bounds it. */
export const MAX_MODEL_FILE_NODES = 200_000;

/** Characters of a too-long text a message quotes. */
const EXCERPT = 40;

/** At most the first 40 characters of `text`, with … when cut, on one line. */
export function excerpt(text: string): string {
	const line = text.replace(/\s+/g, ' ');
	return line.length <= EXCERPT ? line : `${line.slice(0, EXCERPT - 1)}…`;
}

/** Thousands grouped with a space (13 012), as the guide writes the limits. */
export function count(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
