import { expect, test } from '@playwright/test';
import { BASED, DIST, DIST_BASE, ROOT } from '../../playwright.config';
import { headerPolicy, styleAttributesOutsideIslands, underPolicy } from './csp';
import { builtPages } from './pages';
import { hydrateAll } from './watch';

// The policy of both builds, and the base-path build's pages under it (its hashes and paths differ). The root
// build's pages are checked under the policy in site.spec.ts, with everything else a page owes a reader.

for (const [name, dist, origin] of [
  ['root', DIST, ROOT],
  ['base path', DIST_BASE, BASED],
] as const) {
  test.describe(`strict CSP (${name} build)`, () => {
    const policy = headerPolicy(dist);

    test('the policy allows no inline code or style that it has not hashed', () => {
      expect(policy).not.toContain("'unsafe-inline'");
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
    });

    // The root build's pages: site.spec.ts.
    if (dist === DIST) return;
    for (const path of builtPages(dist)) {
      test(`/${path} runs every island under the policy, with no violation`, async ({ page }) => {
        const violations = await underPolicy(page, policy);
        await page.goto(new URL(path, origin).href);
        const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
        expect(meta, 'the page carries its own policy too').toMatch(/script-src 'self'/);
        await hydrateAll(page).catch(async (error: unknown) => {
          throw new Error(`islands did not hydrate; violations: ${JSON.stringify(await violations())}`, {
            cause: error,
          });
        });
        // Styles that were moved out of style="…" still apply: nothing KaTeX typesets has lost its struts.
        expect(await styleAttributesOutsideIslands(page), 'no style attribute outside the islands').toBe(0);
        expect(await violations()).toEqual([]);
      });
    }
  });
}

test('a moved style still wins over a component rule, and a style set by script still wins over it', async ({
  page,
}) => {
  await page.goto('softmax/');
  const strut = page.locator('.katex .strut[data-s]').first();
  await expect(strut).toHaveCount(1);
  const height = await strut.evaluate((e) => getComputedStyle(e).height);
  expect(Number.parseFloat(height)).toBeGreaterThan(0);
  await strut.evaluate((e) => ((e as HTMLElement).style.height = '7px'));
  await expect(strut).toHaveCSS('height', '7px');
});
