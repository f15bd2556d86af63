import { expect, test, type Locator } from '@playwright/test';
import { row, softmaxRows, toRows } from '../../src/core';
import { SOURCE_SENTENCE, WIDE_TWIN, loadPretrained, pointerHead, resolve } from '../../src/model';
import { percent } from '../../src/widgets/format';
import { tokenLabels } from '../../src/widgets/parts/labels';
import { smallestText } from './text-size';
import { hydratedFigure, openDetails, refusesBadSentences } from './widget';

// What the pie must show, computed here with the model and the core: the pointer head's scaled scores, through
// softmax at temperature T, row by row.
const model = loadPretrained();
function pointer(sentence: string) {
  const result = resolve(model, sentence);
  const head = pointerHead(result);
  const weights = (T: number) => toRows(softmaxRows(head.scaled, T));
  const rowOf = (word: string, T: number) => row(softmaxRows(head.scaled, T), result.tokens.indexOf(word));
  return { result, weights, rowOf };
}
const tired = pointer(SOURCE_SENTENCE);
const wide = pointer(WIDE_TWIN);
const printed = (values: number[]) => values.map((w) => w.toFixed(3));

/** The displayed slice weights (3 decimals), the largest slice, and the total of the slices. */
async function expectPie(figure: Locator, weights: number[], largest: string) {
  await expect(figure.getByTestId('slice-weight')).toHaveText(printed(weights));
  await expect(figure.getByTestId('largest')).toContainText(`Largest slice: ${largest}, `);
  await expect(figure.getByTestId('total')).toHaveText(/: 1\.000$/);
  // The biggest slice drawn is the same word.
  const drawn = await figure
    .locator('svg .slice')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-word'), Number(e.getAttribute('data-weight'))]),
    );
  const biggest = drawn.reduce((a, b) => (Number(b[1]) > Number(a[1]) ? b : a));
  expect(biggest[0]).toBe(largest);
}

/** Each drawn slice's word, its angles read back from its path (clockwise from 12 o'clock) and its large-arc flag. */
async function drawnSlices(figure: Locator) {
  return figure.locator('svg path.slice').evaluateAll((paths) =>
    paths.map((p) => {
      const d = p.getAttribute('d') ?? '';
      const n = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
      // M x0,y0 A r,r,0,large,sweep,x1,y1 L0,0Z (d3-shape's arc around the centre)
      const turn = (x: number, y: number) => (Math.atan2(x, -y) + 2 * Math.PI) % (2 * Math.PI);
      return {
        word: p.getAttribute('data-word'),
        from: turn(n[0]!, n[1]!),
        to: turn(n[7]!, n[8]!),
        large: n[5],
        arcs: (d.match(/A/g) ?? []).length,
      };
    }),
  );
}

/** The angles drawn are the model's weights: each slice spans 2π × its weight, clockwise in sentence order. */
async function expectAngles(figure: Locator, weights: number[]) {
  const drawn = await drawnSlices(figure);
  const tokens = tokenLabels(tired.result.tokens);
  let start = 0;
  const expected = weights.map((w, j) => {
    const slice = { word: tokens[j], from: start, to: start + 2 * Math.PI * w, large: w > 0.5 ? 1 : 0 };
    start = slice.to;
    return slice;
  });
  const shown = expected.filter((_, j) => weights[j]! >= 0.001);
  expect(drawn.map((d) => d.word)).toEqual(shown.map((e) => e.word));
  const same = (a: number, b: number) => Math.abs(Math.sin((a - b) / 2)) < 1e-3;
  for (const [i, d] of drawn.entries()) {
    expect(d.arcs).toBe(1);
    expect(same(d.from, shown[i]!.from), `${d.word} starts at ${shown[i]!.from}`).toBe(true);
    expect(same(d.to, shown[i]!.to), `${d.word} ends at ${shown[i]!.to}`).toBe(true);
    expect(d.large).toBe(shown[i]!.large);
  }
}

