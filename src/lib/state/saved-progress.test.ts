import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	bestOf,
	isDiagnosisCode,
	masteredOn,
	mergeProgress,
	MIGRATIONS,
	readImport,
	readSaved,
	runsOf,
	variantKey,
	VERDICTS,
	VERSION,
	withVariant,
	type ExerciseProgress,
	type LessonProgress,
	type SavedProgress
} from './saved-progress';

// -0 is written as 0 in JSON, so generated numbers are normalised the same way
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);
const name = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/).filter((n) => !Object.hasOwn(Object.prototype, n));

const exercise: fc.Arbitrary<ExerciseProgress> = fc.record(
	{
		answer: fc.string(),
		verdict: fc.constantFrom(null, ...VERDICTS),
		diagnosis: fc.constantFrom('sign-flip', 'wrong-precision', 'forgot-bias'),
		value: finite,
		attempts: fc.nat(),
		hintsShown: fc.nat(),
		solutionShown: fc.boolean(),
		best: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0)
	},
	{ requiredKeys: ['answer', 'verdict', 'attempts', 'hintsShown', 'solutionShown', 'best'] }
);

/** Each record says the variant it was graded against: the one it is listed under. */
function tagged(records: Record<string, ExerciseProgress>, seed: number | undefined): Record<string, ExerciseProgress> {
	return Object.fromEntries(Object.entries(records).map(([id, e]) => [id, seed === undefined ? e : { ...e, seed }]));
}

const seedOf = fc.option(fc.nat(), { nil: undefined });
const records = fc.dictionary(name, exercise, { maxKeys: 5 });
const lessonProgress: fc.Arbitrary<LessonProgress> = fc
	.record({ position: fc.integer({ min: 1, max: 99 }), seed: seedOf, exercises: records, history: fc.array(fc.tuple(seedOf, records), { maxLength: 3 }) })
	.map(({ position, seed, exercises, history }) => {
		// one run per variant, never the one shown
		const seen = new Set([variantKey(seed)]);
		const runs = history.filter(([s]) => !seen.has(variantKey(s)) && seen.add(variantKey(s)) !== undefined);
		return {
			position,
			...(seed !== undefined ? { seed } : {}),
			exercises: tagged(exercises, seed),
			...(runs.length > 0 ? { history: runs.map(([s, e]) => ({ ...(s !== undefined ? { seed: s } : {}), exercises: tagged(e, s) })) } : {})
		};
	});

const saved: fc.Arbitrary<SavedProgress> = fc.dictionary(name, lessonProgress, { maxKeys: 5 }).map((lessons) => ({ version: VERSION, lessons }));

/** A lesson's answers on one variant. */
function runOf(lesson: LessonProgress | undefined, seed: number | undefined): Record<string, ExerciseProgress> | undefined {
	return lesson ? runsOf(lesson).find((r) => variantKey(r.seed) === variantKey(seed))?.exercises : undefined;
}

describe('the progress reader', () => {
	it('never throws, whatever the text', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.jsonValue().map((j) => JSON.stringify(j))), (text) => {
				readSaved(text);
				readImport(text);
			})
		);
	});

	it('never sets random lessons aside whole, nor throws on them', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.string(), fc.dictionary(fc.string(), fc.jsonValue())), fc.jsonValue(), (lessons, junk) => {
				const reading = readSaved(JSON.stringify({ version: VERSION, lessons: { ...lessons, x: { position: 1, exercises: { y: junk } } } }));
				expect(reading.ok).toBe(true);
			})
		);
	});

	it('takes back every valid progress it wrote, unchanged', () => {
		fc.assert(
			fc.property(saved, (progress) => {
				expect(readImport(JSON.stringify(progress))).toEqual({ ok: true, progress });
			})
		);
	});

	it('never loses a valid answer to a bad one beside it', () => {
		fc.assert(
			fc.property(saved, fc.array(fc.tuple(name, fc.jsonValue()), { maxLength: 5 }), (progress, junk) => {
				const text = JSON.parse(JSON.stringify(progress));
				for (const lesson of Object.values<{ exercises: Record<string, unknown> }>(text.lessons))
					for (const [id, bad] of junk) lesson.exercises[`junk-${id}`] = bad;
				const reading = readSaved(JSON.stringify(text));
				if (!reading.ok) throw new Error('set aside whole');
				for (const [slug, lesson] of Object.entries(progress.lessons))
					for (const [id, e] of Object.entries(lesson.exercises)) expect(reading.progress.lessons[slug]?.exercises[id]).toEqual(e);
			})
		);
	});

	it('accepts a diagnosis code only if the engine knows it or it is short kebab-case, never a name of Object', () => {
		expect(isDiagnosisCode('sign-flip')).toBe(true);
		expect(isDiagnosisCode('wrong-precision')).toBe(true);
		expect(isDiagnosisCode('forgot-bias')).toBe(true);
		for (const code of ['constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'Sign-Flip', 'a b', '', 'x'.repeat(61)]) expect(isDiagnosisCode(code)).toBe(false);
	});

	it('has a migration for every version below the current one it claims to read', () => {
		for (const m of MIGRATIONS) expect(m.from).toBeLessThan(VERSION);
	});
});

