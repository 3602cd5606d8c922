/**
 * JSON text with positions: syntax errors at their real line and column, and any JSON pointer
 * mapped back to where it is written, so every problem can say FILE:LINE:COL.
 */
import {
	findNodeAtLocation,
	findNodeAtOffset,
	getNodePath,
	parseTree,
	printParseErrorCode,
	visit,
	type Node,
	type ParseError
} from 'jsonc-parser';

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

/** 1-based line and column of an offset. */
export function position(text: string, offset: number): { line: number; column: number } {
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

/** One backslash escape in a string as the file writes it: `\t` in `"$\theta$"`. */
export interface Escape {
	/** Offset of the backslash within the raw string (its opening quote is 0). */
	index: number;
	/** The character after the backslash. */
	char: string;
	/** Whether JSON accepts it: \" \\ \/ \b \f \n \r \t, and \u with four hex digits. */
	valid: boolean;
	/** The letters after the escape: with the backslash and `char`, the TeX command it may have been. */
	letters: string;
}

const LETTERS = /[A-Za-z]*/y;

/** Every escape in a raw JSON string (quotes included), in order; `\\` is one escape, so `\\theta` is clean. */
export function escapesIn(raw: string): Escape[] {
	const out: Escape[] = [];
	for (let i = 0; i < raw.length - 1; i++) {
		if (raw[i] !== '\\') continue;
		const char = raw[i + 1] ?? '';
		const valid = char === 'u' ? /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6)) : '"\\/bfnrt'.includes(char);
		LETTERS.lastIndex = i + 2;
		const letters = LETTERS.exec(raw)?.[0] ?? '';
		out.push({ index: i, char, valid, letters });
		i += char === 'u' && valid ? 5 : 1;
	}
	return out;
}

/** What to write instead of a TeX command typed with one backslash. */
export function doubleBackslashMessage(command: string): string {
	return `write \\\\${command}: in JSON a TeX command needs two backslashes`;
}

/** An escape JSON refuses: `\partial` (\p), `\upsilon` (a \u without four hex digits), `\,`. */
function invalidEscapeMessage(e: Escape): string {
	return doubleBackslashMessage(/[A-Za-z]/.test(e.char) ? e.char + e.letters : e.char);
}

/** Trailing commas, each at its comma: the parser would report each twice, at the closing brace. */
function trailingCommas(text: string): number[] {
	const out: number[] = [];
	// the offset of a comma that nothing has followed yet
	let comma = -1;
	const reset = (): void => {
		comma = -1;
	};
	const close = (): void => {
		if (comma >= 0) out.push(comma);
		comma = -1;
	};
	visit(
		text,
		{
			onObjectBegin: reset,
			onArrayBegin: reset,
			onObjectProperty: reset,
			onLiteralValue: reset,
			onSeparator: (ch, offset) => {
				comma = ch === ',' ? offset : -1;
			},
			onObjectEnd: close,
			onArrayEnd: close
		},
		{ disallowComments: true, allowTrailingComma: true }
	);
	return out;
}

function syntaxProblems(text: string, root: Node | undefined, errors: readonly ParseError[]): Problem[] {
	const out: Problem[] = [];
	const pointerAt = (offset: number): string => {
		const node = root ? findNodeAtOffset(root, offset) : undefined;
		return node ? toPointer(getNodePath(node)) : '';
	};
	for (const e of errors) {
		const code = printParseErrorCode(e.error);
		if (code === 'InvalidEscapeCharacter' || code === 'InvalidUnicode') {
			// the parser names the string; the message names each backslash in it
			const bad = escapesIn(text.slice(e.offset, e.offset + e.length)).filter((x) => !x.valid);
			if (bad.length > 0) {
				for (const x of bad) out.push({ pointer: pointerAt(e.offset), ...position(text, e.offset + x.index), message: invalidEscapeMessage(x) });
				continue;
			}
		}
		out.push({ pointer: '', ...position(text, e.offset), message: `JSON syntax: ${SYNTAX[code] ?? code}` });
	}
	for (const offset of trailingCommas(text)) {
		const closing = /\s*([}\]])/.exec(text.slice(offset + 1))?.[1] ?? '}';
		out.push({ pointer: pointerAt(offset), ...position(text, offset), message: `JSON syntax: trailing comma before "${closing}": JSON allows no comma after the last item` });
	}
	return out;
}

