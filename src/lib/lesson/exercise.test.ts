import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { carriedValue, gradeExercise } from '../check/grade-at';
import { ti } from '../i18n/islands';
import { exerciseKey, exerciseView, helpExample } from './exercise';
import { loadLesson } from './load';
import type { Exercise } from './schema';
import type { ExerciseView, Lang } from './view';

// Every verdict and every misconception code, on the worked example's own numbers.
const loaded = loadLesson(readFileSync('lessons/03-worked-example/lesson.json', 'utf8'));
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const { trace } = loaded.loaded;

function view(quantity: string, answer: 'number' | 'expression' = 'number', extra: Partial<Exercise> = {}, earlier = new Map<string, string>()): ExerciseView {
	const ex: Exercise = { id: quantity, quantity, answer, prompt: { es: '?', en: '?' }, hints: [], misconceptions: [], ...extra };
	const key = exerciseKey(trace, ex, 'en', 5, earlier);
	if (!key.ok) throw new Error(key.message);
	return exerciseView(ex, key.key, 5);
}

const grade = (quantity: string, text: string, lang: Lang = 'en', answer: 'number' | 'expression' = 'number') =>
	gradeExercise(text, view(quantity, answer), lang);

describe('numbers on the worked example', () => {
	it.each([
		['grad:w5', '0.08020', 'correct'],
		['grad:w5', '0.68493*0.19481*0.60109', 'correct'],
		['grad:w5', '8.02e-2', 'correct'],
		['grad:w1', '0.00111', 'correct'],
		['updated:w5', '0.45188', 'correct'],
		['updated:w1', '0.09934', 'correct'],
		['value:n2', '0.61538', 'correct'],
		['value:E2', '0.01453', 'correct'],
		['value:sum_yhat2', '1.26307', 'correct'],
		['grad:w5', '0.09', 'incorrect'],
		['grad:w5', 'abc', 'invalid'],
		['grad:w5', '', 'invalid'],
		['grad:w5', '1,000.5', 'invalid']
	])('%s ← %s is %s', (quantity, text, verdict) => {
		expect(grade(quantity, text).type).toBe(verdict);
	});

	it('reads a decimal comma in Spanish', () => {
		expect(grade('grad:w5', '0,0802', 'es').type).toBe('correct');
	});

	it('accepts the value recomputed from the rounded figures the lesson shows', () => {
		// the slides' own arithmetic: ∂E/∂w7 from rounded factors
		const ex = view('grad:w7');
		const fromRounded = -0.17045 * 0.17185 * 0.60109;
		expect(gradeExercise(String(fromRounded), ex, 'en').type).toBe('correct');
	});
});

