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
// a comma in maths is followed by a thin space
const GLYPH_EM: Record<string, number> = { '.': 0.28, ',': 0.45, '(': 0.39, ')': 0.39, '[': 0.28, ']': 0.28, '|': 0.28, "'": 0.28, '!': 0.28 };
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
 * `\begin{env}…\end{env}` from just after `\begin` at `i`: its width (the widest row, its cells side by side
 * with a quad between them, and room for a brace or brackets) and the index just after `\end{env}`.
 */
function environment(tex: string, i: number): { width: number; end: number } {
	const name = argument(tex, i);
	let depth = 1;
	let j = name.end;
	let close = tex.length;
	let after = tex.length;
	while (j < tex.length) {
		const m = /^\\(begin|end)\s*\{[^}]*\}/.exec(tex.slice(j));
		if (m) {
			depth += m[1] === 'begin' ? 1 : -1;
			if (depth === 0) {
				close = j;
				after = j + m[0].length;
				break;
			}
			j += m[0].length;
		} else j += tex[j] === '\\' ? 2 : 1;
	}
	const body = tex.slice(name.end, close);
	const rows = splitTop(body, /\\\\/).map((row) => splitTop(row, /&/));
	const widest = Math.max(0, ...rows.map((cells) => cells.reduce((w, cell) => w + texWidth(cell), 0) + (cells.length - 1)));
	const fences = /matrix|cases/.test(name.body) ? 1 : 0;
	return { width: widest + fences, end: after };
}

/**
 * Where `pattern` matches at brace, \left…\right and \begin…\end depth zero, as [start, end) pairs:
 * the places a formula may be cut without splitting a group.
 */
export function topLevel(tex: string, pattern: RegExp, groupsOnly = false): { start: number; end: number }[] {
	const sticky = new RegExp(pattern.source, 'y');
	const found: { start: number; end: number }[] = [];
	let depth = 0;
	for (let i = 0; i < tex.length; i++) {
		if (depth === 0) {
			sticky.lastIndex = i;
			const m = sticky.exec(tex);
			if (m && m[0].length > 0) {
				found.push({ start: i, end: i + m[0].length });
				i += m[0].length - 1;
				continue;
			}
		}
		const b = bracket(tex, i);
		// an environment's & and \\ belong to it whatever brackets are open: \Big[ may close rows later
		const counts = !groupsOnly || tex[i] === '{' || tex[i] === '}' || /^\\(begin|end)(?![A-Za-z])/.test(tex.slice(i, i + 7));
		if (counts) depth += b.change;
		i += b.length - 1;
	}
	return found;
}

