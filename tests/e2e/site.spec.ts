import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './pages';
import { headerPolicy, styleAttributesOutsideIslands, underPolicy } from './csp';
import { layoutShiftOnLoad, MAX_CLS, recordLayoutShifts } from './layout-shift';
import { hydrateAll, watchPage } from './watch';
import { openNumbers } from './widget';
import { expectWeightRowsSumToOne } from './weights-tables';
import { DIST, ROOT } from '../../playwright.config';

const pages = builtPages();
const origin = new URL(ROOT).origin;
const policy = headerPolicy(DIST);
/** The page's HTML as built, read from the build folder. */
const builtHtml = (path: string) =>
  readFileSync(join(DIST, path === '' || path.endsWith('/') ? `${path}index.html` : path), 'utf8');

test('the build has the home page, the first article, search and 404', () => {
  expect(pages).toEqual(expect.arrayContaining(['', 'why-attention/', 'search/', '404.html']));
});

// One visit per page checks everything a page owes every reader, so the page is loaded and its figures started
// once instead of once per check: on a desktop it does not shift while it loads (layout-shift.spec.ts checks the
// phone); its title and social tags are its own; served under the strict CSP of the build's _headers (as a host
// would), every island starts with no violation, no console error or failed request, every weights table sums to
// 1, and axe finds nothing in the light and then the dark theme (switched live, as a reader's system would).
test.describe('every page', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const path of pages) {
    test(`/${path}: no layout shift on load; every figure starts under the strict CSP, axe finds nothing in light and dark, weight rows sum to 1`, async ({
      page,
    }) => {
      // axe walks every node of a page with a thousand typeset spans, twice: on a loaded 2-core machine that alone
      // can take most of the default 30 s, so these checks get their own, longer limit.
      test.setTimeout(120_000);
      const violations = await underPolicy(page, policy);
      const problems = watchPage(page, origin);
      // Registered after the policy: a held script or font is then served under the policy too.
      const release = await recordLayoutShifts(page);
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(path, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      await test.step('does not shift while it loads', async () => {
        const { total, sources } = await layoutShiftOnLoad(page);
        test.info().annotations.push({ type: 'CLS', description: total.toFixed(4) });
        expect(total, `shifted: ${sources.join(', ')}`).toBeLessThan(MAX_CLS);
        await release();
      });
      if (path !== '404.html') {
        await test.step('its title is the built one; it has a description and Open Graph tags', async () => {
          // The titles of the built pages are told apart below ('each page has its own title').
          const built = await page.evaluate(
            (html) => new DOMParser().parseFromString(html, 'text/html').title,
            builtHtml(path),
          );
          expect(await page.title()).toBe(built);
          await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
          await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
          await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
            'content',
            new RegExp(`${path}$`),
          );
        });
      }
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(meta, 'the page carries its own policy too').toMatch(/script-src 'self'/);
      await hydrateAll(page).catch(async (error: unknown) => {
        throw new Error(`islands did not hydrate; violations: ${JSON.stringify(await violations())}`, {
          cause: error,
        });
      });
      expect(await styleAttributesOutsideIslands(page), 'no style attribute outside the islands').toBe(0);
      // Every figure's numbers opened (they are built on first open), so the weight rows and axe see them too.
      await openNumbers(page.locator('main'));
      await expectWeightRowsSumToOne(page);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        // Colours fade (transition: color 0.2s): axe reads the colours the reader ends up with, not the mix midway.
        await page.evaluate(() =>
          Promise.all(
            document
              .getAnimations()
              .filter((a) => a instanceof CSSTransition)
              .map((a) => a.finished.catch(() => undefined)),
          ),
        );
        // The theme changes colours only: in the dark, the rules that read colours; the structure, names and roles
        // were checked in the light.
        const axe = new AxeBuilder({ page }).withTags([
          'wcag2a',
          'wcag2aa',
          'wcag21a',
          'wcag21aa',
          'wcag22aa',
        ]);
        const results = await (
          colorScheme === 'dark' ? axe.withRules(['color-contrast', 'link-in-text-block']) : axe
        ).analyze();
        expect(
          results.violations.map(
            (v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([]);
      }
      expect(await violations()).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

// Each page's title as loaded is its built one (checked in its visit above): here, the built titles differ.
test('each page has its own title', async ({ page }) => {
  const seen = new Set<string>();
  for (const path of pages.filter((p) => p !== '404.html')) {
    const title = await page.evaluate(
      (html) => new DOMParser().parseFromString(html, 'text/html').title,
      builtHtml(path),
    );
    expect(title, path).not.toBe('');
    expect(seen.has(title), `duplicate title ${title}`).toBe(false);
    seen.add(title);
  }
});
