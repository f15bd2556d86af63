import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BASED, DIST, DIST_BASE, ROOT } from '../../playwright.config';
import { builtPages } from './pages';
import { hydrateAll } from './watch';

/** The Content-Security-Policy the build's `_headers` file gives every page. */
function headerPolicy(dist: string): string {
  const line = readFileSync(join(dist, '_headers'), 'utf8')
    .split('\n')
    .find((l) => l.trim().startsWith('Content-Security-Policy:'));
  if (!line) throw new Error(`${dist}/_headers has no Content-Security-Policy`);
  return line.split(':').slice(1).join(':').trim();
}

/** Serves every response of the page with the policy as a header, as a host that reads `_headers` would. */
async function underPolicy(page: Page, policy: string): Promise<string[]> {
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`),
    );
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) console.push(m.text());
  });
  return console;
}

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

    for (const path of builtPages(dist)) {
      test(`/${path} runs every island under the policy, with no violation`, async ({ page }) => {
        const console = await underPolicy(page, policy);
        await page.goto(new URL(path, origin).href);
        const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
        expect(meta, 'the page carries its own policy too').toMatch(/script-src 'self'/);
        const violations = () =>
          page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
        await hydrateAll(page).catch(async (error: unknown) => {
          throw new Error(`islands did not hydrate; violations: ${JSON.stringify(await violations())}`, {
            cause: error,
          });
        });
        await expect(page.locator('astro-island')).toHaveCount(
          await page.locator('astro-island:not([ssr])').count(),
        );
        // Styles that were moved out of style="…" still apply: nothing KaTeX typesets has lost its struts.
        const unstyled = await page.evaluate(
          () => [...document.querySelectorAll('[style]')].filter((e) => !e.closest('astro-island')).length,
        );
        expect(unstyled, 'no style attribute outside the islands (the parser would have refused it)').toBe(0);
        expect([...(await violations()), ...console]).toEqual([]);
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
