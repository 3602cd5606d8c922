import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the XOR lesson from the index and computes the network's output at (1, 0) with the
// notes' weights: 0.9740, the figure the course notes print.
test('xor: open from the index and answer one exercise', async ({ page }) => {
	await openFromIndex(page, 'en', 'XOR: why a hidden layer is needed', 'The XOR function');
	await openStep(page, 'en', 'xor', 7);
	const ex = await answer(page, 'yhat-10', '0.9740');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish: counting the perceptron's hits instead of its misses is named; one miss is right.
test('xor: the perceptron misses one point, in Spanish, and a named mistake', async ({ page }) => {
	await openStep(page, 'es', 'xor', 3);
	const ex = await answer(page, 'perceptron-misses', '3', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'counted-hits');
	await answer(page, 'perceptron-misses', '1', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});
