import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the computational-graph lesson from the index and writes ∂f/∂x of f = (x + y)·z,
// first as a formula, then as a number: with x = −2, y = 5, z = −4 it is z = −4.
test('computational-graph: open from the index and answer one exercise', async ({ page }) => {
	await openFromIndex(page, 'en', 'Computational graphs and the chain rule', 'A function as a graph');
	await openStep(page, 'en', 'computational-graph', 6);
	const formula = await answer(page, 'df-dx-formula', 'z');
	await expect(formula).toHaveAttribute('data-verdict', 'correct');
	const ex = await answer(page, 'df-dx', '-4');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish, the multiply gate's swap is named when a student passes q down to x instead of z.
test('computational-graph: a swapped factor is named, in Spanish', async ({ page }) => {
	await openStep(page, 'es', 'computational-graph', 6);
	const ex = await answer(page, 'df-dx', '3', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'swapped-factor');
});
