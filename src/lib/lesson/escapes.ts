/**
 * TeX commands written with one backslash that JSON still accepts: `"$\theta$"` is a tab and
 * "heta", `"$\nabla$"` a newline and "abla", `\beta`, `\frac`, `\rho`, `\right`… likewise (\b, \f,
 * \r). The file parses, so only this check can say "write \\theta". (An escape JSON refuses, such as
 * `\partial`, is a syntax error with the same advice: source.ts.)
 *
 * Which escapes are flagged, so that a newline the author meant stays clean:
 * - in a TeX field (a node's `tex`, a label) or between $ signs in prose: \b \f \n \r \t before a letter;
 * - elsewhere in a string: \b or \f before a letter (backspace and form feed are never text), and
 *   \n \r \t when, with the letters after them, they spell a command KaTeX knows of three letters or
 *   more (`\nabla`, `\theta`, `\neq`; a line that starts "Segunda" or "u otra" is left alone).
 */
import katex from 'katex';
import type { Node } from 'jsonc-parser';
import { doubleBackslashMessage, escapesIn, position, toPointer, type Problem, type Source } from './source';

const known = new Map<string, boolean>();

/** Whether KaTeX knows `\name` (a command that wants arguments fails for another reason). */
function isTexCommand(name: string): boolean {
	let k = known.get(name);
	if (k === undefined) {
		try {
			katex.renderToString('\\' + name, { throwOnError: true, output: 'mathml' });
			k = true;
		} catch (err) {
			k = !(err instanceof Error && err.message.includes('Undefined control sequence'));
		}
		known.set(name, k);
	}
	return k;
}

/** For each index of a raw string: whether it lies between $ signs ($$ counts as one sign). */
function mathSpans(raw: string): boolean[] {
	const inside: boolean[] = [];
	let open = false;
	for (let i = 0; i < raw.length; i++) {
		if (raw[i] === '$' && raw[i - 1] !== '\\') {
			open = !open;
			if (raw[i + 1] === '$') {
				inside.push(open);
				i++;
			}
		}
		inside.push(open);
	}
	return inside;
}

function* stringValues(node: Node | undefined, path: (string | number)[] = []): Generator<{ node: Node; path: (string | number)[] }> {
	if (!node) return;
	if (node.type === 'string') yield { node, path };
	else if (node.type === 'array') for (const [i, c] of (node.children ?? []).entries()) yield* stringValues(c, [...path, i]);
	else if (node.type === 'object') {
		for (const prop of node.children ?? []) {
			const [key, value] = prop.children ?? [];
			if (key?.type === 'string' && typeof key.value === 'string') yield* stringValues(value, [...path, key.value]);
		}
	}
}

/** A TeX field: every character of it is TeX, as if between $ signs. */
const isTexField = (path: readonly (string | number)[]): boolean => path[path.length - 1] === 'tex' || path[path.length - 2] === 'labels';

export function singleBackslashProblems(source: Source): Problem[] {
	const out: Problem[] = [];
	for (const { node, path } of stringValues(source.root)) {
		const raw = source.text.slice(node.offset, node.offset + node.length);
		if (!raw.includes('\\')) continue;
		const tex = isTexField(path);
		const math = tex ? [] : mathSpans(raw);
		for (const e of escapesIn(raw)) {
			if (!e.valid || !'bfnrt'.includes(e.char) || e.letters === '') continue;
			const command = e.char + e.letters;
			const trap = tex || math[e.index] === true || 'bf'.includes(e.char) || (command.length >= 3 && isTexCommand(command));
			if (trap) out.push({ pointer: toPointer(path), ...position(source.text, node.offset + e.index), message: doubleBackslashMessage(command) });
		}
	}
	return out;
}
