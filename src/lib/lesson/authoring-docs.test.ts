import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MISCONCEPTION_CODES } from '../i18n/islands';
import { checkReport, checkSummary } from './check';
import { lessonJsonSchema } from './json-schema';
import { QUANTITY_FORMS } from './quantity';
import { Step } from './schema';

// docs/authoring.md's reference is written by hand, and docs/authoring.es.md is its Spanish twin; these tests
// keep both in step with the schema, and the twin in step with the English guide.

/** What differs between the two guides where they say the same thing. */
interface Guide {
	file: string;
	/** The heading that starts the reference. */
	reference: string;
	/** A step kind's heading, e.g. "Step kind `text`", without its hashes. */
	stepKindHeading: (kind: string) => string;
	/** The headings around the common mistakes section. */
	mistakes: string;
	afterMistakes: string;
}

const english: Guide = {
	file: 'authoring.md',
	reference: '## Part 2: Reference',
	stepKindHeading: (kind) => 'Step kind `' + kind + '`',
	mistakes: '### Common mistakes',
	afterMistakes: '### Open a lesson file'
};
const spanish: Guide = {
	file: 'authoring.es.md',
	reference: '## Parte 2: Referencia',
	stepKindHeading: (kind) => 'Paso de tipo `' + kind + '`',
	mistakes: '### Errores frecuentes',
	afterMistakes: '### Abrir un archivo de lección'
};

function read(guide: Guide): string {
	return readFileSync(new URL('../../../docs/' + guide.file, import.meta.url), 'utf8');
}

/** Every property name anywhere in the JSON Schema. */
function fieldNames(schema: unknown, out = new Set<string>()): Set<string> {
	if (Array.isArray(schema)) for (const s of schema) fieldNames(s, out);
	else if (typeof schema === 'object' && schema !== null) {
		for (const [key, value] of Object.entries(schema)) {
			if (key === 'properties' && typeof value === 'object' && value !== null) for (const name of Object.keys(value)) out.add(name);
			fieldNames(value, out);
		}
	}
	return out;
}

