import { expect, test } from '@playwright/test';
import { DIST, DIST_BASE } from '../../playwright.config';
import { builtPages } from './pages';
import { headerPolicy } from './csp';

// The policy of both builds. Their pages are run under it where they are visited once for everything a page owes a
// reader: the root build's in site.spec.ts (on a desktop), the base-path build's in layout-shift.spec.ts (on a
// phone), which also checks that a style the build moved out of style="…" still wins where it should.

for (const [name, dist] of [
  ['root', DIST],
  ['base path', DIST_BASE],
] as const) {
  test.describe(`strict CSP (${name} build)`, () => {
    test('the policy allows no inline code or style that it has not hashed', () => {
      const policy = headerPolicy(dist);
      expect(policy).not.toContain("'unsafe-inline'");
      expect(policy).not.toContain("'unsafe-eval'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
    });
  });
}

test('both builds have the same pages, so each page is run under each build’s policy', () => {
  expect(builtPages(DIST_BASE)).toEqual(builtPages(DIST));
});
