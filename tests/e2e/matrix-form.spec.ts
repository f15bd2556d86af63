import { expect, test, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {
  attention,
  fromRows,
  matmul,
  matmulTransposeB,
  row,
  softmaxRows,
  toRows,
  type Matrix,
} from '../../src/core';
import { POINTER, SOURCE_SENTENCE, WIDE_TWIN, loadPretrained, resolve } from '../../src/model';
import { fixed } from '../../src/widgets/parts/sc-format';
import { hydratedFigure } from './widget';

// What the figure must show, computed here with the model and the core: the pointer head's Q, K, V, and the matrix
// form softmax(QKᵀ/√8)·V worked out again from them, all rows at once.
const model = loadPretrained();
function matrices(sentence: string) {
  const result = resolve(model, sentence);
  const { q, k, v } = result.layers[POINTER.layer]!.heads[POINTER.head]!;
  const scaled = matmulTransposeB(q, k);
  const weights = softmaxRows({ ...scaled, data: scaled.data.map((x) => x / Math.sqrt(q.cols)) });
  return { result, q, k, v, weights, output: matmul(weights, v) };
}
const tired = matrices(SOURCE_SENTENCE);
const wide = matrices(WIDE_TWIN);
// The figure prints 3 decimals, with no minus sign on a number that rounds to 0.
const printed = (values: number[]) => values.map((x) => fixed(x));

async function expectTable(table: Locator, m: Matrix) {
  for (const [i, r] of toRows(m).entries()) {
    await expect(table.locator('tbody tr').nth(i).locator('td')).toHaveText(printed(r));
  }
}

async function expectAll(figure: Locator, expected: ReturnType<typeof matrices>) {
  await expectTable(figure.getByTestId('weights'), expected.weights);
  await expectTable(figure.getByTestId('matrix-q'), expected.q);
  await expectTable(figure.getByTestId('matrix-k'), expected.k);
  await expectTable(figure.getByTestId('matrix-v'), expected.v);
  await expectTable(figure.getByTestId('matrix-out'), expected.output);
}

test('the figure holds the pointer head’s Q, K, V, weights and output, all rows at once', async ({
  page,
}) => {
  await page.goto('all-words-at-once/');
  const figure = await hydratedFigure(page, 'All words at once');
  await figure.getByText('The numbers', { exact: true }).click();
  await expectAll(figure, tired);
  // The model's own intermediates agree with the matrix form worked out here.
  const head = tired.result.layers[POINTER.layer]!.heads[POINTER.head]!;
  head.output.data.forEach((x, i) => expect(Math.abs(x - tired.output.data[i]!)).toBeLessThan(1e-12));
  // Five heatmaps: Q, Kᵀ (on its side: 8 rows), the weights, V and O.
  const n = tired.result.tokens.length;
  for (const [name, cells] of [
    ['Q', n * 8],
    ['Kᵀ', 8 * n],
    ['softmax', n * n],
    ['V', n * 8],
    ['O', n * 8],
  ] as const) {
    const panel = figure.locator('section', {
      has: page.getByRole('button', { name: new RegExp(`^${name}`) }),
    });
    await expect(panel.locator('svg rect[data-value]')).toHaveCount(cells);
  }
});

test('focusing a term of the formula lights its matrix, and pointing at a matrix lights its term', async ({
  page,
}) => {
  await page.goto('all-words-at-once/');
  const figure = await hydratedFigure(page, 'All words at once');
  const termQ = figure.getByRole('button', { name: /^Q: the queries/ });
  const panelQ = figure.locator('section[data-term="q"]');
  await expect(termQ).toHaveAttribute('tabindex', '0');
  await expect(panelQ).not.toHaveClass(/\blit\b/);
  await termQ.focus();
  await expect(panelQ).toHaveClass(/\blit\b/);
  await expect(figure.locator('section.lit')).toHaveCount(1);
  // Tab moves on through the formula: Kᵀ comes next, and its matrix lights instead.
  await page.keyboard.press('Tab');
  await expect(figure.getByRole('button', { name: /^K transposed/ })).toBeFocused();
  await expect(figure.locator('section[data-term="k"]')).toHaveClass(/\blit\b/);
  await expect(panelQ).not.toHaveClass(/\blit\b/);
  // Enter keeps a term lit after focus leaves it, and says so.
  await page.keyboard.press('Enter');
  await expect(figure.getByRole('button', { name: /^K transposed/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(figure.getByRole('button', { name: /^Kᵀ/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('heading', { level: 1 }).click();
  await expect(figure.locator('section[data-term="k"]')).toHaveClass(/\blit\b/);
  // The other way round: the pointer over the weights matrix lights the softmax term of the formula.
  await figure.locator('section[data-term="weights"]').hover();
  const softmax = figure.getByRole('button', { name: /^softmax: the attention weights/ });
  await expect(softmax).toHaveClass(/\blit\b/);
  await expect(figure.locator('section[data-term="weights"]')).toHaveClass(/\blit\b/);
  await page.mouse.move(0, 0);
  await expect(softmax).not.toHaveClass(/\blit\b/);
  // Pressing a matrix's name from the keyboard pins it too; pressing it again lets go.
  const outName = figure.getByRole('button', { name: /^O \d/ });
  await outName.focus();
  await page.keyboard.press('Space');
  await expect(outName).toHaveAttribute('aria-pressed', 'true');
  await expect(figure.getByRole('button', { name: /^O: the output/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Space');
  await expect(outName).toHaveAttribute('aria-pressed', 'false');
});

test('one row computed on its own equals the matrix form’s row; the switch changes every row', async ({
  page,
}) => {
  await page.goto('all-words-at-once/');
  const figure = await hydratedFigure(page, 'All words at once');
  await figure.getByLabel('Row to follow').selectOption('street');
  const alone = figure.getByTestId('alone');
  await expect(alone).toContainText('Row “street” of O needs row “street” of Q');
  const difference = Number(await alone.locator('strong').getAttribute('data-difference'));
  expect(difference).toBeLessThan(1e-12);
  await expect(alone.locator('strong')).toHaveText(
    difference === 0 ? 'nothing: the two are equal' : 'less than a trillionth',
  );
  // The same check here: attention for the single query row against all keys and values.
  const i = tired.result.tokens.indexOf('street');
  const single = attention(fromRows([row(tired.q, i)]), tired.k, tired.v).output;
  row(single, 0).forEach((x, c) => expect(Math.abs(x - row(tired.output, i)[c]!)).toBeLessThan(1e-12));
  await expect(page).toHaveURL(/[?&]word=street(&|$)/);

  await figure.getByRole('radio', { name: /too wide/ }).check();
  await figure.getByText('The numbers', { exact: true }).click();
  await expectAll(figure, wide);
  const it = wide.result.pronoun;
  expect(row(wide.weights, it).indexOf(Math.max(...row(wide.weights, it)))).toBe(
    wide.result.tokens.indexOf('street'),
  );
});

test('a link reproduces the followed row and the sentence', async ({ page }) => {
  await page.goto(`all-words-at-once/?word=animal&sentence=${encodeURIComponent(WIDE_TWIN)}`);
  const figure = await hydratedFigure(page, 'All words at once');
  await expect(figure.getByLabel('Row to follow')).toHaveValue('animal');
  await expect(figure.getByRole('radio', { name: /too wide/ })).toBeChecked();
  await expect(figure.getByTestId('alone')).toContainText('Row “animal” of O');
  await figure.getByText('The numbers', { exact: true }).click();
  await expectAll(figure, wide);
});

test('the formula is typeset at build time: its terms are in the page without JavaScript, and no KaTeX code is loaded', async ({
  page,
  browser,
  baseURL,
}) => {
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) scripts.push(await response.text());
  });
  await page.goto('all-words-at-once/');
  await hydratedFigure(page, 'All words at once');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  expect(scripts.length).toBeGreaterThan(0);
  for (const source of scripts) expect(source).not.toContain('KaTeX parse error');

  const noJs = await browser.newPage({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
  await noJs.goto('all-words-at-once/');
  const figure = noJs.getByRole('figure', { name: 'All words at once' });
  for (const term of ['q', 'k', 'v', 'weights', 'out'])
    await expect(figure.locator(`.katex .term-${term}`)).toHaveCount(1);
  // Without JavaScript the terms are plain text (they could do nothing), and the figure's numbers are there.
  await expect(figure.locator('.katex .term-q')).not.toHaveAttribute('tabindex');
  expect(await figure.getByTestId('weights').locator('td').count()).toBe(tired.result.tokens.length ** 2);
  await noJs.close();
});

test('with the terms made buttons, one pinned and the numbers open, axe still finds nothing', async ({
  page,
}) => {
  await page.goto('all-words-at-once/');
  const figure = await hydratedFigure(page, 'All words at once');
  await figure.getByRole('button', { name: /^V: the values/ }).click();
  await expect(figure.locator('section[data-term="v"]')).toHaveClass(/\blit\b/);
  await figure.getByText('The numbers', { exact: true }).click();
  const results = await new AxeBuilder({ page })
    .include('figure')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
