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

test('the latest query wins even when an older answer arrives last, and each article is listed once', async ({
  page,
}) => {
  await page.goto('search/');
  const box = page.getByLabel('Search the articles');
  const status = page.getByRole('status');
  // Hold back the result pages of the first search, so its answer comes after the second one's.
  let holding = true;
  let held = 0;
  let released = 0;
  await page.route('**/pagefind/fragment/**', async (route) => {
    if (!holding) return route.continue();
    held++;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
    released++;
  });
  await box.fill('softmax');
  await box.press('Enter');
  await expect.poll(() => held).toBeGreaterThan(0);
  holding = false;
  await box.fill('recurrent');
  await box.press('Enter');
  await expect(status).toHaveText(/^\d+ articles? found\.$/);
  await expect.poll(() => released).toBe(held);
  // The first search's answer has arrived by now; give it the chance to (wrongly) take over.
  await page.evaluate(() => new Promise(requestAnimationFrame));
  const links = page.locator('[data-search-results] li > a');
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  await expect(status).toHaveText(`${hrefs.length} article${hrefs.length === 1 ? '' : 's'} found.`);
  await expect(page.locator('[data-search-results] mark').first()).toHaveText(/recurrent/i);
  await expect(page.locator('[data-search-results] mark', { hasText: /softmax/i })).toHaveCount(0);
});

test('snippets read as text: no typeset formula fragments', async ({ page }) => {
  await page.goto('search/?q=softmax');
  await expect(page.getByRole('status')).toHaveText(/articles? found\./);
  const snippets = await page.locator('[data-search-results] p').allTextContents();
  expect(snippets.length).toBeGreaterThan(0);
  for (const snippet of snippets) expect(snippet).not.toMatch(/\u200b|\\[a-z]+|[a-z]\^|\{|\}/i);
});
