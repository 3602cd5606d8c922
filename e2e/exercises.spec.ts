import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { appReady } from './app';

// Journey: a student answers an exercise wrong and sees the mistake named, types something
// unreadable (no attempt counted), answers right, reloads and finds it kept, then exports and
// re-imports their progress.

test.use({ locale: 'es-ES' });

async function answer(exercise: Locator, text: string): Promise<void> {
	await exercise.getByRole('textbox').fill(text);
	await exercise.getByRole('button', { name: 'Comprobar' }).click();
}

async function openW6(page: Page): Promise<Locator> {
	await page.goto('/es/worked-example/12/');
	await appReady(page);
	return page.locator('[data-exercise="w6_grad"]');
}

test('wrong, invalid, right, then kept after a reload', async ({ page }) => {
	const ex = await openW6(page);
	await expect(ex).toHaveAttribute('data-quantity', 'grad:w6');

	await answer(ex, '-0,08211');
	await expect(ex).toHaveAttribute('data-verdict', 'incorrect');
	await expect(ex).toHaveAttribute('data-diagnosis', 'sign-flip');
	await expect(ex.getByRole('status')).toContainText('signo');
	await expect(ex.getByText('1 intento')).toBeVisible();

	await answer(ex, 'abc');
	await expect(ex).toHaveAttribute('data-verdict', 'invalid');
	await expect(ex.getByText('1 intento')).toBeVisible();

	await answer(ex, 'n3*2');
	await expect(ex).toHaveAttribute('data-verdict', 'invalid');

	// the grader's message already names its guesses: the page must not say them a second time
	await answer(ex, 'ex(1)');
	await expect(ex).toHaveAttribute('data-verdict', 'invalid');
	await expect(ex.getByRole('status')).toContainText('¿Quisiste decir exp');
	expect((await ex.getByRole('status').innerText()).match(/Quisiste decir/g)).toHaveLength(1);

	await answer(ex, '0,68493*0,19481*0,61538');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
	await expect(ex.getByRole('status')).toContainText('Correcto');
	await expect(ex.getByText('2 intentos')).toBeVisible();

	await page.reload();
	const again = page.locator('[data-exercise="w6_grad"]');
	await expect(again.getByRole('textbox')).toHaveValue('0,68493*0,19481*0,61538');
	await expect(again).toHaveAttribute('data-verdict', 'correct');
	await expect(page.getByText(/Puntuación: 0.9 de \d+/)).toBeVisible();
});

test('the echo shows what was understood as the student types', async ({ page }) => {
	await page.goto('/es/worked-example/10/');
	await appReady(page);
	const ex = page.locator('[data-exercise="sigma_prime"]');
	await ex.getByRole('textbox').pressSequentially('yhat1*(1-yhat1)');
	await expect(ex.locator('.echo .katex')).toBeVisible();
	await ex.getByRole('button', { name: 'Comprobar' }).click();
	await expect(ex).toHaveAttribute('data-verdict', 'correct');

	await answer(ex, 'sum_yhat1*(1-sum_yhat1)');
	await expect(ex).toHaveAttribute('data-diagnosis', 'wrong-activation-derivative');

	await answer(ex, 'yhat');
	await expect(ex).toHaveAttribute('data-verdict', 'invalid');
	await expect(ex.getByRole('status')).toContainText('yhat1');
});

test('hints unlock one by one and the solution is the engine’s own step', async ({ page }) => {
	const ex = await openW6(page);
	await ex.getByRole('button', { name: /Mostrar pista 1 de 2/ }).click();
	await expect(ex.getByText(/Pista 1/)).toBeVisible();
	await expect(ex.getByRole('button', { name: /Mostrar pista 2 de 2/ })).toBeVisible();
	await ex.getByRole('button', { name: 'Mostrar la solución' }).click();
	await expect(ex.getByText(/Solución mostrada/)).toBeVisible();
	await expect(ex.locator('.solution .katex').first()).toBeVisible();
});

test('progress is exported to a file and imported back', async ({ page }) => {
	const ex = await openW6(page);
	await answer(ex, '0,08211');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Exportar/ }).click()]);
	const file = await download.path();
	const saved = JSON.parse(await readFile(file, 'utf8'));
	expect(saved.lessons['worked-example'].exercises.w6_grad.verdict).toBe('correct');

	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await expect(page.locator('[data-exercise="w6_grad"]').getByRole('textbox')).toHaveValue('');

	await page.getByLabel(/Importar/).setInputFiles(file);
	await expect(page.getByText(/Este archivo contiene 1 lección, 1 respuesta comprobada/)).toBeVisible();
	await page.getByRole('button', { name: 'Reemplazar mi progreso' }).click();
	await expect(page.locator('[data-exercise="w6_grad"]')).toHaveAttribute('data-verdict', 'correct');
});

test('a corrupt saved state is set aside with a notice, and the page still works', async ({ page }) => {
	await page.goto('/es/');
	// once the index has read the (empty) progress, so the corrupt text is first read on the lesson page
	await appReady(page);
	await page.evaluate(() => localStorage.setItem('cadena.progress', '{not json'));
	const ex = await openW6(page);
	await expect(page.getByText(/no se pudo leer/)).toBeVisible();
	await answer(ex, '0,08211');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
	const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cadena.progress.set-aside')));
	expect(kept.length).toBe(1);
});

test('hostile answers end invalid or incorrect and the page keeps working', async ({ page }) => {
	const ex = await openW6(page);
	for (const hostile of ['constructor', '__proto__', 'import("x")', 'createUnit("a")', '9^9^9^9', '('.repeat(80) + '1' + ')'.repeat(80), 'x'.repeat(600), '<img src=x onerror=alert(1)>']) {
		await answer(ex, hostile);
		await expect(ex).toHaveAttribute('data-verdict', /invalid|incorrect/);
	}
	await answer(ex, '0,08211');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
});

test('the index offers to continue where the student left off, with the score so far', async ({ page }) => {
	const ex = await openW6(page);
	await answer(ex, '0,08211');
	await expect(ex).toHaveAttribute('data-verdict', 'correct');
	await page.goto('/es/');
	await expect(page.getByRole('listitem').filter({ hasText: 'Ejemplo resuelto' }).getByText(/^Puntuación: 1 de \d+$/)).toBeVisible();
	await page.getByRole('link', { name: 'Continuar en el paso 12' }).click();
	await expect(page).toHaveURL(/\/es\/worked-example\/12\/$/);
});
