/**
 * Long formulas laid out to fit a narrow column. Formulas are rendered at build time, without knowing
 * the width they will get (a phone gives about 18 em of maths, a 1280 px screen beside the graph about
 * 27), so a chain is laid out by an estimate of its width in em: on one line when it fits, else one
 * relation (=) per line, aligned on the equals signs, and a line still too long breaks at its top-level
 * +, − and · onto indented continuation lines. The value (the last `= v`) always gets a line of its own,
 * at the left, so it is in view even when a line above it must scroll.
 */

/** The width, in em of the formula's font, a line of maths may take: a phone's column less a margin. */
export const LINE_EM = 17;

/** Rough widths, in em, of what KaTeX sets (Computer Modern metrics, with TeX's spacing around operators). */
const GLYPH_EM: Record<string, number> = { '.': 0.28, ',': 0.28, '(': 0.39, ')': 0.39, '[': 0.28, ']': 0.28, '|': 0.28, "'": 0.28, '!': 0.28 };
const BINARY_EM = 1.22; // + or − between terms: the sign and two medium spaces
const RELATION_EM = 1.33; // =, <, >: the sign and two thick spaces
const COMMAND_EM: Record<string, number> = {
	cdot: 0.72, times: 1.22, pm: 1.22, partial: 0.56, quad: 1, qquad: 2, ';': 0.28, ':': 0.22, ',': 0.17, '!': -0.17, ' ': 0.33,
	infty: 1, ldots: 1.2, cdots: 1.2, sum: 1.1, prod: 1.1, longrightarrow: 2.2, rightarrow: 1.6, to: 1.6, odot: 1.22, top: 0.78,
	left: 0, right: 0, max: 1.8, min: 1.6
};

/** The group `{…}` that starts at `open` (a `{`), and the index just after it. */
function group(tex: string, open: number): { body: string; end: number } {
	let depth = 0;
	for (let i = open; i < tex.length; i++) {
		const c = tex[i];
		if (c === '\\') i++;
		else if (c === '{') depth++;
		else if (c === '}' && --depth === 0) return { body: tex.slice(open + 1, i), end: i + 1 };
	}
	return { body: tex.slice(open + 1), end: tex.length };
}

/** One argument: a braced group, a command, or a single character, from `i`. */
function argument(tex: string, i: number): { body: string; end: number } {
	while (tex[i] === ' ') i++;
	if (tex[i] === '{') return group(tex, i);
	if (tex[i] === '\\') {
		const name = /^\\([A-Za-z]+|.)/.exec(tex.slice(i))?.[0] ?? '\\';
		return { body: name, end: i + name.length };
	}
	return { body: tex[i] ?? '', end: i + 1 };
}

/**
 * The estimated width of a TeX fragment in em, at `scale` (1 for the display's own size). An estimate,
 * good to about a tenth: enough to choose where to break, which is all it is used for.
 */
export function texWidth(tex: string, scale = 1): number {
	let width = 0;
	let i = 0;
	while (i < tex.length) {
		const c = tex[i] ?? '';
		if (c === ' ') {
			i++;
		} else if (c === '{') {
			const g = group(tex, i);
			width += texWidth(g.body, scale);
			i = g.end;
		} else if (c === '_' || c === '^') {
			const a = argument(tex, i + 1);
			width += texWidth(a.body, scale * 0.7);
			i = a.end;
		} else if (c === '\\') {
			const name = /^\\([A-Za-z]+|.)/.exec(tex.slice(i))?.[1] ?? '';
			i += name.length + 1;
			if (name === 'frac') {
				const num = argument(tex, i);
				const den = argument(tex, num.end);
				// a fraction in a display keeps its size once, then shrinks as TeX's styles do
				const inner = scale < 1 ? scale * 0.7 : scale;
				width += Math.max(texWidth(num.body, inner), texWidth(den.body, inner)) + 0.24 * scale;
				i = den.end;
			} else if (name === 'left' || name === 'right') {
				const delim = tex[i] ?? '';
				width += (delim === '.' ? 0.12 : 0.45) * scale;
				i += delim === '\\' ? (/^\\([A-Za-z]+|.)/.exec(tex.slice(i))?.[0].length ?? 1) : 1;
			} else if (name === 'sqrt') {
				const a = argument(tex, i);
				width += texWidth(a.body, scale) + 0.85 * scale;
				i = a.end;
			} else if (name === 'hat' || name === 'bar' || name === 'tilde' || name === 'mathrm' || name === 'mathbf' || name === 'operatorname' || name === 'text') {
				const a = argument(tex, i);
				width += texWidth(a.body, scale) * (name === 'text' ? 1.05 : 1);
				i = a.end;
			} else {
				width += (COMMAND_EM[name] ?? 0.6) * scale;
			}
		} else if (c === '+' || c === '-') {
			width += (scale < 1 ? 0.78 : BINARY_EM) * scale;
			i++;
		} else if (c === '=' || c === '<' || c === '>') {
			width += (scale < 1 ? 0.78 : RELATION_EM) * scale;
			i++;
		} else if (c === '&') {
			i++;
		} else {
			width += (GLYPH_EM[c] ?? (/[A-Z]/.test(c) ? 0.72 : /[0-9]/.test(c) ? 0.5 : 0.53)) * scale;
			i++;
		}
	}
	return width;
}

