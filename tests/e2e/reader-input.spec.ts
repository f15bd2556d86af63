import { expect, test, type Page } from '@playwright/test';

/** The softmax article's sentence bar, hydrated. */
async function sentenceBar(page: Page, query = '') {
  await page.goto(`softmax/${query}`);
  const input = page.getByLabel('Sentence', { exact: true });
  // The bar sits under the article's first figure now: bring it into view so its client:seen island starts.
  await input.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: input })).not.toHaveAttribute('ssr');
  return input;
}

const show = (page: Page) => page.getByRole('button', { name: 'Show' }).click();

test('an unknown word is named and known words are offered as chips that fix the sentence', async ({
  page,
}) => {
  const input = await sentenceBar(page);
  await input.fill('The zebra didn’t cross the street because it was too tired.');
  await show(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“zebra” isn’t a word this model knows');
  await expect(alert.locator('bdi')).toHaveText(['zebra', 'zebra']);
  await expect(alert).not.toContainText(/resolve:|vocabulary/);
  const chip = alert.getByRole('list', { name: 'Words the model knows' }).getByRole('button').first();
  const word = (await chip.textContent())!.trim();
  await chip.click();
  await expect(input).toHaveValue(`The ${word} didn’t cross the street because it was too tired.`);
  await expect(page.getByRole('alert').filter({ hasText: 'zebra' })).toHaveCount(0);
  await expect(input).toBeFocused();
});

test('invisible characters are removed and named, and never reach the link', async ({ page }) => {
  const input = await sentenceBar(page);
  await input.fill('The animal\u202E didn’t cross the\u200B street because it was too wide.');
  await show(page);
  await expect(page.getByRole('status').filter({ hasText: 'invisible' })).toContainText(
    'U+202E (right-to-left override), U+200B (zero-width space)',
  );
  await expect(input).toHaveValue('The animal didn’t cross the street because it was too wide.');
  await expect(page).toHaveURL(
    /sentence=The\+animal\+didn%E2%80%99t\+cross\+the\+street\+because\+it\+was\+too\+wide\./,
  );
  // The same sentence again with an invisible character and a double space: the box shows it cleaned too, though
  // the page's sentence does not change.
  await input.fill('The\u200D animal  didn’t cross the street because it was too wide.');
  await show(page);
  await expect(input).toHaveValue('The animal didn’t cross the street because it was too wide.');
  await expect(page.getByRole('status').filter({ hasText: 'invisible' })).toContainText(
    'U+200D (zero-width joiner)',
  );
});

test('a link’s bad sentence is quoted isolated, so a direction override cannot mirror the note', async ({
  page,
}) => {
  await sentenceBar(page, `?sentence=${encodeURIComponent('\u202Ezebra it')}`);
  const note = page.getByRole('status').filter({ hasText: 'The link’s sentence' });
  await expect(note.locator('bdi')).toHaveText('zebra it');
  await expect(note).toHaveText(
    'The link’s sentence “zebra it” can’t be shown here, so this is the default instead.',
  );
});

test('one length limit: a long paste is kept whole, counted, and refused with the same number', async ({
  page,
}) => {
  const input = await sentenceBar(page);
  const long = `${'The dog didn’t cross the river because it was too wide. '.repeat(8)}`.trim();
  await input.fill(long);
  await expect(input).toHaveValue(long);
  await expect(page.getByText(`${long.length} characters: ${long.length - 300} too many.`)).toBeVisible();
  await expect(page.getByText(/at most 300 characters/)).toBeVisible();
  await show(page);
  await expect(page.getByRole('alert')).toHaveText(
    `The sentence has ${long.length} characters; the model reads at most 300. Shorten it, or press Reset.`,
  );
});

test('a slider held down: the link still equals the view when it stops', async ({ page }) => {
  await page.goto('softmax/');
  const slider = page.getByRole('slider', { name: /Temperature/ }).first();
  await slider.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: slider })).not.toHaveAttribute('ssr');
  await slider.focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press(i % 3 === 2 ? 'ArrowLeft' : 'ArrowRight');
  const value = await slider.inputValue();
  const shown = await slider.getAttribute('aria-valuetext');
  await expect.poll(() => new URL(page.url()).searchParams.get('T')).not.toBeNull();
  await expect.poll(() => shown?.includes(`T = ${new URL(page.url()).searchParams.get('T')}`)).toBe(true);
  expect(value).not.toBe('');
});
