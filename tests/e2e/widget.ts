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
  return (await cells.allTextContents()).map((t) => Number(t.replaceAll(',', '')));
}
