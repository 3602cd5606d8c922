import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeExercise } from '../check/grade-at';
import { exerciseKey, exerciseView } from '../lesson/exercise';
import { loadLesson } from '../lesson/load';
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
		expect(MIGRATIONS.map((m) => m.from)).toEqual([1, 2]);
		expect(MIGRATIONS[0]?.migrate({ version: 1, lessons: {} })).toEqual({ version: 2, lessons: {} });
		expect(readSaved(JSON.stringify({ version: 99, lessons: {} }))).toMatchObject({ ok: false, reason: 'old-version' });
	});
});

// A file saved by the release before lesson 8 renamed its hidden pre-activations a1, a2 to zh1, zh2
// (version 2): a formula naming them must read back with the new names and grade as it did.
const v2 = readFileSync(new URL('./fixtures/progress-v2.json', import.meta.url), 'utf8');

describe('progress saved before the matrix-form lesson renamed a1, a2', () => {
	it('rewrites the old names in that lesson\'s answers only, and keeps every other field', () => {
		const read = readImport(v2);
		if (!read.ok) throw new Error('unreadable');
		const old = JSON.parse(v2);
		const formula = read.progress.lessons['matrix-form']?.exercises['deltah1-formula'];
		expect(formula?.answer).toBe('(W2_11*(yhat1-y1) + W2_21*(yhat2-y2) + W2_31*(yhat3-y3))*sigmoid(zh1)*(1-sigmoid(zh1))');
		expect({ ...formula, answer: undefined }).toEqual({ ...old.lessons['matrix-form'].exercises['deltah1-formula'], answer: undefined });
		expect(read.progress.lessons['matrix-form']?.exercises.delta1).toEqual(old.lessons['matrix-form'].exercises.delta1);
		expect(read.progress.lessons['matrix-form']?.position).toBe(11);
		// another lesson's a1 is not lesson 8's
		expect(read.progress.lessons['worked-example']).toEqual(old.lessons['worked-example']);
	});

	it('gives back a formula the renamed lesson still grades correct', () => {
		const read = readSaved(v2);
		if (!read.ok) throw new Error('unreadable');
		const loaded = loadLesson(readFileSync('lessons/08-matrix-form/lesson.json', 'utf8'));
		if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
		const exercise = loaded.loaded.lesson.steps.flatMap((s) => (s.kind === 'exercise' ? s.exercises : [])).find((e) => e.id === 'deltah1-formula');
		if (!exercise) throw new Error('no exercise deltah1-formula');
		const key = exerciseKey(loaded.loaded.trace, exercise, 'en', 5);
		if (!key.ok) throw new Error(key.message);
		const answer = read.progress.lessons['matrix-form']?.exercises['deltah1-formula']?.answer ?? '';
		expect(gradeExercise(answer, exerciseView(exercise, key.key, 5), 'en')).toMatchObject({ type: 'correct' });
	});
});
