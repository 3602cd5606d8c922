import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the optimizers lesson from the index and writes momentum's second velocity as a
// formula, v2 = β·v1 + g2, then the weight after that step.
test('optimizers: open from the index and answer one exercise', async ({ page }) => {
	await openFromIndex(page, 'en', 'Optimizers: from GD to Adam, step by step', 'One step, many recipes');
	await openStep(page, 'en', 'optimizers', 9);
	const formula = await answer(page, 'v2-formula', 'beta*v1 + g_2');
	await expect(formula).toHaveAttribute('data-verdict', 'correct');
	const weight = await answer(page, 'w-mom2', '0.96');
	await expect(weight).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish: RMSProp with the root taken twice (as the notes' steps 4 and 5 read) is named; one root is right.
test('optimizers: RMSProp in Spanish, and the double root named', async ({ page }) => {
	await openStep(page, 'es', 'optimizers', 12);
	const ex = await answer(page, 'w-rms', '1,32217', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'double-root');
	await answer(page, 'w-rms', '1,34189', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});
