import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { row } from '../../src/core';
import { headResult, resolve, SOURCE_SENTENCE } from '../../src/model';
import { createTrainer } from '../../src/model/trainer';
import { decimal, percent } from '../../src/widgets/format';
import { expectStandAlone, exportedText } from './download';
import { smallestText } from './text-size';
import { columnNumbers, hydratedFigure, openNumbers } from './widget';

/** Layer 2's head at "it" in the untrained model of a seed, and its answer, as the model code computes them. */
function untrainedRow(seed: number) {
  const r = resolve(createTrainer(seed).weights(), SOURCE_SENTENCE);
  return {
    weights: row(headResult(r, { layer: 1, head: 0 }).weights, r.pronoun),
    answer: r.tokens[r.referent]!,
  };
}

const number = async (locator: import('@playwright/test').Locator) => Number(await locator.textContent());

test('training in the page: the loss falls, held-out accuracy rises and "it" comes to attend to "animal"', async ({
  page,
}) => {
  // Training to 95 % takes about 500 steps: about 10 s on an idle core, more on a busy CI machine.
  test.setTimeout(150_000);
  await page.goto('where-weights-come-from/');
  const figure = await hydratedFigure(page, 'Train it yourself');
  await openNumbers(figure);
  const weights = figure.getByTestId('weights').locator('tbody td');

  // Before training: the untrained model of seed 1, as the model code computes it here.
  const untrained = untrainedRow(1).weights;
  await expect(figure.getByTestId('answer')).toContainText(`“it” is ${untrainedRow(1).answer} —`);
  const shown = await columnNumbers(weights);
  expect(shown).toHaveLength(untrained.length);
  shown.forEach((w, j) => expect(Math.abs(w - untrained[j]!)).toBeLessThanOrEqual(0.0005));

  await figure.getByRole('button', { name: 'Train' }).click();
  await expect(figure.getByRole('button', { name: 'Stop' })).toBeEnabled();
  // Let it train until the test sample is resolved at least 95 % right (about 500 steps); reports come every 10.
  // Accuracy still wobbles by a few points from report to report, so after Stop it is checked against 90 %.
  await expect
    .poll(async () => number(figure.getByTestId('latest-accuracy')), { timeout: 120_000 })
    .toBeGreaterThanOrEqual(0.95);
  await figure.getByRole('button', { name: 'Stop' }).click();
  await expect(figure.getByRole('status').filter({ hasText: 'Stopped at step' })).toBeVisible();

  const firstLoss = await number(figure.getByTestId('first-loss'));
  const latestLoss = await number(figure.getByTestId('latest-loss'));
  const firstAccuracy = await number(figure.getByTestId('first-accuracy'));
  const latestAccuracy = await number(figure.getByTestId('latest-accuracy'));
  expect(await number(figure.getByTestId('first-step'))).toBe(10);
  // Label smoothing and the masked-word task keep the loss well above 0; it still falls by a third or more.
  expect(latestLoss).toBeLessThan(firstLoss * 0.7);
  expect(latestAccuracy).toBeGreaterThan(firstAccuracy);
  expect(latestAccuracy).toBeGreaterThanOrEqual(0.9);

  const trained = await columnNumbers(weights);
  const tokens = await figure.getByTestId('weights').locator('thead th[scope="col"]').allTextContents();
  expect(tokens[1 + trained.indexOf(Math.max(...trained))]).toBe('animal');
  await expect(figure.getByTestId('answer')).toHaveText(
    /“it” is \S+ — (right\.|wrong, it should be animal\.)/,
  );
});

test('a seed in the link that is not a seed falls back to the default with a note', async ({ page }) => {
  await page.goto('where-weights-come-from/?seed=-3');
  const figure = await hydratedFigure(page, 'Train it yourself');
  await expect(figure.getByRole('status').filter({ hasText: 'can’t be shown here' })).toContainText('“-3”');
  await expect(figure.getByLabel('Seed')).toHaveValue('1');
});

test('at 360 px the figure’s text is at least 12 px, and the bars of “it” read out their words and share', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('where-weights-come-from/');
  const figure = await hydratedFigure(page, 'Train it yourself');
  const smallest = await smallestText(figure);
  expect(smallest.px, smallest.text).toBeGreaterThanOrEqual(12);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const { weights } = untrainedRow(1);
  const bars = figure.getByRole('list', { name: /Attention of “it”/ }).getByRole('listitem');
  await expect(bars).toHaveCount(weights.length);
  // Each curve downloads as SVG with its caption and its state.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Download SVG' }).first().click(),
  ]);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.startsWith('<svg')).toBe(true);
  // The caption is wrapped into lines of text under the picture.
  expect(text.replace(/<\/text><text[^>]*>/g, ' ')).toContain(
    'Train it yourself: the loss against the training step (seed 1)',
  );
  expect(text).toContain('Not trained yet.');
  await bars.nth(1).hover();
  await expect(figure.getByTestId('readout').nth(2)).toHaveText(
    `“it” → “animal”: ${percent(weights[1]!)} of its attention`,
  );
});

