import { expect, test } from '@playwright/test';
import { builtPages } from './pages';
import { hydrateAll } from './watch';

// Rows of an attention-weight table are probability distributions; printed to 3 decimals, n of them can be off
// by at most n × 0.0005.
for (const path of builtPages()) {
  test(`/${path}: every attention-weight table has rows that sum to 1`, async ({ page }) => {
    await page.goto(path);
    await hydrateAll(page);
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
  });
}
