import { expect, test, type Locator } from '@playwright/test';
import { concatColumns, fromRows, matmul, row, softmaxRows, toRows } from '../../src/core';
import {
  MASK,
  POINTER,
  SOURCE_SENTENCE,
  WIDE_TWIN,
  loadPretrained,
  pointerHead,
  resolve,
} from '../../src/model';
import { fixed, percent } from '../../src/widgets/format';
import { sequentialFill } from '../../src/widgets/parts/colour-scale';
import { tokenLabels } from '../../src/widgets/parts/labels';
import { downloadSvg, expectStandAlone, exportedText } from './download';
import { drawnAndExpectedFills } from './fills';
import { expectBarsDraw } from './vector-bars';
import { smallestText } from './text-size';
import { hydratedFigure, openDetails } from './widget';

// What the flashlight must show, computed here with the model and the core: the pointer head's weights at T for
// one query, each value row times its weight, their sum, and what the model's readout makes of "it" when the
// pointer head's output is that sum (layer 2's only head, mixed by W_O, then the readout and a softmax; the
// training-only [mask] token is never named).
const model = loadPretrained();
function flashlight(sentence: string, word: string, T: number) {
  const result = resolve(model, sentence);
  const layer = result.layers[POINTER.layer]!;
  const head = pointerHead(result);
  const i = result.tokens.indexOf(word);
  const weights = row(softmaxRows(head.scaled, T), i);
  const values = toRows(head.v);
  const parts = values.map((v, j) => v.map((x) => weights[j]! * x));
  const output = row(matmul(fromRows([weights]), head.v), 0);
  const readout = (w: number[]) => {
    const mine = matmul(fromRows([w]), head.v);
    const heads = layer.heads.map((h, k) => (k === POINTER.head ? mine : fromRows([row(h.output, i)])));
    const logits = matmul(matmul(concatColumns(heads), model.layers[POINTER.layer]!.wo), model.readout);
    const p = row(softmaxRows(logits), 0).map((x, k) => (model.vocabulary[k] === MASK ? 0 : x));
    const best = p.indexOf(Math.max(...p));
    return { word: model.vocabulary[best]!, probability: p[best]! };
  };
  const n = result.tokens.length;
  return { result, weights, parts, output, decoded: readout(weights), even: readout(Array(n).fill(1 / n)) };
}
// The figure prints 3 decimals, with no minus sign on a number that rounds to 0.
const printed = (values: number[]) => values.map((x) => fixed(x));

async function expectNumbers(figure: Locator, expected: ReturnType<typeof flashlight>) {
  const table = figure.getByTestId('weighted-sum');
  for (const [j, part] of expected.parts.entries()) {
    await expect(table.locator('tbody tr').nth(j).locator('td')).toHaveText([
      expected.weights[j]!.toFixed(3),
      ...printed(part),
    ]);
  }
  await expect(table.getByTestId('output-row').locator('td')).toHaveText([
    '1.000',
    ...printed(expected.output),
  ]);
}

async function expectReadout(figure: Locator, expected: ReturnType<typeof flashlight>) {
  await expect(figure.getByTestId('decoded')).toHaveText(
    `The model’s readout decodes the output of “it” as ${expected.decoded.word} (probability ${percent(expected.decoded.probability)})`,
  );
  await expect(figure.getByTestId('decoded-even')).toContainText(
    `it would say ${expected.even.word} (${percent(expected.even.probability)})`,
  );
}