describe('misconceptions named by the engine', () => {
	it.each([
		['grad:w5', String(-0.0802031), 'sign-flip'],
		['local:E_total/yhat1', String(0.05 - 0.7349286), 'sign-flip'],
		['grad:w5', String(0.6849286 * 0.6010879), 'missing-activation-derivative'],
		['grad:w5', String(0.6849286 * 0.7349286 * 0.6010879), 'wrong-activation-derivative'],
		['local:yhat1/sum_yhat1', String(1.0197742 * (1 - 1.0197742)), 'wrong-activation-derivative'],
		['grad:w1', '0.0016', 'missing-path'],
		['grad:w1', String(0.6849286 * 0.1948085 * 0.4518781 * 0.2397829 * 0.1 - 0.1704461 * 0.1718496 * 0.7105639 * 0.2397829 * 0.1), 'used-updated-weight'],
		['local:sum_yhat2/n1', '0.71056', 'used-updated-weight'],
		['grad:w5', String(0.6849286 * 0.1948085 * 0.41), 'preactivation-for-activation'],
		['value:n1', '0.41', 'preactivation-for-activation'],
		['grad:w5', String(2 * 0.0802031), 'factor-of-two'],
		// a value's slip is the ½ of the square, not a derivative's 2
		['value:E1', String(2 * 0.2345636), 'forgot-half'],
		['value:E2', '0.02905', 'forgot-half'],
		// one factor answered with the weight of the edge beside it: w8 for ∂sum_ŷ₂/∂n₁ = w7
		['local:sum_yhat2/n1', '0.8', 'other-edge'],
		['local:sum_n1/w1', '0.5', 'other-edge'],
		['updated:w5', String(0.5 + 0.6 * 0.0802031), 'update-direction'],
		['updated:w5', String(0.5 - 0.0802031), 'missing-learning-rate']
	])('%s ← %s names %s', (quantity, text, code) => {
		const verdict = grade(quantity, text);
		expect(verdict).toMatchObject({ type: 'incorrect', diagnosis: code });
	});

	it('explains each named mistake in both languages', () => {
		for (const lang of ['es', 'en'] as const) {
			const ex = exerciseKey(trace, { id: 'x', quantity: 'grad:w5', answer: 'number', prompt: { es: '?', en: '?' }, hints: [], misconceptions: [] }, lang, 5);
			if (!ex.ok) throw new Error(ex.message);
			for (const m of ex.key.misconceptions) expect(m.message.length).toBeGreaterThan(20);
		}
	});

	it('speaks of the ½ when a value leaves it out, not of a derivative', () => {
		for (const lang of ['es', 'en'] as const) {
			const verdict = gradeExercise('0.02905', view('value:E2'), lang);
			expect(verdict).toMatchObject({ diagnosis: 'forgot-half' });
			const message = view('value:E2').misconceptions.find((m) => m.code === 'forgot-half')?.message ?? '';
			expect(message).toContain('½');
			expect(message).not.toMatch(/deriv/i);
		}
	});

	it('does not send a one-factor answer back to "each factor" of a chain', () => {
		const ex = view('local:sum_yhat2/n1');
		const verdict = gradeExercise('0.8', ex, 'en');
		expect(verdict).toMatchObject({ type: 'incorrect', diagnosis: 'other-edge' });
		expect(ex.misconceptions.find((m) => m.code === 'other-edge')?.message).toMatch(/another edge/);
	});

	it('names an author’s own mistake, number or formula', () => {
		const own = { code: 'forgot-bias', answer: 0.41 - 0.25, message: { es: 'Falta el sesgo B1.', en: 'The bias B1 is missing.' } };
		const ex = view('value:sum_n1', 'number', { misconceptions: [own] });
		expect(gradeExercise('0.16', ex, 'en')).toMatchObject({ diagnosis: 'forgot-bias' });
		expect(ex.misconceptions.find((m) => m.code === 'forgot-bias')?.message).toBe('The bias B1 is missing.');

		const formula = { code: 'times-input', answer: 'yhat1*(1-yhat1)*n1', message: { es: 'Eso ya es el producto con n1.', en: 'That is already the product with n1.' } };
		const exf = view('local:yhat1/sum_yhat1', 'expression', { misconceptions: [formula] });
		expect(gradeExercise('n1*yhat1*(1-yhat1)', exf, 'en')).toMatchObject({ diagnosis: 'times-input' });
	});
});

describe('right value, wrong precision', () => {
	it.each([
		['0.0802', 'correct'],
		['0,0802', 'correct'],
		['0.08020', 'incorrect'],
		['0.080203', 'incorrect'],
		['0.08', 'incorrect'],
		['0.68493*0.19481*0.60109', 'incorrect'],
		['0.0812', 'incorrect']
	])('asked for 4 decimals, %s is %s', (text, verdict) => {
		const ex = view('grad:w5', 'number', { decimals: 4 });
		expect(gradeExercise(text, ex, text.includes(',') ? 'es' : 'en').type).toBe(verdict);
	});

	it('names the precision, and says it in the page language', () => {
		const ex = view('grad:w5', 'number', { decimals: 4 });
		expect(gradeExercise('0.08020', ex, 'en')).toMatchObject({ type: 'incorrect', diagnosis: 'wrong-precision' });
		expect(gradeExercise('0.0812', ex, 'en')).not.toMatchObject({ diagnosis: 'wrong-precision' });
		expect(ex.messages['wrong-precision']).toMatch(/decimals/);
	});
});

