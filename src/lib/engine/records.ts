/**
 * Records keyed by a lesson's own names. A plain object answers `constructor`, `toString` or
 * `hasOwnProperty` from Object.prototype even when the lesson never named them, so a record the
 * engine builds has no prototype, and one read from a lesson file is only read through `own`.
 */

/** An empty record with no prototype: only the names put in it are in it. */
export function nameRecord<T>(): Record<string, T> {
	return Object.create(null);
}

/** `record[name]` when the record itself holds `name`; never a value inherited from Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, name: string): T | undefined {
	return record !== undefined && Object.hasOwn(record, name) ? record[name] : undefined;
}

/**
 * Names no model may use: JavaScript gives every object a `constructor`, a `prototype` is where
 * inherited names live, and `__proto__` reaches it. A JSON reader skips such keys (valibot's records
 * drop them without a word), so a lesson is told instead.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['constructor', 'prototype', '__proto__']);
