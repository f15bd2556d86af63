import { expect, test, type Locator } from '@playwright/test';
import {
  matmulTransposeB,
  matrix,
  randomMatrix,
  row,
  softmaxJacobianNorm,
  softmaxRows,
  type Matrix,
} from '../../src/core';
import { hydratedFigure } from './widget';
import { magnitude, percent } from '../../src/widgets/format';
import { downloadSvg, expectStandAlone, exportedText } from './download';
import { smallestText } from './text-size';

// The experiment, recomputed here from the seed and sizes the caption states, with the core only: unit-variance
// queries (seed s) and keys (seed s + 1) drawn at width 1024 and cut to d_k; medians over the queries.
function firstColumns(m: Matrix, cols: number): Matrix {
  const out = matrix(m.rows, cols);
  for (let i = 0; i < m.rows; i++)
    for (let j = 0; j < cols; j++) out.data[i * cols + j] = m.data[i * m.cols + j]!;
  return out;
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
function expected(seed: number, queries: number, keys: number, dk: number, scaled: boolean) {
  const q = firstColumns(randomMatrix(queries, 1024, seed), dk);
  const k = firstColumns(randomMatrix(keys, 1024, seed + 1), dk);
  const raw = matmulTransposeB(q, k);
  const logits: Matrix = { ...raw, data: raw.data.map((x) => (scaled ? x / Math.sqrt(dk) : x)) };
  const weights = softmaxRows(logits);
  const rows = Array.from({ length: queries }, (_, i) => i);
  const std = (m: Matrix) =>
    Math.sqrt(
      m.data.reduce((s, x) => s + x * x, 0) / m.data.length -
        (m.data.reduce((s, x) => s + x, 0) / m.data.length) ** 2,
    );
  return {
    rawStd: std(raw),
    seenStd: std(logits),
    largest: median(rows.map((i) => Math.max(...row(weights, i)))),
    gradient: median(rows.map((i) => softmaxJacobianNorm(row(logits, i)))),
    first: row(weights, 0),
  };
}

async function setup(figure: Locator) {
  const caption = (await figure.locator('figcaption').textContent()) ?? '';
  const m = /seed\s+(\d+),\s+(\d+)\s+queries,\s+(\d+)\s+keys/.exec(caption);
  expect(m, 'the caption states the seed and sizes').not.toBeNull();
  return { seed: Number(m![1]), queries: Number(m![2]), keys: Number(m![3]) };
}

async function readout(figure: Locator) {
  const number = async (id: string) => Number(await figure.getByTestId(id).textContent());
  return {
    rawStd: await number('raw-std'),
    seenStd: await number('seen-std'),
    // Shown as a percentage; the exact value is kept in data-value.
    largest: Number(await figure.getByTestId('largest-weight').getAttribute('data-value')),
    largestText: await figure.getByTestId('largest-weight').textContent(),
    // Shown with 2 digits as a power of ten; the exact value is kept in data-value.
    gradient: Number(await figure.getByTestId('gradient').getAttribute('data-value')),
    gradientText: await figure.getByTestId('gradient').textContent(),
  };
}

function expectShown(
  shown: Awaited<ReturnType<typeof readout>>,
  want: ReturnType<typeof expected>,
  dk: number,
) {
  expect(Math.abs(shown.rawStd - want.rawStd), `std at ${dk}`).toBeLessThanOrEqual(0.005 + 1e-9);
  expect(Math.abs(shown.seenStd - want.seenStd), `seen std at ${dk}`).toBeLessThanOrEqual(0.005 + 1e-9);
  expect(Math.abs(shown.largest - want.largest), `largest at ${dk}`).toBeLessThan(1e-9);
  expect(shown.largestText, `largest as shown at ${dk}`).toBe(percent(want.largest));
  expect(Math.abs(shown.gradient / want.gradient - 1), `gradient at ${dk}`).toBeLessThan(5e-3);
  expect(shown.gradientText, `gradient as shown at ${dk}`).toBe(magnitude(want.gradient));
}

// One visit of the page at its defaults, the figure's checks in turn as steps (a failure names the step); each
// leaves the figure as the next one expects. The sweep comes last: it starts from d_k = 1 with its own keys.
test('on a desktop: the default view and its numbers, the gradient chart and its points, and the sweep of d_k without scaling', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('scaling/');
  const figure = await hydratedFigure(page, 'Scaling explorer');
  const { seed, queries, keys } = await setup(figure);
  await test.step('the default view is d_k = 64 with ÷√d_k on, and its numbers are the core’s', async () => {
    const slider = figure.getByRole('slider', { name: /Width of q and k/ });
    await expect(slider).toHaveAttribute('aria-valuetext', 'd_k = 64');
    await expect(figure.getByRole('checkbox', { name: /Divide the scores by/ })).toBeChecked();
    const want = expected(seed, queries, keys, 64, true);
    expectShown(await readout(figure), want, 64);
    await figure.getByText('The numbers').click();
    const first = (await figure.getByTestId('weights').locator('tbody td').allTextContents()).map(Number);
    first.forEach((w, j) => expect(Math.abs(w - want.first[j]!)).toBeLessThanOrEqual(0.0005 + 1e-9));
  });
  await test.step('the gradient chart draws the core’s values on its 10⁻⁴-style log axis; its points read out by pointer and keys', async () => {
    const chart = figure.locator('.chart').nth(1);
    // The axis: powers of ten in superscript, no e-notation anywhere in the figure's drawings.
    const ticks = await chart
      .locator('svg .axis text')
      .evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', y: Number(e.getAttribute('y')) })));
    const powers = ticks.filter((t) => /^10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+$/.test(t.text));
    expect(powers.map((t) => t.text)).toContain('10⁻⁴');
    expect((await figure.locator('svg').allTextContents()).join(' ')).not.toMatch(/\de-?\d/);
    // The dot at d_k = 64 sits where log₁₀ of the core's gradient falls between two labelled powers.
    const exponent = (t: string) =>
      Number(
        t
          .slice(2)
          .replace('⁻', '-')
          .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(d))),
      );
    const [a, b] = [powers[0]!, powers.at(-1)!];
    const perDecade = (b.y - a.y) / (exponent(b.text) - exponent(a.text));
    const dotY = Number(await chart.getByTestId('dot').getAttribute('cy'));
    const drawn = exponent(a.text) + (dotY - a.y) / perDecade;
    const want = expected(seed, queries, keys, 64, true).gradient;
    // Tick labels sit on their line (dominant-baseline middle), so their y is the value's y.
    expect(Math.abs(drawn - Math.log10(want))).toBeLessThan(0.02);
    // Keyboard: one tab stop at the chosen width; → moves to the next width and reads both values.
    const readoutLine = chart.getByTestId('readout');
    await chart.getByRole('listitem', { name: /^d_k = 64:/ }).focus();
    await expect(readoutLine).toContainText(
      `d_k = 64: gradient ${magnitude(want)} with ÷√d_k, ${magnitude(expected(seed, queries, keys, 64, false).gradient)} without`,
    );
    await page.keyboard.press('ArrowRight');
    await expect(readoutLine).toContainText(
      `d_k = 128: gradient ${magnitude(expected(seed, queries, keys, 128, true).gradient)} with`,
    );
    await expect(chart.locator('[role="listitem"][tabindex="0"]')).toHaveCount(1);
    // Pointer: the first chart's point at d_k = 1 reads its largest weights as percentages.
    const weights = figure.locator('.chart').first();
    await weights.getByRole('listitem', { name: /^d_k = 1:/ }).hover();
    await expect(weights.getByTestId('readout')).toContainText(
      `d_k = 1: largest weight ${percent(expected(seed, queries, keys, 1, true).largest)} with ÷√d_k`,
    );
  });
  await test.step('without scaling, the largest weight rises towards 1 and the gradient falls as d_k grows', async () => {
    const toggle = figure.getByRole('checkbox', { name: /Divide the scores by/ });
    await toggle.uncheck();
    const slider = figure.getByRole('slider', { name: /Width of q and k/ });
    await slider.focus();
    await page.keyboard.press('Home');
    const seen: { dk: number; largest: number; gradient: number }[] = [];
    for (let e = 0; e <= 10; e++) {
      const dk = 2 ** e;
      if (e > 0) await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveAttribute('aria-valuetext', `d_k = ${dk}`);
      const shown = await readout(figure);
      expectShown(shown, expected(seed, queries, keys, dk, false), dk);
      // Unscaled, softmax sees the raw scores: their spread grows like √d_k.
      expect(shown.seenStd).toBe(shown.rawStd);
      expect(shown.rawStd / Math.sqrt(dk)).toBeGreaterThan(0.6);
      expect(shown.rawStd / Math.sqrt(dk)).toBeLessThan(1.4);
      seen.push({ dk, ...shown });
    }
    // The largest weight never falls and ends saturated at 1.
    seen
      .slice(1)
      .forEach((s, i) => expect(s.largest, `d_k ${s.dk}`).toBeGreaterThanOrEqual(seen[i]!.largest));
    expect(seen.at(-1)!.largest).toBeGreaterThan(0.99);
    // From d_k = 8 on, every doubling shrinks the gradient, down by more than a thousandfold.
    const fromEight = seen.filter((s) => s.dk >= 8);
    fromEight
      .slice(1)
      .forEach((s, i) => expect(s.gradient, `d_k ${s.dk}`).toBeLessThan(fromEight[i]!.gradient));
    expect(seen.at(-1)!.gradient / fromEight[0]!.gradient).toBeLessThan(1e-3);

    // Scaling back on at d_k = 1024: softmax sees unit spread again, a soft choice and a healthy gradient.
    await toggle.check();
    const scaled = await readout(figure);
    expectShown(scaled, expected(seed, queries, keys, 1024, true), 1024);
    expect(scaled.largest).toBeLessThan(0.35);
    expect(scaled.gradient).toBeGreaterThan(0.25);
    expect(Math.abs(scaled.seenStd - 1)).toBeLessThan(0.1);
  });
});

