import { expect, test, type Locator, type Page } from '@playwright/test';
import { MASK, loadPretrained } from '../../src/model';
import { nearestWords, readableWords, wordMap } from '../../src/model/word-map';
import { columnNumbers, hydratedFigure } from './widget';

// What the map must show, computed here with the model and the core's pca2.
const model = loadPretrained();
const PRINTED = 0.0005 + 1e-9; // coordinates are printed with 3 decimals

async function open(page: Page, query = ''): Promise<Locator> {
  await page.goto(`embeddings-and-projections/${query}`);
  return hydratedFigure(page, 'Embedding map');
}

async function expectCoordinates(figure: Locator, which: 'groups' | 'all') {
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

test('the table holds pca2 of the trained embeddings for the four groups of words', async ({ page }) => {
  const figure = await open(page);
  await expectCoordinates(figure, 'groups');
  await expect(figure.getByTestId('named-word')).toHaveText('animal');
});

test('a word is named from the keyboard (the list) and under the pointer, with its nearest words', async ({
  page,
}) => {
  const figure = await open(page);
  const words = wordMap(model).words;
  const list = figure.getByLabel('Name a word on the map');
  await list.focus();
  await list.selectOption('tired');
  await expect(figure.getByTestId('named-word')).toHaveText('tired');
  await expect(figure.locator('.readout')).toContainText(`adjectives for animals`);
  await expect(figure.locator('.readout')).toContainText(nearText('tired', words));
  await expect(figure.getByRole('img', { name: /Named: tired, adjectives for animals\./ })).toBeVisible();

  // The reader's pointer goes to the dot for "river".
  const river = figure.locator('[data-word="river"]');
  await river.scrollIntoViewIfNeeded();
  const box = (await river.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(figure.getByTestId('named-word')).toHaveText('river');
  await expect(figure.locator('.readout')).toContainText(nearText('river', words));
  // Leaving the map names the listed word again.
  const below = (await figure.locator('.readout').boundingBox())!;
  await page.mouse.move(below.x + 4, below.y + 4);
  await expect(figure.getByTestId('named-word')).toHaveText('tired');
});

test('the other words join the map on request, and the view survives a reload from its link', async ({
  page,
}) => {
  let figure = await open(page);
  const others = readableWords(model).length - wordMap(model).words.length;
  await figure.getByLabel(new RegExp(`Also map the other ${others} words`)).check();
  await expectCoordinates(figure, 'all');
  // The training-only mask token is no word a reader can meet: not on the map, not in the list.
  await expect(figure.locator(`[data-word="${MASK}"]`)).toHaveCount(0);
  const options = await figure.getByLabel('Name a word on the map').locator('option').allTextContents();
  expect(options).not.toContain(MASK);
  expect(options).toHaveLength(readableWords(model).length + 1);
  await figure.getByLabel('Name a word on the map').selectOption('because');
  await expect(figure.getByTestId('named-word')).toHaveText('because');
  const link = page.url();
  expect(link).toMatch(/map=all/);
  expect(link).toMatch(/mapword=because/);

  await page.goto('about:blank');
  await page.goto(link);
  figure = await hydratedFigure(page, 'Embedding map');
  await expect(figure.getByLabel(/Also map the other/)).toBeChecked();
  await expect(figure.getByTestId('named-word')).toHaveText('because');
  await expectCoordinates(figure, 'all');
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
  await expect(figure.getByTestId('named-word')).toHaveText('animal');
  await expectCoordinates(figure, 'groups');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('the server-rendered map names “animal” and lists every coordinate', async ({ page }) => {
    await page.goto('embeddings-and-projections/');
    const figure = page.getByRole('figure', { name: 'Embedding map' });
    await expect(figure.locator('svg.map')).toBeVisible();
    await expect(figure.getByTestId('named-word')).toHaveText('animal');
    await expectCoordinates(figure, 'groups');
  });
});
