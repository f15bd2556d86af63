import type { Page, Route } from '@playwright/test';

// Cumulative Layout Shift a page may have while it loads and its visible figures start: "good" is < 0.1; we hold
// every page to a tenth of that.
export const MAX_CLS = 0.01;

const LATE = /\.(js|woff2)(\?|$)/;

/**
 * Before the page is loaded: records its layout shifts, and holds scripts and fonts until the page has painted, as
 * on a slow phone network (on the test machine's loopback they would be there before the page is first painted, and
 * a shift they cause — a figure starting, Inter replacing its fallback — would not count). A held request goes on
 * to any route registered before this one (such as the CSP header of csp.ts), else to the network. Returns a
 * function that stops holding.
 */
export async function recordLayoutShifts(page: Page): Promise<() => Promise<void>> {
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
  const hold = async (route: Route) => {
    await page.waitForFunction(() =>
      performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint'),
    );
    await route.fallback();
  };
  await page.route(LATE, hold);
  return () => page.unroute(LATE, hold);
}

/**
 * After `page.goto(…, { waitUntil: 'load' })`: the figures in view hydrate (client:seen), then two frames for
 * their first render to be laid out; returns the layout shifts so far, summed (no session windows: stricter than
 * Lighthouse's CLS), and the elements that moved. `timeout` limits the wait for the figures (0: none).
 */
export async function layoutShiftOnLoad(
  page: Page,
  { timeout = 0 } = {},
): Promise<{ total: number; sources: string[] }> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('astro-island[ssr]')].every((island) => {
        // An island is display: contents; its contents have the box.
        const range = document.createRange();
        range.selectNodeContents(island);
        const box = range.getBoundingClientRect();
        return box.top > innerHeight || box.bottom < 0;
      }),
    undefined,
    { timeout },
  );
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const shifts = await page.evaluate(
    () => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts,
  );
  return { total: shifts.reduce((sum, s) => sum + s.value, 0), sources: shifts.flatMap((s) => s.sources) };
}
