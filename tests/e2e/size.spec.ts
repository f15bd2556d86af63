import { expect, test } from '@playwright/test';
import { pageWeights } from '../../scripts/page-weight.mjs';
import { DIST } from '../../playwright.config';

// The JavaScript (gzip) a page may make the reader download: the site's promise is a tiny, fast page. A page that
// needs more (say, one that ships the trained model) should get its own line here, with the reason.
const BUDGET_KB = 40;

test(`every page loads at most ${BUDGET_KB} KB of JavaScript (gzip)`, () => {
  const over = Object.entries(pageWeights(DIST))
    .filter(([, { gzip }]) => gzip > BUDGET_KB * 1024)
    .map(([page, { gzip }]) => `/${page}: ${(gzip / 1024).toFixed(1)} KB`);
  expect(over).toEqual([]);
});
