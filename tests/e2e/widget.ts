import { expect, type Locator, type Page } from '@playwright/test';

/** The figure whose caption starts with `name`, scrolled into view and hydrated (its island no longer has [ssr]). */
export async function hydratedFigure(page: Page, name: string): Promise<Locator> {
  const figure = page.getByRole('figure', { name });
  await figure.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: figure })).not.toHaveAttribute('ssr');
  return figure;
}

/** The numbers of a table column, read back from their text. */
export async function columnNumbers(cells: Locator): Promise<number[]> {
  // Never an empty column: a table not built yet (closed numbers) must fail a check, not pass it vacuously.
  await expect(cells.first()).toBeAttached();
  return (await cells.allTextContents()).map((t) => Number(t.replaceAll(',', '')));
}

/**
 * Opens the <details> of the figure whose summary reads `summary` — with a click, as a reader would — unless an
 * earlier check already opened it (a second click would close it).
 */
export async function openDetails(figure: Locator, summary: string, { exact = false } = {}) {
  const toggle = figure.getByText(summary, { exact });
  const isOpen = () => toggle.evaluate((s) => s.closest('details')?.open ?? false);
  if (!(await isOpen())) await toggle.click();
  await expect.poll(isOpen, `“${summary}” is open`).toBe(true);
}

/**
 * Opens every closed <details> of the figure — its numbers are built when first opened, as for a reader (see
 * NumbersDetails.svelte) — by clicking its summary. Those already open stay open.
 */
export async function openNumbers(figure: Locator) {
  const closed = figure.locator('details:not([open]) > summary');
  for (let i = 0; i < 50 && (await closed.count()) > 0; i++) await closed.first().click();
  await expect(figure.locator('details:not([open])')).toHaveCount(0);
  // Out of the way: the opened tables move the figure under where the pointer clicked, and a figure answers a
  // pointer resting on it.
  await figure.page().mouse.move(0, 0);
}

/**
 * Types sentences the model cannot read into the page's sentence form (an unknown word, markup, nothing): each is
 * refused with an alert, no markup is injected, and after each `unchanged(bad)` checks that the figure still shows
 * what it showed.
 */
export async function refusesBadSentences(page: Page, unchanged: (bad: string) => Promise<void>) {
  const input = page.getByLabel('Sentence', { exact: true });
  // The sentence form may come after the figure: scroll it in and let it hydrate (client:seen).
  await input.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: input })).not.toHaveAttribute('ssr');
  for (const bad of ['The zebra didn’t cross the street because it was too tired.', '<b>it</b>', '']) {
    await input.fill(bad);
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await unchanged(bad);
  }
  await expect(page.locator('b', { hasText: 'it' })).toHaveCount(0);
}
