import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './pages';
import { hydrateAll } from './watch';

// Cumulative Layout Shift a page may have while it loads and its visible figures start: "good" is < 0.1; we hold
// every page to a tenth of that.
const MAX_CLS = 0.01;

/** The layout shifts of the page so far, summed (no session windows: stricter than Lighthouse's CLS). */
async function layoutShift(page: Page, path: string): Promise<{ total: number; sources: string[] }> {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node }[];
      }[]) {
        if (entry.hadRecentInput) continue;
        const sources = entry.sources.map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          return el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` : '?';
        });
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Scripts and fonts that arrive only after the first paint, as on a slow phone network: on the test machine's
  // loopback they would be there before the page is first painted, and a shift they cause (a figure starting,
  // Inter replacing its fallback) would not count. Each request is held until the page has painted.
  await page.route(/\.(js|woff2)(\?|$)/, async (route) => {
    await page.waitForFunction(() =>
      performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint'),
    );
    await route.continue();
  });
  await page.goto(path, { waitUntil: 'load' });
  // The figures in view hydrate (client:visible), then two frames for their first render to be laid out.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island[ssr]')].every((island) => {
      // An island is display: contents; its contents have the box.
      const range = document.createRange();
      range.selectNodeContents(island);
      const box = range.getBoundingClientRect();
      return box.top > innerHeight || box.bottom < 0;
    }),
  );
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shifts = await page.evaluate(
    () => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts,
  );
  return { total: shifts.reduce((sum, s) => sum + s.value, 0), sources: shifts.flatMap((s) => s.sources) };
}

for (const [device, viewport] of [
  ['phone', { width: 360, height: 780 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport, ...(device === 'phone' ? { isMobile: true, hasTouch: true } : {}) });
    for (const path of builtPages()) {
      const sideways =
        device === 'phone' ? ', and once every figure has started it never scrolls sideways' : '';
      test(`/${path} does not shift while it loads${sideways}`, async ({ page }) => {
        test.setTimeout(60_000);
        const { total, sources } = await layoutShift(page, path);
        test.info().annotations.push({ type: 'CLS', description: total.toFixed(4) });
        expect(total, `shifted: ${sources.join(', ')}`).toBeLessThan(MAX_CLS);
        if (device !== 'phone') return;
        await page.unrouteAll();
        await hydrateAll(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'wider than a 360 px screen').toBeLessThanOrEqual(0);
      });
    }
  });
}
