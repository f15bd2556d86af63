import { expect, test, type Locator } from '@playwright/test';
import { row, softmaxRows, toRows } from '../../src/core';
import { POINTER, SOURCE_SENTENCE, WIDE_TWIN, loadPretrained, resolve } from '../../src/model';
import { hydratedFigure } from './widget';

// What the pie must show, computed here with the model and the core: the pointer head's scaled scores, through
// softmax at temperature T, row by row.
const model = loadPretrained();
function pointer(sentence: string) {
  const result = resolve(model, sentence);
  const head = result.layers[POINTER.layer]!.heads[POINTER.head]!;
  const weights = (T: number) => toRows(softmaxRows(head.scaled, T));
  const rowOf = (word: string, T: number) => row(softmaxRows(head.scaled, T), result.tokens.indexOf(word));
  return { result, weights, rowOf };
}
const tired = pointer(SOURCE_SENTENCE);
const wide = pointer(WIDE_TWIN);
const printed = (values: number[]) => values.map((w) => w.toFixed(3));

/** The displayed slice weights (3 decimals), the largest slice, and the total of the slices. */
async function expectPie(figure: Locator, weights: number[], largest: string) {
  await expect(figure.getByTestId('slice-weight')).toHaveText(printed(weights));
  await expect(figure.getByTestId('largest')).toContainText(`Largest slice: ${largest}, `);
  await expect(figure.getByTestId('total')).toHaveText(/: 1\.000$/);
  // The biggest slice drawn is the same word.
  const drawn = await figure
    .locator('svg .slice')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-word'), Number(e.getAttribute('data-weight'))]),
    );
  const biggest = drawn.reduce((a, b) => (Number(b[1]) > Number(a[1]) ? b : a));
  expect(biggest[0]).toBe(largest);
}

test('by default the pie is the attention of "it", and "animal" has the largest slice', async ({ page }) => {
  await page.goto('softmax/');
  const figure = await hydratedFigure(page, 'Attention pie');
  await expect(figure.getByLabel('Whose attention')).toHaveValue('it');
  await figure.getByText('From scores to slices').click();
  await expectPie(figure, tired.rowOf('it', 1), 'animal');
  // The model's own answer is the largest slice.
  expect(tired.result.tokens[tired.result.referent]).toBe('animal');
  // Every row of the weights table is the core's softmax of the scaled scores.
  await figure.getByText('Every word’s attention').click();
  const table = figure.getByTestId('weights');
  for (const [i, weights] of tired.weights(1).entries()) {
    await expect(table.locator('tbody tr').nth(i).locator('td')).toHaveText(printed(weights));
  }
});

test('the adjective switch moves the largest slice from "animal" to "street" and back', async ({ page }) => {
  await page.goto('softmax/');
  const figure = await hydratedFigure(page, 'Attention pie');
  await figure.getByText('From scores to slices').click();
  await figure.getByRole('radio', { name: /too wide/ }).check();
  await expectPie(figure, wide.rowOf('it', 1), 'street');
  await expect(page).toHaveURL(/[?&]sentence=[^&]*wide/);
  await figure.getByRole('radio', { name: /too tired/ }).check();
  await expectPie(figure, tired.rowOf('it', 1), 'animal');
});

test('the temperature slider, from the keyboard, spreads the attention and keeps the total at 1', async ({
  page,
}) => {
  await page.goto('softmax/');
  const figure = await hydratedFigure(page, 'Attention pie');
  await figure.getByText('From scores to slices').click();
  const slider = figure.getByRole('slider', { name: /Temperature/ });
  await expect(slider).toHaveAttribute('aria-valuetext', 'T = 1, as the model computes');
  await slider.focus();
  for (let i = 0; i < 16; i++) await page.keyboard.press('ArrowRight'); // 16 quarter steps of log₂ T: T = 16
  await expect(slider).toHaveAttribute('aria-valuetext', 'T = 16');
  const hot = tired.rowOf('it', 16);
  await expectPie(figure, hot, 'animal');
  // A higher temperature flattens the distribution: the largest weight falls, the smallest rises.
  const cold = tired.rowOf('it', 1);
  expect(Math.max(...hot)).toBeLessThan(Math.max(...cold));
  expect(Math.min(...hot)).toBeGreaterThan(Math.min(...cold));
  // More slices are big enough to carry a label on the chart.
  expect(await figure.locator('svg text.label').count()).toBeGreaterThan(1);
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', 'T = 32');
  await expectPie(figure, tired.rowOf('it', 32), 'animal');
});

