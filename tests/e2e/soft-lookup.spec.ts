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
import { percent } from '../../src/widgets/format';
import { DEFAULT_SHELF } from '../../src/widgets/parts/reader-shelf';
import { formatTemperature } from '../../src/widgets/parts/url-choices';
import { smallestText } from './text-size';
import { expectStripDraws } from './vector-bars';
import { columnNumbers, hydratedFigure, openNumbers } from './widget';

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
  await openNumbers(figure);
  const shown = await columnNumbers(figure.getByTestId('weights').locator('tbody td'));
  expect(shown).toHaveLength(expected.length);
  shown.forEach((w, i) => expect(Math.abs(w - expected[i]!), `weight ${i}`).toBeLessThanOrEqual(PRINTED));
}

// One visit of the page at its defaults, the figure's checks in turn as steps (a failure names the step); each
// leaves the figure as the next one expects (the model's shelf at T = 1, or your own untouched shelf).
test('on a desktop: where the figure sits, the model’s shelf, the switch, the temperature, your own shelf and its plot', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('query-key-value/');
  await test.step('the figure comes first: within the first screen on a desktop', async () => {
    // Measured as the page is first laid out, before the figure starts.
    const top = await page
      .getByRole('figure', { name: 'Soft lookup' })
      .evaluate((f) => f.getBoundingClientRect().top + window.scrollY);
    expect(top, '1280 px wide').toBeLessThan(800 - 100);
  });
  const figure = await hydratedFigure(page, 'Soft lookup');
  await test.step('the model’s shelf: the pointer head’s scores and weights at “it”, most weight on “animal”', async () => {
    const lookup = softLookup(pointerShelf(tired), 1);
    await expectWeights(figure, pointerRow(tired));
    const scores = await columnNumbers(figure.getByTestId('shelf-score'));
    scores.forEach((s, i) =>
      expect(Math.abs(s - lookup.scaled[i]!), `score ${i}`).toBeLessThanOrEqual(0.005 + 1e-9),
    );
    await expect(figure.getByTestId('lookup-summary')).toContainText(
      `${readout(tired, 'animal')} of the weight`,
    );
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
  await test.step('the query and key strips draw the model’s numbers, up for positive, down for negative, to one scale', async () => {
    const shelf = pointerShelf(tired);
    const rows = figure.locator('table.shelf tbody tr');
    const scales = [await expectStripDraws(figure.locator('.query-line svg.bars'), shelf.query, 'query')];
    for (const [i, key] of shelf.keys.entries())
      scales.push(await expectStripDraws(rows.nth(i).locator('svg.bars').first(), key, `key ${i}`));
    // One scale for the query and every key: the largest of their numbers fills the half strip (11.5 of 12 units).
    const largest = Math.max(...[shelf.query, ...shelf.keys].flat().map(Math.abs));
    for (const scale of scales) expect(scale * largest).toBeCloseTo(11.5, 6);
  });
  await test.step('the adjective switch moves the model’s lookup from “animal” to “street”', async () => {
    await figure.getByRole('radio', { name: '“too wide”' }).check();
    await expectWeights(figure, pointerRow(wide));
    await expect(figure.getByTestId('lookup-summary')).toContainText(
      `${readout(wide, 'street')} of the weight`,
    );
    await figure.getByRole('radio', { name: '“too tired”' }).check();
    await expectWeights(figure, pointerRow(tired));
  });
  await test.step('the temperature slider runs from a hard lookup to an even blend, by keyboard', async () => {
    const slider = figure.getByRole('slider', { name: /Temperature/ });
    const shelf = pointerShelf(tired);
    await slider.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', 'T = 32');
    const even = softLookup(shelf, 32);
    await expectWeights(figure, even.weights);
    await expect(figure.getByTestId('effective')).toHaveText(even.effectiveItems.toFixed(2));
    expect(even.effectiveItems).toBeGreaterThan(11.5); // close to an even blend of the 12 words
    // Four steps down is one halving: T = 16.
    for (let i = 0; i < 4; i++) await slider.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', 'T = 16');
    await expectWeights(figure, softLookup(shelf, 16).weights);
    await slider.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', 'T = 0.125');
    await expect(figure.getByTestId('effective')).toHaveText(
      softLookup(shelf, 0.125).effectiveItems.toFixed(2),
    );
    await expect(figure.getByTestId('effective')).toHaveText('1.00');
    await figure.getByRole('button', { name: 'Back to T = 1' }).click();
    await expect(slider).toHaveAttribute('aria-valuetext', 'T = 1, as the model computes');
  });
  // Your own shelf, chosen here, is the shelf a link with ?shelf=yours opens.
  await figure.getByRole('radio', { name: /Your own/ }).check();
  await test.step('the plane plot of your shelf: pointing at or focusing an item reads its key, value and weight', async () => {
    const toy = softLookup(DEFAULT_SHELF, 1);
    const items = figure.getByRole('listitem');
    await expect(items).toHaveCount(3);
    await items.nth(1).locator('circle.hit').hover();
    await expect(figure.getByTestId('readout')).toHaveText(
      `street: key (0.00, 2.00), value (0.00, 1.00), weight ${percent(toy.weights[1]!)} at T = 1.`,
    );
    await items.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.mouse.move(0, 0);
    await expect(items.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(figure.getByTestId('readout')).toContainText(`because: key (0.50, 0.50)`);
    await expect(figure.getByTestId('readout')).toContainText(percent(toy.weights[2]!));
    // Drawn: the value points sit where the blend path's ends say — the hard end at animal's value.
    const points = await figure
      .locator('circle.value-point')
      .evaluateAll((cs) => cs.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]));
    const pathStart = await figure
      .locator('polyline.blend-path')
      .evaluate((p) => (p.getAttribute('points') ?? '').split(' ')[0]!.split(',').map(Number));
    expect(pathStart[0]).toBeCloseTo(points[0]![0]!, 0);
    expect(pathStart[1]).toBeCloseTo(points[0]![1]!, 0);
  });
  await test.step('your own shelf: typed numbers flow through to scores, weights and the blend; bad numbers are refused', async () => {
    await figure.getByRole('radio', { name: /Your own/ }).check();
    await expect(figure.getByText('Numbers: yours.')).toBeVisible();
    const toy: Shelf = DEFAULT_SHELF; // the shelf the figure starts from
    await expectWeights(figure, softLookup(toy, 1).weights);

    // The query now looks for something that can be wide: "street" wins.
    await figure.getByRole('spinbutton', { name: 'query q1' }).fill('0');
    await figure.getByRole('spinbutton', { name: 'query q2' }).fill('2');
    const wideQuery = { ...toy, query: [0, 2] };
    await expectWeights(figure, softLookup(wideQuery, 1).weights);
    await expect(figure.getByTestId('lookup-summary')).toContainText('street takes');

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
  const t = 2 ** 0.25;
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
    `T = ${formatTemperature(t)}`,
  );
  await expectWeights(figure, softLookup(shelf, t).weights);

  figure = await open(page, '?shelf=nonsense&T=-4&mine=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
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

test('on a 360 px phone: the figure by the second screen, text ≥ 12 px, and the shelf table shows its value column or says that it scrolls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const query of ['', '?shelf=yours']) {
    await page.goto(`query-key-value/${query}`);
    if (query === '') {
      await test.step('the figure comes first: by the second screen on a phone', async () => {
        // Measured as the page is first laid out, before the figure starts.
        const top = await page
          .getByRole('figure', { name: 'Soft lookup' })
          .evaluate((f) => f.getBoundingClientRect().top + window.scrollY);
        expect(top, '360 px wide').toBeLessThan(2 * 740 - 100);
      });
    }
    const figure = await hydratedFigure(page, 'Soft lookup');
    const smallest = await smallestText(figure);
    expect(smallest.px, `${query}: ${smallest.text}`).toBeGreaterThanOrEqual(12);
    const frame = figure.getByRole('region', { name: 'The shelf: keys, values, scores and weights' });
    const fits = await frame.evaluate((f) => f.scrollWidth <= f.clientWidth + 1);
    const valueHead = await frame.getByRole('columnheader', { name: 'value v' }).boundingBox();
    const frameBox = (await frame.boundingBox())!;
    if (fits) expect(valueHead!.x + valueHead!.width).toBeLessThanOrEqual(frameBox.x + frameBox.width + 1);
    else await expect(figure.getByTestId('scroll-hint')).toBeVisible();
  }
});
