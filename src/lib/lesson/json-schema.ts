/**
 * The lesson schema as a JSON Schema (draft-07), so editors autocomplete lesson files, show each
 * field's description on hover and underline unknown fields. Generated from the valibot schema in
 * schema.ts, never edited by hand: `npm run lessons -- schema` writes lessons/lesson.schema.json, and a
 * test fails when the committed file is stale.
 *
 * Two kinds of valibot action have no JSON Schema form: `finite` (JSON has no Infinity or NaN, so it
 * needs none) and `check` (a rule in code; schema.ts writes its JSON Schema twin beside it with
 * `v.metadata`, which the converter copies in). Any other unconvertible action throws, so a new rule
 * cannot silently go missing from the editor's view.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { Lesson } from './schema';

/** Where the generated schema is committed, relative to the repository root. */
export const LESSON_SCHEMA_FILE = 'lessons/lesson.schema.json';
/** What every lesson's "$schema" says: the file above, seen from lessons/NN-slug/. */
export const LESSON_SCHEMA_REF = '../lesson.schema.json';

// no public address yet: a URN names the schema without promising a download
const ID = 'urn:cadena:lesson';

export function lessonJsonSchema(): JsonSchema {
	const generated = toJsonSchema(Lesson, {
		target: 'draft-07',
		errorMode: 'throw',
		overrideAction: ({ valibotAction, jsonSchema }) =>
			valibotAction.type === 'finite' || valibotAction.type === 'check' ? jsonSchema : undefined
	});
	const { $schema, ...rest } = generated;
	return {
		$schema: $schema ?? 'http://json-schema.org/draft-07/schema#',
		$id: ID,
		title: 'Cadena lesson',
		description: `A Cadena lesson: a small network, the steps that walk through it, exercises and tests. Check it with npm run lessons -- check FILE; every lesson names this schema with "$schema": "${LESSON_SCHEMA_REF}".`,
		...rest
	};
}

/** The committed file's exact text: two-space indent, trailing newline. */
export function lessonJsonSchemaText(): string {
	return JSON.stringify(lessonJsonSchema(), null, 2) + '\n';
}
