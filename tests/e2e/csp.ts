import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** The Content-Security-Policy the build's `_headers` file gives every page. */
export function headerPolicy(dist: string): string {
  const line = readFileSync(join(dist, '_headers'), 'utf8')
    .split('\n')
    .find((l) => l.trim().startsWith('Content-Security-Policy:'));
  if (!line) throw new Error(`${dist}/_headers has no Content-Security-Policy`);
  return line.split(':').slice(1).join(':').trim();
}

/**
 * Serves every response of the page with the policy as a header, as a host that reads `_headers` would, and
 * records what the policy blocks. Returns a function that reads the violations so far (reports and console).
 */
export async function underPolicy(page: Page, policy: string): Promise<() => Promise<string[]>> {
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
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
    ...console,
  ];
}

/** Style attributes outside the islands: the policy makes the parser refuse them, so the build must leave none. */
export function styleAttributesOutsideIslands(page: Page): Promise<number> {
  return page.evaluate(
    () => [...document.querySelectorAll('[style]')].filter((e) => !e.closest('astro-island')).length,
  );
}
