import { expect, test } from '@playwright/test';
import { smallestText } from './text-size';
import { hydratedFigure } from './widget';

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

// Every page never scrolling sideways at 360 px: layout-shift.spec.ts (the same visit as its layout-shift check).

test('on a phone the article list is a menu that opens from the keyboard', async ({ page }) => {
  await page.goto('why-attention/');
  const menu = page.getByRole('navigation', { name: 'All articles (menu)' });
  await expect(menu).toBeHidden();
  await page.locator('summary', { hasText: 'Articles' }).focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Why attention' })).toHaveAttribute('aria-current', 'page');
});

test('the text-size probe reads a turned label’s glyph size, not its box or the vertical scale', async ({
  page,
}) => {
  // An SVG drawn at half its viewBox width: 26-unit text is 13 px on screen however it is turned.
  await page.setContent(`<svg viewBox="0 0 600 400" width="300">
    <text x="20" y="40" font-size="26">upright</text>
    <text transform="translate(40 380) rotate(-90)" font-size="26">turned a quarter</text>
    <text transform="translate(200 380) rotate(-55)" font-size="26">turned −55°</text>
    <text transform="translate(300 100) scale(2)" font-size="13">scaled twice</text>
  </svg>`);
  const texts = page.locator('text');
  await expect(texts).toHaveCount(4);
  for (const text of await texts.all()) {
    const measured = await smallestText(text);
    expect(measured.px, measured.text).toBeCloseTo(13, 6);
  }
  // What the probe must not read: the quarter-turned label's box is as tall as its text is long.
  const quarter = (await texts.nth(1).boundingBox())!;
  expect(quarter.height).toBeGreaterThan(3 * 13);
});

test('a heatmap’s turned column labels measure as large as its upright row labels', async ({ page }) => {
  await page.goto('scores/');
  const figure = await hydratedFigure(page, 'Score matrix');
  const grid = figure.getByRole('grid').first();
  const column = await smallestText(grid.getByRole('columnheader').first());
  const row = await smallestText(grid.getByRole('rowheader').first());
  expect(await grid.getByRole('columnheader').first().getAttribute('transform')).toMatch(/rotate\(-55\)/);
  expect(column.px).toBeCloseTo(row.px, 6);
  expect(column.px).toBeGreaterThanOrEqual(12);
});