/**
 * The top-level terms of a sum or product: `a \cdot b + \left(c - d\right)` → `a`, `\cdot b`, `+ \left(c - d\right)`.
 * Only +, − and · between terms at brace and \left…\right depth zero cut; a sign inside a group or a
 * leading minus does not, nor a \times (it belongs to a figure: 1.5 \times 10^{-7}).
 */
export function terms(tex: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < tex.length; i++) {
		const c = tex[i];
		if (c === '\\') {
			const name = /^\\([A-Za-z]+|.)/.exec(tex.slice(i))?.[1] ?? '';
			if (name === 'left') depth++;
			else if (name === 'right') depth--;
			else if (depth === 0 && name === 'cdot' && i > start && tex[i - 1] === ' ') {
				out.push(tex.slice(start, i - 1));
				start = i;
			}
			i += name.length;
		} else if (c === '{') depth++;
		else if (c === '}') depth--;
		else if (depth === 0 && (c === '+' || c === '-') && tex[i - 1] === ' ' && tex[i + 1] === ' ' && tex.slice(start, i).trim() !== '') {
			out.push(tex.slice(start, i - 1));
			start = i;
		}
	}
	out.push(tex.slice(start));
	return out.map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * A line too long for `room` em broken inside its brackets: after a comma or before a + or − within a
 * \left…\right pair (never inside braces, which hold a fraction's or a root's parts), greedily. Each line
 * closes the brackets still open with \right. and the next reopens them with \left., so KaTeX gets
 * balanced rows: max(X₁, max(X₂, X₃)) → max(X₁, | max(X₂, | X₃)).
 */
export function breakInside(tex: string, room: number): string[] {
	// the segments between cut points, each with the brackets open where it ends
	const cuts: { at: number; open: number }[] = [];
	let braces = 0;
	let open = 0;
	for (let i = 0; i < tex.length; i++) {
		const c = tex[i];
		if (c === '\\') {
			const name = /^\\([A-Za-z]+|.)/.exec(tex.slice(i))?.[1] ?? '';
			if (braces === 0 && name === 'left') open++;
			else if (braces === 0 && name === 'right') open--;
			i += name.length;
		} else if (c === '{') braces++;
		else if (c === '}') braces--;
		else if (braces === 0 && open > 0 && c === ',' && tex[i + 1] === ' ') cuts.push({ at: i + 1, open });
		else if (braces === 0 && open > 0 && (c === '+' || c === '-') && tex[i - 1] === ' ' && tex[i + 1] === ' ') cuts.push({ at: i, open });
	}
	const lines: string[] = [];
	let start = 0;
	let openAtStart = 0;
	let last: { at: number; open: number } | undefined;
	const line = (end: number, openAtEnd: number): string =>
		`${'\\left. '.repeat(openAtStart)}${tex.slice(start, end).trim()}${' \\right.'.repeat(openAtEnd)}`;
	for (const cut of [...cuts, { at: tex.length, open: 0 }]) {
		// continuation lines sit a quad in, so they have a quad less
		const indent = lines.length === 0 ? 0 : 1;
		if (last && texWidth(tex.slice(start, cut.at)) + indent > room) {
			lines.push(line(last.at, last.open));
			start = last.at;
			openAtStart = last.open;
		}
		last = cut;
	}
	lines.push(line(tex.length, 0));
	return lines;
}

/**
 * One side of a relation as lines no wider than `room` em: greedy, cutting between top-level terms, and
 * a line that is still too long (one long bracket or function call) inside its brackets.
 */
export function wrapTerms(tex: string, room: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const term of terms(tex)) {
		const next = line === '' ? term : `${line} ${term}`;
		// continuation lines start with their operator, a quad in from the relation
		const indent = lines.length === 0 ? 0 : 1;
		if (line !== '' && texWidth(next) + indent > room) {
			lines.push(line);
			line = term;
		} else {
			line = next;
		}
	}
	if (line !== '') lines.push(line);
	return lines.flatMap((l, k) => (texWidth(l) + (k === 0 ? 0 : 1) > room ? breakInside(l, room) : [l]));
}

/**
 * The rows of `lhs = rhs₁ = rhs₂ = …` for an aligned environment, one relation per row, aligned on the
 * equals signs; a side too long for `budget` em continues on rows of its own, a quad further in.
 */
export function chainRows(lhs: string, rhs: readonly string[], budget = LINE_EM): string[] {
	const lead = texWidth(lhs) + RELATION_EM;
	const rows: string[] = [];
	rhs.forEach((side, k) => {
		const [first = '', ...rest] = wrapTerms(side, budget - lead);
		rows.push(`${k === 0 ? lhs : ''} &= ${first}`.trimStart());
		// \kern, not \quad: \quad is a macro, and a long product of hundreds of rows would pass KaTeX's expansion limit
		for (const line of rest) rows.push(`&\\kern1em ${line}`);
	});
	return rows;
}

export const aligned = (rows: readonly string[]): string => `\\begin{aligned} ${rows.join(' \\\\ ')} \\end{aligned}`;

/** `lhs = rhs₁ = … = value` on one line when it fits `budget` em, else aligned one relation per row. */
export function chainTex(lhs: string, rhs: readonly string[], budget = LINE_EM): string {
	const line = [lhs, ...rhs].join(' = ');
	return texWidth(line) <= budget ? line : aligned(chainRows(lhs, rhs, budget));
}
