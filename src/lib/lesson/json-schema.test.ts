import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSON_SCHEMA_REF, lessonJsonSchema, lessonJsonSchemaText } from './json-schema';
import { Step } from './schema';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const lessonPaths = readdirSync(new URL('lessons/', root), { withFileTypes: true })
	.filter((d) => d.isDirectory() && /^\d+-/.test(d.name))
	.map((d) => `lessons/${d.name}/lesson.json`);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const typeOf = (x: unknown): string =>
	Array.isArray(x) ? 'array' : x === null ? 'null' : typeof x === 'number' && Number.isInteger(x) ? 'integer' : typeof x;

/**
 * A tiny JSON Schema (draft-07) validator for the keywords the generated schema uses, so the
 * committed schema is proven to accept real lessons without installing ajv. Returns the errors.
 */
function validate(schema: unknown, value: unknown, path = ''): string[] {
	if (!isObject(schema)) return [];
	const errors: string[] = [];
	const t = typeOf(value);
	if (typeof schema.type === 'string' && schema.type !== t && !(schema.type === 'number' && t === 'integer')) {
		return [`${path}: ${t} is not ${schema.type}`];
	}
	if ('const' in schema && schema.const !== value) errors.push(`${path}: not ${JSON.stringify(schema.const)}`);
	if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
	if (typeof value === 'string') {
		if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${path}: too short`);
		if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: does not match ${schema.pattern}`);
	}
	if (typeof value === 'number') {
		if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
		if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
	}
	if (Array.isArray(value)) {
		if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`);
		value.forEach((x, i) => errors.push(...validate(schema.items, x, `${path}/${i}`)));
	}
	if (isObject(value)) {
		const properties = isObject(schema.properties) ? schema.properties : {};
		if (Array.isArray(schema.required)) {
			for (const key of schema.required) if (typeof key === 'string' && !(key in value)) errors.push(`${path}: missing ${key}`);
		}
		for (const [key, x] of Object.entries(value)) {
			errors.push(...validate(schema.propertyNames, key, `${path}/${key} (name)`));
			if (key in properties) errors.push(...validate(properties[key], x, `${path}/${key}`));
			else if (schema.additionalProperties === false) errors.push(`${path}: unknown field ${key}`);
			else errors.push(...validate(schema.additionalProperties, x, `${path}/${key}`));
		}
	}
	if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => validate(s, value, path).length === 0)) errors.push(`${path}: matches no anyOf`);
	if (Array.isArray(schema.oneOf)) {
		const passing = schema.oneOf.filter((s) => validate(s, value, path).length === 0).length;
		if (passing !== 1) errors.push(`${path}: matches ${passing} of oneOf, not 1`);
	}
	return errors;
}

describe('lessons/lesson.schema.json', () => {
	it('is the schema generated from schema.ts', () => {
		const committed = read('lessons/lesson.schema.json');
		expect(committed === lessonJsonSchemaText(), 'lessons/lesson.schema.json is stale: run npm run lessons -- schema').toBe(true);
	});

	it('has an id, a title and the descriptions written in schema.ts', () => {
		const s = lessonJsonSchema();
		expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
		expect(s.$id).toBe('urn:cadena:lesson');
		expect(s.title).toBe('Cadena lesson');
		const precision = isObject(s.properties) ? s.properties.precision : undefined;
		expect(precision).toMatchObject({ type: 'integer', minimum: 0, maximum: 12, default: 5, description: expect.stringMatching(/^Decimals shown/) });
	});

	it('refuses unknown fields, as the loader does', () => {
		const s = lessonJsonSchema();
		expect(s.additionalProperties).toBe(false);
		const text = JSON.stringify(s);
		expect(text.match(/"additionalProperties":false/g)?.length).toBeGreaterThan(10);
	});

	it('offers every step kind', () => {
		const s: Json = JSON.parse(lessonJsonSchemaText());
		const steps = isObject(s) && isObject(s.properties) ? s.properties.steps : undefined;
		const items = isObject(steps) && isObject(steps.items) ? steps.items.oneOf : undefined;
		const kinds = Array.isArray(items) ? items.map((i) => (isObject(i) && isObject(i.properties) && isObject(i.properties.kind) ? i.properties.kind.const : undefined)) : [];
		expect(kinds).toEqual(Step.options.map((o) => o.entries.kind.literal));
		expect(kinds).toContain('exercise');
	});

	it('accepts every lesson in lessons/', () => {
		const s: Json = JSON.parse(read('lessons/lesson.schema.json'));
		expect(lessonPaths.length).toBeGreaterThanOrEqual(2);
		for (const path of lessonPaths) expect(validate(s, JSON.parse(read(path))), path).toEqual([]);
	});

	it('underlines what the loader refuses: unknown fields, a missing language, a test that mixes kinds', () => {
		const s: Json = JSON.parse(read('lessons/lesson.schema.json'));
		const lesson: unknown = JSON.parse(read('lessons/02-one-neuron/lesson.json'));
		if (!isObject(lesson)) throw new Error('not a lesson');

		expect(validate(s, { ...lesson, colour: 'red' })).toEqual([': unknown field colour']);
		expect(validate(s, { ...lesson, title: { es: 'Hola' } })).toEqual(['/title: missing en']);
		expect(validate(s, { ...lesson, tests: [{ quantity: 'loss', value: 1, expect: 'correct' }] })).toEqual(['/tests/0: matches 0 of oneOf, not 1']);
		expect(validate(s, { ...lesson, network: { layers: [1, 1] } }).length).toBeGreaterThan(0);
	});
});

describe('lesson files', () => {
	it('each name the schema, so editors autocomplete them', () => {
		for (const path of lessonPaths) {
			const lesson: unknown = JSON.parse(read(path));
			expect(isObject(lesson) ? lesson.$schema : undefined, path).toBe(LESSON_SCHEMA_REF);
		}
	});
});
