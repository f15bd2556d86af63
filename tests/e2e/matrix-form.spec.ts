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
import { SOURCE_SENTENCE, WIDE_TWIN, loadPretrained, pointerHead, resolve } from '../../src/model';
import { fixed, percent } from '../../src/widgets/format';
import { sequentialFill, signedFill } from '../../src/widgets/parts/colour-scale';
import { tokenLabels } from '../../src/widgets/parts/labels';
import { downloadSvg, expectStandAlone, exportedText } from './download';
import { drawnAndExpectedFills } from './fills';
import { smallestText } from './text-size';
import { hydratedFigure, openDetails } from './widget';

// What the figure must show, computed here with the model and the core: the pointer head's Q, K, V, and the matrix
// form softmax(QKᵀ/√8)·V worked out again from them, all rows at once.
const model = loadPretrained();
function matrices(sentence: string) {
  const result = resolve(model, sentence);
  const { q, k, v } = pointerHead(result);
  const scaled = matmulTransposeB(q, k);
  const divided = { ...scaled, data: scaled.data.map((x) => x / Math.sqrt(q.cols)) };
  const weights = softmaxRows(divided);
  return { result, q, k, v, scaled: divided, weights, output: matmul(weights, v) };
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

// One visit checks, in turn, what a reader sees at first, what pointer and keyboard do, the colours in both themes,
// axe with terms pinned and the numbers open, a row computed alone, the switch, and the file it downloads: each
// check is a step of its own (a failure names it), and each leaves the figure as the next one expects.
test('on a desktop: the figure’s numbers, layout, colours, pointer and keyboard, axe, one row alone, the switch and the download', async ({
  page,
}) => {
  // Six maps of up to 144 cells and five tables: axe takes a while on a busy machine.
  test.setTimeout(120_000);
  const scripts: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) scripts.push(await response.text());
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('all-words-at-once/');
  const figure = await hydratedFigure(page, 'All words at once');
  const n = tired.result.tokens.length;

  await test.step('the pipeline reads left to right in rows of two', async () => {
    const panels = figure.locator('section[data-term]');
    const wide = await Promise.all([0, 1, 2, 3, 4, 5].map(async (i) => (await panels.nth(i).boundingBox())!));
    // Q · Kᵀ, then QKᵀ/√8 → A, then V → O: each pair side by side, each row below the one before.
    for (const row of [0, 2, 4]) {
      const [a, b] = [wide[row]!, wide[row + 1]!];
      expect(b.x).toBeGreaterThan(a.x + a.width);
      expect(Math.abs(a.y - b.y)).toBeLessThan(1);
      if (row > 0) expect(a.y).toBeGreaterThan(wide[row - 1]!.y + wide[row - 1]!.height);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    await test.step(`${colorScheme}: the scores are drawn on the signed scale and the weights on the sequential one`, async () => {
      // The palette is CSS (light-dark()), so the theme switched live is the theme a page loaded in.
      await page.emulateMedia({ colorScheme });
      const limit = Math.max(...tired.scaled.data.map(Math.abs));
      for (const [term, expected] of [
        ['scaled', Array.from(tired.scaled.data, (x) => signedFill(x, limit))],
        ['weights', Array.from(tired.weights.data, (w) => sequentialFill(w))],
      ] as const) {
        const svg = figure.locator(`section[data-term="${term}"] svg.heatmap`);
        const [drawn, wanted] = await drawnAndExpectedFills(svg, expected);
        expect(drawn, term).toEqual(wanted);
      }
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await test.step('the figure holds the pointer head’s Q, K, V, weights and output, all rows at once', async () => {
    await figure.getByText('The numbers', { exact: true }).click();
    await expectAll(figure, tired);
    // The model's own intermediates agree with the matrix form worked out here.
    const head = pointerHead(tired.result);
    head.output.data.forEach((x, i) => expect(Math.abs(x - tired.output.data[i]!)).toBeLessThan(1e-12));
    // Six heatmaps, in the formula's order: Q, Kᵀ (on its side: 8 rows), the scores ÷ √8, the weights, V and O.
    const panels = figure.locator('section[data-term]');
    await expect(panels).toHaveCount(6);
    for (const [i, [name, cells]] of (
      [
        ['Q', n * 8],
        ['Kᵀ', 8 * n],
        ['QKᵀ/√8', n * n],
        ['A = softmax', n * n],
        ['V', n * 8],
        ['O', n * 8],
      ] as const
    ).entries()) {
      await expect(panels.nth(i).getByRole('button')).toHaveText(new RegExp(`^${name} `));
      await expect(panels.nth(i).locator('svg rect[data-value]')).toHaveCount(cells);
    }
  });

  await test.step('a cell read by pointer or keyboard says its words and its value', async () => {
    const it = tired.result.pronoun;
    const animal = tired.result.tokens.indexOf('animal');
    const weights = figure.locator('section[data-term="weights"]');
    await weights
      .locator('rect[data-value]')
      .nth(it * n + animal)
      .hover();
    await expect(weights.getByTestId('readout')).toHaveText(
      `“it” → “animal”: ${percent(row(tired.weights, it)[animal]!)} of its attention`,
    );
    // The keyboard: the first cell of O holds the tab stop, → moves to the next number of the same word.
    const out = figure.locator('section[data-term="out"]');
    await out.locator('rect[data-value]').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(out.getByTestId('readout')).toHaveText(
      `output of “${tokenLabels(tired.result.tokens)[0]}”, number 2: ${fixed(row(tired.output, 0)[1]!, 2).replace('-', '−')}`,
    );
    await page.mouse.move(0, 0);
  });

  await test.step('focusing a term of the formula lights its matrix, and pointing at a matrix lights its term', async () => {
    const termQ = figure.getByRole('button', { name: /^Q: the queries/ });
    const panelQ = figure.locator('section[data-term="q"]');
    // Focus and pointer leave the maps the step before read.
    await page.getByRole('heading', { level: 1 }).click();
    await expect(figure.locator('section.lit')).toHaveCount(0);
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
    await expect(figure.getByRole('button', { name: /^K transposed/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
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

  await test.step('with the terms made buttons, one pinned and the numbers open, axe still finds nothing', async () => {
    await figure.getByRole('button', { name: /^V: the values/ }).click();
    await expect(figure.locator('section[data-term="v"]')).toHaveClass(/\blit\b/);
    await openDetails(figure, 'The numbers', { exact: true });
    const results = await new AxeBuilder({ page })
      .include('figure')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  await test.step('one row computed on its own equals the matrix form’s row; the switch changes every row', async () => {
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
    await openDetails(figure, 'The numbers', { exact: true });
    await expectAll(figure, wide);
    const it = wide.result.pronoun;
    expect(row(wide.weights, it).indexOf(Math.max(...row(wide.weights, it)))).toBe(
      wide.result.tokens.indexOf('street'),
    );
  });

  await test.step('Download SVG saves the six matrices, in the formula’s order, with the caption and the sentence', async () => {
    // The figure shows the wide sentence with row "street" followed, as the step before left it.
    await expect(page).toHaveURL(/[?&]word=street(&|$)/);
    await expect(figure.getByRole('radio', { name: /too wide/ })).toBeChecked();
    const file = await downloadSvg(page, figure);
    const pictures = expectStandAlone(file, 6);
    // Q is n×8, Kᵀ 8×n, the scores and the weights n×n, V and O n×8: Kᵀ is the one taller than wide… on its side.
    const m = wide.result.tokens.length;
    const aspect = pictures.map((p) => p.viewBox[3]! / p.viewBox[2]!);
    expect(aspect[2]).toBeCloseTo(aspect[3]!, 6);
    expect(aspect[0]).toBeCloseTo(aspect[4]!, 6);
    expect(aspect[4]).toBeCloseTo(aspect[5]!, 6);
    // Every cell of the six maps is in the file: 4 matrices of n×8 (Q, Kᵀ, V, O) and 2 of n×n.
    expect(file.match(/<rect[^>]*data-value=/g)?.length ?? 0).toBe(4 * m * 8 + 2 * m * m);
    const text = exportedText(file);
    expect(text).toContain('All words at once: Q, Kᵀ, the scores ÷ √d_k, the weights A, V and the output O');
    expect(text).toContain(`${wide.result.tokens.join(' ')} — the pointer head, row “street” outlined`);
  });

  await test.step('no KaTeX code is loaded: no script carries its parse error', async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(scripts.length).toBeGreaterThan(0);
    for (const source of scripts) expect(source).not.toContain('KaTeX parse error');
  });
});

test('on a phone the pipeline reads top to bottom, its text ≥ 12 px, and the page does not scroll sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('all-words-at-once/');
  const figure = await hydratedFigure(page, 'All words at once');
  const panels = figure.locator('section[data-term]');
  const narrow = await Promise.all([0, 1, 2, 3, 4, 5].map(async (i) => (await panels.nth(i).boundingBox())!));
  for (let i = 1; i < 6; i++) expect(narrow[i]!.y).toBeGreaterThan(narrow[i - 1]!.y + narrow[i - 1]!.height);
  // Every text of the maps, as drawn on screen (rotated labels measured along their own axis).
  const maps = figure.locator('.pipeline svg.heatmap');
  await expect(maps).toHaveCount(6);
  for (const map of await maps.all()) {
    const smallest = await smallestText(map);
    expect(smallest.px, smallest.text).toBeGreaterThanOrEqual(12);
  }
  // And the HTML text of the pipeline (names, shapes, legends).
  const parts = figure.locator('.pipeline .op, .pipeline .head');
  await expect(parts).toHaveCount(11);
  for (const part of await parts.all()) {
    const smallest = await smallestText(part);
    expect(smallest.px, smallest.text).toBeGreaterThanOrEqual(12);
  }
  // Nothing wider than the phone: the page does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
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

test('the formula is typeset at build time: its terms are in the page without JavaScript', async ({
  browser,
  baseURL,
}) => {
  // That no script the page loads carries KaTeX's code: the last step of the desktop visit above.
  const noJs = await browser.newPage({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
  await noJs.goto('all-words-at-once/');
  const figure = noJs.getByRole('figure', { name: 'All words at once' });
  for (const term of ['q', 'k', 'scaled', 'v', 'weights', 'out'])
    await expect(figure.locator(`.katex .term-${term}`)).toHaveCount(1);
  // Without JavaScript the terms are plain text (they could do nothing), and the figure's numbers are there.
  await expect(figure.locator('.katex .term-q')).not.toHaveAttribute('tabindex');
  expect(await figure.getByTestId('weights').locator('td').count()).toBe(tired.result.tokens.length ** 2);
  await noJs.close();
});