// One visit, the figure's checks in turn as steps (a failure names the step); each step leaves the figure at "it",
// the tired sentence and T = 1 unless it says otherwise, as the next one expects.
test('the pie: defaults, pointer and keyboard, the switch, a bad sentence, the temperature, and links', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('softmax/');
  let figure = await hydratedFigure(page, 'Attention pie');

  await test.step('by default the pie is the attention of "it", and "animal" has the largest slice', async () => {
    await expect(figure.getByLabel('Whose attention')).toHaveValue('it');
    await figure.getByText('From scores to slices').click();
    await expectPie(figure, tired.rowOf('it', 1), 'animal');
    // The model's own answer is the largest slice.
    expect(tired.result.tokens[tired.result.referent]).toBe('animal');
    // Every row of the weights table is the core's softmax of the scaled scores.
    await figure.getByText('Every word’s attention').click();
    const table = figure.getByTestId('weights');
    for (const [i, weights] of tired.weights(1).entries()) {
      await expect(table.locator('tbody tr').nth(i).locator('td')).toHaveText(printed(weights));
    }
  });

  await test.step('pointing at or focusing a slice reads its words and share; arrow keys move between slices', async () => {
    const weights = tired.rowOf('it', 1);
    const tokens = tired.result.tokens;
    const readout = figure.getByTestId('readout');
    // Point inside the "animal" slice: halfway out along its middle angle (clockwise from 12 o'clock).
    const before = weights.slice(0, tokens.indexOf('animal')).reduce((a, b) => a + b, 0);
    const mid = 2 * Math.PI * (before + weights[tokens.indexOf('animal')]! / 2);
    // The tables the step before opened may have scrolled the pie: bring it back into view to point at it.
    await figure.locator('svg circle.rim').scrollIntoViewIfNeeded();
    const rim = (await figure.locator('svg circle.rim').boundingBox())!;
    const [cx, cy, r] = [rim.x + rim.width / 2, rim.y + rim.height / 2, rim.width / 2];
    await page.mouse.move(cx + 0.5 * r * Math.sin(mid), cy - 0.5 * r * Math.cos(mid));
    await expect(readout).toHaveText(
      `it → animal: ${percent(weights[tokens.indexOf('animal')]!)} of its attention`,
    );
    await page.mouse.move(0, 0);
    // One tab stop: the largest slice; → moves to the next slice drawn in sentence order.
    await figure.getByRole('listitem', { name: /it → animal/ }).focus();
    await expect(readout).toContainText('it → animal');
    await page.keyboard.press('ArrowRight');
    const drawn = tokens.filter((_, j) => weights[j]! >= 0.001);
    const next = drawn[drawn.indexOf('animal') + 1]!;
    await expect(readout).toHaveText(
      `it → ${next}: ${percent(weights[tokens.indexOf(next)]!)} of its attention`,
    );
    await expect(figure.locator('svg path.slice[tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Home');
    await expect(readout).toContainText(`it → ${drawn[0]}:`);
  });

  await test.step('the adjective switch moves the largest slice from "animal" to "street" and back', async () => {
    await openDetails(figure, 'From scores to slices');
    await figure.getByRole('radio', { name: /too wide/ }).check();
    await expectPie(figure, wide.rowOf('it', 1), 'street');
    await expect(page).toHaveURL(/[?&]sentence=[^&]*wide/);
    await figure.getByRole('radio', { name: /too tired/ }).check();
    await expectPie(figure, tired.rowOf('it', 1), 'animal');
  });

  await test.step('a sentence the model cannot read gets a message and the pie keeps its numbers', async () => {
    await openDetails(figure, 'From scores to slices');
    await refusesBadSentences(page, () => expectPie(figure, tired.rowOf('it', 1), 'animal'));
  });

  await test.step('the slices drawn span the angles of the model’s weights, with the large-arc flag where a slice passes half', async () => {
    await figure.scrollIntoViewIfNeeded();
    await expectAngles(figure, tired.rowOf('it', 1));
    // "animal" takes more than half: the only slice drawn the long way round.
    expect((await drawnSlices(figure)).filter((d) => d.large === 1).map((d) => d.word)).toEqual(['animal']);
  });

  await test.step('the temperature slider, from the keyboard, spreads the attention, keeps the total at 1 and the angles right', async () => {
    await openDetails(figure, 'From scores to slices');
    const slider = figure.getByRole('slider', { name: /Temperature/ });
    await expect(slider).toHaveAttribute('aria-valuetext', 'T = 1, as the model computes');
    await slider.focus();
    for (let i = 0; i < 16; i++) await page.keyboard.press('ArrowRight'); // 16 quarter steps of log₂ T: T = 16
    await expect(slider).toHaveAttribute('aria-valuetext', 'T = 16');
    const hot = tired.rowOf('it', 16);
    await expectPie(figure, hot, 'animal');
    await expectAngles(figure, hot);
    // A higher temperature flattens the distribution: the largest weight falls, the smallest rises.
    const cold = tired.rowOf('it', 1);
    expect(Math.max(...hot)).toBeLessThan(Math.max(...cold));
    expect(Math.min(...hot)).toBeGreaterThan(Math.min(...cold));
    // More slices are big enough to carry a label on the chart.
    expect(await figure.locator('svg text.label').count()).toBeGreaterThan(1);
    // On a desktop the pie is at least 320 px across.
    const rim = await figure.locator('svg circle.rim').boundingBox();
    expect(rim!.width).toBeGreaterThanOrEqual(320);
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', 'T = 32');
    await expectPie(figure, tired.rowOf('it', 32), 'animal');
  });

  await test.step('a link reproduces the view: word, temperature and sentence', async () => {
    await figure.getByLabel('Whose attention').selectOption('street');
    await figure.getByRole('radio', { name: /too wide/ }).check();
    const slider = figure.getByRole('slider', { name: /Temperature/ });
    await slider.focus();
    // From T = 32 (the step before), 12 quarter steps of log₂ T down: T = 4.
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuetext', 'T = 4');
    await expect(page).toHaveURL(/[?&]word=street(&|$)/);
    await expect(page).toHaveURL(/[?&]T=4(&|$)/);
    const link = page.url();

    await page.goto('about:blank');
    await page.goto(link);
    figure = await hydratedFigure(page, 'Attention pie');
    await expect(figure.getByLabel('Whose attention')).toHaveValue('street');
    await expect(figure.getByRole('slider', { name: /Temperature/ })).toHaveAttribute(
      'aria-valuetext',
      'T = 4',
    );
    await expect(figure.getByRole('radio', { name: /too wide/ })).toBeChecked();
    await figure.getByText('From scores to slices').click();
    const expected = wide.rowOf('street', 4);
    const top = wide.result.tokens[expected.indexOf(Math.max(...expected))]!;
    await expectPie(figure, expected, top);
  });

  await test.step('bad values in the link fall back to the defaults with a visible note; nothing is injected', async () => {
    await page.goto('softmax/?T=%3Cscript%3Ealert(1)%3C%2Fscript%3E&word=zebra');
    figure = await hydratedFigure(page, 'Attention pie');
    await expect(figure.getByRole('status').filter({ hasText: 'temperature' })).toContainText(
      '“<script>alert(1)</script>” can’t be shown here',
    );
    await expect(figure.getByRole('status').filter({ hasText: 'zebra' })).toContainText(
      'not in this sentence',
    );
    await expect(figure.getByLabel('Whose attention')).toHaveValue('it');
    await expect(figure.getByRole('slider', { name: /Temperature/ })).toHaveAttribute(
      'aria-valuetext',
      'T = 1, as the model computes',
    );
    await expect(figure.locator('script')).toHaveCount(0);
    await figure.getByText('From scores to slices').click();
    await expectPie(figure, tired.rowOf('it', 1), 'animal');
  });
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('labels stay ≥ 12 px, never overlap, and the figure keeps its height at every temperature', async ({
    page,
  }) => {
    await page.goto('softmax/');
    const figure = await hydratedFigure(page, 'Attention pie');
    const svg = figure.locator('svg').first();
    const height = (await svg.boundingBox())!.height;
    const slider = figure.getByRole('slider', { name: /Temperature/ });
    for (const key of ['End', 'Home', 'End']) {
      await slider.focus();
      await page.keyboard.press(key);
      await expect(slider).toHaveAttribute('aria-valuetext', key === 'End' ? 'T = 32' : 'T = 0.125');
      expect((await svg.boundingBox())!.height).toBeCloseTo(height, 0);
      expect((await smallestText(figure)).px).toBeGreaterThanOrEqual(12);
      const boxes = await figure.locator('svg text.label').evaluateAll((els) =>
        els.map((e) => {
          const b = e.getBoundingClientRect();
          return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
        }),
      );
      const frame = (await svg.boundingBox())!;
      for (const [i, a] of boxes.entries()) {
        expect(a.left).toBeGreaterThanOrEqual(frame.x - 0.5);
        expect(a.right).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
        expect(a.top).toBeGreaterThanOrEqual(frame.y - 0.5);
        expect(a.bottom).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
        for (const b of boxes.slice(i + 1)) {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart).toBe(true);
        }
      }
    }
    // At T = 32 the weights are nearly even: many slices, and labels on both sides.
    expect(await figure.locator('svg text.label').count()).toBeGreaterThan(4);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the default pie and its numbers are in the page', async ({ page }) => {
    await page.goto('softmax/');
    const figure = page.getByRole('figure', { name: 'Attention pie' });
    await expect(figure.locator('svg .slice').first()).toBeVisible();
    await expect(figure.getByTestId('largest')).toContainText('Largest slice: animal');
    await expect(figure.getByTestId('slice-weight')).toHaveText(printed(tired.rowOf('it', 1)));
  });
});