describe('formulas', () => {
	it.each([
		['yhat1*(1-yhat1)', 'correct'],
		['yhat1 - yhat1^2', 'correct'],
		['sigmoid(sum_yhat1)*(1-sigmoid(sum_yhat1))', 'correct'],
		['yhat1', 'incorrect'],
		['yhat(1-yhat1)', 'invalid'],
		['0.19481', 'invalid']
	])('σ′ as %s is %s', (text, verdict) => {
		expect(grade('local:yhat1/sum_yhat1', text, 'en', 'expression').type).toBe(verdict);
	});

	it('grades the whole ∂E_total/∂w5 as a formula', () => {
		expect(grade('grad:w5', '(yhat1 - t1)*yhat1*(1-yhat1)*n1', 'en', 'expression').type).toBe('correct');
		expect(grade('grad:w5', '(t1 - yhat1)*yhat1*(1-yhat1)*n1', 'en', 'expression').type).toBe('incorrect');
	});
});

describe('carry-forward', () => {
	it('accepts an answer built on the student’s own earlier figure', () => {
		const ex = view('value:sum_yhat2', 'number', {}, new Map([['value:n2', 'n2']]));
		// the student had n2 = 0.62 (rounded too far); their sum uses it consistently
		const theirs = 0.6010879 * 0.7 + 0.62 * 0.8 + 0.35;
		const carried = carriedValue(ex, new Map([['n2', 0.62]]));
		expect(carried).toBeCloseTo(theirs, 6);
		expect(gradeExercise(String(theirs), ex, 'en', undefined, carried)).toMatchObject({ type: 'carried' });
		expect(gradeExercise(String(theirs), ex, 'en').type).toBe('incorrect');
	});

	it('carries nothing from an earlier answer of 0, which would make the quantity trivial', () => {
		const ex = view('grad:w5', 'number', {}, new Map([['local:yhat1/sum_yhat1', 'sigma']]));
		expect(carriedValue(ex, new Map([['sigma', 0]]))).toBeUndefined();
		expect(gradeExercise('0', ex, 'en', undefined, carriedValue(ex, new Map([['sigma', 0]]))).type).not.toBe('correct');
	});

	it('carries nothing when the earlier answers were the engine’s own figures', () => {
		const ex = view('value:sum_yhat2', 'number', {}, new Map([['value:n2', 'n2']]));
		expect(carriedValue(ex, new Map([['n2', trace.values.n2 ?? NaN]]))).toBeUndefined();
	});

	it('never calls a carried answer correct, even a wild one', () => {
		const ex = view('grad:w5', 'number', {}, new Map([['local:yhat1/sum_yhat1', 'sigma']]));
		const carried = carriedValue(ex, new Map([['sigma', 1000]]));
		expect(carried).toBeDefined();
		expect(gradeExercise(String(carried), ex, 'en', undefined, carried).type).toBe('carried');
	});

	it('carries a student’s gradient into the update', () => {
		const ex = view('updated:w6', 'number', {}, new Map([['grad:w6', 'w6_grad']]));
		const carried = carriedValue(ex, new Map([['w6_grad', 0.09]]));
		expect(carried).toBeCloseTo(0.6 - 0.6 * 0.09, 10);
	});
});

describe('an exercise that asks for a precision, checked as a lesson', () => {
	it('passes check when the engine’s own answer is written with those decimals, and names a wrong one', async () => {
		const { checkLessonText } = await import('./check');
		const lesson = JSON.parse(readFileSync('lessons/02-one-neuron/lesson.json', 'utf8'));
		for (const step of lesson.steps) for (const ex of step.exercises ?? []) if (ex.id === 'w-new') ex.decimals = 5;
		lesson.tests.push({ exercise: 'w-new', answer: '0.4759', expect: 'wrong-precision' });
		expect(checkLessonText(JSON.stringify(lesson, null, 2))).toEqual([]);
		lesson.tests.push({ exercise: 'w-new', answer: '0.4759', expect: 'correct' });
		expect(checkLessonText(JSON.stringify(lesson, null, 2)).map((p) => p.message)).toEqual([
			expect.stringContaining('"0.4759" is graded incorrect (wrong-precision), the test expects correct')
		]);
	});
});

