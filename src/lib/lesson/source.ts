/**
 * JSON text with positions: syntax errors at their real line and column, and any JSON pointer
 * mapped back to where it is written, so every problem can say FILE:LINE:COL.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export interface Problem {
	/** JSON pointer, e.g. /steps/3/param ('' for the whole file). */
	pointer: string;
	line: number;
	column: number;
	message: string;
}

export interface Source {
	text: string;
	root: Node | undefined;
}

export type ReadResult = { ok: true; value: unknown; source: Source } | { ok: false; problems: Problem[] };

function position(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let last = -1;
	for (let i = 0; i < offset && i < text.length; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			last = i;
		}
	}
	return { line, column: offset - last };
}

const SYNTAX: Record<string, string> = {
	InvalidSymbol: 'unexpected character',
	InvalidNumberFormat: 'malformed number',
	PropertyNameExpected: 'a property name in double quotes is expected',
	ValueExpected: 'a value is expected',
	ColonExpected: 'a colon ":" is expected',
	CommaExpected: 'a comma "," is expected',
	CloseBraceExpected: 'a closing brace "}" is expected',
	CloseBracketExpected: 'a closing bracket "]" is expected',
	EndOfFileExpected: 'nothing may follow the closing brace',
	InvalidCommentToken: 'comments are not allowed in JSON',
	UnexpectedEndOfComment: 'unterminated comment',
	UnexpectedEndOfString: 'unterminated string',
	UnexpectedEndOfNumber: 'unterminated number',
	InvalidUnicode: 'invalid unicode escape',
	InvalidEscapeCharacter: 'invalid escape character',
	InvalidCharacter: 'invalid character in a string'
};

export function readJson(text: string): ReadResult {
	const errors: ParseError[] = [];
	const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
	if (errors.length > 0 || root === undefined) {
		const list = errors.length > 0 ? errors : [{ error: 4, offset: 0, length: 0 }];
		return {
			ok: false,
			problems: list.map((e) => {
				const code = printParseErrorCode(e.error);
				return { pointer: '', ...position(text, e.offset), message: `JSON syntax: ${SYNTAX[code] ?? code}` };
			})
		};
	}
	// parseTree already proved the text is JSON; JSON.parse gives the plain value
	return { ok: true, value: JSON.parse(text), source: { text, root } };
}

export function toPointer(path: readonly (string | number)[]): string {
	return path.map((p) => '/' + String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

/** `model.nodes[3].expr` → ['model', 'nodes', 3, 'expr']. */
export function dottedToPath(dotted: string): (string | number)[] {
	const out: (string | number)[] = [];
	for (const m of dotted.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
		if (m[2] !== undefined) out.push(Number(m[2]));
		else if (m[1] !== undefined) out.push(m[1]);
	}
	return out;
}

/** Where a path is written: the deepest existing node along it (a missing field points at its object). */
export function locate(source: Source, path: readonly (string | number)[], key = false): { line: number; column: number } {
	const { root } = source;
	if (!root) return { line: 1, column: 1 };
	for (let n = path.length; n >= 0; n--) {
		const node = findNodeAtLocation(root, [...path.slice(0, n)]);
		if (node) {
			const keyNode = key && n === path.length ? node.parent?.children?.[0] : undefined;
			return position(source.text, (keyNode ?? node).offset);
		}
	}
	return { line: 1, column: 1 };
}

export function problemAt(source: Source, path: readonly (string | number)[], message: string, key = false): Problem {
	return { pointer: toPointer(path), ...locate(source, path, key), message };
}

/**
 * A problem inside a string: at `needle` where the file writes it, else at the string. The needle is
 * looked for in the raw JSON text, so one written with escapes (\u002F) is reported at its string.
 */
export function problemInString(source: Source, path: readonly (string | number)[], needle: string, message: string): Problem {
	const node = source.root ? findNodeAtLocation(source.root, [...path]) : undefined;
	const i = node?.type === 'string' ? source.text.slice(node.offset, node.offset + node.length).indexOf(needle) : -1;
	if (!node || i < 0) return problemAt(source, path, message);
	return { pointer: toPointer(path), ...position(source.text, node.offset + i), message };
}

export function formatProblem(file: string, p: Problem): string {
	return `${file}:${p.line}:${p.column}  ${p.pointer || '/'}  ${p.message}`;
}
