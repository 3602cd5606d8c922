import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MISCONCEPTION_CODES } from '../i18n/messages';
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
