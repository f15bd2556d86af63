import { expect, test } from '@playwright/test';
import { loadPretrained, resolve, SOURCE_SENTENCE } from '../../src/model';
import { tokenLabels } from '../../src/widgets/parts/labels';

// A figure's numbers (NumbersDetails.svelte) are in the server's HTML, dropped by a closed <details> when the
// figure starts, and built when the reader opens it — also when it was opened before the figure started.
const tokens = resolve(loadPretrained(), SOURCE_SENTENCE).tokens;
const SUMMARY = 'The numbers: values, contributions and output';

test('closed numbers are built when opened, and numbers opened before the figure started are kept', async ({
  page,
}) => {
  await test.step('closed: no table once the figure has started; opening builds it', async () => {
    await page.goto('weighted-sum/');
    const figure = page.getByRole('figure', { name: 'Flashlight' });
    await expect(page.locator('astro-island', { has: figure })).not.toHaveAttribute('ssr');
    const table = figure.getByTestId('weighted-sum');
    await expect(table).toHaveCount(0);
    await figure.getByText(SUMMARY, { exact: true }).click();
    await expect(table.locator('tbody tr')).toHaveCount(tokens.length);
    await expect(table.locator('tbody th')).toHaveText(tokenLabels(tokens));
  });

  await test.step('opened while the figure’s code was still loading: built once it starts', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/Flashlight\.[^/]*\.js$/, async (route) => {
      await held;
      await route.fallback();
    });
    await page.goto('weighted-sum/');
    const figure = page.getByRole('figure', { name: 'Flashlight' });
    const island = page.locator('astro-island', { has: figure });
    await expect(island).toHaveAttribute('ssr');
    await figure.getByText(SUMMARY, { exact: true }).click();
    release();
    await expect(island).not.toHaveAttribute('ssr');
    await expect(figure.locator('details')).toHaveJSProperty('open', true);
    await expect(figure.getByTestId('weighted-sum').locator('tbody tr')).toHaveCount(tokens.length);
  });
});
