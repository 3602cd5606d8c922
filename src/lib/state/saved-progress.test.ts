import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDiagnosisCode, mergeProgress, MIGRATIONS, readImport, readSaved, VERDICTS, VERSION, type ExerciseProgress, type SavedProgress } from './saved-progress';

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

const saved: fc.Arbitrary<SavedProgress> = fc
	.dictionary(
		name,
		fc.record({ position: fc.integer({ min: 1, max: 99 }), seed: fc.nat(), exercises: fc.dictionary(name, exercise, { maxKeys: 5 }) }, { requiredKeys: ['position', 'exercises'] }),
		{ maxKeys: 5 }
	)
	.map((lessons) => ({ version: VERSION, lessons }));

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
	it('never lowers a best score of either side for the same variant', () => {
		fc.assert(
			fc.property(saved, saved, (ours, theirs) => {
				const merged = mergeProgress(ours, theirs);
				for (const side of [ours, theirs])
					for (const [slug, lesson] of Object.entries(side.lessons)) {
						const other = (side === ours ? theirs : ours).lessons[slug];
						if (other && other.seed !== lesson.seed) continue;
						for (const [id, e] of Object.entries(lesson.exercises)) expect(merged.lessons[slug]?.exercises[id]?.best).toBeGreaterThanOrEqual(e.best);
					}
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
