import { expect, test } from '@playwright/test';
import { BASED, DIST_BASE } from '../../playwright.config';
import { headerPolicy, styleAttributesOutsideIslands, underPolicy } from './csp';
import { layoutShiftOnLoad, MAX_CLS, recordLayoutShifts } from './layout-shift';
import { builtPages } from './pages';
import { hydrateAll } from './watch';

// Every page on a phone, in one visit per page of the base-path build (BASE_PATH=/attention/; its pages are the root
// build's at other addresses), served under that build's strict CSP: it does not shift while it loads, it never
// scrolls sideways once every figure has started, and every island starts under the policy (its hashes and paths
// differ from the root build's). On a desktop (1280 × 800) the root build's pages get the same checks in
// site.spec.ts, in the one visit that also checks the page's console and axe.
const policy = headerPolicy(DIST_BASE);

test.describe('on a phone, the base-path build', () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  for (const path of builtPages(DIST_BASE)) {
    test(`/attention/${path} does not shift while it loads, never scrolls sideways once every figure has started, and runs every island under the policy`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      const violations = await underPolicy(page, policy);
      // Registered after the policy: a held script or font is then served under the policy too.
      const release = await recordLayoutShifts(page);
      const response = await page.goto(new URL(path, BASED).href, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      /** A figure that never starts: say what the policy blocked. */
      const blocked = async (error: unknown) => {
        throw new Error(`islands did not hydrate; violations: ${JSON.stringify(await violations())}`, {
          cause: error,
        });
      };
      await test.step('does not shift while it loads', async () => {
        const { total, sources } = await layoutShiftOnLoad(page, { timeout: 30_000 }).catch(blocked);
        test.info().annotations.push({ type: 'CLS', description: total.toFixed(4) });
        expect(total, `shifted: ${sources.join(', ')}`).toBeLessThan(MAX_CLS);
        await release();
      });
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(meta, 'the page carries its own policy too').toMatch(/script-src 'self'/);
      await hydrateAll(page, { timeout: 30_000 }).catch(blocked);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'wider than a 360 px screen').toBeLessThanOrEqual(0);
      // Styles that were moved out of style="…" still apply: nothing KaTeX typesets has lost its struts.
      expect(await styleAttributesOutsideIslands(page), 'no style attribute outside the islands').toBe(0);
      if (path === 'softmax/') {
        await test.step('a moved style still wins over a component rule, and a style set by script still wins over it', async () => {
          const strut = page.locator('.katex .strut[data-s]').first();
          await expect(strut).toHaveCount(1);
          const height = await strut.evaluate((e) => getComputedStyle(e).height);
          expect(Number.parseFloat(height)).toBeGreaterThan(0);
          await strut.evaluate((e) => ((e as HTMLElement).style.height = '7px'));
          await expect(strut).toHaveCSS('height', '7px');
        });
      }
      expect(await violations()).toEqual([]);
    });
  }
});