describe('merging progress', () => {
	it('never lowers a best score of either side on any variant, and keeps the variant shown', () => {
		fc.assert(
			fc.property(saved, saved, (ours, theirs) => {
				const merged = mergeProgress(ours, theirs);
				for (const side of [ours, theirs])
					for (const [slug, lesson] of Object.entries(side.lessons))
						for (const run of runsOf(lesson))
							for (const [id, e] of Object.entries(run.exercises)) expect(runOf(merged.lessons[slug], run.seed)?.[id]?.best).toBeGreaterThanOrEqual(e.best);
				for (const [slug, lesson] of Object.entries(ours.lessons)) expect(merged.lessons[slug]?.seed).toBe(lesson.seed);
				// what merges reads back as it is: every answer still under the variant it was graded on
				expect(readImport(JSON.stringify(merged))).toEqual({ ok: true, progress: merged });
			})
		);
	});

	it('merging a progress with itself changes nothing', () => {
		fc.assert(
			fc.property(saved, (p) => {
				expect(mergeProgress(p, p)).toEqual(p);
			})
		);
	});
});

const record = (over: Partial<ExerciseProgress> = {}): ExerciseProgress => ({
	answer: '1',
	verdict: 'correct',
	attempts: 1,
	hintsShown: 0,
	solutionShown: false,
	best: 1,
	...over
});