// One visit, the figure's checks in turn as steps (a failure names the step); each leaves the figure as the next
// one expects, or the visit puts it back with the figure's own controls.
test('the flashlight: its numbers and readout, colours, pointer and keyboard, the switch, another word, the temperature and the download', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('weighted-sum/');
  const figure = await hydratedFigure(page, 'Flashlight');
  await test.step('the output of "it" is the sum of the lit value vectors, and the readout decodes "animal" from it', async () => {
    await expect(figure.getByLabel('Whose output')).toHaveValue('it');
    await figure.getByText('The numbers: values').click();
    const expected = flashlight(SOURCE_SENTENCE, 'it', 1);
    await expectNumbers(figure, expected);
    // The model's own answer, as resolve() computes it, is what the figure reads out.
    expect(expected.decoded.word).toBe(expected.result.decoded.word);
    expect(expected.decoded.word).toBe('animal');
    await expectReadout(figure, expected);
    // The value vectors in the table are the head's V.
    const values = figure.getByTestId('values');
    for (const [j, v] of toRows(pointerHead(expected.result).v).entries()) {
      await expect(values.locator('tbody tr').nth(j).locator('td')).toHaveText(printed(v));
    }
    // The brightest row is the word with the largest weight: "animal".
    const lit = await figure
      .locator('svg g[data-word]')
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-word'), Number(getComputedStyle(g).opacity)]));
    const brightest = lit.reduce((a, b) => (Number(b[1]) > Number(a[1]) ? b : a));
    expect(brightest[0]).toBe('animal');
    // The columns drawn are the numbers, up or down from their row's middle line, to one scale: the output, the
    // value vector of "animal" and its weight × v (a column of a tiny number keeps half a unit, to be seen).
    const middle = async (g: Locator) => Number(await g.locator('line.axis').first().getAttribute('y1'));
    const output = figure.getByTestId('output-bars');
    const bars = { middle: await middle(output), minHeight: 0.5 };
    const scale = await expectBarsDraw(output.locator('path'), expected.output, 'output', bars);
    const animal = expected.result.tokens.indexOf('animal');
    const value = figure.locator('svg g[data-word="animal"]');
    const at = { middle: await middle(value), minHeight: 0.5 };
    const v = toRows(pointerHead(expected.result).v)[animal]!;
    expect(await expectBarsDraw(value.locator('path'), v, 'value of animal', at)).toBeCloseTo(scale, 6);
    const part = figure.getByRole('listitem').nth(animal).locator(':scope > path');
    expect(await expectBarsDraw(part, expected.parts[animal]!, 'weight × value of animal', at)).toBeCloseTo(
      scale,
      6,
    );
  });
  await test.step('each word’s weight cell is on the sequential scale; a row read by pointer or keyboard says its weight', async () => {
    const expected = flashlight(SOURCE_SENTENCE, 'it', 1);
    const [drawn, wanted] = await drawnAndExpectedFills(
      figure.getByRole('img', { name: /^Value vectors of every word/ }),
      expected.weights.map((w) => sequentialFill(w)),
    );
    expect(drawn).toEqual(wanted);
    const labels = tokenLabels(expected.result.tokens);
    const rows = figure.getByRole('list', { name: 'The words, their weights and their value vectors' });
    const animal = labels.indexOf('animal');
    await rows.getByRole('listitem').nth(animal).hover();
    const say = (j: number) =>
      `it → ${labels[j]}: ${percent(expected.weights[j]!)} of its attention, so ${percent(expected.weights[j]!)} of the value of ${labels[j]} goes into the output`;
    await expect(figure.getByTestId('readout')).toHaveText(say(animal));
    await page.mouse.move(0, 0);
    await rows.getByRole('listitem').first().focus();
    await expect(figure.getByTestId('readout')).toHaveText(say(0));
    await page.keyboard.press('ArrowDown');
    await expect(rows.getByRole('listitem').nth(1)).toBeFocused();
    await expect(figure.getByTestId('readout')).toHaveText(say(1));
    // Enter pins the focused row: pointing at another one no longer changes the line; Escape lets go.
    await page.keyboard.press('Enter');
    await expect(figure.getByTestId('readout')).toHaveText(`${say(1)} · pinned`);
    await rows.getByRole('listitem').nth(animal).hover();
    await expect(figure.getByTestId('readout')).toHaveText(`${say(1)} · pinned`);
    await page.keyboard.press('Escape');
    await expect(figure.getByTestId('readout')).toHaveText(say(animal));
    // A tap pins the row tapped, a second tap on it lets go.
    await rows.getByRole('listitem').nth(animal).click();
    await expect(figure.getByTestId('readout')).toHaveText(`${say(animal)} · pinned`);
    await rows.getByRole('listitem').nth(animal).click();
    await expect(figure.getByTestId('readout')).toHaveText(say(animal));
  });
  await test.step('the adjective switch swings the beam to "street", and the readout follows', async () => {
    await openDetails(figure, 'The numbers: values');
    await figure.getByRole('radio', { name: /too wide/ }).check();
    const expected = flashlight(WIDE_TWIN, 'it', 1);
    expect(expected.decoded.word).toBe('street');
    await expectNumbers(figure, expected);
    await expectReadout(figure, expected);
  });
  await figure.getByRole('radio', { name: /too tired/ }).check();
  await expectNumbers(figure, flashlight(SOURCE_SENTENCE, 'it', 1));
  await test.step('another word’s output is shown too; the readout says it reads only "it"', async () => {
    await figure.getByLabel('Whose output').selectOption('was');
    await openDetails(figure, 'The numbers: values');
    await expectNumbers(figure, flashlight(SOURCE_SENTENCE, 'was', 1));
    await expect(figure.getByTestId('decoded')).toHaveCount(0);
    await expect(figure).toContainText('answers from the output of “it” only');
    await expect(page).toHaveURL(/[?&]word=was(&|$)/);
  });
  await figure.getByLabel('Whose output').selectOption('it');
  await expectNumbers(figure, flashlight(SOURCE_SENTENCE, 'it', 1));
  await test.step('a wider beam (higher temperature) blends more words into the output', async () => {
    await openDetails(figure, 'The numbers: values');
    const slider = figure.getByRole('slider', { name: /Temperature/ });
    await slider.focus();
    for (let i = 0; i < 16; i++) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', 'T = 16');
    const expected = flashlight(SOURCE_SENTENCE, 'it', 16);
    await expectNumbers(figure, expected);
    await expectReadout(figure, expected);
    await expect(page).toHaveURL(/[?&]T=16(&|$)/);
  });
  await test.step('Download SVG saves the flashlight with its caption and the sentence', async () => {
    // At T = 2, as a link with ?T=2 opens it: from T = 16, 12 quarter steps of log₂ T down.
    const slider = figure.getByRole('slider', { name: /Temperature/ });
    await slider.focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', 'T = 2');
    const file = await downloadSvg(page, figure);
    expectStandAlone(file, 1);
    const text = exportedText(file);
    expect(text).toContain('Flashlight');
    expect(text).toContain(
      `${resolve(model, SOURCE_SENTENCE).tokens.join(' ')} — the output of “it” at T = 2`,
    );
  });
});

