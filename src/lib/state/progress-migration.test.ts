import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeExercise } from '../check/grade-at';
import { exerciseKey, exerciseView } from '../lesson/exercise';
import { loadLesson } from '../lesson/load';
import { masteredOn, MIGRATIONS, readImport, readSaved, VERSION, type ExerciseProgress } from './saved-progress';

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
		// its variant's answers now say which variant they were graded against (version 4)
		const oneNeuron = old.lessons['one-neuron'];
		const seeded = Object.fromEntries(Object.entries<ExerciseProgress>(oneNeuron.exercises).map(([id, e]) => [id, { ...e, seed: oneNeuron.seed }]));
		expect(read.progress.lessons['one-neuron']).toEqual({ ...oneNeuron, exercises: seeded });
	});

	it('keeps the points earned then, carried answers included, as the score', () => {
		const read = readSaved(v1);
		if (!read.ok) throw new Error('unreadable');
		expect(read.problems).toEqual([]);
		const best = Object.values(read.progress.lessons['worked-example']?.exercises ?? {}).map((e) => e.best);
		expect(best.reduce((s, b) => s + b, 0)).toBeCloseTo(1.9, 12);
	});

	it('is migrated one step at a time, and a version from the future is left for the reader to refuse', () => {
		expect(MIGRATIONS.map((m) => m.from)).toEqual([1, 2, 3]);
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

// A file as the release before "new numbers" exported it (version 3): a lesson with variants was given a seed
// on the first visit, and every answer in it was graded against that seed's numbers.
const v3 = readFileSync(new URL('./fixtures/progress-v3.json', import.meta.url), 'utf8');

/** Grades a saved answer again, against the numbers of the variant `seed` (undefined: the authored ones). */
function regrade(file: string, id: string, answer: string, seed: number | undefined): string {
	const loaded = loadLesson(readFileSync(file, 'utf8'), seed === undefined ? {} : { seed });
	if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
	const exercise = loaded.loaded.lesson.steps.flatMap((s) => (s.kind === 'exercise' ? s.exercises : [])).find((e) => e.id === id);
	if (!exercise) throw new Error(`no exercise ${id}`);
	const key = exerciseKey(loaded.loaded.trace, exercise, 'en', 5);
	if (!key.ok) throw new Error(key.message);
	return gradeExercise(answer, exerciseView(exercise, key.key, 5), 'en').type;
}

describe('progress saved before a lesson showed its authored numbers first', () => {
	const read = readImport(v3);
	if (!read.ok) throw new Error(`unreadable: ${JSON.stringify(read.problems)}`);
	const old = JSON.parse(v3);
	const lessons = read.progress.lessons;

	it('keeps every record, each saying the variant it was graded against, and the variant shown', () => {
		expect(read.progress.version).toBe(4);
		for (const slug of ['one-neuron', 'xor']) {
			const seed: number = old.lessons[slug].seed;
			expect(lessons[slug]?.seed).toBe(seed);
			expect(lessons[slug]?.position).toBe(old.lessons[slug].position);
			const expected = Object.fromEntries(Object.entries<ExerciseProgress>(old.lessons[slug].exercises).map(([id, e]) => [id, { ...e, seed }]));
			expect(lessons[slug]?.exercises).toEqual(expected);
			expect(lessons[slug]?.history).toBeUndefined();
		}
		// a lesson with no variants had no seed, and its answers were for the authored numbers
		expect(lessons['worked-example']).toEqual(old.lessons['worked-example']);
	});

	it('gives back verdicts that still hold against the numbers they were graded on, and not against the authored ones', () => {
		const files: Record<string, string> = { 'one-neuron': 'lessons/02-one-neuron/lesson.json', xor: 'lessons/09-xor/lesson.json' };
		for (const [slug, file] of Object.entries(files)) {
			for (const [id, e] of Object.entries(lessons[slug]?.exercises ?? {})) {
				expect(regrade(file, id, e.answer, e.seed), `${slug}/${id}`).toBe(e.verdict);
			}
		}
		// the seed matters: graded against the authored numbers, this right answer would be wrong
		expect(regrade(files['one-neuron'] ?? '', 'dL-db', '-0.20881', undefined)).toBe('incorrect');
	});

	it('counts no lesson as mastered that was not answered correct whole on one variant', () => {
		const ids = Object.keys(old.lessons['one-neuron'].exercises);
		expect(masteredOn(lessons['one-neuron'], ids)).toBeNull();
		expect(masteredOn(lessons['xor'], ['yhat-10'])).toBe(27182818);
	});
});
