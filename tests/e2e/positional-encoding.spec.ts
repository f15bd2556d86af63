import { expect, test, type Locator } from '@playwright/test';
import { createRandom, randomPermutation, sinusoidalPositions, toRows } from '../../src/core';
import { loadPretrained, resolve, SOURCE_SENTENCE, SUITCASE_TWIN, TROPHY_SENTENCE } from '../../src/model';
import { reorderedVectors } from '../../src/model/word-order';
import { tagPath } from '../../src/model/position-tags';
import { wordMap } from '../../src/model/word-map';
import { tokenLabels } from '../../src/widgets/parts/labels';
import { downloadSvg, expectStandAlone, exportedText } from './download';
import { hydratedFigure } from './widget';

const model = loadPretrained();
const tokens = resolve(model, SOURCE_SENTENCE).tokens;
const ROUNDING = 1e-12;

/** The values of every heat strip, row by row, as drawn. */
async function strips(figure: Locator): Promise<number[][]> {
  return figure
    .locator('svg.strip')
    .evaluateAll((svgs) =>
      svgs.map((svg) => [...svg.querySelectorAll('rect')].map((r) => Number(r.getAttribute('data-value')))),
    );
}

function expectRowsClose(actual: number[][], expected: number[][], tolerance: number) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((r, i) => {
    expect(r).toHaveLength(expected[i]!.length);
    r.forEach((v, j) =>
      expect(Math.abs(v - expected[i]![j]!), `row ${i}, ${j}`).toBeLessThanOrEqual(tolerance),
    );
  });
}

/**
 * The word's path and the dashed line are masked where they would cross a label: every word label the map shows
 * (and the placed word's own) lies inside a cut-out of the lines' mask, so no line is drawn through its text.
 */