describe('variants in progress', () => {
	it('keeps the answers given so far when new numbers are drawn, and starts the new ones blank', () => {
		const authored: LessonProgress = { position: 4, exercises: { a: record(), b: record({ verdict: 'incorrect', best: 0 }) } };
		const drawn = withVariant(authored, 77);
		expect(drawn).toEqual({ position: 4, seed: 77, exercises: {}, history: [{ exercises: authored.exercises }] });
		// going back finds the answers given on those numbers
		const back = withVariant({ ...drawn, exercises: { a: record({ seed: 77 }) } }, undefined);
		expect(back).toEqual({ position: 4, exercises: authored.exercises, history: [{ seed: 77, exercises: { a: record({ seed: 77 }) } }] });
		// a variant only looked at leaves nothing behind
		expect(withVariant({ position: 1, seed: 5, exercises: { a: { ...record({ seed: 5 }), verdict: null, attempts: 0, best: 0 } } }, 6)).toEqual({ position: 1, seed: 6, exercises: {} });
	});

	it('scores each exercise by its best over every variant: new numbers never take a point away', () => {
		const lesson: LessonProgress = { position: 1, seed: 9, exercises: { a: record({ seed: 9, best: 0.5 }) }, history: [{ exercises: { a: record(), b: record({ best: 0.9 }) } }] };
		expect(bestOf(lesson, 'a')).toBe(1);
		expect(bestOf(lesson, 'b')).toBe(0.9);
		expect(bestOf(lesson, 'c')).toBe(0);
	});

	it('counts a lesson mastered only after every exercise is correct on one variant other than the authored one', () => {
		const ids = ['a', 'b'];
		expect(masteredOn({ position: 1, exercises: { a: record(), b: record() } }, ids)).toBeNull();
		expect(masteredOn({ position: 1, seed: 3, exercises: { a: record({ seed: 3 }) } }, ids)).toBeNull();
		expect(masteredOn({ position: 1, seed: 3, exercises: { a: record({ seed: 3 }), b: record({ seed: 3, verdict: 'carried', best: 0.5 }) } }, ids)).toBeNull();
		// correct answers spread over two variants are not a run
		expect(masteredOn({ position: 1, seed: 3, exercises: { a: record({ seed: 3 }) }, history: [{ seed: 4, exercises: { b: record({ seed: 4 }) } }] }, ids)).toBeNull();
		expect(masteredOn({ position: 1, exercises: {}, history: [{ seed: 4, exercises: { a: record({ seed: 4 }), b: record({ seed: 4 }) } }] }, ids)).toBe(4);
		expect(masteredOn({ position: 1, seed: 4, exercises: {} }, [])).toBeNull();
	});

	it('refuses an answer listed under another variant than it was graded on, and says where', () => {
		const file = (lesson: unknown) => JSON.stringify({ version: VERSION, lessons: { 'one-neuron': lesson } });
		expect(readImport(file({ position: 1, seed: 5, exercises: { a: record({ seed: 6 }) } }))).toEqual({
			ok: false,
			problems: [{ kind: 'field', at: '/lessons/one-neuron/exercises/a/seed', expected: 'variant' }]
		});
		expect(readImport(file({ position: 1, exercises: {}, history: [{ seed: 2, exercises: { a: record() } }] }))).toMatchObject({
			ok: false,
			problems: [{ at: '/lessons/one-neuron/history/0/exercises/a/seed', expected: 'variant' }]
		});
		expect(readImport(file({ position: 1, seed: 2, exercises: {}, history: [{ seed: 2, exercises: {} }] }))).toMatchObject({ ok: false, problems: [{ at: '/lessons/one-neuron/history/0/seed', expected: 'variant' }] });
		expect(readImport(file({ position: 1, exercises: {}, history: {} }))).toMatchObject({ ok: false, problems: [{ at: '/lessons/one-neuron/history', expected: 'list' }] });
		expect(readImport(file({ position: 1, exercises: { a: record({ seed: -1 }) } }))).toMatchObject({ ok: false, problems: [{ at: '/lessons/one-neuron/exercises/a/seed', expected: 'seed' }] });
		// loading keeps the rest
		const loaded = readSaved(file({ position: 1, seed: 5, exercises: { a: record({ seed: 6 }), b: record({ seed: 5 }) } }));
		expect(loaded.ok && loaded.progress.lessons['one-neuron']?.exercises).toEqual({ b: record({ seed: 5 }) });
	});

	it('merges two students\' files variant by variant, never comparing answers for different numbers', () => {
		const ours: SavedProgress = { version: VERSION, lessons: { l: { position: 2, seed: 7, exercises: { a: record({ seed: 7, best: 0.5 }) } } } };
		const theirs: SavedProgress = { version: VERSION, lessons: { l: { position: 5, seed: 8, exercises: { a: record({ seed: 8 }) }, history: [{ seed: 7, exercises: { a: record({ seed: 7, best: 0.9 }) } }] } } };
		expect(mergeProgress(ours, theirs).lessons.l).toEqual({
			position: 5,
			seed: 7,
			exercises: { a: record({ seed: 7, best: 0.9 }) },
			history: [{ seed: 8, exercises: { a: record({ seed: 8 }) } }]
		});
	});
});

describe('a named student in progress', () => {
	const base = { version: VERSION, lessons: {}, app: 'cadena' };

	it('keeps the name a student gave, and refuses one that is not a name, saying where', () => {
		expect(readImport(JSON.stringify({ ...base, student: ' Ana Pérez ' }))).toMatchObject({ ok: true, progress: { student: 'Ana Pérez' } });
		expect(readImport(JSON.stringify({ ...base, student: 'x'.repeat(81) }))).toMatchObject({ ok: false, problems: [{ at: '/student', expected: 'student' }] });
		expect(readImport(JSON.stringify({ ...base, student: 42 }))).toMatchObject({ ok: false, problems: [{ at: '/student', expected: 'student' }] });
		// a saved progress with a bad name keeps everything else
		const read = readSaved(JSON.stringify({ ...base, student: 'Ana\u0000' }));
		expect(read).toMatchObject({ ok: true, problems: [{ at: '/student' }] });
		expect(read.ok ? read.progress.student : 'unread').toBeUndefined();
	});

	it('keeps the current name on a merge, or takes the imported one when there is none', () => {
		const empty = { version: VERSION, lessons: {} } as const;
		expect(mergeProgress({ ...empty, student: 'Ana' }, { ...empty, student: 'Luis' }).student).toBe('Ana');
		expect(mergeProgress({ ...empty, lessons: {} }, { ...empty, student: 'Luis' }).student).toBe('Luis');
	});
});
