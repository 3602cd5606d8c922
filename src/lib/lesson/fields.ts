/**
 * The fields the schema allows where a file wrote an unknown one, for "did you mean …": the
 * valibot schema is walked along the path, taking the step (or schedule) whose "kind" the file wrote.
 */
import type { GenericSchema } from 'valibot';

/** A property of a schema object; valibot's schemas are plain objects. */
const get = (x: unknown, key: string): unknown => (typeof x === 'object' && x !== null ? Reflect.get(x, key) : undefined);

/** `value[key]` of a JSON object or array. */
function child(value: unknown, key: string | number): unknown {
	if (Array.isArray(value) && typeof key === 'number') return value[key];
	if (typeof value === 'object' && value !== null && !Array.isArray(value)) return Object.entries(value).find(([k]) => k === String(key))?.[1];
	return undefined;
}

/** Every object schema that `schema` may be for `value`: optional and nullable unwrapped, a variant by its key. */
function objects(schema: unknown, value: unknown): unknown[] {
	const type = get(schema, 'type');
	if (type === 'optional' || type === 'nullable' || type === 'nullish' || type === 'exact_optional') return objects(get(schema, 'wrapped'), value);
	const options = get(schema, 'options');
	if ((type === 'union' || type === 'variant') && Array.isArray(options)) {
		const key = get(schema, 'key');
		const wanted = typeof key === 'string' ? child(value, key) : undefined;
		const matching = options.filter((o) => typeof key !== 'string' || get(get(get(o, 'entries'), key), 'literal') === wanted);
		return (matching.length > 0 ? matching : options).flatMap((o) => objects(o, value));
	}
	return [schema];
}

/** The schemas that may describe the value at `path`. */
function schemasAt(schema: unknown, value: unknown, path: readonly (string | number)[]): unknown[] {
	if (path.length === 0) return objects(schema, value);
	const [head, ...rest] = path;
	if (head === undefined) return [];
	const inner = child(value, head);
	return objects(schema, value).flatMap((s) => {
		const entries = get(s, 'entries');
		const next = get(s, 'type') === 'array' ? get(s, 'item') : get(s, 'type') === 'record' ? get(s, 'value') : get(entries, String(head));
		return next === undefined ? [] : schemasAt(next, inner, rest);
	});
}

/** The field names the schema allows in the object at `path` of `value`. */
export function fieldsAt(schema: GenericSchema, value: unknown, path: readonly (string | number)[]): string[] {
	const names = new Set<string>();
	for (const s of schemasAt(schema, value, path)) {
		const entries = get(s, 'entries');
		if (typeof entries === 'object' && entries !== null) for (const k of Object.keys(entries)) names.add(k);
	}
	return [...names];
}
