import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the why-non-linear lesson from the index and writes the first entry of
// W′ = W⁽²⁾W⁽¹⁾ as a formula, then the collapsed bias b′ = W⁽²⁾b⁽¹⁾ + b⁽²⁾ = 0.7·0.1 + 0.5·(−0.3) + 0.2 = 0.12.
test('why-nonlinear: open from the index and answer one exercise', async ({ page }) => {
	await openFromIndex(page, 'en', 'Why non-linear? Two linear layers are just one', 'Two layers without an activation');
	await openStep(page, 'en', 'why-nonlinear', 4);
	const formula = await answer(page, 'Wp1-formula', 'w2_1_1*w1_1_1 + w2_1_2*w1_2_1');
	await expect(formula).toHaveAttribute('data-verdict', 'correct');
	const ex = await answer(page, 'bp', '0.12');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

// In Spanish, taking b⁽²⁾ alone for the collapsed bias (the notes' "w₃x + b") is named.
test('why-nonlinear: the output bias alone is named, in Spanish', async ({ page }) => {
	await openStep(page, 'es', 'why-nonlinear', 4);
	const ex = await answer(page, 'bp', '0,2', 'es');
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'bias-is-b2');
});
