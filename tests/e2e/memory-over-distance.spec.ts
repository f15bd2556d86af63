import { expect, test } from '@playwright/test';
import { rnnInfluences, seededRnn } from '../../src/core';
import { wordVectors } from '../../src/core/word-vectors';
import { ANIMAL, MAX_FILLERS, memorySentence } from '../../src/widgets/memory-sentence';
import { shareInWords } from '../../src/widgets/parts/share-words';
import { smallestText } from './text-size';
import { columnNumbers, hydratedFigure } from './widget';

// What the figure must show, computed here with the core: ‖∂h_it/∂x_animal‖ of the seed-7 RNN (8 in, 16 hidden).
const rnn = seededRnn(7, 8, 16);
const expected = Array.from({ length: MAX_FILLERS + 1 }, (_, k) => {
  const words = memorySentence(k);
  return rnnInfluences(wordVectors(words, 8, 7), rnn, words.length - 1)[ANIMAL]!;
});
const RELATIVE = 5e-3; // the table prints 3 significant digits
const DISTANCE_0 = memorySentence(0).length - 1 - ANIMAL;

// One visit of the page at its defaults, the figure's checks in turn as steps (a failure names the step); each
// leaves the figure as the next one expects. The numbers open before the pointer rests on the chart; the slider
// comes last and starts from its own Home.
test('on a desktop: the figure comes first, the table of Jacobian norms, the curve on its log axis, and the slider by keyboard', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('why-attention/');
  await test.step('the figure comes first: within the first screen on a desktop', async () => {
    // Measured as the page is first laid out, before the figure starts.
    const top = await page
      .getByRole('figure', { name: 'Memory over distance' })
      .evaluate((f) => f.getBoundingClientRect().top + window.scrollY);
    expect(top, '1280 px wide').toBeLessThan(800 - 100);
  });
  const figure = await hydratedFigure(page, 'Memory over distance');
  await test.step('the table holds the core’s Jacobian norm for every filler count, decaying with distance', async () => {
    await figure.getByText('The numbers').click();
    const shown = await columnNumbers(figure.getByTestId('rnn-influence'));
    expect(shown).toHaveLength(expected.length);
    shown.forEach((value, k) =>
      expect(Math.abs(value / expected[k]! - 1), `row ${k}`).toBeLessThan(RELATIVE),
    );
    // The point of the figure: forty filler words leave less than a thousandth of the influence.
    expect(shown[MAX_FILLERS]! / shown[0]!).toBeLessThan(1e-3);
  });
  await test.step('the curve is drawn where the core puts it on the log axis, labelled 10⁻⁴ style; pointing reads a point', async () => {
    const chart = figure.getByRole('img', { name: /Influence of “animal”/ });
    // Two labelled powers of ten on the axis give the scale; the current point must sit at log10 of its ratio.
    const ticks = await chart
      .locator('.axis text')
      .evaluateAll((texts) =>
        texts
          .map((t) => ({ label: t.textContent ?? '', y: Number(t.getAttribute('y')) }))
          .filter((t) => /^10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(t.label)),
      );
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.some((t) => t.label === '10⁻⁴')).toBe(true);
    const power = (label: string) =>
      Number(
        label
          .slice(2)
          .replace('⁻', '-')
          .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(d))),
      );
    const [a, b] = [ticks[0]!, ticks.at(-1)!];
    const yOf = (ratio: number) =>
      a.y + ((Math.log10(ratio) - power(a.label)) / (power(b.label) - power(a.label))) * (b.y - a.y);
    const cy = Number(await chart.locator('circle.now').getAttribute('cy'));
    expect(cy).toBeCloseTo(yOf(expected[12]! / expected[0]!), 0);

    // Hover at the far right reads the farthest point; a click moves the slider there.
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width - 16, box.y + box.height / 2);
    await expect(figure.getByTestId('readout')).toContainText(`At ${DISTANCE_0 + MAX_FILLERS} words apart`);
    await page.mouse.click(box.x + box.width - 16, box.y + box.height / 2);
    await expect(figure.getByRole('slider', { name: /Filler words between/ })).toHaveValue(
      String(MAX_FILLERS),
    );
  });
  await test.step('the slider moves "animal" away by keyboard and the readout follows, in words for people', async () => {
    // The pointer off the chart (the chart reads out the point under a resting pointer).
    await page.mouse.move(0, 0);
    const slider = figure.getByRole('slider', { name: /Filler words between/ });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', '0 filler words; “animal” is 6 words before “it”');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveValue('3');
    const readout = figure.getByTestId('readout');
    await expect(readout).toHaveText(
      `At 9 words apart (3 filler words), a nudge to “animal” still moves the RNN’s state at “it” — by ${shareInWords(expected[3]! / expected[0]!)} of what it did with no filler words.`,
    );
    await expect(figure.locator('.sentence .filler')).toHaveCount(3);
    await page.keyboard.press('End');
    await expect(figure.locator('.sentence .filler')).toHaveCount(MAX_FILLERS);
    await expect(readout).toContainText(`At ${MAX_FILLERS + 6} words apart`);
    await expect(readout).toContainText(shareInWords(expected[MAX_FILLERS]! / expected[0]!));
    // Numbers for people: no e-notation anywhere in the figure outside its numbers table.
    const visible = await figure.evaluate((f) =>
      [...f.querySelectorAll(':scope > :not(details)')].map((e) => e.textContent).join(' '),
    );
    expect(visible).not.toMatch(/\de-?\d/);
  });
});

test('on a 360 px phone: the figure by the second screen, and no text of it below 12 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('why-attention/');
  await test.step('the figure comes first: by the second screen on a phone', async () => {
    // Measured as the page is first laid out, before the figure starts.
    const top = await page
      .getByRole('figure', { name: 'Memory over distance' })
      .evaluate((f) => f.getBoundingClientRect().top + window.scrollY);
    expect(top, '360 px wide').toBeLessThan(2 * 740 - 100);
  });
  const figure = await hydratedFigure(page, 'Memory over distance');
  const smallest = await smallestText(figure);
  expect(smallest.px, smallest.text).toBeGreaterThanOrEqual(12);
});