describe('an author’s misconception written as a formula', () => {
	const oneNeuron = readFileSync('lessons/02-one-neuron/lesson.json', 'utf8');

	it('is worked out with each student’s own numbers, so every variant names it', () => {
		for (const seed of [3, 17, 42]) {
			const r = loadLesson(oneNeuron, { seed });
			if (!r.ok) throw new Error('the one-neuron lesson should load');
			const t = r.loaded.trace;
			const ex = r.loaded.lesson.steps.flatMap((s) => (s.kind === 'exercise' ? s.exercises : [])).find((e) => e.id === 'dL-dw');
			if (!ex) throw new Error('no dL-dw');
			const key = exerciseKey(t, ex, 'en', 5);
			if (!key.ok) throw new Error(key.message);
			const view = exerciseView(ex, key.key, 5);

			// forgot-input is ∂L/∂b = 2(a − y)·a(1 − a), the gradient without ∂z/∂w, for this student's a
			const a = t.values.a ?? NaN;
			const y = t.values.y ?? NaN;
			const verdict = gradeExercise(String(2 * (a - y) * a * (1 - a)), view, 'en');

			expect(verdict).toMatchObject({ type: 'incorrect', diagnosis: 'forgot-input' });
		}
	});
});

describe('the example under an answer box', () => {
	it('never is the σ′ exercise’s own answer, and uses the lesson’s other names', () => {
		const ex = view('local:yhat1/sum_yhat1', 'expression');
		const example = ex.example ?? '';
		const names = example.match(/[A-Za-z_]\w*/g) ?? [];

		expect(names.length).toBe(2);
		for (const name of names) expect(ex.symbols.map((s) => s.name)).toContain(name);
		expect(names).not.toContain('yhat1');
		expect(gradeExercise(example, ex, 'en').type).toBe('incorrect');
		expect(ti('en').answerHintExpression(ex.example)).toBe(`A formula in the lesson's symbols, e.g. ${example}.`);
	});

	it('skips a candidate the grader calls right, and offers none when every one is', () => {
		const answer = 'n1*(1-n2)';
		expect(helpExample(['n1', 'n2', 'w1'], new Set(), (text) => text !== answer)).toBe('n1*(1-w1)');
		// names the answer uses come last
		expect(helpExample(['yhat1', 'n1', 'w1'], new Set(['yhat1']), () => true)).toBe('n1*(1-w1)');
		expect(helpExample(['n1', 'n2'], new Set(), () => false)).toBeUndefined();
	});

	// every lesson of the course, every exercise, in both languages: what the help line shows is never right
	const dir = new URL('../../../lessons/', import.meta.url);
	const folders = readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && /^\d+-/.test(d.name))
		.map((d) => d.name);
	it.each(folders)('%s: no example in the help is an answer', (folder) => {
		const r = loadLesson(readFileSync(new URL(`${folder}/lesson.json`, dir), 'utf8'));
		if (!r.ok) throw new Error(`${folder} does not load`);
		const { lesson, trace: tr } = r.loaded;
		for (const lang of ['en', 'es'] as const) {
			// the number help's own figures: 0.0802, 8.02e-2, 0.68493*0.19481*0.60109 (and 0,0802 in Spanish)
			const numberExamples = ti(lang).answerHintNumber.match(/\d[\d.,*e-]*\d/g) ?? [];
			expect(numberExamples.length).toBeGreaterThanOrEqual(2);
			for (const step of lesson.steps) {
				if (step.kind !== 'exercise') continue;
				for (const ex of step.exercises) {
					const key = exerciseKey(tr, ex, lang, lesson.precision);
					if (!key.ok) throw new Error(key.message);
					const v = exerciseView(ex, key.key, lesson.precision);
					const shown = ex.answer === 'number' ? numberExamples : [v.example ?? ''];
					for (const text of shown) expect(gradeExercise(text, v, lang).type, `${ex.id} ← ${text}`).not.toBe('correct');
					if (ex.answer === 'expression') expect(gradeExercise(v.example ?? '', v, lang).type, ex.id).toBe('incorrect');
				}
			}
		}
	});
});
