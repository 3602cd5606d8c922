import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, readImport, readSaved, VERSION } from './saved-progress';

// A file as the release before carried verdicts saved it (version 1): every answer, attempt and
// point a student earned then must read back the same.
const v1 = readFileSync(new URL('./fixtures/progress-v1.json', import.meta.url), 'utf8');

describe('progress saved by the previous release', () => {
	it('reads as the current version, every record kept', () => {
		const read = readImport(v1);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.progress.version).toBe(VERSION);
		const old = JSON.parse(v1);
		expect(read.progress.lessons['worked-example']?.exercises).toEqual(old.lessons['worked-example'].exercises);
		expect(read.progress.lessons['one-neuron']).toEqual(old.lessons['one-neuron']);
	});

	it('keeps the points earned then, carried answers included, as the score', () => {
		const read = readSaved(v1);
		if (!read.ok) throw new Error('unreadable');
		expect(read.problems).toEqual([]);
		const best = Object.values(read.progress.lessons['worked-example']?.exercises ?? {}).map((e) => e.best);
		expect(best.reduce((s, b) => s + b, 0)).toBeCloseTo(1.9, 12);
	});

	it('is migrated one step at a time, and a version from the future is left for the reader to refuse', () => {
		expect(MIGRATIONS.map((m) => m.from)).toEqual([1]);
		expect(MIGRATIONS[0]?.migrate({ version: 1, lessons: {} })).toEqual({ version: 2, lessons: {} });
		expect(readSaved(JSON.stringify({ version: 99, lessons: {} }))).toMatchObject({ ok: false, reason: 'old-version' });
	});
});
