import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './pages';
import { hydrateAll, watchPage } from './watch';
import { ROOT } from '../../playwright.config';

const pages = builtPages();
const origin = new URL(ROOT).origin;

test('the build has the home page, the first article, search and 404', () => {
  expect(pages).toEqual(expect.arrayContaining(['', 'why-attention/', 'search/', '404.html']));
});

for (const path of pages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`/${path} in ${colorScheme}: loads cleanly and axe finds nothing`, async ({ page }) => {
      // axe walks every node of a page with a thousand typeset spans: on a loaded 2-core machine that alone can
      // take most of the default 30 s, so these checks get their own, longer limit.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      const problems = watchPage(page, origin);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await hydrateAll(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
}

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('each page has its own title, description and Open Graph tags', async ({ page }) => {
  const seen = new Set<string>();
  for (const path of pages.filter((p) => p !== '404.html')) {
    await page.goto(path);
    const title = await page.title();
    expect(seen.has(title), `duplicate title ${title}`).toBe(false);
    seen.add(title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', new RegExp(`${path}$`));
  }
});
