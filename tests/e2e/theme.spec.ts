import { expect, test } from '@playwright/test';

test('the theme follows the system until the reader picks one, and the choice persists', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('why-attention/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const dark = await background();

  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const light = await background();
  expect(light).not.toBe(dark);

  await page.goto('');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
  expect(await background()).toBe(light);
});

test('a stored theme is applied before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  // Record the theme at the first moment the body exists, before any module script has run.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { firstTheme: string | undefined }).firstTheme =
          document.documentElement.dataset['theme'];
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('why-attention/');
  expect(
    await page.evaluate(() => (window as unknown as { firstTheme: string | undefined }).firstTheme),
  ).toBe('dark');
});