export function readJson(text: string): ReadResult {
	const strict: ParseError[] = [];
	const root = parseTree(text, strict, { disallowComments: true, allowTrailingComma: false });
	if (strict.length === 0 && root !== undefined) {
		// parseTree already proved the text is JSON; JSON.parse gives the plain value
		return { ok: true, value: JSON.parse(text), source: { text, root } };
	}
	// not JSON: parsed again with trailing commas allowed, so each is reported once, at its comma
	const errors: ParseError[] = [];
	const lenient = parseTree(text, errors, { disallowComments: true, allowTrailingComma: true });
	const problems = syntaxProblems(text, lenient, errors);
	const list = problems.length > 0 ? problems : [{ pointer: '', line: 1, column: 1, message: `JSON syntax: ${SYNTAX.ValueExpected}` }];
	return { ok: false, problems: list.sort((a, b) => a.line - b.line || a.column - b.column) };
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
 * A RegExp needle finds, say, a whole word.
 */
export function problemInString(source: Source, path: readonly (string | number)[], needle: string | RegExp, message: string): Problem {
	const node = source.root ? findNodeAtLocation(source.root, [...path]) : undefined;
	const raw = node?.type === 'string' ? source.text.slice(node.offset, node.offset + node.length) : '';
	const i = typeof needle === 'string' ? raw.indexOf(needle) : raw.search(needle);
	if (!node || i < 0) return problemAt(source, path, message);
	return { pointer: toPointer(path), ...position(source.text, node.offset + i), message };
}

/** `word` as a whole name in an expression, not inside a longer one ("x" not in "exp"). */
export function wordPattern(word: string): RegExp {
	return new RegExp(`(?<![A-Za-z0-9_])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_])`);
}

/** Widest piece of a source line shown under a problem: a phone's terminal, or the Open page's list. */
export const EXCERPT_WIDTH = 72;

/**
 * The line a problem points at and a caret under its column, as compilers print them, each line
 * indented by four spaces. Leading indentation is dropped, and a long line (prose is often one line
 * of hundreds of characters) is cut to EXCERPT_WIDTH around the column, "…" marking each cut.
 */
export function sourceExcerpt(text: string, line: number, column: number): string[] {
	const full = text.split('\n')[line - 1]?.replace(/\r$/, '');
	if (full === undefined) return [];
	const indent = /^[ \t]*/.exec(full)?.[0].length ?? 0;
	let start = Math.min(indent, Math.max(0, column - 1));
	let caret = Math.max(0, column - 1);
	let end = full.length;
	// a line too long to show whole, whose column is not near its start, is cut around the column
	if (end - start > EXCERPT_WIDTH && caret - start > EXCERPT_WIDTH - 8) {
		start = Math.max(start, Math.min(caret - Math.floor(EXCERPT_WIDTH / 3), end - EXCERPT_WIDTH));
	}
	if (end - start > EXCERPT_WIDTH) {
		end = start + EXCERPT_WIDTH;
	}
	const before = start > indent ? '…' : '';
	const after = end < full.length ? '…' : '';
	const shown = before + full.slice(start, end).replaceAll('\t', ' ') + after;
	caret = before.length + caret - start;
	return ['    ' + shown, '    ' + ' '.repeat(caret) + '^'];
}

/** `FILE:LINE:COL  /pointer  message`; with the file's text, its line and a caret follow, indented. */
export function formatProblem(file: string, p: Problem, text?: string): string {
	const head = `${file}:${p.line}:${p.column}  ${p.pointer || '/'}  ${p.message}`;
	return text === undefined ? head : [head, ...sourceExcerpt(text, p.line, p.column)].join('\n');
}
