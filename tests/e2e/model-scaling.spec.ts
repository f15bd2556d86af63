import { expect, test } from '@playwright/test';
import { fromRows, row, softmaxJacobianNorm, softmaxRows } from '../../src/core';
import { POINTER, SOURCE_SENTENCE, WIDE_TWIN, loadPretrained, resolve } from '../../src/model';
import { decimal, percent } from '../../src/widgets/format';
import { columnNumbers, hydratedFigure } from './widget';

// The pointer head's row at "it", before and after ÷√8, and the softmax of each, computed here.
const model = loadPretrained();
function atIt(sentence: string) {
  const result = resolve(model, sentence);
  const head = result.layers[POINTER.layer]!.heads[POINTER.head]!;
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

test('the model’s scores for "it" before and after ÷√8, and the softmax of each', async ({ page }) => {
  await page.goto('scaling/');
  const figure = await hydratedFigure(page, 'Model scores before and after scaling');
  expect(tired.dk).toBe(8);
  await figure.getByText('The numbers').click();
  close(await columnNumbers(figure.getByTestId('raw')), tired.raw, HALF_CENT, 'raw');
  close(await columnNumbers(figure.getByTestId('scaled')), tired.scaled, HALF_CENT, 'scaled');
  relative(await columnNumbers(figure.getByTestId('weight-raw')), tired.weightsRaw, 'softmax(raw)');
  relative(await columnNumbers(figure.getByTestId('weight-scaled')), tired.weightsScaled, 'softmax(scaled)');
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
  await expect(figure.getByTestId('gradient-scaled')).toHaveText(decimal(softmaxJacobianNorm(tired.scaled)));
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
  const own = row(tired.result.layers[POINTER.layer]!.heads[POINTER.head]!.weights, tired.result.pronoun);
  close(rows[1]!, own, 0.0005 + 1e-9, 'weights scaled');
});

test('the adjective switch moves the winner to "street" before and after scaling', async ({ page }) => {
  await page.goto('scaling/');
  const figure = await hydratedFigure(page, 'Model scores before and after scaling');
  await figure.getByRole('radio', { name: /too wide/ }).check();
  await expect(figure.locator('.readout')).toContainText('scores “street” highest');
  await figure.getByText('The numbers').click();
  close(await columnNumbers(figure.getByTestId('raw')), wide.raw, HALF_CENT, 'raw');
  close(await columnNumbers(figure.getByTestId('scaled')), wide.scaled, HALF_CENT, 'scaled');
  relative(await columnNumbers(figure.getByTestId('weight-scaled')), wide.weightsScaled, 'softmax(scaled)');
  await expect(page).toHaveURL(/sentence=.*wide/);
});
