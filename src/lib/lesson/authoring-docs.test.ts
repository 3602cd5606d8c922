import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MISCONCEPTION_CODES } from '../i18n/messages';
import { checkReport, checkSummary } from './check';
import { lessonJsonSchema } from './json-schema';
import { QUANTITY_FORMS } from './quantity';
import { Step } from './schema';

// docs/authoring.md's reference is written by hand; this keeps it in step with the schema.
const docs = readFileSync(new URL('../../../docs/authoring.md', import.meta.url), 'utf8');
const reference = docs.slice(docs.indexOf('## Part 2: Reference'));

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

describe('docs/authoring.md', () => {
	it('has a reference section', () => {
		expect(reference.length).toBeGreaterThan(1000);
	});

	it('documents every field of the schema', () => {
		const fields = [...fieldNames(lessonJsonSchema())];
		expect(fields).toContain('tests');
		const missing = fields.filter((f) => !reference.includes('`' + f + '`'));
		expect(missing, 'fields missing from the reference in docs/authoring.md').toEqual([]);
	});

	it('has a heading for every step kind', () => {
		const kinds = Step.options.map((o) => o.entries.kind.literal);
		const missing = kinds.filter((k) => !new RegExp('^#{3,4} Step kind `' + k + '`$', 'm').test(reference));
		expect(missing, 'step kinds missing from the reference in docs/authoring.md').toEqual([]);
	});

	it('lists every quantity key and every misconception the engine names', () => {
		const keys = QUANTITY_FORMS.split(', ');
		const codes = [...MISCONCEPTION_CODES];
		const missing = [...keys, ...codes].filter((k) => !reference.includes('`' + k + '`'));
		expect(missing, 'missing from the reference in docs/authoring.md').toEqual([]);
	});

	it('shows the trace command', () => {
		expect(docs).toContain('npm run --silent trace -- ');
	});
});

// "Common mistakes" shows check's real output on a small lesson: each block is recomputed here, so a
// changed message fails this test with the block to paste.
describe('docs/authoring.md: common mistakes', () => {
	const section = docs.slice(docs.indexOf('### Common mistakes'), docs.indexOf('### Open a lesson file'));
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
