import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { roundFigures } from '../src/lib/check/figures';
import { loadLesson } from '../src/lib/lesson/load';
import { gradientWith } from '../src/lib/lesson/rounding';
import { answer, openStep } from './app';

// Journey: a student with a calculator works the worked example from the page's own figures, rounded,
// and is believed; gives too few figures and is asked for more without losing an attempt; builds on an
// earlier wrong answer and is told so, with half a point; tries the asked value's own name as a formula.

test.use({ locale: 'en-US' });

const loaded = loadLesson(readFileSync('lessons/03-worked-example/lesson.json', 'utf8'));
if (!loaded.ok) throw new Error('the worked example does not load');
const { trace } = loaded.loaded;

test('honest rounding is right, too few figures is no attempt, a mistake is never invented', async ({ page }) => {
	await openStep(page, 'en', 'worked-example', 17);
	const w1 = page.locator('[data-exercise="w1_grad"]');
	// the two paths multiplied out from the factors on the page, each rounded to 3 figures
	await answer(page, 'w1_grad', '0.685*0.195*0.5*0.240*0.1 + (-0.170)*0.172*0.7*0.240*0.1');
	await expect(w1).toHaveAttribute('data-verdict', 'correct');
	await expect(w1.locator('.attempts')).toHaveText('1 attempt');
	// the slides' own 0.0011: right so far, not an attempt
	await answer(page, 'w1_grad', '0.0011');
	await expect(w1).toHaveAttribute('data-verdict', 'incorrect');
	await expect(w1).toHaveAttribute('data-diagnosis', 'too-few-figures');
	await expect(w1.getByRole('status')).toContainText('give at least 3 significant figures');
	await expect(w1.locator('.attempts')).toHaveText('1 attempt');

	await openStep(page, 'en', 'worked-example', 21);
	// 0.297 is w3⁺ = 0.29668 to 3 figures, not a weight already updated
	const w3 = await answer(page, 'w3', '0.297');
	await expect(w3).toHaveAttribute('data-verdict', 'correct');
	await expect(w3).not.toHaveAttribute('data-diagnosis', /./);
	// 1 % off with 5 figures is wrong, and no mistake is made up for it
	const off = roundFigures((trace.updated.w3 ?? NaN) * 1.01, 5);
	await answer(page, 'w3', String(off));
	await expect(w3).toHaveAttribute('data-verdict', 'incorrect');
	await expect(w3.getByRole('status')).toContainText('significant figure');
});

test('work built on an earlier wrong answer is "carried", half a point, never correct', async ({ page }) => {
	await openStep(page, 'en', 'worked-example', 10);
	// σ′ written as ŷ₁: a wrong formula, whose value here is ŷ₁
	const sigma = await answer(page, 'sigma_prime', 'yhat1');
	await expect(sigma).toHaveAttribute('data-verdict', 'incorrect');

	await openStep(page, 'en', 'worked-example', 12);
	const yhat1 = trace.values.yhat1 ?? NaN;
	const theirs = gradientWith(trace, 'w6', (f) => (f.of === 'yhat1' && f.wrt === 'sum_yhat1' ? yhat1 : f.value));
	const w6 = await answer(page, 'w6_grad', String(roundFigures(theirs, 5)));
	await expect(w6).toHaveAttribute('data-verdict', 'carried');
	await expect(w6.getByRole('status')).toContainText('half a point');

	// a bare number in a formula box is refused, not counted, and not carried
	await openStep(page, 'en', 'worked-example', 10);
	const again = await answer(page, 'sigma_prime', '0');
	await expect(again).toHaveAttribute('data-verdict', 'invalid');
	await expect(again.locator('.attempts')).toHaveText('1 attempt');
});

test('a formula for v₂ cannot be v2 itself', async ({ page }) => {
	await openStep(page, 'es', 'optimizers', 9);
	const v2 = await answer(page, 'v2-formula', 'v2', 'es');
	await expect(v2).toHaveAttribute('data-verdict', 'invalid');
	await expect(v2.getByRole('status')).toContainText('es justo el valor que se pide');
});
