import { expect, test, type Locator, type Page } from '@playwright/test';
import { row } from '../../src/core';
import {
  SOURCE_SENTENCE,
  WIDE_TWIN,
  loadPretrained,
  pointerHead,
  resolve,
  type Resolution,
} from '../../src/model';
import { pointerShelf, softLookup, type Shelf } from '../../src/model/soft-lookup';
import { percent } from '../../src/widgets/parts/qa-bars';
import { columnNumbers, hydratedFigure } from './widget';

// What the figure must show, computed here with the model and the core.
const model = loadPretrained();
const tired = resolve(model, SOURCE_SENTENCE);
const wide = resolve(model, WIDE_TWIN);
/** The pointer head's row at the pronoun: the weights the figure shows at T = 1. */
const pointerRow = (r: Resolution) => row(pointerHead(r).weights, r.pronoun);
const readout = (r: Resolution, word: string) =>
  `${word} takes ${percent(pointerRow(r)[r.tokens.indexOf(word)]!)}`;
const PRINTED = 0.0005 + 1e-9; // weights are printed with 3 decimals

async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(`query-key-value/${query}`);
  return hydratedFigure(page, 'Soft lookup');
}

async function expectWeights(figure: Locator, expected: readonly number[]) {
  const shown = await columnNumbers(figure.getByTestId('weights').locator('tbody td'));
  expect(shown).toHaveLength(expected.length);
  shown.forEach((w, i) => expect(Math.abs(w - expected[i]!), `weight ${i}`).toBeLessThanOrEqual(PRINTED));
}

test('the model’s shelf: the pointer head’s scores and weights at “it”, most weight on “animal”', async ({
  page,
}) => {
  const figure = await open(page);
  const lookup = softLookup(pointerShelf(tired), 1);
  await expectWeights(figure, pointerRow(tired));
  const scores = await columnNumbers(figure.getByTestId('shelf-score'));
  scores.forEach((s, i) =>
    expect(Math.abs(s - lookup.scaled[i]!), `score ${i}`).toBeLessThanOrEqual(0.005 + 1e-9),
  );
  await expect(figure.locator('.readout')).toContainText(`${readout(tired, 'animal')} of the weight`);
  // Soft: the figure's own percentages show the runner-ups, as the shelf table draws them.
  const street = tired.tokens.indexOf('street');
  await expect(figure.getByTestId('shelf-weight').nth(street)).toHaveText(
    percent(pointerRow(tired)[street]!),
  );
  const bar = figure.locator('.weight-bar rect').nth(street);
  expect(Number(await bar.getAttribute('width'))).toBeCloseTo(pointerRow(tired)[street]! * 100, 6);
  const blend = await columnNumbers(figure.getByTestId('blend'));
  blend.forEach((x, c) => expect(Math.abs(x - lookup.output[c]!)).toBeLessThanOrEqual(PRINTED));
});

test('the temperature slider runs from a hard lookup to an even blend, by keyboard', async ({ page }) => {
  const figure = await open(page);
  const slider = figure.getByRole('slider', { name: /Temperature/ });
  const shelf = pointerShelf(tired);
  await slider.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', 'T = 1000');
  const even = softLookup(shelf, 1000);
  await expectWeights(figure, even.weights);
  await expect(figure.getByTestId('effective')).toHaveText(even.effectiveItems.toFixed(2));
  expect(Math.max(...even.weights)).toBeLessThan(0.1);
  // Ten steps down is one decade: T = 100.
  for (let i = 0; i < 10; i++) await slider.press('ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuetext', 'T = 100');
  await expectWeights(figure, softLookup(shelf, 100).weights);
  await slider.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', 'T = 0.0100');
  await expect(figure.getByTestId('effective')).toHaveText('1.00');
  await figure.getByRole('button', { name: 'Back to T = 1' }).click();
  await expect(slider).toHaveAttribute('aria-valuetext', 'T = 1.00, attention as computed');
});

test('the adjective switch moves the model’s lookup from “animal” to “street”', async ({ page }) => {
  const figure = await open(page);
  await figure.getByRole('radio', { name: '“too wide”' }).check();
  await expectWeights(figure, pointerRow(wide));
  await expect(figure.locator('.readout')).toContainText(`${readout(wide, 'street')} of the weight`);
  await figure.getByRole('radio', { name: '“too tired”' }).check();
  await expectWeights(figure, pointerRow(tired));
});

