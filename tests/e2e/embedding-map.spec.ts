import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { MASK, loadPretrained } from '../../src/model';
import { nearestWords, readableWords, wordMap } from '../../src/model/word-map';
import { overlaps, type Box } from '../../src/widgets/parts/map-labels';
import { moveAmongPoints } from '../../src/widgets/parts/scatter-keys';
import { smallestText } from './text-size';
import { columnNumbers, hydratedFigure, openNumbers } from './widget';

// What the map must show, computed here with the model and the core's pca2.
const model = loadPretrained();
const PRINTED = 0.0005 + 1e-9; // coordinates are printed with 3 decimals

async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(`embeddings-and-projections/${query}`);
  return hydratedFigure(page, 'Embedding map');
}

async function expectCoordinates(figure: Locator, which: 'groups' | 'all') {
  await openNumbers(figure);
  const map = wordMap(model, which);
  const rows = figure.locator('tbody tr');
  await expect(rows).toHaveCount(map.words.length);
  expect(await rows.locator('th').allTextContents()).toEqual(map.words);
  const xs = await columnNumbers(figure.getByTestId('map-x'));
  const ys = await columnNumbers(figure.getByTestId('map-y'));
  map.points.forEach(([x, y], i) => {
    expect(Math.abs(xs[i]! - x), map.words[i]).toBeLessThanOrEqual(PRINTED);
    expect(Math.abs(ys[i]! - y), map.words[i]).toBeLessThanOrEqual(PRINTED);
  });
}

const nearText = (word: string, among: string[]) =>
  nearestWords(model, word, among, 3)
    .map((n) => `${n.word} (${n.cosine.toFixed(2)})`)
    .join(', ');

/** Where each word's marker is drawn, in screen px (centre of its hit circle). */
async function drawnPoints(figure: Locator, words: string[]): Promise<[number, number][]> {
  return Promise.all(
    words.map(async (w) => {
      const box = (await figure.locator(`[data-word="${w}"] circle.hit`).boundingBox())!;
      return [box.x + box.width / 2, box.y + box.height / 2] as [number, number];
    }),
  );
}

/** Words carry their labels without overlaps, and the figure's text stays ≥ 12 px, at the page's width. */
async function expectLabels(figure: Locator, width: number) {
  const labels = figure.locator('text[data-label]');
  const boxes: Box[] = (await labels.evaluateAll((all) => all.map((t) => t.getBoundingClientRect()))).map(
    // less half a pixel all round: the drawn boxes of two labels side by side may touch after rounding
    (r) => ({ left: r.left + 0.5, right: r.right - 0.5, top: r.top + 0.5, bottom: r.bottom - 0.5 }),
  );
  const words = wordMap(model).words;
  // Most words are labelled (the tight bundles of adjectives leave some to hover), none over another.
  expect(boxes.length, `labels at ${width} px`).toBeGreaterThan(words.length * (width > 400 ? 0.7 : 0.4));
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b), `labels ${i} and another`).toBe(false)),
  );
  // Each label names a word of the map, once.
  const named = await labels.allTextContents();
  expect(new Set(named).size).toBe(named.length);
  named.forEach((w) => expect(words).toContain(w));
  expect((await smallestText(figure)).px).toBeGreaterThanOrEqual(12);
}

