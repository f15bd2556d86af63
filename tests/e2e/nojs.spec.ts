import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('with JavaScript off the article, its math and the figures are all there', async ({ page }) => {
  await page.goto('why-attention/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why attention');
  expect(await page.locator('main p').count()).toBeGreaterThan(5);
  // KaTeX typeset at build time: MathML for screen readers and HTML for the eye.
  expect(await page.locator('.katex math').count()).toBeGreaterThan(0);
  expect(await page.locator('.katex-html').count()).toBeGreaterThan(0);
  // Each widget's default state is rendered on the server: its figure and its numbers table.
  for (const name of ['Memory over distance', 'In sequence or in parallel']) {
    const figure = page.getByRole('figure', { name });
    await expect(figure.locator('svg').first()).toBeVisible();
    expect(await figure.locator('table td').count()).toBeGreaterThan(3);
  }
  // The theme button needs its script: without it the page follows the system theme and shows no button.
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveCount(0);
  // The menu of articles is a <details>, so it opens without JavaScript.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.getByText('Articles', { exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'All articles (menu)' })).toBeVisible();
});
