import { expect, test, type Locator } from '@playwright/test';
import { headCost, row, toRows } from '../../src/core';
import { HEAD_ROLES, loadPretrained, POINTER, resolve, SOURCE_SENTENCE, WIDE_TWIN } from '../../src/model';
import { ablationAccuracy } from '../../src/model/ablation';
import { layerInputs } from '../../src/model/layer-inputs';
import { fixed } from '../../src/widgets/format';
import { downloadSvg, expectStandAlone, exportedText } from './download';
import { expectStripDraws } from './vector-bars';
import { smallestText } from './text-size';
import { hydratedFigure } from './widget';

// What the figures must show, computed here with the model and the core.
const model = loadPretrained();
const tired = resolve(model, SOURCE_SENTENCE);
const KEYS = HEAD_ROLES.map((r) => `L${r.layer + 1}H${r.head + 1}`);
const weightsOf = (resolution: typeof tired, key: string) => {
  const role = HEAD_ROLES[KEYS.indexOf(key)]!;
  return toRows(resolution.layers[role.layer]!.heads[role.head]!.weights);
};
const printed = (values: number[]) => values.map((v) => fixed(v, 3));
/** The browser's exp may differ from Node's in the last bit: drawn values are compared to 12 decimals. */
const DIGITS = 12;
function expectClose(actual: number[], expected: number[]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i]!, DIGITS));
}
const drawn = (cells: Locator) =>
  cells.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));

/** The data-value of every rect of an exported file, in document order. */
const exportedValues = (file: string) =>
  [...file.matchAll(/<rect[^>]*data-value="([^"]+)"/g)].map((m) => Number(m[1]));
const sentenceOf = (tokens: readonly string[]) => tokens.join(' ');

