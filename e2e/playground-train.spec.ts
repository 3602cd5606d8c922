import { expect, test, type Page } from '@playwright/test';
import { loadModelFile } from '../src/lib/lesson/load';
import { appReady } from './app';

// A student builds a 2-8-8-1 net on the circle through the page's controls, trains it, watches both
// losses fall and the heat map change, then opens the lesson of one example at the current weights.
// A teacher's link hides controls.

/** The number a loss shows, read from its data-value (full precision, not the 4 decimals shown). */
async function loss(page: Page, which: 'train' | 'test'): Promise<number> {
	return Number(await page.locator(`[data-loss="${which}"]`).getAttribute('data-value'));
}

/** The output map's pixels, as a data URL. */
function mapPixels(page: Page): Promise<string> {
	return page.locator('.pt-output canvas').evaluate((c) => (c instanceof HTMLCanvasElement ? c.toDataURL() : ''));
}

test('a 2-8-8-1 net built through the controls learns the circle, and one iteration opens as a lesson', async ({ page }) => {
	await page.goto('/en/playground/train/');
	await appReady(page);

	// Arrange: the circle, two hidden layers of 8, Adam at η = 0.03
	await page.getByLabel('Data set').selectOption({ label: 'Circle' });
	await page.getByLabel('Units in hidden layer 1').fill('8');
	await page.getByLabel('Units in hidden layer 1').press('Enter');
	await page.getByLabel('Units in hidden layer 2').fill('8');
	await page.getByLabel('Units in hidden layer 2').press('Enter');
	await page.getByLabel('Optimizer').selectOption({ label: 'Adam' });
	await page.getByLabel('Learning rate η').selectOption('0.03');
	await expect(page.getByText('Network 2-8-8-1')).toBeVisible();
	await expect(page).toHaveURL(/#.*dataset=circle.*layers=8,8.*/);
	await expect(page).toHaveURL(/optimizer=adam/);
	const startTrain = await loss(page, 'train');
	const startTest = await loss(page, 'test');
	expect(startTest).toBeGreaterThan(0.5);
	const before = await mapPixels(page);

	// Act: one update by the button, then play until the held-out loss halves, then pause by keyboard
	await page.getByRole('button', { name: 'One update' }).click();
	await expect(page.locator('.pt-status')).toHaveAttribute('data-iteration', '1');
	const play = page.getByRole('button', { name: 'Play' });
	await play.focus();
	await page.keyboard.press('Enter');
	await expect.poll(() => loss(page, 'test'), { timeout: 90_000 }).toBeLessThan(startTest / 2);
	await page.getByRole('button', { name: 'Pause' }).press('Enter');
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();

	// Assert: both losses fell below half their start, and the map changed
	expect(await loss(page, 'train')).toBeLessThan(startTrain / 2);
	expect(await mapPixels(page)).not.toBe(before);
	const iteration = Number(await page.locator('.pt-status').getAttribute('data-iteration'));
	expect(iteration).toBeGreaterThan(1);
	await expect(page.getByRole('img', { name: /output over the plane/ })).toBeVisible();
	await expect(page.getByRole('img', { name: 'Unit 8 of hidden layer 2' })).toBeVisible();

	// Look inside: the link holds { network } for example 3 at these weights, which the lesson format reads
	await page.getByRole('spinbutton', { name: 'Training example' }).fill('3');
	await page.getByRole('spinbutton', { name: 'Training example' }).press('Enter');
	await page.getByRole('link', { name: 'Look inside this iteration' }).click();
	await expect(page).toHaveURL(/\/en\/playground\/#model=[A-Za-z0-9_-]+$/);
	const encoded = new URL(page.url()).hash.replace(/^#model=/, '');
	const text = Buffer.from(encoded, 'base64url').toString('utf8');
	const content: unknown = JSON.parse(text);
	expect(content).toMatchObject({ network: { layers: [2, 8, 8, 1], activations: ['tanh', 'tanh', 'sigmoid'], loss: 'bce', learningRate: 0.03 } });
	const loaded = loadModelFile(text);
	expect(loaded.ok).toBe(true);
});

test('a teacher\'s link hides the controls it names, and keeps the others', async ({ page }) => {
	await page.goto('/es/playground/train/#dataset=xor&features=x,y,xy&layers=&hide=dataset,features,layers');
	await appReady(page);
	await expect(page.getByLabel('Ruido')).toBeVisible();
	await expect(page.getByLabel('Conjunto de datos')).toHaveCount(0);
	await expect(page.getByRole('group', { name: 'Características de entrada' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: /Añadir una capa oculta/ })).toHaveCount(0);
	await expect(page.getByText('Red 3-1')).toBeVisible();
	// the hidden settings still hold, and the link keeps them
	await expect(page).toHaveURL(/dataset=xor/);
	await expect(page).toHaveURL(/hide=dataset,layers,features/);
});

test('a link with bad values opens with the defaults for them and says which', async ({ page }) => {
	await page.goto('/en/playground/train/#noise=200&layers=8,99&zoom=2');
	await appReady(page);
	const note = page.getByRole('note');
	await expect(note).toContainText('noise = “200” is not a value this setting takes: using 0.');
	await expect(note).toContainText('layers = “8,99” is not a value this setting takes: using 4,2.');
	await expect(note).toContainText('“zoom” is not a setting of this page: ignored.');
	await expect(page.getByText('Network 2-4-2-1')).toBeVisible();
	await expect(page).toHaveURL(/noise=0&/);
});
