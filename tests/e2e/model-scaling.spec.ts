import { expect, test } from '@playwright/test';
import { fromRows, row, softmaxJacobianNorm, softmaxRows } from '../../src/core';
import { SOURCE_SENTENCE, WIDE_TWIN, loadPretrained, pointerHead, resolve } from '../../src/model';
import { decimal, percent } from '../../src/widgets/format';
import { tokenLabels } from '../../src/widgets/parts/labels';
import { downloadSvg, expectStandAlone, exportedText } from './download';
import { smallestText } from './text-size';
import { columnNumbers, hydratedFigure, openDetails } from './widget';

// The pointer head's row at "it", before and after ÷√8, and the softmax of each, computed here.
const model = loadPretrained();
function atIt(sentence: string) {
  const result = resolve(model, sentence);
  const head = pointerHead(result);
  const raw = row(head.scores, result.pronoun);
  const scaled = raw.map((s) => s / Math.sqrt(head.q.cols));
  const soft = (z: number[]) => row(softmaxRows(fromRows([z])), 0);
  return { result, dk: head.q.cols, raw, scaled, weightsRaw: soft(raw), weightsScaled: soft(scaled) };
}
const tired = atIt(SOURCE_SENTENCE);
const wide = atIt(WIDE_TWIN);
const HALF_CENT = 0.005 + 1e-9;
const SCI = 5e-3; // scientific notation with three significant digits

const close = (shown: number[], want: number[], tolerance: number, what: string) => {
  expect(shown, what).toHaveLength(want.length);
  shown.forEach((v, j) => expect(Math.abs(v - want[j]!), `${what} ${j}`).toBeLessThanOrEqual(tolerance));
};
const relative = (shown: number[], want: number[], what: string) => {
  expect(shown, what).toHaveLength(want.length);
  shown.forEach((v, j) => expect(Math.abs(v / want[j]! - 1), `${what} ${j}`).toBeLessThan(SCI));
};

