import { expect, type Page } from '@playwright/test';

/**
 * Every attention-weight table on the page (data-testid="weights") has rows that are probability distributions:
 * non-negative, summing to 1 — printed to 3 decimals, n of them can be off by at most n × 0.0005.
 */
export async function expectWeightRowsSumToOne(page: Page) {
  for (const table of await page.getByTestId('weights').all()) {
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))),
      );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      row.forEach((w) => expect(w).toBeGreaterThanOrEqual(0));
      expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(row.length * 0.0005 + 1e-9);
    }
  }
}