// One visit of a link with seed 7, its checks in turn as steps (a failure names the step): the download of the
// untrained model's attention first, then training, the curves and Reset back to that untrained model.
test('a link with seed 7: its untrained attention downloads with the seed and the answer; Reset goes back to it, and a bad seed is refused with a message', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('where-weights-come-from/?seed=7');
  const figure = await hydratedFigure(page, 'Train it yourself');
  await test.step('Download SVG of the attention of “it” saves its bars with the seed and the model’s answer', async () => {
    const { weights, answer } = untrainedRow(7);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Download SVG' }).last().click(),
    ]);
    const file = await readFile((await download.path())!, 'utf8');
    expectStandAlone(file, 1);
    const drawn = [...file.matchAll(/<rect[^>]*data-value="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(drawn).toHaveLength(weights.length);
    drawn.forEach((w, j) => expect(w).toBeCloseTo(weights[j]!, 12));
    const text = exportedText(file);
    expect(text).toContain('Train it yourself: the attention of “it”');
    expect(text).toContain(`${SOURCE_SENTENCE} — seed 7, step 0; the model answers ${answer}`);
  });
  await test.step('Reset goes back to the untrained model; a bad seed is refused with a message', async () => {
    await openNumbers(figure);
    const seed = figure.getByLabel('Seed');
    await expect(seed).toHaveValue('7');
    const untrained = untrainedRow(7).weights;
    const weights = figure.getByTestId('weights').locator('tbody td');
    (await columnNumbers(weights)).forEach((w, j) =>
      expect(Math.abs(w - untrained[j]!)).toBeLessThanOrEqual(0.0005),
    );

    await seed.fill('twelve');
    await figure.getByRole('button', { name: 'Train' }).click();
    await expect(figure.getByRole('alert')).toHaveText(
      'The seed must be a whole number from 0 to 2147483647.',
    );
    await expect(figure.getByRole('button', { name: 'Stop' })).toBeDisabled();

    await seed.fill('7');
    await figure.getByRole('button', { name: 'Train' }).click();
    await expect
      .poll(async () => number(figure.getByTestId('latest-step')), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await figure.getByRole('button', { name: 'Stop' }).click();
    await expect(figure.getByRole('status').filter({ hasText: 'Stopped at step' })).toBeVisible();

    // The curves: one point per report, each answering the pointer and the keyboard with its step and value.
    const latestStep = await number(figure.getByTestId('latest-step'));
    const latestLoss = Number(await figure.getByTestId('latest-loss').textContent());
    const loss = figure.getByRole('group', { name: 'Loss' });
    const points = loss.getByRole('listitem');
    await expect(points).toHaveCount(latestStep / 10);
    await expect(points.last()).toHaveAttribute('data-step', String(latestStep));
    expect(Math.abs(Number(await points.last().getAttribute('data-value')) - latestLoss)).toBeLessThan(5e-5);
    // The drawn line goes through every point (d3-shape: one M and a line to each further point).
    expect((await loss.locator('path.curve').getAttribute('d'))!.match(/[ML]/g)).toHaveLength(
      latestStep / 10,
    );
    const lossReadout = figure.getByTestId('readout').nth(0);
    await points.first().focus();
    await page.keyboard.press('End');
    await expect(points.last()).toBeFocused();
    const lastLoss = Number(await points.last().getAttribute('data-value'));
    await expect(lossReadout).toHaveText(`Loss, step ${latestStep}: ${decimal(lastLoss, 3)}`);
    const accuracy = figure.getByRole('group', { name: 'Test accuracy' }).getByRole('listitem');
    await accuracy.first().hover();
    const firstAccuracy = Number(await accuracy.first().getAttribute('data-value'));
    await expect(figure.getByTestId('readout').nth(1)).toHaveText(
      `Test accuracy, step 10: ${percent(firstAccuracy)}`,
    );

    await figure.getByRole('button', { name: 'Reset' }).click();
    await expect(figure.getByTestId('latest-step')).toHaveText('—');
    (await columnNumbers(weights)).forEach((w, j) =>
      expect(Math.abs(w - untrained[j]!)).toBeLessThanOrEqual(0.0005),
    );
  });
});
