import { expect, test } from '@playwright/test';
import { answer, openFromIndex, openStep } from './app';

test.use({ locale: 'en-US' });

// A student opens the lesson on what a dense network can represent, computes the two-neuron network at
// x₃ by typing its tanh terms, and bounds the network (forgetting the absolute values is named); then the
// chart shows the three networks' errors, one line each, told apart by a legend; and the next three charts
// draw each network's curve over the nine points, its error in the legend, lower as neurons are added.
test('what-networks-represent: the two-neuron network, its bound, and the error of 1, 2 and 4 neurons', async ({ page }) => {
	await openFromIndex(page, 'en', 'What a dense network can represent', 'What the notes say');
	await openStep(page, 'en', 'what-networks-represent', 5);
	const value = await answer(page, 'yhat2-x3', 'tanh(0) - tanh(-2)');
	await expect(value).toHaveAttribute('data-verdict', 'correct');
	const bound = await answer(page, 'bound2', '0');
	await expect(bound).toHaveAttribute('data-verdict', 'incorrect');
	await expect(bound).toHaveAttribute('data-diagnosis', 'no-absolute-value');
	await answer(page, 'bound2', '2');
	await expect(bound).toHaveAttribute('data-verdict', 'correct');

	await openStep(page, 'en', 'what-networks-represent', 6);
	const plot = page.locator('figure[data-plot-kind="loss"]');
	await expect(plot).toBeVisible();
	// one legend entry per network, each with its lowest error
	for (const label of ['E₁', 'E₂', 'E₄']) await expect(plot.getByRole('listitem').filter({ hasText: `${label}: lowest` })).toHaveCount(1);

	const errors: number[] = [];
	for (const step of [7, 8, 9]) {
		await openStep(page, 'en', 'what-networks-represent', step);
		const fit = page.locator('figure[data-plot-kind="fit"]');
		await expect(fit.locator('circle.train-point')).toHaveCount(9 + 1);
		await expect(fit.locator('path[data-curve="end"][data-iteration="3000"]')).toHaveCount(1);
		// fitted to its data alone: no validation set to speak of
		await expect(fit).not.toContainText('validation');
		const legend = await fit.getByRole('listitem').filter({ hasText: 'Curve at the end of training' }).innerText();
		errors.push(Number(/training error ([0-9.e-]+)/.exec(legend)?.[1] ?? NaN));
	}
	// one neuron, two, four: each error more than ten times below the one before
	expect(errors[1]).toBeLessThan((errors[0] ?? 0) / 10);
	expect(errors[2]).toBeLessThan((errors[1] ?? 0) / 10);
});

// In Spanish: the bottleneck's matrix. The entry written with the product's order reversed is named;
// then its determinant is zero.
test('what-networks-represent: the bottleneck has rank one, in Spanish', async ({ page }) => {
	await openStep(page, 'es', 'what-networks-represent', 11);
	const entry = await answer(page, 'M12-formula', 'V2*U1', 'es');
	await expect(entry).toHaveAttribute('data-verdict', 'incorrect');
	await expect(entry).toHaveAttribute('data-diagnosis', 'product-order');
	await answer(page, 'M12-formula', 'V1*U2', 'es');
	await expect(entry).toHaveAttribute('data-verdict', 'correct');
	const det = await answer(page, 'detM', '0', 'es');
	await expect(det).toHaveAttribute('data-verdict', 'correct');
});
