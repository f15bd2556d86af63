import { expect, test } from '@playwright/test';
import { rnnInfluences, seededRnn } from '../../src/core';
import { wordVectors } from '../../src/core/word-vectors';
import { ANIMAL, MAX_FILLERS, memorySentence } from '../../src/widgets/memory-sentence';
import { columnNumbers, hydratedFigure } from './widget';

// What the figure must show, computed here with the core: ‖∂h_it/∂x_animal‖ of the seed-7 RNN (8 in, 16 hidden).
const rnn = seededRnn(7, 8, 16);
const expected = Array.from({ length: MAX_FILLERS + 1 }, (_, k) => {
  const words = memorySentence(k);
  return rnnInfluences(wordVectors(words, 8, 7), rnn, words.length - 1)[ANIMAL]!;
});
const RELATIVE = 5e-3; // the table prints 3 significant digits

test('the table holds the core’s Jacobian norm for every filler count, decaying with distance', async ({
  page,
}) => {
  await page.goto('why-attention/');
  const figure = await hydratedFigure(page, 'Memory over distance');
  await figure.getByText('The numbers').click();
  const shown = await columnNumbers(figure.getByTestId('rnn-influence'));
  expect(shown).toHaveLength(expected.length);
  shown.forEach((value, k) => expect(Math.abs(value / expected[k]! - 1), `row ${k}`).toBeLessThan(RELATIVE));
  // The point of the figure: forty filler words leave less than a thousandth of the influence.
  expect(shown[MAX_FILLERS]! / shown[0]!).toBeLessThan(1e-3);
});

test('the slider moves "animal" away by keyboard and the readout follows', async ({ page }) => {
  await page.goto('why-attention/');
  const figure = await hydratedFigure(page, 'Memory over distance');
  const slider = figure.getByRole('slider', { name: /Filler words between/ });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', '0 filler words; “animal” is 6 words before “it”');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('3');
  const readout = figure.locator('.readout');
  await expect(readout).toContainText('At 9 words apart');
  const value = Number((await readout.locator('strong').textContent()) ?? NaN);
  expect(Math.abs(value / expected[3]! - 1)).toBeLessThan(RELATIVE);
  await expect(figure.locator('.sentence .filler')).toHaveCount(3);
  await page.keyboard.press('End');
  await expect(figure.locator('.sentence .filler')).toHaveCount(MAX_FILLERS);
  await expect(readout).toContainText(`At ${MAX_FILLERS + 6} words apart`);
});
