import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the activations lesson from the index and writes the sigmoid's derivative with its
// own output, σ′ = σ(1 − σ), then checks that its largest value is 0.25 (at z = 0).
test('activations: open from the index and answer one exercise', async ({ page }) => {
	await openFromIndex(page, 'en', 'Activation functions and their derivatives', 'After the weighted sum, the activation');
	await openStep(page, 'en', 'activations', 7);
	const formula = await answer(page, 'sigma-prime', 's*(1-s)');
	await expect(formula).toHaveAttribute('data-verdict', 'correct');
	const max = await answer(page, 'sigma-prime-max', '0.25');
	await expect(max).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish: the PReLU's slope α has gradient 2(p − y)·z = −0,5; using α in place of z is named.
test('activations: the gradient of α, in Spanish, and a named mistake', async ({ page }) => {
	await openStep(page, 'es', 'activations', 23);
	const ex = await answer(page, 'grad-alpha', '0,125', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'slope-for-dp-dalpha');
	await answer(page, 'grad-alpha', '-0,5', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});