// Each figure in one visit, its checks as steps (a failure names the step); a step restores what the next one
// expects to find, or says what it starts from.
test.describe('All heads at once', () => {
  test('the maps, their roles and numbers; the download; locking a head, a word and the switch', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('multi-head-attention/');
    const figure = await hydratedFigure(page, 'All heads at once');
    await test.step('shows one map per head, each drawing the model’s weights, with its measured role', async () => {
      const thumbs = figure.locator('button.thumb');
      await expect(thumbs).toHaveCount(5);
      expect(KEYS).toEqual(['L1H1', 'L1H2', 'L1H3', 'L1H4', 'L2H1']);
      for (const [h, key] of KEYS.entries()) {
        const thumb = figure.locator(`button.thumb[data-head="${key}"]`);
        expectClose(await drawn(thumb.locator('rect[data-value]')), weightsOf(tired, key).flat());
        await expect(thumb).toContainText(`${HEAD_ROLES[h]!.role} ${HEAD_ROLES[h]!.value.toFixed(2)}`);
      }
      await figure.getByText('Every head’s weights, as numbers').click();
      for (const key of KEYS) {
        const table = figure.locator(`[data-head="${key}"]`).getByTestId('weights');
        for (const [i, weights] of weightsOf(tired, key).entries()) {
          await expect(table.locator('tbody tr').nth(i).locator('td')).toHaveText(printed(weights));
        }
      }
    });
    await test.step('Download SVG: All heads at once: the enlarged map with its head, then every head’s small map, the caption and the sentence', async () => {
      await figure.locator('button.thumb[data-head="L1H3"]').click();
      const file = await downloadSvg(page, figure);
      expectStandAlone(file, 1 + KEYS.length);
      expectClose(
        exportedValues(file),
        [weightsOf(tired, 'L1H3'), ...KEYS.map((key) => weightsOf(tired, key))].flat(2),
      );
      const text = exportedText(file);
      expect(text).toContain('All heads at once: L1H3');
      expect(text).toContain(`${sentenceOf(tired.tokens)} — L1H3`);
      expect(text).toContain('the row of “it” outlined');
      expect(text).toContain(`every head’s map: ${KEYS.join(', ')}`);
    });
    // The download locked L1H3: unlocked again, the enlarged map is L1H1's, as the next step starts from.
    await figure.locator('button.thumb[data-head="L1H3"]').click();
    await expect(figure.locator('button.thumb[data-head="L1H3"]')).toHaveAttribute('aria-pressed', 'false');
    await page.mouse.move(0, 0);
    await test.step('locking a head and choosing a word update the enlarged map and every head’s row', async () => {
      const enlarged = figure.getByTestId('enlarged');
      const enlargedCells = enlarged.locator('rect[data-value]');
      await expect(enlarged).toHaveAttribute('data-head', 'L1H1');

      // Keyboard: Tab to L1H3 and press Enter to lock it.
      const l1h3 = figure.locator('button.thumb[data-head="L1H3"]');
      await l1h3.focus();
      await page.keyboard.press('Enter');
      await expect(l1h3).toHaveAttribute('aria-pressed', 'true');
      await page.mouse.move(0, 0);
      await figure.getByLabel('Query word', { exact: true }).focus();
      await expect(enlarged).toHaveAttribute('data-head', 'L1H3');
      await expect(enlarged).toContainText('locked');
      expectClose(await drawn(enlargedCells), weightsOf(tired, 'L1H3').flat());

      // Hovering another map shows it; leaving it brings the locked one back.
      await figure.locator('button.thumb[data-head="L2H1"]').hover();
      await expect(enlarged).toHaveAttribute('data-head', 'L2H1');
      expectClose(await drawn(enlargedCells), weightsOf(tired, 'L2H1').flat());
      await page.mouse.move(0, 0);
      await expect(enlarged).toHaveAttribute('data-head', 'L1H3');

      // A new query word: its row is outlined in the enlarged map, and the row table shows it for every head.
      const animal = tired.tokens.indexOf('animal');
      await figure.getByLabel('Query word', { exact: true }).selectOption('animal');
      await expect(page).toHaveURL(/[?&]word=animal(&|$)/);
      const rowY = await enlargedCells.nth(animal * tired.tokens.length).getAttribute('y');
      await expect(enlarged.locator('rect.highlight')).toHaveAttribute('y', String(Number(rowY) - 1));
      const rows = figure.getByTestId('query-rows');
      for (const key of KEYS) {
        expectClose(await drawn(rows.locator(`td[data-head="${key}"]`)), weightsOf(tired, key)[animal]!);
      }

      // The adjective switch redraws every map from the other sentence.
      await figure.getByRole('radio', { name: /too wide/ }).check();
      const wide = resolve(model, WIDE_TWIN);
      expect(await drawn(enlargedCells)).not.toEqual(weightsOf(tired, 'L1H3').flat());
      const wideL1H1 = weightsOf(wide, 'L1H1').flat();
      await expect
        .poll(async () => {
          const values = await drawn(figure.locator('button.thumb[data-head="L1H1"] rect[data-value]'));
          return Math.max(...values.map((v, k) => Math.abs(v - wideL1H1[k]!)));
        })
        .toBeLessThan(10 ** -DIGITS);

      // Enter again unlocks.
      await l1h3.focus();
      await page.keyboard.press('Enter');
      await expect(l1h3).toHaveAttribute('aria-pressed', 'false');
    });
  });
});

test.describe('All heads at once on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
  test('the enlarged map fits its frame, with every label ≥ 12 px', async ({ page }) => {
    await page.goto('multi-head-attention/');
    const figure = await hydratedFigure(page, 'All heads at once');
    const frame = figure.getByTestId('enlarged-map');
    const map = frame.locator('svg.heatmap');
    const [frameBox, mapBox] = [(await frame.boundingBox())!, (await map.boundingBox())!];
    expect(mapBox.x).toBeGreaterThanOrEqual(frameBox.x - 0.5);
    expect(mapBox.x + mapBox.width, 'the map’s right edge').toBeLessThanOrEqual(
      frameBox.x + frameBox.width + 0.5,
    );
    // Nothing is hidden past the frame's edge: the frame does not scroll, and every column label is inside it.
    expect(await frame.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    const labels = map.locator('text[role="columnheader"]');
    await expect(labels).toHaveCount(tired.tokens.length);
    for (const label of await labels.all()) {
      const box = (await label.boundingBox())!;
      expect(box.x + box.width, (await label.textContent()) ?? '').toBeLessThanOrEqual(
        frameBox.x + frameBox.width + 0.5,
      );
    }
    const smallest = await smallestText(map);
    expect(smallest.px, `“${smallest.text}”`).toBeGreaterThanOrEqual(12);
  });
});

