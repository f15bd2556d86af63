import { expect, test } from '@playwright/test';
import { row } from '../../src/core';
import { SOURCE_SENTENCE, WIDE_TWIN, loadPretrained, pointerHead, resolve } from '../../src/model';
import { hydratedFigure } from './widget';

const model = loadPretrained();
const pointerRow = (sentence: string) => {
  const r = resolve(model, sentence);
  return {
    tokens: r.tokens,
    pronoun: r.pronoun,
    weights: row(pointerHead(r).weights, r.pronoun),
    answer: r.referent,
  };
};

/** The drawn attention lines' stroke widths, one per word other than the pronoun, in sentence order. */
async function lineWidths(figure: import('@playwright/test').Locator): Promise<number[]> {
  return figure
    .locator('path.arc')
    .evaluateAll((paths) => paths.map((p) => Number(p.getAttribute('stroke-width'))));
}

test('the home hero draws the model’s pointer weights at "it" and the switch moves them', async ({
  page,
}) => {
  await page.goto('./');
  const figure = await hydratedFigure(page, 'One step to any word.');
  for (const [label, sentence] of [
    ['too tired', SOURCE_SENTENCE],
    ['too wide', WIDE_TWIN],
  ] as const) {
    await figure.getByRole('radio', { name: label }).check();
    const { weights, pronoun, tokens, answer } = pointerRow(sentence);
    const others = weights.filter((_, i) => i !== pronoun);
    const widths = await lineWidths(figure);
    expect(widths).toHaveLength(others.length);
    // Width grows with the weight: the widest line is the model's answer, and the order of widths is the order of weights.
    const widest = widths.indexOf(Math.max(...widths));
    expect(tokens.filter((_, i) => i !== pronoun)[widest]).toBe(tokens[answer]);
    widths.forEach((w, i) => expect(w).toBeCloseTo(0.6 + 6 * others[i]!, 6));
    await expect(figure.getByTestId('weights').locator('td').first()).toHaveText(weights[0]!.toFixed(4));
  }
});

test('pointing at a word or moving to it by keyboard reads its weight out', async ({ page }) => {
  await page.goto('./');
  const figure = await hydratedFigure(page, 'One step to any word.');
  const { weights, tokens } = pointerRow(SOURCE_SENTENCE);
  const street = tokens.indexOf('street');
  await figure.locator('g.word').nth(street).hover();
  await expect(figure.getByTestId('readout')).toHaveText(
    `“it” → “street”: ${Math.round(100 * weights[street]!)} % of its attention.`,
  );
  await figure.getByRole('group', { name: /arrow keys move/ }).focus();
  await page.keyboard.press('ArrowDown');
  await page.mouse.move(0, 0);
  await expect(figure.getByTestId('readout')).toContainText(
    `“it” → “animal”: ${Math.round(100 * weights[1]!)} %`,
  );
  await expect(figure.getByTestId('readout')).toContainText('the model’s answer');
});