test('a link reproduces the view: word, temperature and sentence', async ({ page }) => {
  await page.goto('softmax/');
  let figure = await hydratedFigure(page, 'Attention pie');
  await figure.getByLabel('Whose attention').selectOption('street');
  await figure.getByRole('radio', { name: /too wide/ }).check();
  const slider = figure.getByRole('slider', { name: /Temperature/ });
  await slider.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', 'T = 4');
  await expect(page).toHaveURL(/[?&]word=street(&|$)/);
  await expect(page).toHaveURL(/[?&]T=4(&|$)/);
  const link = page.url();

  await page.goto('about:blank');
  await page.goto(link);
  figure = await hydratedFigure(page, 'Attention pie');
  await expect(figure.getByLabel('Whose attention')).toHaveValue('street');
  await expect(figure.getByRole('slider', { name: /Temperature/ })).toHaveAttribute(
    'aria-valuetext',
    'T = 4',
  );
  await expect(figure.getByRole('radio', { name: /too wide/ })).toBeChecked();
  await figure.getByText('From scores to slices').click();
  const expected = wide.rowOf('street', 4);
  const top = wide.result.tokens[expected.indexOf(Math.max(...expected))]!;
  await expectPie(figure, expected, top);
});

test('bad values in the link fall back to the defaults with a visible note; nothing is injected', async ({
  page,
}) => {
  await page.goto('softmax/?T=%3Cscript%3Ealert(1)%3C%2Fscript%3E&word=zebra');
  const figure = await hydratedFigure(page, 'Attention pie');
  await expect(figure.getByRole('status').filter({ hasText: 'temperature' })).toContainText(
    '“<script>alert(1)</script>” can’t be shown here',
  );
  await expect(figure.getByRole('status').filter({ hasText: 'zebra' })).toContainText('not in this sentence');
  await expect(figure.getByLabel('Whose attention')).toHaveValue('it');
  await expect(figure.getByRole('slider', { name: /Temperature/ })).toHaveAttribute(
    'aria-valuetext',
    'T = 1, as the model computes',
  );
  await expect(figure.locator('script')).toHaveCount(0);
  await figure.getByText('From scores to slices').click();
  await expectPie(figure, tired.rowOf('it', 1), 'animal');
});

test('a sentence the model cannot read gets a message and the pie keeps its numbers', async ({ page }) => {
  await page.goto('softmax/');
  const figure = await hydratedFigure(page, 'Attention pie');
  await figure.getByText('From scores to slices').click();
  const input = page.getByLabel('Sentence', { exact: true });
  for (const bad of ['The zebra didn’t cross the street because it was too tired.', '<b>it</b>', '']) {
    await input.fill(bad);
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectPie(figure, tired.rowOf('it', 1), 'animal');
  }
  await expect(page.locator('b', { hasText: 'it' })).toHaveCount(0);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the default pie and its numbers are in the page', async ({ page }) => {
    await page.goto('softmax/');
    const figure = page.getByRole('figure', { name: 'Attention pie' });
    await expect(figure.locator('svg .slice').first()).toBeVisible();
    await expect(figure.getByTestId('largest')).toContainText('Largest slice: animal');
    await expect(figure.getByTestId('slice-weight')).toHaveText(printed(tired.rowOf('it', 1)));
  });
});
