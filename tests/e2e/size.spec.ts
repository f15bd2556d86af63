import { expect, test } from '@playwright/test';
import { pageWeights } from '../../scripts/page-weight.mjs';
import { DIST } from '../../playwright.config';

// The JavaScript (gzip) a page may make the reader download: the site's promise is a tiny, fast page. Figures
// without the model (Svelte, the shared chart parts on d3-scale/d3-shape, readouts, export) measured 53.8 KB on
// /why-attention/ and 41.1 KB on the home page's live hero; the model pages 86–99 KB (npm run size).
const BUDGET_KB = 60;
// Pages whose figures run the trained model also ship its weights (≤ 100 KB as JSON) and the model code.
const MODEL_BUDGET_KB = 100;
const MODEL_PAGES = [
  'query-key-value/',
  'embeddings-and-projections/',
  'scores/',
  'scaling/',
  'softmax/',
  'weighted-sum/',
  'all-words-at-once/',
  'multi-head-attention/',
  'positional-encoding/',
  'where-weights-come-from/',
];

test(`every page stays within its JavaScript budget (gzip: ${BUDGET_KB} KB, ${MODEL_BUDGET_KB} KB with the model)`, () => {
  const over = Object.entries(pageWeights(DIST))
    .map(([page, { gzip }]) => ({
      page,
      kb: gzip / 1024,
      budget: MODEL_PAGES.includes(page) ? MODEL_BUDGET_KB : BUDGET_KB,
    }))
    .filter(({ kb, budget }) => kb > budget)
    .map(({ page, kb, budget }) => `/${page}: ${kb.toFixed(1)} KB > ${budget} KB`);
  expect(over).toEqual([]);
});
