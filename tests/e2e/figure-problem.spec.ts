import { expect, test } from '@playwright/test';

// Service workers are blocked in these tests (playwright.config), so this is a first visit that was never kept for
// offline reading: a figure below the fold whose code cannot be fetched must say so, and start once it can.
test('a figure whose code cannot load says so, and Try again starts it once the network is back', async ({
  page,
  context,
}) => {
  await page.goto('scores/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const figure = page.getByRole('figure', { name: /^Score matrix/ });
  const island = page.locator('astro-island', { has: figure });
  await expect(island).toHaveAttribute('ssr');

  await context.setOffline(true);
  await figure.scrollIntoViewIfNeeded();
  const problem = figure.getByRole('alert');
  await expect(problem).toHaveText(/^You’re offline, and this figure’s code wasn’t saved on this device yet/);
  await expect(island).toHaveAttribute('ssr');
  // The page itself stays whole: the figure's default picture is still there under the note.
  await expect(figure.locator('svg').first()).toBeVisible();

  await context.setOffline(false);
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(island).not.toHaveAttribute('ssr');
  await expect(figure.getByRole('alert')).toHaveCount(0);
});

test('online, a figure whose script request fails says its code didn’t load', async ({ page }) => {
  await page.route(/ScoreMatrix[^/]*\.js/, (route) => route.abort());
  await page.goto('scores/');
  const figure = page.getByRole('figure', { name: /^Score matrix/ });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.getByRole('alert')).toHaveText(/^This figure’s code didn’t load/);
});
