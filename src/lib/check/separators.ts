/**
 * Decimal and thousands separators in typed numbers, by interface language.
 *
 * - es: a single comma is a decimal comma (0,0802 → 0.0802); a point is also read as decimal
 *   (calculators), except 16.000, which a Spanish reader may mean as sixteen thousand.
 * - en: the point is decimal; any comma is refused (16,000 may be 16000 or 16.000).
 * - Both: a number with a point and a comma, or with spaces between digits, is refused.
 * - Both: inside a call's brackets a comma separates arguments, max(z, 0) and max(z,0), unless it
 *   sits between two digits of a number: max(1,5) holds the one number 1,5 (es) or is refused (en),
 *   so two numbers are written max(1, 5).
 * A separator is never silently dropped (Perseus once marked "16,000" right for 16, #2574).
 *
 * Works on text already through `prepareInput` (ASCII, trimmed) and keeps its length, so positions
 * in later messages still point at what the student typed.
 */

import { fail, msg, type Lang, type Result } from './messages';

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;
const NUMBER_PART = /[0-9.,]/;
const DIGIT = /[0-9]/;

/**
 * Whether the comma at `i` separates a function's arguments: any comma inside a call's brackets,
 * except one squeezed between two digits of a number (1,5 is a number; a digit ending a name, w5,0,
 * is not). An empty argument, max(1,,2), is left to the parser to refuse.
 */
function separatesArguments(text: string, i: number, inCall: boolean, inNumber: boolean): boolean {
	if (!inCall || text.charAt(i) !== ',') return false;
	return !(inNumber && DIGIT.test(text.charAt(i - 1)) && DIGIT.test(text.charAt(i + 1)));
}

/** Returns the text with decimal commas turned into points, or why a number is ambiguous. */
export function readSeparators(text: string, lang: Lang): Result<string> {
	const out = [...text];
	// for each open bracket, whether it holds a call's arguments: exp( yes, 2*( no
	const calls: boolean[] = [];
	let afterName = false;
	let i = 0;
	while (i < text.length) {
		const c = text.charAt(i);
		if (NAME_START.test(c)) {
			while (i < text.length && NAME_PART.test(text.charAt(i))) i++;
			afterName = true;
			continue;
		}
		const inCall = calls[calls.length - 1] === true;
		if (!NUMBER_PART.test(c) || separatesArguments(text, i, inCall, false)) {
			if (c === '(') calls.push(afterName);
			if (c === ')') calls.pop();
			// mathjs reads exp (1) as a call too
			if (c !== ' ') afterName = false;
			i++;
			continue;
		}
		afterName = false;
		const start = i;
		// the first character is the number's, whatever follows: the test above already ruled it no separator
		i++;
		while (i < text.length && NUMBER_PART.test(text.charAt(i)) && !separatesArguments(text, i, inCall, true)) i++;
		const literal = text.slice(start, i);
		const read = readLiteral(literal, start, lang, inCall);
		if (!read.ok) return read;
		if (read.value !== null) out[start + read.value] = '.';

		// mathjs reads 0x1F, 0b101, 0o17 as hexadecimal, binary and octal
		if (literal === '0' && /^[xXbBoO][0-9A-Fa-f]/.test(text.slice(i, i + 2))) {
			const shown = text.slice(start, i + 2);
			return fail(
				'syntax',
				msg((lang, q) =>
					lang === 'es'
						? `${q(shown)}: escribe los números en decimal; para multiplicar, usa *`
						: `${q(shown)}: write numbers in decimal; to multiply, use *`
				),
				{ position: start }
			);
		}

		const exponent = /^[eE][+-]?[0-9]+/.exec(text.slice(i));
		if (exponent) i += exponent[0].length;
		// mathjs reads 2e as 2·e: far likelier an unfinished 2e-3, so ask
		else if (/^[eE]($|[^A-Za-z0-9_])/.test(text.slice(i))) {
			const shown = text.slice(start, i + 1);
			return fail(
				'syntax',
				msg((lang, q) =>
					lang === 'es'
						? `${q(shown)} está incompleto: escribe por ejemplo ${literal}e-3 en notación científica, o ${literal}*e para multiplicar por e`
						: `${q(shown)} is incomplete: write for example ${literal}e-3 in scientific notation, or ${literal}*e to multiply by e`
				),
				{ position: start }
			);
		}

		let j = i;
		while (j < text.length && (text.charAt(j) === ' ' || text.charAt(j) === '\t')) j++;
		if (j > i && j < text.length && NUMBER_PART.test(text.charAt(j)) && !separatesArguments(text, j, inCall, false)) {
			let k = j;
			while (k < text.length && NUMBER_PART.test(text.charAt(k))) k++;
			const shown = text.slice(start, k);
			const joined = shown.replace(/[ \t]+/g, '');
			return fail(
				'space-in-number',
				msg((lang, q) =>
					lang === 'es'
						? `${q(shown)}: no dejes espacios dentro de un número (escribe ${joined}), y pon un operador entre dos números`
						: `${q(shown)}: no spaces inside a number (write ${joined}), and put an operator between two numbers`
				),
				{ position: start }
			);
		}
	}
	return { ok: true, value: out.join('') };
}