/** The parts of `tex` between top-level matches of `pattern`: the rows or cells of an environment's body. */
function splitTop(tex: string, pattern: RegExp): string[] {
	const parts: string[] = [];
	let start = 0;
	for (const m of topLevel(tex, pattern, true)) {
		parts.push(tex.slice(start, m.start));
		start = m.end;
	}
	parts.push(tex.slice(start));
	return parts;
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
			if (name === 'begin') {
				const env = environment(tex, i);
				width += env.width * scale;
				i = env.end;
			} else if (name === 'frac' || name === 'tfrac' || name === 'dfrac') {
				const num = argument(tex, i);
				const den = argument(tex, num.end);
				// a fraction in a display keeps its size once, then shrinks as TeX's styles do
				const inner = scale < 1 || name === 'tfrac' ? scale * 0.7 : scale;
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
 * Only +, −, · and ⊙ between terms at brace and bracket depth zero cut; a sign inside a group or a
 * leading minus does not, nor a \times (it belongs to a figure: 1.5 \times 10^{-7}).
 */
export function terms(tex: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < tex.length; i++) {
		const c = tex[i];
		const b = bracket(tex, i);
		if (b.change !== 0 || c === '{' || c === '}') {
			depth += b.change;
			i += b.length - 1;
		} else if (c === '\\') {
			const name = /^\\([A-Za-z]+|.)/.exec(tex.slice(i))?.[1] ?? '';
			if (depth === 0 && (name === 'cdot' || name === 'odot') && i > start && tex[i - 1] === ' ') {
				out.push(tex.slice(start, i - 1));
				start = i;
			}
			i += name.length;
		} else if (depth === 0 && (c === '+' || c === '-') && tex[i - 1] === ' ' && tex[i + 1] === ' ' && tex.slice(start, i).trim() !== '') {
			out.push(tex.slice(start, i - 1));
			start = i;
		}
	}
	out.push(tex.slice(start));
	return out.map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * How what starts at `i` changes the depth of groups and brackets (+1, −1 or 0) and how many characters it
 * takes: braces, \left( … \right) and \bigl( … \bigr) with their delimiter, plain ( ) [ ], \begin … \end.
 */
function bracket(tex: string, i: number): { change: number; length: number } {
	const c = tex[i] ?? '';
	if (c === '{' || c === '(' || c === '[') return { change: 1, length: 1 };
	if (c === '}' || c === ')' || c === ']') return { change: -1, length: 1 };
	if (c !== '\\') return { change: 0, length: 1 };
	const name = /^\\([A-Za-z]+|.)/.exec(tex.slice(i))?.[1] ?? '';
	const length = name.length + 1;
	if (name === 'begin') return { change: 1, length };
	if (name === 'end') return { change: -1, length };
	const sized = /^(left|[bB]igg?l)$/.test(name) ? 1 : /^(right|[bB]igg?r)$/.test(name) ? -1 : 0;
	if (sized === 0) return { change: 0, length };
	// the delimiter belongs to the command: \left( opens once, \left\{ and \left. too
	let j = i + length;
	while (tex[j] === ' ') j++;
	const delim = tex[j] === '\\' ? (/^\\([A-Za-z]+|.)/.exec(tex.slice(j))?.[0] ?? '\\') : (tex[j] ?? '');
	return { change: sized, length: j + delim.length - i };
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
			// an environment's rows are its own: never cut inside one
			else if (name === 'begin') braces++;
			else if (name === 'end') braces--;
			i += name.length;
		} else if (c === '{') braces++;
		else if (c === '}') braces--;
		else if (braces === 0 && open > 0 && c === ',' && tex[i + 1] === ' ') cuts.push({ at: i + 1, open });
		else if (braces === 0 && open > 0 && (c === '+' || c === '-') && tex[i - 1] === ' ' && tex[i + 1] === ' ') cuts.push({ at: i, open });
	}
	const lines: string[] = [];
	let start = 0;
	let openAtStart = 0;
	const line = (end: number, openAtEnd: number): string =>
		`${'\\left. '.repeat(openAtStart)}${tex.slice(start, end).trim()}${' \\right.'.repeat(openAtEnd)}`;
	while (texWidth(tex.slice(start)) + (lines.length === 0 ? 0 : 1) > room) {
		// continuation lines sit a quad in, so they have a quad less
		const indent = lines.length === 0 ? 0 : 1;
		const ahead = cuts.filter((c) => c.at > start);
		const fitting: { at: number; open: number }[] = [];
		for (const c of ahead) {
			if (texWidth(tex.slice(start, c.at)) + indent > room) break;
			fitting.push(c);
		}
		// the furthest cut that fits, but not one inside a short bracket such as the (0.97 − 1) of a sum's term
		const cut = fitting.filter((c) => texWidth(tex.slice(opening(tex, c.at), closing(tex, c.at))) > room / 2).at(-1) ?? fitting.at(-1) ?? ahead[0];
		if (!cut) break;
		lines.push(line(cut.at, cut.open));
		start = cut.at;
		openAtStart = cut.open;
	}
	lines.push(line(tex.length, 0));
	return lines;
}

/** Where the innermost \\left…\\right pair open at `at` opens. */
function opening(tex: string, at: number): number {
	let depth = 0;
	for (let i = at; i >= 0; i--) {
		if (tex.startsWith('\\right', i)) depth++;
		else if (tex.startsWith('\\left', i) && --depth < 0) return i;
	}
	return 0;
}

