/**
 * What the Open page takes: a file past one of these limits is refused, with the limit named, before it is
 * checked or rendered. The course's largest lesson is about 80 KB with 35 steps, 32 nodes and 700 formulas;
 * a 20 MB file, 20 000 formulas or a 100 000-node model once kept the page busy for minutes, and a step
 * of 2 000 formulas (a forward pass over 2 000 nodes) still holds the page for 400 ms while it is laid out.
 * docs/authoring.md states the same figures.
 */
export const LIMITS = {
	/** The file's size in bytes (UTF-8). */
	bytes: 2 * 1024 * 1024,
	steps: 200,
	/** Nodes of `model.nodes`, or neurons of `network.layers`. */
	nodes: 500,
	/** `$…$` and `$$…$$` in the lesson's text. */
	formulas: 5000
} as const;

export type Limit = keyof typeof LIMITS;

/** A limit the file goes past: what was found against the most allowed. */
export interface LimitBreach {
	limit: Limit;
	found: number;
	max: number;
}

/** The same formulas `lessons check` parses in prose. */
const FORMULA = /\$\$([\s\S]+?)\$\$|\$((?:\\\$|[^$\n])+?)\$/g;

export function sizeBreach(bytes: number): LimitBreach | undefined {
	return bytes > LIMITS.bytes ? { limit: 'bytes', found: bytes, max: LIMITS.bytes } : undefined;
}

function breach(limit: Limit, found: number): LimitBreach | undefined {
	return found > LIMITS[limit] ? { limit, found, max: LIMITS[limit] } : undefined;
}

function entry(value: unknown, key: string): unknown {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	return Object.entries(value).find(([k]) => k === key)?.[1];
}

function nodeCount(value: unknown): number {
	const nodes = entry(entry(value, 'model'), 'nodes');
	if (Array.isArray(nodes)) return nodes.length;
	const layers = entry(entry(value, 'network'), 'layers');
	if (!Array.isArray(layers)) return 0;
	return layers.reduce((sum: number, n: unknown) => sum + (typeof n === 'number' && Number.isFinite(n) ? Math.max(0, n) : 0), 0);
}

/** Formulas in every string of the value; a loop with its own stack, so a deeply nested file cannot overflow it. */
function formulaCount(value: unknown): number {
	let count = 0;
	const stack: unknown[] = [value];
	while (stack.length > 0) {
		const v = stack.pop();
		if (typeof v === 'string') for (const _ of v.matchAll(FORMULA)) count++;
		// pushed one by one: spreading a 100 000-element array overflows the argument list
		else if (Array.isArray(v)) for (const x of v) stack.push(x);
		else if (typeof v === 'object' && v !== null) for (const x of Object.values(v)) stack.push(x);
	}
	return count;
}

/**
 * The first limit the lesson text goes past. Text that is not JSON passes: check then says where it breaks.
 * Counting costs one JSON.parse and one pass over the strings, far less than checking.
 */
export function contentBreach(text: string): LimitBreach | undefined {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}
	const steps = entry(value, 'steps');
	return (
		breach('steps', Array.isArray(steps) ? steps.length : 0) ?? breach('nodes', nodeCount(value)) ?? breach('formulas', formulaCount(value))
	);
}
