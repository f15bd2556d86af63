import { expect, test } from '@playwright/test';
import { layoutShiftOnLoad, MAX_CLS, recordLayoutShifts } from './layout-shift';
import { builtPages } from './pages';
import { hydrateAll } from './watch';

// Every page on a phone. On a desktop (1280 × 800) the same check is made in site.spec.ts, in the one visit that
// also checks the page's CSP, console and axe.
test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  for (const path of builtPages()) {
    test(`/${path} does not shift while it loads, and once every figure has started it never scrolls sideways`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      const release = await recordLayoutShifts(page);
      await page.goto(path, { waitUntil: 'load' });
      const { total, sources } = await layoutShiftOnLoad(page);
      test.info().annotations.push({ type: 'CLS', description: total.toFixed(4) });
      expect(total, `shifted: ${sources.join(', ')}`).toBeLessThan(MAX_CLS);
      await release();
      await hydrateAll(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'wider than a 360 px screen').toBeLessThanOrEqual(0);
    });
  }
});
