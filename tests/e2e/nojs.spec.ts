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
  const memory = page.getByRole('figure', { name: 'Memory over distance' });
  await expect(memory.locator('svg').first()).toBeVisible();
  expect(await memory.locator('table td').count()).toBeGreaterThan(3);
  // In sequence or in parallel draws its words as HTML chips, not SVG.
  const steps = page.getByRole('figure', { name: 'In sequence or in parallel' });
  await expect(steps.getByRole('group').first()).toBeVisible();
  await expect(steps.getByText('animal', { exact: true }).first()).toBeVisible();
  expect(await steps.locator('table td').count()).toBeGreaterThan(3);
  // The theme button needs its script: without it the page follows the system theme and shows no button.
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveCount(0);
  // The menu of articles is a <details>, so it opens without JavaScript.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.getByText('Articles', { exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'All articles (menu)' })).toBeVisible();
});
