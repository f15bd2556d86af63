import { expect, test, type Locator, type Page } from '@playwright/test';
import { add, matmul, row, sinusoidalPositions, type Matrix } from '../../src/core';
import { loadPretrained, POINTER, pointerHead, resolve } from '../../src/model';
import { headWeights } from '../../src/model/layer-inputs';
import { signedFill, signedLimit } from '../../src/widgets/parts/colour-scale';
import { fixed } from '../../src/widgets/format';
import { downloadSvg, expectStandAlone, exportedText } from './download';
import { smallestText } from './text-size';
import { columnNumbers, hydratedFigure, openNumbers } from './widget';

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
  await openNumbers(figure);
  for (const key of ['x', 'q', 'k', 'v'] as const) {
    const shown = await columnNumbers(figure.getByTestId(key));
    expect(shown, key).toHaveLength(want[key].length);
    shown.forEach((s, i) => expect(Math.abs(s - want[key][i]!), `${key}[${i}]`).toBeLessThanOrEqual(PRINTED));
  }
  for (const key of ['q', 'k', 'v'] as const) {
    want[key].forEach((value, i) => expect(Math.abs(value - want.model[key][i]!)).toBeLessThan(1e-9));
  }
}

// One visit of the page at its defaults, the figure's checks in turn as steps (a failure names the step); each
// leaves the figure as the next one expects (“it” of the “too tired” sentence).
test('on a desktop: the download, “it” by default, the matrices side by side, pointer and keyboard, another word and the switch', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const figure = await open(page);
  await test.step('the picture downloads as an SVG with its caption and the sentence', async () => {
    const file = await downloadSvg(page, figure);
    expectStandAlone(file, 1);
    const text = exportedText(file);
    expect(
      text.includes(`Projections: x of “it” times the pointer head’s W_Q, W_K and W_V`),
      'Projections: x of “it” times t',
    ).toBe(true);
    expect(text.includes(`the animal didn't cross the street because it was too tired`), 'the sentence').toBe(
      true,
    );
    expect(text.match(/data-matrix="q"/g)?.length).toBe(head.wq.rows * head.wq.cols);
  });
  await test.step('“it” by default: x and x·W_Q, x·W_K, x·W_V of the pointer head', async () => {
    await expect(figure.getByLabel('Word', { exact: true })).toHaveValue('it');
    await expectNumbers(figure, expected('tired', 7));
    // The heatmap cells are the real matrix: W_Q's first row, read from its table.
    const firstRow = await columnNumbers(figure.getByTestId('wq').locator('tbody tr').first().locator('td'));
    firstRow.forEach((w, j) => expect(Math.abs(w - head.wq.data[j]!)).toBeLessThanOrEqual(PRINTED));
    // And the picture draws every entry of each matrix, on the signed scale shared by the three.
    const limit = signedLimit([...head.wq.data, ...head.wk.data, ...head.wv.data]);
    for (const [key, matrix] of [
      ['q', head.wq],
      ['k', head.wk],
      ['v', head.wv],
    ] as const) {
      const cells = figure.locator(`rect[data-matrix="${key}"]`);
      await expect(cells).toHaveCount(matrix.rows * matrix.cols);
      const fills = await cells.evaluateAll((all) => all.map((r) => r.getAttribute('fill')));
      expect(fills).toEqual(Array.from(matrix.data, (w) => signedFill(w, limit)));
    }
    // The result bars: their heights are proportional to |q|, |k|, |v| on one scale, up for positive.
    const want = expected('tired', 7);
    const bars = await figure.locator('rect[data-vector]').evaluateAll((all) =>
      all.map((r) => {
        const box = (r as SVGRectElement).getBBox();
        return { h: box.height, y: box.y, v: Number(r.getAttribute('data-out')) };
      }),
    );
    const all = [...want.q, ...want.k, ...want.v];
    const largest = Math.max(...all.map(Math.abs));
    const tallest = Math.max(...bars.map((b) => b.h));
    bars.forEach((b, i) => {
      expect(b.v).toBeCloseTo(all[i]!, 9);
      expect(b.h / tallest).toBeCloseTo(Math.abs(all[i]!) / largest, 2);
    });
    const zeroY = bars.find((b) => b.v > 0)!.y + bars.find((b) => b.v > 0)!.h;
    bars.filter((b) => b.v < 0).forEach((b) => expect(b.y).toBeCloseTo(zeroY, 3));
  });
  await test.step('on a desktop the three matrices stand side by side', async () => {
    const first = (await figure.locator('rect[data-matrix="k"]').first().boundingBox())!;
    const q = (await figure.locator('rect[data-matrix="q"]').first().boundingBox())!;
    expect(first.y).toBeCloseTo(q.y, 1);
    expect(first.x).toBeGreaterThan(q.x);
  });
  await test.step('pointing at a cell and moving with the arrow keys reads out the entry and what it adds', async () => {
    const want = expected('tired', 7);
    const readout = figure.getByTestId('readout');
    const cell = figure.locator('rect[data-matrix="k"]').nth(2 * head.wk.cols + 3); // W_K row 3, column 4
    await cell.hover();
    const w = head.wk.data[2 * head.wk.cols + 3]!;
    await expect(readout).toContainText(`W_K row 3, column 4: ${fixed(w, 2)}`);
    await expect(readout).toContainText(
      `x’s number 3 is ${fixed(want.x[2]!, 2)}, so this entry adds ${fixed(want.x[2]!, 2)} × ${fixed(w, 2)} = ${fixed(want.x[2]! * w, 2)}`,
    );
    await expect(readout).toContainText(`k’s number 4 is ${fixed(want.k[3]!, 2)}`);
    // Keyboard: one tab stop; End goes to the row's last column (W_V's 8th), PageDown to the results row.
    await page.mouse.move(0, 0);
    const grid = figure.getByRole('application');
    await grid.focus();
    await expect(readout).toContainText('W_Q row 1, column 1');
    await page.keyboard.press('End');
    await expect(readout).toContainText(`W_V row 1, column ${head.wv.cols}`);
    await page.keyboard.press('PageDown');
    await expect(readout).toContainText(
      `v’s number ${head.wv.cols} is ${fixed(want.v[head.wv.cols - 1]!, 2)}`,
    );
    await page.keyboard.press('ArrowLeft');
    await expect(readout).toContainText(`v’s number ${head.wv.cols - 1} is`);
  });
  await test.step('picking another word, and switching the adjective, recomputes every vector', async () => {
    const word = figure.getByLabel('Word', { exact: true });
    await word.selectOption('animal');
    await expectNumbers(figure, expected('tired', 1));
    await word.selectOption('the (5)');
    await expectNumbers(figure, expected('tired', 4));
    await word.selectOption('it');
    await figure.getByRole('radio', { name: '“too wide”' }).check();
    await expectNumbers(figure, expected('wide', 7));
  });
});

