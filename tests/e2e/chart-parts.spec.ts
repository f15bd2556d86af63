import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { toRows } from '../../src/core';
import { SOURCE_SENTENCE, loadPretrained, pointerHead, resolve } from '../../src/model';
import { sequentialFill, signedFill, signedLimit } from '../../src/widgets/parts/colour-scale';
import { tokenLabels } from '../../src/widgets/parts/labels';
import { downloadSvg, expectStandAlone } from './download';
import { drawnAndExpectedFills } from './fills';
import { smallestText } from './text-size';
import { hydratedFigure } from './widget';

// The heatmap part as the scores page draws it: Q·Kᵀ of the pointer head on the sequential scale from the
// matrix's lowest to its highest score, computed here with the model.
const model = loadPretrained();
const result = resolve(model, SOURCE_SENTENCE);
const scores = toRows(pointerHead(result).scores);
const labels = tokenLabels(result.tokens);
const n = labels.length;
const lo = Math.min(...scores.flat());
const hi = Math.max(...scores.flat());
/** ScoreMatrix prints two decimals. */
const HALF_CENT = 0.005 + 1e-9;

/** All the numbers in a text (a real minus sign read as "-"). */
function numbers(text: string): number[] {
  return [...text.replaceAll('−', '-').matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

/** The readout names the cell's row and column words and shows its value (in whatever words the widget uses). */
async function expectReadout(figure: Locator, i: number, j: number) {
  const line = figure.getByTestId('readout');
  await expect(line).toContainText(labels[i]!);
  await expect(line).toContainText(labels[j]!);
  const shown = numbers((await line.textContent()) ?? '');
  expect(
    shown.some((v) => Math.abs(v - scores[i]![j]!) <= HALF_CENT),
    `${labels[i]} → ${labels[j]}: ${scores[i]![j]} in ${shown}`,
  ).toBe(true);
}

test.describe('the heatmap and export parts on /scores/', () => {
  // One visit: the PNG, the colours in both themes (the palette is CSS, light-dark(), so the theme switched live is the
  // theme a page loads in), then pointer, keyboard and tap; each check a step of its own.
  test('the PNG; the heatmap and export parts in light and dark; pointer, keyboard and tap', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('scores/');
    const figure = await hydratedFigure(page, 'Score matrix');
    // First: after three SVG files from the same page, the PNG's download never came (the PNG is saved after an
    // await, and Chromium limits downloads a page starts on its own); as the page's first files it always does.
    await test.step('the PNG is the SVG drawn at twice its size', async () => {
      const file = await downloadSvg(page, figure);
      const [width, height] = file
        .match(/^<svg[^>]* width="([\d.]+)" height="([\d.]+)"/)!
        .slice(1)
        .map(Number);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        figure.getByRole('button', { name: 'Download PNG' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^score-matrix.*\.png$/);
      const png = await readFile((await download.path())!);
      // The PNG signature, then the IHDR chunk: width and height as 32-bit big-endian numbers.
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(width! * 2);
      expect(png.readUInt32BE(20)).toBe(height! * 2);
    });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await test.step(`${colorScheme}: each cell is drawn in its score's colour (sequentialFill from the lowest to the highest, or signedFill)`, async () => {
        const svg = figure.locator('svg.heatmap');
        // The page may draw the scores on either scale; every cell must follow the one it uses.
        const sequential = scores.flat().map((v) => sequentialFill((v - lo) / (hi - lo)));
        const signed = scores.flat().map((v) => signedFill(v, signedLimit(scores.flat())));
        const attributes = await svg
          .locator('rect[data-value]')
          .evaluateAll((rs) => rs.map((r) => r.getAttribute('fill')));
        const expected = attributes[0] === signed[0] ? signed : sequential;
        const [drawn, wanted] = await drawnAndExpectedFills(svg, expected);
        expect(drawn).toHaveLength(n * n);
        expect(attributes).toEqual(expected);
        expect(drawn).toEqual(wanted);
      });
      await test.step(`${colorScheme}: the SVG file carries the cells’ colours as drawn and the page’s background`, async () => {
        const svg = figure.locator('svg.heatmap');
        // The colour the page paints each cell, as 8-bit rgb (a canvas resolves oklab and color-mix for us).
        const painted = await svg.locator('rect[data-value]').evaluateAll((cells) => {
          const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
          return cells.map((cell) => {
            context.clearRect(0, 0, 1, 1);
            context.fillStyle = getComputedStyle(cell).fill;
            context.fillRect(0, 0, 1, 1);
            return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
          });
        });
        const file = await downloadSvg(page, figure);
        expectStandAlone(file, 1);
        // Each cell's fill in the file is the colour the page paints it (rgb, alpha 1).
        const fills = [...file.matchAll(/<rect[^>]*data-value="[^"]+"[^>]*>/g)].map((m) =>
          m[0]
            .match(/ fill="rgb\((\d+) (\d+) (\d+) \/ 1\)"/)!
            .slice(1)
            .map(Number),
        );
        expect(fills).toHaveLength(n * n);
        expect(fills).toEqual(painted);
        const background = file
          .match(/^<svg[^>]*><rect [^>]* fill="rgb\((\d+) (\d+) (\d+) \/ 1\)"/)!
          .slice(1)
          .map(Number);
        const luminance = background.reduce((a, b) => a + b, 0) / 3;
        expect(colorScheme === 'dark' ? luminance < 60 : luminance > 200).toBe(true);
      });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await test.step('one tab stop; the arrow keys, Home/End and Ctrl+End move the focus and the readout follows', async () => {
      const cells = figure.locator('svg.heatmap rect[data-value]');
      await expect(figure.locator('svg.heatmap [tabindex="0"]')).toHaveCount(1);
      await figure.getByLabel('Outline the row of').focus();
      await page.keyboard.press('Tab');
      await expect(cells.nth(0)).toBeFocused();
      await expectReadout(figure, 0, 0);
      const moves: [string, number, number][] = [
        ['ArrowRight', 0, 1],
        ['ArrowDown', 1, 1],
        ['End', 1, n - 1],
        ['ArrowRight', 1, n - 1],
        ['Home', 1, 0],
        ['Control+End', n - 1, n - 1],
        ['ArrowUp', n - 2, n - 1],
      ];
      for (const [key, i, j] of moves) {
        await page.keyboard.press(key);
        await expect(cells.nth(i * n + j), key).toBeFocused();
        await expectReadout(figure, i, j);
      }
      // Still one tab stop, now on the focused cell; Tab leaves the map.
      await expect(figure.locator('svg.heatmap [tabindex="0"]')).toHaveCount(1);
      await expect(cells.nth((n - 2) * n + n - 1)).toHaveAttribute('tabindex', '0');
      await page.keyboard.press('Tab');
      await expect(cells.nth((n - 2) * n + n - 1)).not.toBeFocused();
      await expect(figure.locator('svg.heatmap rect[data-value]:focus')).toHaveCount(0);
    });
    await test.step('hovering a cell shows its words and value; leaving brings the hint back', async () => {
      const cells = figure.locator('svg.heatmap rect[data-value]');
      const it = result.pronoun;
      const animal = result.tokens.indexOf('animal');
      await cells.nth(it * n + animal).hover();
      await expectReadout(figure, it, animal);
      await cells.nth(3 * n + 9).hover();
      await expectReadout(figure, 3, 9);
      const pointed = await figure.getByTestId('readout').textContent();
      await page.mouse.move(0, 0);
      await expect(figure.getByTestId('readout')).not.toHaveText(pointed ?? '');
    });
    await test.step('a tap pins the readout, pointing elsewhere keeps it, a second tap releases it', async () => {
      const cells = figure.locator('svg.heatmap rect[data-value]');
      await cells.nth(2 * n + 5).click();
      await cells.nth(6 * n + 1).hover();
      await expectReadout(figure, 2, 5);
      await page.mouse.move(0, 0);
      await expectReadout(figure, 2, 5);
      await cells.nth(2 * n + 5).click();
      await cells.nth(6 * n + 1).hover();
      await expectReadout(figure, 6, 1);
    });
  });

  test('at 360 px the labels are ≥ 12 px and nothing in the map is clipped; axe finds nothing', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('scores/');
    const figure = await hydratedFigure(page, 'Score matrix');
    const svg = figure.locator('svg.heatmap');
    const smallest = await smallestText(svg);
    expect(smallest.px, smallest.text).toBeGreaterThanOrEqual(12);
    const labels = await svg.evaluate((root: SVGSVGElement) => {
      const box = root.getBoundingClientRect();
      return [...root.querySelectorAll('text')].map((t) => {
        const r = t.getBoundingClientRect();
        return {
          inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5,
          text: t.textContent,
        };
      });
    });
    expect(labels).toHaveLength(2 * n);
    for (const label of labels) expect(label.inside, `${label.text} inside the map`).toBe(true);
    const axe = await new AxeBuilder({ page })
      .include('svg.heatmap')
      .withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations).toEqual([]);
  });
});

