import { expect, test, type Page } from '@playwright/test';
import { BASED, DIST, ROOT } from '../../playwright.config';
import { builtPages } from './pages';
import { hydrateAll } from './watch';
import { openNumbers } from './widget';

// The one spec that lets the site's service worker run (the others block it).
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has kept the build and answers this page's requests. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/** Every request the page makes that fails or isn't answered by the service worker. */
function offlineProblems(page: Page) {
  const problems: string[] = [];
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (!r.fromServiceWorker()) problems.push(`from the network: ${r.url()}`);
    else if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

test('after one page has loaded, every page, figure and the search index work with the network gone', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await page.goto('');
  await controlled(page);
  await context.setOffline(true);
  const problems = offlineProblems(page);

  // A word that only an article never opened online contains: the whole index was kept, not just what was used.
  await page.goto('search/?q=recurrent');
  await expect(page.getByRole('status')).toHaveText(/^\d+ articles? found\.$/);
  await expect(page.getByRole('link', { name: 'Why attention' }).last()).toBeVisible();

  for (const path of builtPages(DIST).filter((p) => p !== '404.html' && p !== 'search/')) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await hydrateAll(page);
  }
  // An address with a query string is the same page, from the cache.
  await page.goto('softmax/?T=2');
  await hydrateAll(page);
  expect(problems).toEqual([]);
});

test('training runs offline: its worker and the model come from the cache', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('why-attention/');
  await controlled(page);
  await context.setOffline(true);
  const problems = offlineProblems(page);
  await page.goto('where-weights-come-from/');
  const figure = page.getByRole('figure', { name: 'Train it yourself' });
  await figure.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: figure })).not.toHaveAttribute('ssr');
  await openNumbers(figure);
  await figure.getByRole('button', { name: 'Train' }).click();
  await expect(figure.getByRole('button', { name: 'Stop' })).toBeEnabled();
  await expect
    .poll(async () => Number(await figure.getByTestId('latest-step').textContent()))
    .toBeGreaterThan(0);
  await figure.getByRole('button', { name: 'Stop' }).click();
  expect(problems).toEqual([]);
});

test('under a base path the service worker keeps that site, and an unknown address gets the 404 page', async ({
  page,
  context,
}) => {
  await page.goto(`${BASED}why-attention/`);
  await controlled(page);
  await context.setOffline(true);
  await page.goto(`${BASED}search/?q=softmax`);
  await expect(page.getByRole('status')).toHaveText(/^\d+ articles? found\.$/);
  await page.goto(`${BASED}no-such-page/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  expect(new URL(ROOT).port).not.toBe(new URL(BASED).port);
});
