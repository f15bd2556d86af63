import { expect, test } from '@playwright/test';
import { row } from '../../src/core';
import { SOURCE_SENTENCE, WIDE_TWIN, loadPretrained, pointerHead, resolve } from '../../src/model';
import { downloadSvg, expectStandAlone, exportedText } from './download';
import { hydratedFigure, openNumbers } from './widget';

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

// One visit of the home page at its defaults, the hero's checks in turn as steps (a failure names the step); each
// leaves the hero as the next one expects, resetting with its own switch. The numbers open before a word takes the
// focus.
test('on a desktop: the hero draws the model’s weights and the switch moves them; pointer and keyboard; the download', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('./');
  const figure = await hydratedFigure(page, 'One step to any word.');
  await test.step('the home hero draws the model’s pointer weights at "it" and the switch moves them', async () => {
    await openNumbers(figure);
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
  await test.step('back to “too tired”: its numbers are the first sentence’s again', async () => {
    await figure.getByRole('radio', { name: 'too tired' }).check();
    const { weights } = pointerRow(SOURCE_SENTENCE);
    await expect(figure.getByTestId('weights').locator('td').first()).toHaveText(weights[0]!.toFixed(4));
  });
  await test.step('pointing at a word or moving to it by keyboard reads its weight out', async () => {
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
  await test.step('Download SVG saves the hero for the chosen ending, with its caption and sentence', async () => {
    await figure.getByRole('radio', { name: 'too wide' }).check();
    const file = await downloadSvg(page, figure);
    expectStandAlone(file, 1);
    const { weights, answer, tokens } = pointerRow(WIDE_TWIN);
    // The file draws the lines of the chosen ending: one per word other than "it", as wide as on the page.
    const widths = [...file.matchAll(/<path[^>]*stroke-width="([\d.]+)(?:px)?"/g)].map((m) => Number(m[1]));
    const widest = 0.6 + 6 * weights[answer]!;
    expect(
      widths.some((w) => Math.abs(w - widest) < 0.01),
      `${widest} in ${widths.join(', ')}`,
    ).toBe(true);
    const text = exportedText(file);
    expect(text).toContain('One step to any word');
    expect(text).toContain(
      `${WIDE_TWIN} — the trained model puts ${Math.round(100 * weights[answer]!)} % of the attention of “it” on “${tokens[answer]}”`,
    );
  });
});