test.describe('the legend part', () => {
  // Figures that draw a Legend on its own (not inside a pipeline panel), by page and caption.
  const figures: [string, string][] = [
    ['embeddings-and-projections/', 'Projections'],
    ['scores/', 'Score matrix'],
    ['softmax/', 'Attention pie'],
    ['weighted-sum/', 'Flashlight'],
    ['multi-head-attention/', 'All heads at once'],
  ];

  test('on desktop the name sits right beside its strip (or on top of it), and the strip is as wide in every figure', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const widths: number[] = [];
    for (const [path, caption] of figures) {
      await page.goto(path);
      const figure = await hydratedFigure(page, caption);
      const legend = figure.getByRole('img', { name: /^Colour scale, / });
      await expect(legend).toBeVisible();
      const name = (await legend.locator('.name').boundingBox())!;
      const ramp = (await legend.locator('.ramp').boundingBox())!;
      const beside =
        ramp.x >= name.x + name.width - 0.5 &&
        ramp.x - (name.x + name.width) <= 24 &&
        ramp.y < name.y + name.height &&
        name.y < ramp.y + ramp.height;
      const stacked = ramp.y >= name.y + name.height - 0.5 && Math.abs(ramp.x - name.x) <= 24;
      expect(
        beside || stacked,
        `${caption}: name ${JSON.stringify(name)}, strip ${JSON.stringify(ramp)}`,
      ).toBe(true);
      // The end values sit under the strip's ends.
      const low = (await legend.locator('.low').boundingBox())!;
      const high = (await legend.locator('.high').boundingBox())!;
      expect(Math.abs(low.x - ramp.x), `${caption}: low end`).toBeLessThanOrEqual(1);
      expect(
        Math.abs(high.x + high.width - (ramp.x + ramp.width)),
        `${caption}: high end`,
      ).toBeLessThanOrEqual(1);
      expect(low.y, `${caption}: ends under the strip`).toBeGreaterThanOrEqual(ramp.y + ramp.height - 0.5);
      widths.push(ramp.width);
    }
    expect(Math.max(...widths)).toBeLessThanOrEqual(16 * 16);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);
  });
});