/** Inside a call, how to write two arguments instead of one number: 1, 5. */
function argumentHint(literal: string, inCall: boolean, lang: Lang): string {
	if (!inCall) return '';
	const apart = literal.replace(',', ', ');
	return lang === 'es'
		? `; para separar los argumentos de una función, pon un espacio tras la coma (${apart})`
		: `; to separate a function's arguments, put a space after the comma (${apart})`;
}

/**
 * Checks one run of digits, points and commas; returns the offset of a decimal comma to turn into
 * a point, or null when there is none.
 */
function readLiteral(literal: string, start: number, lang: Lang, inCall: boolean): Result<number | null> {
	const commas = count(literal, ',');
	const points = count(literal, '.');
	const digits = literal.replace(/[.,]/g, '');
	const at = { position: start };

	if (digits.length === 0) {
		return fail(
			'syntax',
			msg((lang, q) =>
				lang === 'es'
					? `${q(literal)} en la posición ${start + 1}: el punto y la coma solo separan decimales`
					: `${q(literal)} at position ${start + 1}: points and commas only separate decimals`
			),
			at
		);
	}
	if (/[.,]$/.test(literal) && commas > 0) {
		// "2, 3" outside a call's brackets: a comma with no digits after it separates nothing
		return fail(
			'syntax',
			msg((lang, q) =>
				lang === 'es'
					? `${q(literal)} en la posición ${start + 1}: la coma solo separa decimales (0,5) o los argumentos de una función, como en max(a, b)`
					: `${q(literal)} at position ${start + 1}: numbers take no commas; a comma only separates a function's arguments, as in max(a, b)`
			),
			at
		);
	}
	if (commas > 0 && points > 0) {
		return fail(
			'ambiguous-separator',
			msg((lang, q) =>
				lang === 'es'
					? `${q(literal)} mezcla punto y coma: escribe el número sin separador de miles, con una sola coma decimal (por ejemplo 1234,5)${argumentHint(literal, inCall, lang)}`
					: `${q(literal)} mixes points and commas: write the number without a thousands separator and with one decimal point (for example 1234.5)${argumentHint(literal, inCall, lang)}`
			),
			at
		);
	}
	if (points > 1 && /^\d{1,3}(\.\d{3})+$/.test(literal)) {
		return fail(
			'ambiguous-separator',
			msg((lang, q) =>
				lang === 'es'
					? `${q(literal)} tiene varios puntos: escribe el número sin separador de miles (${digits})`
					: `${q(literal)} has several points: write the number without a thousands separator (${digits})`
			),
			at
		);
	}
	if (points > 1) {
		return fail(
			'syntax',
			msg((lang, q) =>
				lang === 'es' ? `${q(literal)} tiene más de un punto decimal` : `${q(literal)} has more than one decimal point`
			),
			at
		);
	}
	if (commas > 0 && lang === 'en') {
		const thousands = /^\d{1,3}(,\d{3})+$/.test(literal);
		const asDecimal = literal.replace(',', '.');
		return fail(
			'ambiguous-separator',
			thousands
				? msg((lang, q) =>
						lang === 'es'
							? `${q(literal)} es ambiguo: escribe ${digits} si son miles, o usa un punto decimal (${commas === 1 ? asDecimal : digits})${argumentHint(literal, inCall, lang)}`
							: `${q(literal)} is ambiguous: write ${digits} for thousands, or use a decimal point (${commas === 1 ? asDecimal : digits})${argumentHint(literal, inCall, lang)}`
					)
				: msg((lang, q) =>
						lang === 'es'
							? `${q(literal)}: en inglés los decimales van con punto (${commas === 1 ? asDecimal : digits}); no uses comas en los números${argumentHint(literal, inCall, lang)}`
							: `${q(literal)}: use a point for decimals (${commas === 1 ? asDecimal : digits}); numbers take no commas${argumentHint(literal, inCall, lang)}`
					),
			at
		);
	}
	if (commas > 1) {
		return fail(
			'ambiguous-separator',
			msg((lang, q) =>
				lang === 'es'
					? `${q(literal)} tiene varias comas: la coma es el separador decimal; escribe los miles sin separador (${digits})`
					: `${q(literal)} has several commas: the comma is the decimal separator; write thousands without a separator (${digits})`
			),
			at
		);
	}
	if (commas === 1) return { ok: true, value: literal.indexOf(',') };
	// es: 16.000 reads as sixteen thousand to many Spanish readers, as sixteen to a calculator
	if (points === 1 && lang === 'es' && /^[1-9]\d{0,2}\.\d{3}$/.test(literal)) {
		const asComma = literal.replace('.', ',');
		return fail(
			'ambiguous-separator',
			msg((lang, q) =>
				lang === 'es'
					? `${q(literal)} es ambiguo: escribe ${digits} si son miles, o ${asComma} con coma decimal`
					: `${q(literal)} is ambiguous in Spanish: write ${digits} for thousands, or ${asComma} with a decimal comma`
			),
			at
		);
	}
	return { ok: true, value: null };
}

function count(text: string, char: string): number {
	let n = 0;
	for (const c of text) if (c === char) n++;
	return n;
}