// One visit of the page at its defaults, the map's checks in turn as steps (a failure names the step); each leaves
// the map as the next one expects. The labels are measured before the numbers open (their table's text would be
// measured too); the view with every word is reloaded from its link last.
test('on a desktop: the download, the labels, the coordinates, search, pointer and keys, and the other words with their link', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  let figure = await open(page);
  await test.step('the map downloads as an SVG with its caption and the named word', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.startsWith('<svg')).toBe(true);
    expect(
      text.includes(`Embedding map: the trained model’s word embeddings`),
      'Embedding map: the trained mod',
    ).toBe(true);
    expect(text.includes(`animal (animals) sits at`), 'animal (animals) sits at').toBe(true);
    expect(text.match(/data-word="/g)?.length).toBe(wordMap(model).words.length);
  });
  await test.step('words carry their labels without overlaps, and the text stays ≥ 12 px', async () => {
    await expectLabels(figure, 1280);
  });
  await test.step('the table holds pca2 of the trained embeddings for the four groups of words', async () => {
    await expectCoordinates(figure, 'groups');
    await expect(figure.getByTestId('readout')).toContainText('animal (animals) sits at');
  });
  await test.step('the search box finds a word; pointer and arrow keys name words, with their nearest words', async () => {
    const words = wordMap(model).words;
    const readout = figure.getByTestId('readout');
    const search = figure.getByLabel('Find a word on the map');
    await search.fill('tired');
    await expect(readout).toContainText('tired (adjectives for animals)');
    await expect(readout).toContainText(nearText('tired', words));
    await expect(figure.getByRole('group', { name: /Named: tired, adjectives for animals\./ })).toBeVisible();
    expect(page.url()).toContain('mapword=tired');
    // Part of a word: every word that starts with it, the first one named.
    await search.fill('do');
    await expect(figure.getByRole('status').first()).toHaveText(/2 words match: dog, dogs/);
    await expect(readout).toContainText('dog (animals)');
    // A word that is not on this map, and one that is no word at all.
    await search.fill('the');
    await expect(figure.getByText(/“the” is one of the other words/)).toBeVisible();
    await search.fill('<b>zebra</b>');
    await expect(figure.getByText('No word on the map matches “<b>zebra</b>”.')).toBeVisible();
    expect(await figure.locator('b').count()).toBe(0);
    await expect(readout).toContainText('dog (animals)');

    // The reader's pointer goes to the marker for "river".
    const river = figure.locator('[data-word="river"] circle.hit');
    await river.scrollIntoViewIfNeeded();
    const box = (await river.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(readout).toContainText('river (places)');
    await expect(readout).toContainText(nearText('river', words));
    await expect(figure.locator('text.named')).toHaveText('river');
    // Leaving the map names the found word again; a click names (and keeps) the word under the pointer.
    await page.mouse.move(box.x, box.y + 400);
    await expect(readout).toContainText('dog (animals)');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x, box.y + 400);
    await expect(readout).toContainText('river (places)');
    await expect(search).toHaveValue('river');

    // One tab stop: Tab from the search box (past the checkbox) lands on a word; an arrow moves to the nearest
    // drawn word that way, as scatter-keys computes it from the drawn positions.
    await search.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-word'));
    expect(words).toContain(focused);
    await expect(readout).toContainText(`${focused} (`);
    const drawn = await drawnPoints(figure, words);
    const from = words.indexOf(focused!);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      const to = moveAmongPoints(key, drawn, from);
      if (to === undefined) continue;
      await page.keyboard.press(key);
      await expect(readout).toContainText(`${words[to]} (`);
      await expect(page.locator(`[data-word="${words[to]}"]`)).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(search).toHaveValue(words[to]!);
      break;
    }
    await expect(figure.locator('[tabindex="0"][data-word]')).toHaveCount(1);
  });
  await test.step('the other words join the map on request, and the view survives a reload from its link', async () => {
    const others = readableWords(model).length - wordMap(model).words.length;
    await figure.getByLabel(new RegExp(`Also map the other ${others} words`)).check();
    await expectCoordinates(figure, 'all');
    // The training-only mask token is no word a reader can meet: not on the map, not in the list.
    await expect(figure.locator(`[data-word="${MASK}"]`)).toHaveCount(0);
    const options = await figure
      .locator('datalist option')
      .evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value));
    expect(options).not.toContain(MASK);
    expect(options).toHaveLength(readableWords(model).length);
    await figure.getByLabel('Find a word on the map').fill('because');
    await expect(figure.getByTestId('readout')).toContainText('because (other words)');
    const link = page.url();
    expect(link).toMatch(/map=all/);
    expect(link).toMatch(/mapword=because/);

    await page.goto('about:blank');
    await page.goto(link);
    figure = await hydratedFigure(page, 'Embedding map');
    await expect(figure.getByLabel(/Also map the other/)).toBeChecked();
    await expect(figure.getByTestId('readout')).toContainText('because (other words)');
    await expectCoordinates(figure, 'all');
  });
});

test('on a phone, too, words carry their labels without overlaps, and the text stays ≥ 12 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await expectLabels(await open(page), 360);
});

test('bad values in a link fall back to the default with a note, and nothing is injected', async ({
  page,
}) => {
  const figure = await open(page, '?map=everything&mapword=%3Cimg%20src%3Dx%3E');
  await expect(
    figure.getByText('The link’s choice of words for the map “everything” can’t be shown here'),
  ).toBeVisible();
  await expect(
    figure.getByText('The link’s word to highlight “<img src=x>” can’t be shown here'),
  ).toBeVisible();
  expect(await figure.locator('img').count()).toBe(0);
  await expect(figure.getByTestId('readout')).toContainText('animal (animals)');
  await expectCoordinates(figure, 'groups');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the server-rendered map names “animal” and lists every coordinate', async ({ page }) => {
    await page.goto('embeddings-and-projections/');
    const figure = page.getByRole('figure', { name: 'Embedding map' });
    await expect(figure.locator('svg.map')).toBeVisible();
    await expect(figure.getByTestId('readout')).toContainText('animal (animals)');
    await expect(figure.locator('text.named')).toHaveText('animal');
    await expectCoordinates(figure, 'groups');
  });
});