test('your own shelf: typed numbers flow through to scores, weights and the blend; bad numbers are refused', async ({
  page,
}) => {
  const figure = await open(page);
  await figure.getByRole('radio', { name: /Your own/ }).check();
  await expect(figure.getByText('Numbers: yours.')).toBeVisible();
  const toy: Shelf = {
    query: [2, 0],
    keys: [
      [2, 0],
      [0, 2],
      [0.5, 0.5],
    ],
    values: [
      [1, 0],
      [0, 1],
      [0, 0],
    ],
  };
  await expectWeights(figure, softLookup(toy, 1).weights);

  // The query now looks for something that can be wide: "street" wins.
  await figure.getByRole('spinbutton', { name: 'query q1' }).fill('0');
  await figure.getByRole('spinbutton', { name: 'query q2' }).fill('2');
  const wideQuery = { ...toy, query: [0, 2] };
  await expectWeights(figure, softLookup(wideQuery, 1).weights);
  await expect(figure.locator('.readout')).toContainText('street takes');

  // A value changes the blend and nothing else.
  await figure.getByRole('spinbutton', { name: 'street value v1' }).fill('-3.5');
  const edited = {
    ...wideQuery,
    values: [
      [1, 0],
      [-3.5, 1],
      [0, 0],
    ],
  };
  const blend = await columnNumbers(figure.getByTestId('blend'));
  softLookup(edited, 1).output.forEach((x, c) =>
    expect(Math.abs(blend[c]! - x)).toBeLessThanOrEqual(PRINTED),
  );

  // Out of range and empty: a message, and the figure keeps its numbers.
  const key = figure.getByRole('spinbutton', { name: 'animal key k1' });
  await key.fill('500');
  await key.press('Tab');
  await expect(figure.getByText('animal key k1 must be between −100 and 100')).toBeVisible();
  await expect(key).toHaveAttribute('aria-invalid', 'true');
  await key.fill('');
  await key.press('Tab');
  await expect(figure.getByText('animal key k1 is empty')).toBeVisible();
  await expectWeights(figure, softLookup(edited, 1).weights);

  // Three numbers per vector: every vector gains a third number, 0 to start with.
  await figure.getByLabel('Numbers per vector').selectOption('3');
  await expect(figure.getByText(/must be between|is empty/)).toHaveCount(0);
  await figure.getByRole('spinbutton', { name: 'because key k3' }).fill('4');
  await figure.getByRole('spinbutton', { name: 'query q3' }).fill('1');
  const three: Shelf = {
    query: [0, 2, 1],
    keys: [
      [2, 0, 0],
      [0, 2, 0],
      [0.5, 0.5, 4],
    ],
    values: [
      [1, 0, 0],
      [-3.5, 1, 0],
      [0, 0, 0],
    ],
  };
  await expectWeights(figure, softLookup(three, 1).weights);

  await figure.getByRole('button', { name: 'Reset my numbers' }).click();
  await expectWeights(figure, softLookup(toy, 1).weights);
});

test('a link reproduces the view, and bad values in a link fall back with a note', async ({ page }) => {
  let figure = await open(page);
  await figure.getByRole('radio', { name: /Your own/ }).check();
  await figure.getByRole('spinbutton', { name: 'because key k2' }).fill('3');
  await figure.getByRole('slider', { name: /Temperature/ }).press('ArrowRight');
  const shelf: Shelf = {
    query: [2, 0],
    keys: [
      [2, 0],
      [0, 2],
      [0.5, 3],
    ],
    values: [
      [1, 0],
      [0, 1],
      [0, 0],
    ],
  };
  const t = 10 ** 0.1;
  await expectWeights(figure, softLookup(shelf, t).weights);
  const link = page.url();
  expect(link).toContain('shelf=yours');

  await page.goto('about:blank');
  await page.goto(link);
  figure = await hydratedFigure(page, 'Soft lookup');
  await expect(figure.getByRole('radio', { name: /Your own/ })).toBeChecked();
  await expect(figure.getByRole('spinbutton', { name: 'because key k2' })).toHaveValue('3');
  await expect(figure.getByRole('slider', { name: /Temperature/ })).toHaveAttribute(
    'aria-valuetext',
    'T = 1.26',
  );
  await expectWeights(figure, softLookup(shelf, t).weights);

  figure = await open(page, '?shelf=nonsense&temperature=-4&mine=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(figure.getByText('The link’s shelf “nonsense” can’t be shown here')).toBeVisible();
  await expect(figure.getByText('The link’s temperature “-4” can’t be shown here')).toBeVisible();
  await expect(
    figure.getByText('The link’s numbers for your shelf “<script>alert(1)</script>”'),
  ).toBeVisible();
  expect(await figure.locator('script').count()).toBe(0);
  await expectWeights(figure, pointerRow(tired));
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the server-rendered figure shows the model’s shelf and its weights', async ({ page }) => {
    await page.goto('query-key-value/');
    const figure = page.getByRole('figure', { name: 'Soft lookup' });
    await expect(figure.getByRole('radio', { name: 'The trained model’s' })).toBeChecked();
    await expectWeights(figure, pointerRow(tired));
  });
});
