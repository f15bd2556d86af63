import { expect, test } from '@playwright/test';

// The figures' labels and the prose are set in the self-hosted Inter, whatever the machine has installed.
test('text is set in the self-hosted Inter, fetched from the site itself', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  await page.goto('scores/');
  await page.evaluate(() => document.fonts.ready);
  const used = await page.evaluate(() => ({
    family: getComputedStyle(document.body).fontFamily,
    loaded: [...document.fonts].some(
      (face) => face.family.includes('Inter Variable') && face.status === 'loaded',
    ),
    svgText: getComputedStyle(document.querySelector('svg text') ?? document.body).fontFamily,
  }));
  expect(used.family.startsWith('"Inter Variable"')).toBe(true);
  expect(used.svgText.startsWith('"Inter Variable"')).toBe(true);
  expect(used.loaded).toBe(true);
  expect(fonts.some((url) => /inter-latin-wght-normal\.[\w-]+\.woff2$/.test(url))).toBe(true);
  const origin = new URL(page.url()).origin;
  expect(fonts.filter((url) => !url.startsWith(origin))).toEqual([]);
});