test('a link reproduces the width and the toggle, and its view downloads as one SVG; a bad link falls back to the default with a note', async ({
  page,
}) => {
  await page.goto('scaling/');
  let figure = await hydratedFigure(page, 'Scaling explorer');
  const { seed, queries, keys } = await setup(figure);
  const slider = figure.getByRole('slider', { name: /Width of q and k/ });
  await slider.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await figure.getByRole('checkbox', { name: /Divide the scores by/ }).uncheck();
  await expect(page).toHaveURL(/[?&]dk=256/);
  await expect(page).toHaveURL(/[?&]scale=off/);

  await page.goto(page.url());
  figure = await hydratedFigure(page, 'Scaling explorer');
  await expect(figure.getByRole('slider', { name: /Width of q and k/ })).toHaveAttribute(
    'aria-valuetext',
    'd_k = 256',
  );
  await expect(figure.getByRole('checkbox', { name: /Divide the scores by/ })).not.toBeChecked();
  expectShown(await readout(figure), expected(seed, queries, keys, 256, false), 256);
  // The link's view is the one the download is made from: d_k = 256, unscaled.
  await test.step('the three pictures download as one SVG with the caption and the chosen width’s numbers', async () => {
    const want = expected(seed, queries, keys, 256, false);
    const file = await downloadSvg(page, figure);
    expectStandAlone(file, 3);
    const has = (part: string) => expect(exportedText(file).includes(part), part).toBe(true);
    has('Scaling explorer: query 1’s weights, the largest weight and the gradient against d_k');
    has(`d_k = 256, raw scores: spread softmax receives ${want.seenStd.toFixed(2)}`);
    has(`largest weight ${percent(want.largest)}, gradient ${magnitude(want.gradient)}`);
    // The bars and both curves are stacked in it (expectStandAlone); the bars are query 1's weights at d_k = 256.
    const bars = [...file.matchAll(/data-weight="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(bars).toHaveLength(keys);
    bars.forEach((w, j) => expect(Math.abs(w - want.first[j]!), `bar ${j + 1}`).toBeLessThan(1e-12));
  });

  await page.goto('scaling/?dk=3&scale=maybe');
  figure = await hydratedFigure(page, 'Scaling explorer');
  await expect(figure.getByRole('status')).toHaveCount(2);
  await expect(figure.getByRole('status').first()).toContainText('“3” can’t be shown here');
  await expect(figure.getByRole('slider', { name: /Width of q and k/ })).toHaveAttribute(
    'aria-valuetext',
    'd_k = 64',
  );
  await expect(figure.getByRole('checkbox', { name: /Divide the scores by/ })).toBeChecked();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  test('no text of the figure is below 12 px', async ({ page }) => {
    await page.goto('scaling/');
    const figure = await hydratedFigure(page, 'Scaling explorer');
    expect((await smallestText(figure)).px).toBeGreaterThanOrEqual(12);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('both figures of the page are there with their default numbers', async ({ page }) => {
    await page.goto('scaling/');
    const figure = page.getByRole('figure', { name: 'Scaling explorer' });
    const { seed, queries, keys } = await setup(figure);
    expectShown(await readout(figure), expected(seed, queries, keys, 64, true), 64);
    await expect(figure.locator('svg')).toHaveCount(3);
    await expect(figure.getByTestId('scaling-table').locator('tbody tr')).toHaveCount(11);
    const model = page.getByRole('figure', { name: 'Model scores before and after scaling' });
    await expect(model.getByTestId('weights').locator('tbody tr')).toHaveCount(2);
    await expect(model.getByTestId('raw')).toHaveCount(12);
  });
});