async function expectLinesClearOfLabels(figure: Locator) {
  const uncovered = await figure.locator('svg.map').evaluate((svg) => {
    const lines = svg.querySelector('g[mask]');
    const id = lines?.getAttribute('mask')?.match(/url\(#(.+)\)/)?.[1];
    const mask = id ? svg.querySelector(`mask[id="${id}"]`) : null;
    if (!lines || !mask || !lines.querySelector('path') || !lines.querySelector('line'))
      return ['no masked lines'];
    const holes = [...mask.querySelectorAll('rect[fill="black"]')].map((r) =>
      (r as SVGRectElement).getBBox(),
    );
    const texts = [...svg.querySelectorAll('text')].filter((t) => t.closest('mask') === null);
    return texts
      .filter((t) => {
        const b = t.getBBox();
        return !holes.some(
          (h) =>
            h.x <= b.x + 1 &&
            h.y <= b.y + 1 &&
            h.x + h.width >= b.x + b.width - 1 &&
            h.y + h.height >= b.y + b.height - 1,
        );
      })
      .map((t) => t.textContent ?? '');
  });
  expect(uncovered, 'labels the lines may cross').toEqual([]);
}

// One visit of the page at its defaults, the figures' checks in turn as steps (a failure names the step); each
// leaves its figure as the next one expects. The tile moved by keyboard is reloaded from its link midway, and the
// location tags and the tag shift are checked on that reloaded page, at their own defaults.
test('on a desktop: the shuffle’s download, the noun swap, shuffling with positions off and on, a tile by keyboard and its link; the location tags’ download and map; the tag shift', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('positional-encoding/');
  const figure = await hydratedFigure(page, 'Shuffle the sentence');
  await test.step('the shuffled sentence downloads as an SVG with its caption, the order and every word’s vector', async () => {
    const order = randomPermutation(tokens.length, createRandom(1));
    const { after } = reorderedVectors(model, tokens, order, { positions: false });
    const svg = await downloadSvg(page, figure);
    expectStandAlone(svg, 1);
    const text = exportedText(svg);
    expect(text).toContain('Shuffle the sentence: what the trained model’s layer 2 writes at each word');
    const labels = tokenLabels(tokens);
    expect(text).toContain(`Order: ${order.map((i) => labels[i]).join(' ')}. Position vectors off`);
    const values = [...svg.matchAll(/data-value="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(values).toHaveLength(after.length * after[0]!.length);
    values.forEach((v, c) => expect(Math.abs(v - after.flat()[c]!)).toBeLessThanOrEqual(ROUNDING));
  });
  await test.step('the trophy/suitcase answers are the model’s, with positions on and off', async () => {
    const table = figure.getByTestId('noun-swap');
    const swap = (s: string) =>
      s.replace(/trophy|suitcase/g, (w) => (w === 'trophy' ? 'suitcase' : 'trophy'));
    const sentences = [TROPHY_SENTENCE, swap(TROPHY_SENTENCE), SUITCASE_TWIN, swap(SUITCASE_TWIN)];
    const answer = (s: string, positions: boolean) => {
      const r = resolve(model, s, { positions });
      return r.tokens[r.referent]!;
    };
    await expect(table.locator('tbody th')).toHaveText(sentences);
    await expect(table.getByTestId('answer-on')).toHaveText(sentences.map((s) => answer(s, true)));
    await expect(table.getByTestId('answer-off')).toHaveText(sentences.map((s) => answer(s, false)));
    // With positions the swap flips the answer; without, both orders get the same one.
    expect(answer(sentences[0]!, true)).not.toBe(answer(sentences[1]!, true));
    expect(answer(sentences[0]!, false)).toBe(answer(sentences[1]!, false));
  });
  await test.step('shuffling with positions off keeps every word’s vector; with positions on the vectors change', async () => {
    // The default order is the first seeded shuffle; the button draws the next one.
    await figure.getByRole('button', { name: 'Shuffle' }).click();
    const order = randomPermutation(tokens.length, createRandom(2));
    await expect(page).toHaveURL(new RegExp(`order=${order.join('\\.')}`));
    const off = reorderedVectors(model, tokens, order, { positions: false });
    const drawn = await strips(figure);
    // The same vector, moved with its word: equal to the word's vector in the sentence's own order.
    expectRowsClose(drawn, off.before, ROUNDING);
    expectRowsClose(drawn, off.after, ROUNDING);
    await expect(figure.getByTestId('verdict')).toContainText('Every word keeps its vector');
    await expect(figure.getByTestId('answer')).toHaveText(off.reordered.tokens[off.reordered.referent]!);

    await figure.getByRole('radio', { name: /^on/ }).check();
    await expect(figure.getByTestId('verdict')).toContainText('The vectors change');
    const on = reorderedVectors(model, tokens, order, { positions: true });
    const drawnOn = await strips(figure);
    expectRowsClose(drawnOn, on.after, ROUNDING);
    const moved = drawnOn.map((r, i) => Math.max(...r.map((v, j) => Math.abs(v - on.before[i]![j]!))));
    expect(Math.min(...moved)).toBeGreaterThan(0.01);
    await expect(page).toHaveURL(/pe=on/);

    // Back to positions off, as the next step expects.
    await figure.getByRole('radio', { name: /^off/ }).check();
    await expect(figure.getByTestId('verdict')).toContainText('Every word keeps its vector');
    await expect(page).not.toHaveURL(/pe=on/);
  });
  await test.step('a word tile moves with the keyboard, and the order is kept in the link', async () => {
    await figure.getByRole('button', { name: 'Sentence order' }).click();
    await expect(figure.getByTestId('verdict')).toContainText('own order');
    const it = figure.getByRole('button', { name: /^it, word/ });
    await it.click();
    await expect(it).toHaveAttribute('aria-pressed', 'true');
    await it.press('Home');
    const order = [
      tokens.indexOf('it'),
      ...tokens.map((_, i) => i).filter((i) => i !== tokens.indexOf('it')),
    ];
    await expect(page).toHaveURL(new RegExp(`order=${order.join('\\.')}`));
    await expect(figure.getByRole('button', { name: `it, word 1 of ${tokens.length}` })).toBeFocused();
    await page.goto(page.url());
    const again = await hydratedFigure(page, 'Shuffle the sentence');
    await expect(again.getByRole('button', { name: `it, word 1 of ${tokens.length}` })).toBeVisible();
    const off = reorderedVectors(model, tokens, order, { positions: false });
    expectRowsClose(await strips(again), off.after, ROUNDING);
  });
  const tags = await hydratedFigure(page, 'The location tags');
  await test.step('the location tags download as one SVG: the PE map, the wave and PE·PEᵀ stacked at one width', async () => {
    const svg = await downloadSvg(page, tags);
    const [peMap, wave, similarity] = expectStandAlone(svg, 3);
    expect(wave!.viewBox).toEqual([-8, 0, 496, 138]);
    expect(peMap!.y).toBe(0);
    expect(similarity!.y).toBeGreaterThan(wave!.y);
    const text = exportedText(svg);
    expect(text).toContain(
      'The location tags: sinusoidal position vectors PE (d = 32), dimension 5 as a wave',
    );
    const pe = toRows(sinusoidalPositions(24, 32));
    expect(text).toContain(`Position 5, dimension 5: ${pe[5]![4]!.toFixed(3)}.`);
    // The two maps hold PE and PE·PEᵀ cell by cell, and the wave has a dot per position.
    const values = [...svg.matchAll(/data-value="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(values).toHaveLength(24 * 32 + 24 * 24);
    values.slice(0, 24 * 32).forEach((v, c) => expect(Math.abs(v - pe.flat()[c]!)).toBeLessThan(1e-12));
    const dots = svg.slice(svg.indexOf('viewBox="-8 0 496 138"')).match(/<circle/g)?.length;
    expect(dots).toBe(24);
  });
  await test.step('the PE heatmap holds sinusoidalPositions, for the model’s d and a larger one', async () => {
    const grid = tags.getByRole('application').first();
    const cells = () =>
      grid
        .locator('rect[data-value]')
        .evaluateAll((rs) =>
          rs.map((r) => [Number(r.dataset.row), Number(r.dataset.col), Number(r.dataset.value)] as const),
        );
    for (const d of [32, 64]) {
      if (d !== 32) {
        const slider = tags.getByLabel(/^Width/);
        await slider.focus();
        await slider.press('ArrowRight');
        await expect(page).toHaveURL(/d=64/);
      }
      const pe = toRows(sinusoidalPositions(24, d));
      const drawn = await cells();
      expect(drawn).toHaveLength(24 * d);
      for (const [i, j, v] of drawn) expect(Math.abs(v - pe[i]![j]!)).toBeLessThan(1e-12);
    }
    // The keyboard moves the read-out cell.
    await grid.focus();
    await grid.press('ArrowDown');
    await expect(tags.getByTestId('pe-readout')).toContainText('Position 6, dimension 5');
    await expect(tags.getByTestId('pe-value')).toHaveText(
      toRows(sinusoidalPositions(24, 64))[6]![4]!.toFixed(3),
    );
  });
  const shift = await hydratedFigure(page, 'How much the tag moves a word');
  await test.step('the tag shift draws on the embedding map and downloads with its caption and the lengths', async () => {
    const map = wordMap(model);
    const path = tagPath(model, 'animal', 13);
    // The shared map part: one marker per word, the named word ringed, the word at position 3 drawn over it.
    await expect(shift.locator('[data-word]')).toHaveCount(map.words.length);
    await expect(shift.locator('text.named')).toHaveText('animal');
    await expect(shift.getByTestId('tag-norm')).toHaveText(path.tagNorms[3]!.toFixed(2));
    await expectLinesClearOfLabels(shift);
    // Picking another word on the map (focus it, press Enter) places that one.
    const place = map.words[map.groups.indexOf('place')]!;
    await shift.locator(`[data-word="${place}"]`).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`tagword=${place}`));
    await expect(shift.getByLabel('Word', { exact: true })).toHaveValue(place);
    const placed = tagPath(model, place, 13);
    await expect(shift.getByTestId('word-norm')).toHaveText(placed.embeddingNorm.toFixed(2));
    await expectLinesClearOfLabels(shift);
    const svg = await downloadSvg(page, shift);
    expectStandAlone(svg, 1);
    const text = exportedText(svg);
    expect(text).toContain(`How much the tag moves a word: “${place}” + PE(p) for positions 0 to 12`);
    expect(text).toContain(
      `the tag is ${(placed.tagNorms[3]! / placed.embeddingNorm).toFixed(2)} times as long as the word`,
    );
    expect(svg).toContain(`>${place} @ 3</text>`);
    expect(svg.match(/data-word="/g)).toHaveLength(map.words.length);
    // The labels' halo is painted under their letters in the file too (without paint-order it hides them).
    const label = /<text[^>]*>[^<]* @ 3<\/text>/.exec(svg)?.[0] ?? '';
    expect(label).toContain('paint-order="stroke');
  });
});

test('on a phone the tag shift’s lines are clear of the labels too', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('positional-encoding/');
  const figure = await hydratedFigure(page, 'How much the tag moves a word');
  await expectLinesClearOfLabels(figure);
  await figure.getByLabel(/At position/).fill('9');
  await expect(figure.getByText('at position 9', { exact: false }).first()).toBeVisible();
  await expectLinesClearOfLabels(figure);
});