/** Where the innermost \\left…\\right pair open at `at` closes. */
function closing(tex: string, at: number): number {
	let depth = 0;
	for (let i = at; i < tex.length; i++) {
		if (tex.startsWith('\\left', i)) depth++;
		else if (tex.startsWith('\\right', i) && --depth < 0) return i;
	}
	return tex.length;
}

/**
 * A lone fraction or root over a long sum, opened so the sum can break inside a bracket:
 * N/D → (1/D)[N] and √(N/D) → ((1/D)[N])^{1/2}; anything else is returned as it is.
 */
export function opened(tex: string): string {
	const t = tex.trim();
	if (t.startsWith('\\frac{')) {
		const num = group(t, 5);
		if (t[num.end] !== '{') return tex;
		const den = group(t, num.end);
		if (den.end !== t.length || terms(num.body).length < 2) return tex;
		return `\\frac{1}{${den.body}} \\left[${num.body}\\right]`;
	}
	if (t.startsWith('\\sqrt{')) {
		const arg = group(t, 5);
		if (arg.end !== t.length) return tex;
		const inner = opened(arg.body);
		if (inner !== arg.body) return `\\left(${inner}\\right)^{1/2}`;
		return terms(arg.body).length < 2 ? tex : `\\left(${arg.body}\\right)^{1/2}`;
	}
	return tex;
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
	return lines.flatMap((l, k) => (texWidth(l) + (k === 0 ? 0 : 1) > room ? breakInside(opened(l), room) : [l]));
}

/**
 * The rows of `lhs = rhs₁ = rhs₂ = …` for an aligned environment, one relation per row, aligned on the
 * equals signs; a side too long for `budget` em continues on rows of its own, a quad further in.
 */
export function chainRows(lhs: string, rhs: readonly string[], budget = LINE_EM): string[] {
	return relationRows(lhs, rhs.map((body) => ({ relation: '=', body })), budget);
}