// The two figures further down, in one visit: the split figure first, then the silence figure (whose heads are
// unsilenced again between its steps).
test.describe('Split, attend, concatenate, mix; Silence a head', () => {
  test('the split figure’s vectors, download and costs; silencing heads, and its download', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('multi-head-attention/');
    let figure = await hydratedFigure(page, 'Split, attend');
    await test.step('its vectors are the core’s per-head outputs and their concatenation, in head order', async () => {
      await figure.getByLabel('Word to follow').selectOption('street');
      const i = tired.tokens.indexOf('street');
      await figure.getByText('The vectors, as numbers').click();
      const table = figure.getByTestId('vectors');
      const cells = (name: string) => table.locator(`tr[data-row="${name}"] td`);
      const layer = tired.layers[0]!;
      await expect(cells('x')).toHaveText(printed(row(layerInputs(model, tired)[0]!.x, i)));
      const outputs = layer.heads.map((h) => row(h.output, i));
      for (const [h, head] of layer.heads.entries()) {
        await expect(cells(`L1H${h + 1} q`)).toHaveText(printed(row(head.q, i)));
        await expect(cells(`L1H${h + 1} output`)).toHaveText(printed(outputs[h]!));
      }
      await expect(cells('concat')).toHaveText(printed(outputs.flat()));
      expect(row(layer.concat, i)).toEqual(outputs.flat());
      await expect(cells('concat·W_O')).toHaveText(printed(row(layer.output, i)));
      // The drawn bars of the concatenation carry the same numbers.
      const strip = figure.getByRole('img', { name: 'concatenated head outputs' });
      const carried = (await strip.getAttribute('data-values'))!.split(' ').map(Number);
      expectClose(carried, row(layer.concat, i));
      await expectStripDraws(strip, row(layer.concat, i), 'concatenated head outputs');
    });
    await test.step('Download SVG: Split, attend, concatenate, mix: every vector of the flow, in the table’s order', async () => {
      // The word followed is “street”, as the step before chose (a link with ?word=street shows the same).
      await expect(figure.getByLabel('Word to follow')).toHaveValue('street');
      const file = await downloadSvg(page, figure);
      expectStandAlone(file, 1);
      const i = tired.tokens.indexOf('street');
      const layer = tired.layers[0]!;
      const perHead = layer.heads.flatMap((h) => [row(h.q, i), row(h.k, i), row(h.v, i), row(h.output, i)]);
      const expected = [
        row(layerInputs(model, tired)[0]!.x, i),
        ...perHead,
        row(layer.concat, i),
        row(layer.output, i),
      ];
      expectClose(exportedValues(file), expected.flat());
      const text = exportedText(file);
      expect(text).toContain('Split, attend, concatenate, mix');
      expect(text).toContain(`${sentenceOf(tired.tokens)} — “street” through layer 1`);
    });
    await test.step('the cost toggle shows equal parameters and counts from the core', async () => {
      const n = tired.tokens.length;
      const split = headCost(n, 32, 4, 8);
      const wide = headCost(n, 32, 1, 32);
      const readout = figure.getByTestId('cost-readout');
      const fmt = (x: number) => x.toLocaleString('en-US');
      await expect(readout).toContainText(
        `4 heads of 8: ${fmt(split.parameters.total)} parameters (the same as`,
      );
      await expect(readout).toContainText(`${fmt(split.flops.total)} FLOPs`);
      await figure.getByRole('radio', { name: '1 head of 32' }).check();
      await expect(readout).toContainText(
        `1 head of 32: ${fmt(wide.parameters.total)} parameters (the same as`,
      );
      await expect(readout).toContainText(`${fmt(wide.flops.total)} FLOPs`);
      const totals = figure.getByTestId('costs').locator('tr', { hasText: 'all weights' }).locator('td');
      await expect(totals).toHaveText([fmt(split.parameters.total), fmt(wide.parameters.total)]);
    });
    figure = await hydratedFigure(page, 'Silence a head');
    await test.step('silencing the head that resolves "it" leaves no answer and 0 %; silencing none restores it', async () => {
      const running = figure.getByTestId('accuracy-running');
      const winograd = figure.getByTestId('accuracy-winograd');
      const percent = (p: number) => `${(100 * p).toFixed(1)} %`;
      const none = ablationAccuracy(model, []);
      await expect(figure.getByTestId('answer-word')).toHaveText('animal');
      await expect(figure.getByTestId('confidence')).toHaveText(
        percent(tired.wordProbabilities[tired.referent]!),
      );
      await expect(running).toHaveText(percent(none.runningExample));

      const pointerKey = `L${POINTER.layer + 1}H${POINTER.head + 1}`;
      await figure.getByRole('checkbox', { name: new RegExp(pointerKey) }).check();
      const silenced = ablationAccuracy(model, [POINTER]);
      expect(silenced.runningExample).toBeLessThan(none.runningExample);
      await expect(running).toHaveText(percent(silenced.runningExample));
      await expect(winograd).toHaveText(percent(silenced.winograd));
      await expect(figure.getByTestId('answer')).toContainText('nothing reaches the readout');

      await figure.getByRole('button', { name: 'Silence none' }).click();
      await expect(figure.getByRole('checkbox', { name: new RegExp(pointerKey) })).not.toBeChecked();
      await expect(figure.getByTestId('answer-word')).toHaveText('animal');
      await expect(running).toHaveText(percent(none.runningExample));
    });
    await test.step('Download SVG: Silence a head: the two accuracies with the silenced heads named', async () => {
      await figure.getByRole('checkbox', { name: /L1H1/ }).check();
      await expect(figure.getByTestId('accuracy-running')).not.toHaveText('');
      const file = await downloadSvg(page, figure);
      expectStandAlone(file, 1);
      const silenced = ablationAccuracy(model, [{ layer: 0, head: 0 }]);
      expectClose(exportedValues(file), [silenced.runningExample, silenced.winograd]);
      const text = exportedText(file);
      expect(text).toContain('Silence a head');
      expect(text).toContain(`Silenced: L1H1. ${SOURCE_SENTENCE}`);
    });
    await figure.getByRole('checkbox', { name: /L1H1/ }).uncheck();
    await expect(figure.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await test.step('silencing L1H1 flips the answer; L1H2 alone costs nothing', async () => {
      const l1h1 = [{ layer: 0, head: 0 }];
      const flipped = resolve(model, SOURCE_SENTENCE, { ablate: l1h1 });
      await figure.getByRole('checkbox', { name: /L1H1/ }).check();
      await expect(figure.getByTestId('answer-word')).toHaveText(flipped.tokens[flipped.referent]!);
      const expected = ablationAccuracy(model, l1h1);
      await expect(figure.getByTestId('accuracy-running')).toHaveText(
        `${(100 * expected.runningExample).toFixed(1)} %`,
      );
      await figure.getByRole('checkbox', { name: /L1H1/ }).uncheck();
      await figure.getByRole('checkbox', { name: /L1H2/ }).check();
      await expect(figure.getByTestId('answer-word')).toHaveText('animal');
      await expect(figure.getByTestId('accuracy-running')).toHaveText(
        `${(100 * ablationAccuracy(model, [{ layer: 0, head: 1 }]).runningExample).toFixed(1)} %`,
      );
    });
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the grid, the flow and the silence figure show their default state', async ({ page }) => {
    await page.goto('multi-head-attention/');
    const grid = page.getByRole('figure', { name: 'All heads at once' });
    await expect(grid.locator('button.thumb')).toHaveCount(5);
    expectClose(
      await drawn(grid.locator('button.thumb[data-head="L2H1"] rect[data-value]')),
      weightsOf(tired, 'L2H1').flat(),
    );
    const silence = page.getByRole('figure', { name: 'Silence a head' });
    await expect(silence.getByTestId('answer-word')).toHaveText('animal');
    await expect(silence.getByTestId('accuracy-running')).toHaveText('100.0 %');
  });
});