test('on a phone the three matrices stack, with cells ≥ 8 px and text ≥ 12 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const figure = await open(page);
  const grid = figure.getByRole('application');
  const box = (await grid.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  const picture = (await grid.locator('svg').boundingBox())!;
  expect(picture.x + picture.width, 'the picture’s right edge').toBeLessThanOrEqual(box.x + box.width + 0.5);
  // One under another: W_K's first cell is below W_Q's last row, W_V's below W_K's.
  const first = async (key: string) =>
    (await figure.locator(`rect[data-matrix="${key}"]`).first().boundingBox())!;
  const last = async (key: string) =>
    (await figure.locator(`rect[data-matrix="${key}"]`).last().boundingBox())!;
  expect((await first('k')).y).toBeGreaterThan((await last('q')).y);
  expect((await first('v')).y).toBeGreaterThan((await last('k')).y);
  const sizes = await figure
    .locator('rect[data-matrix]')
    .evaluateAll((all) => all.map((r) => r.getBoundingClientRect()).map((b) => [b.width, b.height]));
  expect(Math.min(...sizes.map(([w]) => w!)), 'cell width').toBeGreaterThanOrEqual(8);
  expect(Math.min(...sizes.map(([, h]) => h!)), 'cell height').toBeGreaterThanOrEqual(8);
  const smallest = await smallestText(grid);
  expect(smallest.px, `“${smallest.text}”`).toBeGreaterThanOrEqual(12);
  // Still one tab stop reading every entry: End then PageDown reach v's last number.
  await grid.focus();
  await page.keyboard.press('End');
  await expect(figure.getByTestId('readout')).toContainText(`W_V row 1, column ${head.wv.cols}`);
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
    await expect(figure.locator('rect[data-matrix="q"]').first()).toBeVisible();
    await expectNumbers(figure, expected('tired', 7));
  });
});