/** chainRows for any relations: `lhs ≈ a = b` keeps each side's own sign. */
function relationRows(lhs: string, sides: readonly { relation: string; body: string }[], budget: number): string[] {
	const lead = texWidth(lhs) + RELATION_EM;
	const rows: string[] = [];
	sides.forEach(({ relation, body }, k) => {
		const [first = '', ...rest] = wrapTerms(body, budget - lead);
		rows.push(`${k === 0 ? lhs : ''} &${relation} ${first}`.trimStart());
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

/** The relations a prose formula's chain is cut at. */
const RELATION = /\s*(=|\\approx|\\leftarrow|\\le(?![a-z])|\\ge(?![a-z])|<|>)\s*/;
/** What separates the equations of a list written on one line: `a = 1, \qquad b = 2` or `x = 1, \quad y = 2`. */
const LIST_GAP = /\s*,\s*\\q?quad(?![a-z])\s*|\s*\\qquad(?![a-z])\s*/;

/** Whether `tex` is one environment, \\begin{…} to its \\end{…}. */
function isEnvironment(tex: string): boolean {
	const t = tex.trim();
	if (!t.startsWith('\\begin')) return false;
	let depth = 0;
	for (let i = 0; i < t.length; i++) {
		const step = bracket(t, i);
		if (t.startsWith('\\begin', i) || t.startsWith('\\end', i)) depth += step.change;
		if (depth === 0) return /^\\end\s*\{[^}]*\}\s*$/.test(t.slice(i));
		i += step.length - 1;
	}
	return false;
}

/** One equation or chain of a lesson's own display, aligned one relation per row when it is too wide. */
function layoutChain(tex: string, budget: number): string {
	// what fits, and what the author laid out in rows or as one environment, stays as written
	if (texWidth(tex) <= budget || topLevel(tex, /\\\\|&/).length > 0 || isEnvironment(tex)) return tex;
	const cuts = topLevel(tex, RELATION);
	if (cuts.length === 0) {
		const lines = wrapTerms(tex, budget);
		return lines.length < 2 ? tex : aligned(lines.map((l, k) => (k === 0 ? `& ${l}` : `&\\kern1em ${l}`)));
	}
	const lhs = tex.slice(0, cuts[0]?.start).trim();
	const sides = cuts.map((c, k) => ({
		relation: tex.slice(c.start, c.end).trim(),
		body: tex.slice(c.end, cuts[k + 1]?.start ?? tex.length).trim()
	}));
	return aligned(relationRows(lhs, sides, budget));
}

/**
 * An author's aligned block too wide for `budget` em: equations set side by side (`a &= 1, & b &= 2`) go one
 * under the other, and a row still too wide breaks at its relations and terms as a chain does.
 */
function relaidAligned(tex: string, budget: number): string {
	const body = tex.slice('\\begin{aligned}'.length, tex.lastIndexOf('\\end{aligned}'));
	const table = splitTop(body, /\\\\/).map((row) => splitTop(row, /&/).map((c) => c.trim()));
	// columns that are not pairs of sides, each right side starting at its relation (C = ¼[ &(…)² \\ &+ …),
	// are the author's own design: kept
	const startsWithRelation = (cell: string): boolean => new RegExp(`^${RELATION.source}`).test(cell) || /^\\(kern|q?quad)/.test(cell);
	const pairsOfSides = table.every((cells) => (cells.length === 1 || cells.length % 2 === 0) && cells.every((c, k) => k % 2 === 0 || c === '' || startsWithRelation(c)));
	if (!pairsOfSides) return tex;
	const rows: string[] = [];
	for (const cells of table) {
		for (let k = 0; k < cells.length; k += 2) {
			const left = cells[k] ?? '';
			const right = cells[k + 1] ?? '';
			const whole = `${left} ${right}`.trim();
			const cuts = topLevel(whole, RELATION);
			const first = cuts[0];
			// a left side that is itself a chain (ŷ = softmax(z) &= …) would widen every row's left column
			if ((texWidth(whole) <= budget && topLevel(left, RELATION).length === 0) || first === undefined) {
				if (whole !== '') rows.push(`${left} &${right}`.trim());
				continue;
			}
			const sides = cuts.map((c, j) => ({
				relation: whole.slice(c.start, c.end).trim(),
				body: whole.slice(c.end, cuts[j + 1]?.start ?? whole.length).trim()
			}));
			rows.push(...relationRows(whole.slice(0, first.start).trim(), sides, budget));
		}
	}
	return aligned(rows);
}

/**
 * A display formula written in a lesson's text, laid out for a narrow column as the step formulas are: a list
 * of equations on one line (`a = 1, \qquad b = 2`) becomes rows, as many to a row as fit, and a chain too
 * wide for `budget` em breaks at its relations and then at its terms. A formula that fits, or that the
 * author already laid out (an aligned or cases environment at its top), is left as written.
 */
export function displayTex(tex: string, budget = LINE_EM): string {
	const source = tex.trim();
	if (texWidth(source) <= budget) return tex;
	if (/^\\begin\{aligned\}/.test(source) && isEnvironment(source)) return relaidAligned(source, budget);
	const items: string[] = [];
	let start = 0;
	for (const gap of topLevel(source, LIST_GAP)) {
		// the comma stays with the equation before it
		items.push(`${source.slice(start, gap.start)}${source.slice(gap.start, gap.end).includes(',') ? ',' : ''}`);
		start = gap.end;
	}
	items.push(source.slice(start));
	const rows: string[] = [];
	for (const item of items.map((i) => i.trim()).filter((i) => i !== '')) {
		const last = rows.at(-1);
		const joined = last === undefined ? item : `${last} \\qquad ${item}`;
		if (last !== undefined && texWidth(joined) <= budget && !last.startsWith('\\begin{aligned}')) rows[rows.length - 1] = joined;
		else rows.push(layoutChain(item, budget));
	}
	return rows.length === 1 ? (rows[0] ?? tex) : `\\begin{gathered} ${rows.join(' \\\\ ')} \\end{gathered}`;
}
