import { expect, test, type Locator, type Page } from '@playwright/test';
import { add, matmul, row, sinusoidalPositions, type Matrix } from '../../src/core';
import { loadPretrained, POINTER, pointerHead, resolve } from '../../src/model';
import { headWeights } from '../../src/model/layer-inputs';
import { columnNumbers, hydratedFigure } from './widget';

// What the figure must show, computed here: x as layer 2 reads it (embedding + position + layer 1's output, built
// with the core) and the pointer head's three products.
const model = loadPretrained();
const head = headWeights(model, POINTER);
const PRINTED = 0.0005 + 1e-9; // printed with 3 decimals

function expected(adjective: string, position: number) {
  const resolution = resolve(model, `The animal didn’t cross the street because it was too ${adjective}.`);
  const n = resolution.tokens.length;
  const d = model.embedding.cols;
  const embedded: Matrix = {
    rows: n,
    cols: d,
    data: Float64Array.from(
      resolution.tokens.flatMap((t) => row(model.embedding, model.vocabulary.indexOf(t))),
    ),
  };
  const x = add(add(embedded, sinusoidalPositions(n, d)), resolution.layers[0]!.output);
  const xRow: Matrix = { rows: 1, cols: d, data: Float64Array.from(row(x, position)) };
  const pointer = pointerHead(resolution);
  return {
    x: row(x, position),
    q: row(matmul(xRow, head.wq), 0),
    k: row(matmul(xRow, head.wk), 0),
    v: row(matmul(xRow, head.wv), 0),
    // The same numbers as the model's own forward pass used.
    model: { q: row(pointer.q, position), k: row(pointer.k, position), v: row(pointer.v, position) },
  };
}

async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(`embeddings-and-projections/${query}`);
  return hydratedFigure(page, 'Projections');
}

async function expectNumbers(figure: Locator, want: ReturnType<typeof expected>) {
  for (const key of ['x', 'q', 'k', 'v'] as const) {
    const shown = await columnNumbers(figure.getByTestId(key));
    expect(shown, key).toHaveLength(want[key].length);
    shown.forEach((s, i) => expect(Math.abs(s - want[key][i]!), `${key}[${i}]`).toBeLessThanOrEqual(PRINTED));
  }
  for (const key of ['q', 'k', 'v'] as const) {
    want[key].forEach((value, i) => expect(Math.abs(value - want.model[key][i]!)).toBeLessThan(1e-9));
  }
}

test('“it” by default: x and x·W_Q, x·W_K, x·W_V of the pointer head', async ({ page }) => {
  const figure = await open(page);
  await expect(figure.getByLabel('Word', { exact: true })).toHaveValue('it');
  await expectNumbers(figure, expected('tired', 7));
  // The heatmap cells are the real matrix: W_Q's first row, read from its table.
  const firstRow = await columnNumbers(figure.getByTestId('wq').locator('tbody tr').first().locator('td'));
  firstRow.forEach((w, j) => expect(Math.abs(w - head.wq.data[j]!)).toBeLessThanOrEqual(PRINTED));
  // And the picture draws every entry of each matrix: d_model × d_head cells per panel.
  await expect(figure.getByRole('img', { name: /^Query:/ }).locator('rect[fill]')).toHaveCount(
    head.wq.rows * head.wq.cols,
  );
});

test('picking another word, and switching the adjective, recomputes every vector', async ({ page }) => {
  const figure = await open(page);
  const word = figure.getByLabel('Word', { exact: true });
  await word.selectOption('animal');
  await expectNumbers(figure, expected('tired', 1));
  await word.selectOption('the (5)');
  await expectNumbers(figure, expected('tired', 4));
  await word.selectOption('it');
  await figure.getByRole('radio', { name: '“too wide”' }).check();
  await expectNumbers(figure, expected('wide', 7));
});

test('the word is kept in the link; a word not in the sentence falls back to “it” with a note', async ({
  page,
}) => {
  let figure = await open(page);
  await figure.getByLabel('Word', { exact: true }).selectOption('street');
  const link = page.url();
  expect(link).toContain('word=street');
  await page.goto('about:blank');
  await page.goto(link);
  figure = await hydratedFigure(page, 'Projections');
  await expect(figure.getByLabel('Word', { exact: true })).toHaveValue('street');
  await expectNumbers(figure, expected('tired', 5));

  figure = await open(page, '?word=%3Cb%3Ezebra%3C%2Fb%3E');
  await expect(figure.getByText('The link’s word “<b>zebra</b>” can’t be shown here')).toBeVisible();
  expect(await figure.locator('b').count()).toBe(0);
  await expect(figure.getByLabel('Word', { exact: true })).toHaveValue('it');
  await expectNumbers(figure, expected('tired', 7));
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the server-rendered figure shows “it” and its three vectors', async ({ page }) => {
    await page.goto('embeddings-and-projections/');
    const figure = page.getByRole('figure', { name: 'Projections' });
    await expect(figure.getByRole('img', { name: /^Query:/ })).toBeVisible();
    await expectNumbers(figure, expected('tired', 7));
  });
});
