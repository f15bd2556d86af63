import { expect, test } from '@playwright/test';
import { builtPages } from './pages';
import { hydrateAll } from './watch';

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

for (const path of builtPages()) {
  test(`/${path} never scrolls sideways on a 360 px screen`, async ({ page }) => {
    await page.goto(path);
    await hydrateAll(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('on a phone the article list is a menu that opens from the keyboard', async ({ page }) => {
  await page.goto('why-attention/');
  const menu = page.getByRole('navigation', { name: 'All articles (menu)' });
  await expect(menu).toBeHidden();
  await page.locator('summary', { hasText: 'Articles' }).focus();
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Why attention' })).toHaveAttribute('aria-current', 'page');
});
