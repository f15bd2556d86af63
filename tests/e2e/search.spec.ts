import { expect, test } from '@playwright/test';
import { BASED, ROOT } from '../../playwright.config';

for (const base of [ROOT, BASED]) {
  test(`search finds the first article (site at ${new URL(base).pathname})`, async ({ page }) => {
    await page.goto(`${base}search/`);
    await page.getByLabel('Search the articles').fill('recurrent');
    await page.getByLabel('Search the articles').press('Enter');
    const result = page.getByRole('link', { name: 'Why attention' }).last();
    await expect(result).toBeVisible();
    await result.click();
    await expect(page).toHaveURL(`${base}why-attention/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why attention');
  });
}

test('the query lives in the URL and a search with no hit says so', async ({ page }) => {
  await page.goto('search/?q=zzzzqqq');
  await expect(page.getByRole('status')).toHaveText('No article mentions “zzzzqqq”.');
  // Markup in the query is searched for as text, never put into the page.
  await page.getByLabel('Search the articles').fill('<img src=x onerror="document.title=1">');
  await page.getByLabel('Search the articles').press('Enter');
  await expect(page.getByRole('status')).toHaveText(
    /found\.$|^No article mentions “<img src=x onerror="document.title=1">”\.$/,
  );
  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.title()).toBe('Search · Self-Attention, Visually');
});