describe.each([english, spanish])('docs/$file', (guide) => {
	const docs = read(guide);
	const start = docs.indexOf(guide.reference);
	const reference = start < 0 ? '' : docs.slice(start);

	it('has a reference section', () => {
		expect(reference.length).toBeGreaterThan(1000);
	});

	it('documents every field of the schema', () => {
		const fields = [...fieldNames(lessonJsonSchema())];
		expect(fields).toContain('tests');
		const missing = fields.filter((f) => !reference.includes('`' + f + '`'));
		expect(missing, `fields missing from the reference in docs/${guide.file}`).toEqual([]);
	});

	it('has a heading for every step kind', () => {
		const kinds = Step.options.map((o) => o.entries.kind.literal);
		const headings = new Set(reference.split('\n').map((line) => line.replace(/^#{3,4} /, '')));
		const missing = kinds.filter((k) => !headings.has(guide.stepKindHeading(k)));
		expect(missing, `step kinds missing from the reference in docs/${guide.file}`).toEqual([]);
	});

	it('lists every quantity key and every misconception the engine names', () => {
		const keys = QUANTITY_FORMS.split(', ');
		const codes = [...MISCONCEPTION_CODES];
		const missing = [...keys, ...codes].filter((k) => !reference.includes('`' + k + '`'));
		expect(missing, `missing from the reference in docs/${guide.file}`).toEqual([]);
	});

	it('shows the trace command', () => {
		expect(docs).toContain('npm run --silent trace -- ');
	});
});

// "Common mistakes" shows check's real output on a small lesson: each block is recomputed here, so a
// changed message fails this test with the block to paste (in both guides: the blocks are the same).
describe.each([english, spanish])('docs/$file: common mistakes', (guide) => {
	const docs = read(guide);
	const section = docs.slice(docs.indexOf(guide.mistakes), docs.indexOf(guide.afterMistakes));
	const start = section.indexOf('```json\n') + '```json\n'.length;
	const lesson = section.slice(start, section.indexOf('```', start));

	/** What `npm run --silent lessons -- check mistake.json` prints on `text`, as a console block. */
	function block(text: string): string {
		const report = checkReport('mistake.json', text);
		return ['```console', '$ npm run --silent lessons -- check mistake.json', ...report.lines, checkSummary(report.problems, 1), '```'].join('\n');
	}

	it('shows a lesson that checks clean', { timeout: 120_000 }, () => {
		expect(section.length).toBeGreaterThan(0);
		expect(lesson).toContain('"kind": "text"');
		expect(section).toContain(block(lesson));
	});

	it.each([
		['one backslash before nabla', '\\\\nabla', '\\nabla'],
		['one backslash before partial', '\\\\frac{\\\\partial L}', '\\\\frac{\\partial L}'],
		['a trailing comma', '"learningRate": 0.1', '"learningRate": 0.1,'],
		['a misspelt field', '"body"', '"boddy"'],
		['a misspelt quantity', '{{grad:w}}', '{{grad:ww}}'],
		['a misspelt function', 'sigmoid(w*x)', 'sigmoud(w*x)']
	])('shows the real output for %s', { timeout: 120_000 }, (_, find, replace) => {
		expect(lesson).toContain(find);
		const broken = lesson.replace(find, replace);

		const shown = block(broken);

		expect(checkReport('mistake.json', broken).problems).toBeGreaterThan(0);
		expect(section).toContain(shown);
	});
});

/** The guide's fenced code blocks, in order, and its prose with them taken out. */
function split(text: string): { blocks: string[]; prose: string } {
	const fence = /^```[^\n]*\n[\s\S]*?^```$/gm;
	return { blocks: text.match(fence) ?? [], prose: text.replace(fence, '') };
}

// Code spans the Spanish guide rightly says otherwise: the site's English addresses, and a span of prose.
function inSpanish(span: string): string {
	if (span === '[training error, validation error]') return '[error de entrenamiento, error de validación]';
	return span.replace(/^\/en\//, '/es/');
}

// When a section or a paragraph is added to the English guide, these fail and say what to translate.
describe('docs/authoring.es.md is a complete twin of docs/authoring.md', () => {
	const en = split(read(english));
	const es = split(read(spanish));

	it('links each guide to the other at the top', () => {
		expect(read(english).slice(0, 200)).toContain('[Versión en español](authoring.es.md)');
		expect(read(spanish).slice(0, 200)).toContain('[English version](authoring.md)');
	});

	it('has as many headings at each level, in the same order', () => {
		const levels = (prose: string) => prose.match(/^#+(?= )/gm) ?? [];
		const headings = (prose: string) => prose.match(/^#+ .*$/gm) ?? [];
		expect(levels(es.prose), `headings of docs/authoring.md: ${headings(en.prose).join(' | ')}`).toEqual(levels(en.prose));
	});

	it('has the same code blocks, byte for byte, in order', () => {
		expect(es.blocks.length).toBeGreaterThan(20);
		for (const [i, block] of en.blocks.entries()) expect(es.blocks[i], `code block ${i + 1} of docs/authoring.md`).toBe(block);
		expect(es.blocks.length).toBe(en.blocks.length);
	});

	it('shows the same images', () => {
		const images = (prose: string) => [...prose.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
		expect(images(en.prose).length).toBeGreaterThan(0);
		expect(images(es.prose)).toEqual(images(en.prose));
	});

	it('has tables of the same sizes, in order', () => {
		const tables = (prose: string) => (prose.match(/(?:^\|.*\n)+/gm) ?? []).map((t) => t.trimEnd().split('\n').length);
		expect(tables(en.prose).length).toBeGreaterThan(10);
		expect(tables(es.prose)).toEqual(tables(en.prose));
	});

	it('names every field, key, command and file the English guide names', () => {
		const spans = (prose: string) => new Set([...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? ''));
		const spanishSpans = spans(es.prose);
		const missing = [...spans(en.prose)].filter((s) => !spanishSpans.has(inSpanish(s)));
		expect(missing, 'code spans of docs/authoring.md missing from docs/authoring.es.md').toEqual([]);
	});
});