// One visit of the page at its defaults, the figure's checks in turn as steps (a failure names the step); each
// leaves the figure as the next one expects (the “too tired” sentence); the switch to “too wide” comes last.
// The numbers open before a bar takes the focus (clicked while a bar held it, the summary did not open).
test('on a desktop: the download, the numbers before and after ÷√8, the bars and their axes, and the adjective switch', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('scaling/');
  const figure = await hydratedFigure(page, 'Model scores before and after scaling');
  await test.step('both panels download as one SVG with the caption and the sentence and its numbers', async () => {
    const file = await downloadSvg(page, figure);
    expectStandAlone(file, 2);
    const has = (part: string) => expect(exportedText(file).includes(part), part).toBe(true);
    has('Model scores before and after scaling: the pointer head’s scores of “it” and their softmax');
    has(SOURCE_SENTENCE);
    const best = tired.result.referent;
    has(`with ÷√8 it keeps ${percent(tired.weightsScaled[best]!)} of the weight`);
    // Both panels are stacked in it (expectStandAlone), each with its title.
    has('Scores of “it” before and after dividing by √8');
    has('Weights on a log scale');
  });
  await test.step('the model’s scores for "it" before and after ÷√8, and the softmax of each', async () => {
    expect(tired.dk).toBe(8);
    await openDetails(figure, 'The numbers');
    close(await columnNumbers(figure.getByTestId('raw')), tired.raw, HALF_CENT, 'raw');
    close(await columnNumbers(figure.getByTestId('scaled')), tired.scaled, HALF_CENT, 'scaled');
    relative(await columnNumbers(figure.getByTestId('weight-raw')), tired.weightsRaw, 'softmax(raw)');
    relative(
      await columnNumbers(figure.getByTestId('weight-scaled')),
      tired.weightsScaled,
      'softmax(scaled)',
    );
    // Scaling keeps the winner and shrinks its lead by √8.
    const best = tired.result.referent;
    expect(tired.result.tokens[best]).toBe('animal');
    const sorted = [...tired.scaled].sort((a, b) => b - a);
    const gapScaled = Number(await figure.getByTestId('gap-scaled').textContent());
    const gapRaw = Number(await figure.getByTestId('gap-raw').textContent());
    expect(Math.abs(gapScaled - (sorted[0]! - sorted[1]!))).toBeLessThanOrEqual(HALF_CENT);
    expect(Math.abs(gapRaw / gapScaled - Math.sqrt(8))).toBeLessThan(0.01);
    // The readout: percentages and plain decimals, as the core computes them here.
    const runnerUp = tired.scaled.indexOf(sorted[1]!);
    await expect(figure.getByTestId('runner-scaled')).toHaveText(percent(tired.weightsScaled[runnerUp]!));
    await expect(figure.getByTestId('runner-raw')).toHaveText(percent(tired.weightsRaw[runnerUp]!));
    await expect(figure.getByTestId('best-scaled')).toHaveText(percent(tired.weightsScaled[best]!));
    await expect(figure.getByTestId('best-raw')).toHaveText(percent(tired.weightsRaw[best]!));
    await expect(figure.getByTestId('gradient-scaled')).toHaveText(
      decimal(softmaxJacobianNorm(tired.scaled)),
    );
    await expect(figure.getByTestId('gradient-raw')).toHaveText(decimal(softmaxJacobianNorm(tired.raw)));
    // Without the division the trained head would be far more saturated: the gradient is much smaller.
    expect(softmaxJacobianNorm(tired.raw)).toBeLessThan(softmaxJacobianNorm(tired.scaled) / 10);
    // The weight table: both rows, three decimals, the model's own weights in the second.
    const rows = await figure
      .getByTestId('weights')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))),
      );
    close(rows[0]!, tired.weightsRaw, 0.0005 + 1e-9, 'weights raw');
    const own = row(pointerHead(tired.result).weights, tired.result.pronoun);
    close(rows[1]!, own, 0.0005 + 1e-9, 'weights scaled');
  });
  await test.step('the bars drawn are the model’s values: scores on the linear axis, weights on the 10⁻⁴-style log axis', async () => {
    const labels = tokenLabels(tired.result.tokens);
    /** Each bar's extent read from the drawing, and the axis's labelled ticks (x of the tick line, value). */
    const drawn = async (panel: number) => {
      const svg = figure.locator('.panels svg').nth(panel);
      const bars = await svg
        .locator('rect.after')
        .evaluateAll((els) =>
          els.map((e) => ({ x: Number(e.getAttribute('x')), width: Number(e.getAttribute('width')) })),
        );
      const ticks = await svg
        .locator('.axis text')
        .evaluateAll((els) =>
          els.map((e) => ({ x: Number(e.getAttribute('x')), text: e.textContent ?? '' })),
        );
      return { bars, ticks };
    };
    // Scores: two labelled ticks fix the linear scale; each filled bar runs from 0 to its ÷√8 score.
    const scores = await drawn(0);
    const number = (t: string) => Number(t.replace('−', '-'));
    const numeric = scores.ticks.filter((t) => /^−?\d+$/.test(t.text));
    const [a, b] = [numeric[0]!, numeric.at(-1)!];
    const at = (v: number) => a.x + ((v - number(a.text)) / (number(b.text) - number(a.text))) * (b.x - a.x);
    tired.scaled.forEach((s, j) => {
      const bar = scores.bars[j]!;
      const end = s >= 0 ? bar.x + bar.width : bar.x;
      expect(Math.abs(end - at(s)), `score bar of ${labels[j]}`).toBeLessThan(1);
    });
    // Weights: labelled powers of ten fix the log scale; each bar's right end is at log₁₀ of the weight.
    const weights = await drawn(1);
    const powers = weights.ticks.filter((t) => /^10[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+$/.test(t.text));
    expect(powers.length).toBeGreaterThanOrEqual(2);
    const exponent = (t: string) =>
      Number(
        t
          .slice(2)
          .replace('⁻', '-')
          .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(d))),
      );
    const [p, q] = [powers[0]!, powers.at(-1)!];
    const logAt = (w: number) =>
      p.x + ((Math.log10(w) - exponent(p.text)) / (exponent(q.text) - exponent(p.text))) * (q.x - p.x);
    tired.weightsScaled.forEach((w, j) => {
      const bar = weights.bars[j]!;
      expect(Math.abs(bar.x + bar.width - logAt(w)), `weight bar of ${labels[j]}`).toBeLessThan(1);
    });
    expect((await figure.locator('svg').allTextContents()).join(' ')).not.toMatch(/\de-?\d/);
    // Focus reads the words and both values; ↓ moves to the next key.
    const panel = figure.locator('.panels > div').nth(1);
    const best = labels.indexOf('animal');
    await panel.getByRole('listitem', { name: /→ animal/ }).focus();
    await expect(panel.getByTestId('readout')).toHaveText(
      `it → animal: weight ${percent(tired.weightsRaw[best]!)} without ÷√8, ${percent(tired.weightsScaled[best]!)} with it`,
    );
    await page.keyboard.press('ArrowDown');
    const readout = panel.getByTestId('readout');
    await expect(readout).toContainText(`it → ${labels[best + 1]}: weight`);
    // When the focus leaves, the hint comes back in the line's height so far: what lies below stays where the
    // pointer is (the sentence wraps here, the hint does not; a shrinking line used to swallow the next click).
    const { height } = (await readout.boundingBox())!;
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await expect(readout).toHaveText(/^Point at or focus a weight/);
    expect((await readout.boundingBox())!.height).toBe(height);
  });
  await test.step('the adjective switch moves the winner to "street" before and after scaling', async () => {
    await figure.getByRole('radio', { name: /too wide/ }).check();
    await expect(figure.locator('.summary')).toContainText('scores “street” highest');
    await openDetails(figure, 'The numbers');
    close(await columnNumbers(figure.getByTestId('raw')), wide.raw, HALF_CENT, 'raw');
    close(await columnNumbers(figure.getByTestId('scaled')), wide.scaled, HALF_CENT, 'scaled');
    relative(await columnNumbers(figure.getByTestId('weight-scaled')), wide.weightsScaled, 'softmax(scaled)');
    await expect(page).toHaveURL(/sentence=.*wide/);
  });
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  test('no text of the figure is below 12 px', async ({ page }) => {
    await page.goto('scaling/');
    const figure = await hydratedFigure(page, 'Model scores before and after scaling');
    expect((await smallestText(figure)).px).toBeGreaterThanOrEqual(12);
  });
});
