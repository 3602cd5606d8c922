import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the matrix-form lesson from the index and answers the broadcasting exercise with the
// figure from the course notes: entry (2, 1) of [[1,2],[3,4]]·[[0,1],[2,3]] + [7 9] is 15. Adding the
// vector as a column (17) is named.
test('matrix-form: open from the index and answer one exercise', async ({ page }) => {
	await openFromIndex(page, 'en', 'Backpropagation in matrix form', 'One hidden layer, with matrices');
	await openStep(page, 'en', 'matrix-form', 17);
	const ex = await answer(page, 'R21', '17');
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'column-broadcast');
	await answer(page, 'R21', '15');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish: one entry of δʰ = (W₂ᵀδ) ⊙ h ⊙ (1 − h), written as a formula.
test('matrix-form: one entry of δʰ as a formula, in Spanish', async ({ page }) => {
	await openStep(page, 'es', 'matrix-form', 10);
	const ex = await answer(page, 'deltah1-formula', '(W2_11*(yhat1-y1) + W2_21*(yhat2-y2) + W2_31*(yhat3-y3))*h1*(1-h1)', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});
