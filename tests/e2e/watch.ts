import type { Page } from '@playwright/test';

/** Records what a reader would never want to see: console errors, failed requests, requests to other origins. */
export function watchPage(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== origin)
      problems.push(`request to another origin: ${r.url()}`);
  });
  return problems;
}

/**
 * Scrolls the whole page so every client:seen island hydrates, then waits until none is left unhydrated;
 * after `timeout` (0: none) it fails naming the islands that never started.
 */
export async function hydrateAll(page: Page, { timeout = 60_000 } = {}) {
  await page.evaluate(async () => {
    const frame = () => new Promise(requestAnimationFrame);
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await frame();
    }
    // A sweep can pass an island before its observer looks (a long task holds frames back): show each one left.
    for (const island of document.querySelectorAll('astro-island[ssr]')) {
      (island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
      await frame();
      await frame();
    }
    window.scrollTo(0, 0);
  });
  await page
    .waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, {
      timeout,
    })
    .catch(async (error: unknown) => {
      const left = await page
        .locator('astro-island[ssr]')
        .evaluateAll((islands) => islands.map((i) => i.getAttribute('component-url')));
      throw new Error(`islands that never started: ${left.join(', ')}`, { cause: error });
    });
}