test('a link reproduces the view', async ({ page }) => {
  await page.goto(`weighted-sum/?word=it&T=8&sentence=${encodeURIComponent(WIDE_TWIN)}`);
  const figure = await hydratedFigure(page, 'Flashlight');
  await expect(figure.getByRole('slider', { name: /Temperature/ })).toHaveAttribute(
    'aria-valuetext',
    'T = 8',
  );
  await expect(figure.getByRole('radio', { name: /too wide/ })).toBeChecked();
  await figure.getByText('The numbers: values').click();
  const expected = flashlight(WIDE_TWIN, 'it', 8);
  await expectNumbers(figure, expected);
  await expectReadout(figure, expected);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the default flashlight, its readout and its numbers are in the page', async ({ page }) => {
    await page.goto('weighted-sum/');
    const figure = page.getByRole('figure', { name: 'Flashlight' });
    await expect(figure.locator('svg g[data-word]').first()).toBeVisible();
    const expected = flashlight(SOURCE_SENTENCE, 'it', 1);
    await expectReadout(figure, expected);
    await expect(figure.getByTestId('output-row').locator('td')).toHaveText([
      '1.000',
      ...printed(expected.output),
    ]);
  });
});

test('on a 360 px phone the chart’s text is at least 12 px and it fits the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('weighted-sum/');
  const figure = await hydratedFigure(page, 'Flashlight');
  const smallest = await smallestText(figure);
  expect(smallest.px, smallest.text).toBeGreaterThanOrEqual(12);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
