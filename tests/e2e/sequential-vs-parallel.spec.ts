import { expect, test } from '@playwright/test';
import { attentionCost, rnnCost } from '../../src/core';
import { longSentence } from '../../src/widgets/long-sentence';
import { smallestText } from './text-size';
import { columnNumbers, hydratedFigure } from './widget';

const D = 64;

test('the work table matches the core’s counts for the chosen number of tokens', async ({ page }) => {
  await page.goto('why-attention/');
  const figure = await hydratedFigure(page, 'In sequence or in parallel');
  const slider = figure.getByRole('slider', { name: /Tokens in the sentence/ });
  for (const [key, n] of [
    ['End', 64],
    ['Home', 2],
    ['ArrowRight', 3],
  ] as const) {
    await slider.press(key);
    await expect(slider).toHaveAttribute('aria-valuetext', `${n} tokens`);
    const rnn = rnnCost(n, D, D);
    const attention = attentionCost(n, D, D);
    const ids = ['steps', 'per-step', 'flops'];
    const shown = async (layer: string) =>
      (await Promise.all(ids.map((id) => columnNumbers(figure.getByTestId(`${layer}-${id}`))))).flat();
    expect(await shown('rnn')).toEqual([n, rnn.flopsPerStep, rnn.flops]);
    expect(await shown('attention')).toEqual([1, attention.flopsPerStep, attention.flops]);
  }
});

test('stepping: attention has read every token after one step, the RNN one token per step', async ({
  page,
}) => {
  await page.goto('why-attention/');
  const figure = await hydratedFigure(page, 'In sequence or in parallel');
  const rnnPanel = figure.getByRole('group', { name: /^Recurrent network/ });
  const attentionPanel = figure.getByRole('group', { name: /^Self-attention/ });
  // It opens three steps in: the RNN has read three words, attention all twelve.
  await expect(rnnPanel).toHaveAccessibleName('Recurrent network: 3 of 12 tokens read after 3 steps.');
  await expect(attentionPanel).toHaveAccessibleName('Self-attention: 12 of 12 tokens read after 3 steps.');
  await figure.getByRole('button', { name: 'Reset' }).click();
  await expect(rnnPanel).toHaveAccessibleName('Recurrent network: 0 of 12 tokens read after 0 steps.');
  // Both panels show the words being read, the sentence's own.
  const words = longSentence(12);
  await expect(rnnPanel.locator('li')).toHaveText(words);
  await expect(attentionPanel.locator('li')).toHaveText(words);
  await expect(rnnPanel.locator('li.done')).toHaveCount(0);
  await figure.getByRole('button', { name: 'Step' }).click();
  await expect(rnnPanel).toHaveAccessibleName('Recurrent network: 1 of 12 tokens read after 1 steps.');
  await expect(attentionPanel).toHaveAccessibleName('Self-attention: 12 of 12 tokens read after 1 steps.');
  await figure.getByRole('button', { name: 'Step' }).click();
  // Drawn: the RNN has filled the first two words with its colour and marks the one it reads now.
  await expect(rnnPanel.locator('li.done')).toHaveText(words.slice(0, 2));
  await expect(rnnPanel.locator('li.now')).toHaveText(words[1]!);
  await expect(rnnPanel).toContainText(`step 2 reads “${words[1]}”, after the state “${words[0]}” left`);
  await expect(attentionPanel.locator('li.done')).toHaveCount(12);
  const rnnColour = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--rnn)';
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
  for (const i of [0, 1])
    await expect(rnnPanel.locator('li').nth(i)).toHaveCSS('background-color', rnnColour);
  await expect(rnnPanel.locator('li').nth(2)).not.toHaveCSS('background-color', rnnColour);
  // Play runs the remaining steps on its own and stops when the RNN is done.
  await figure.getByRole('button', { name: 'Play' }).click();
  await expect(figure.getByText('Step 12 of 12')).toBeVisible({ timeout: 10_000 });
  await expect(rnnPanel).toHaveAccessibleName('Recurrent network: 12 of 12 tokens read after 12 steps.');
  await expect(figure.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  await figure.getByRole('button', { name: 'Reset' }).click();
  await expect(figure.getByText('Step 0 of 12')).toBeVisible();
});

test('with reduced motion there is no autoplay, and Step still works', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('why-attention/');
  const figure = await hydratedFigure(page, 'In sequence or in parallel');
  await expect(figure.getByText('Animation is off')).toBeVisible();
  await expect(figure.getByRole('button', { name: 'Play' })).toHaveCount(0);
  await figure.getByRole('button', { name: 'Step' }).click();
  await expect(figure.getByText('Step 4 of 12')).toBeVisible();
});

test('no text of the figure is below 12 px on a 360 px phone, and the panels fit its width', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('why-attention/');
  const figure = await hydratedFigure(page, 'In sequence or in parallel');
  await figure.getByRole('slider', { name: /Tokens in the sentence/ }).press('End');
  const smallest = await smallestText(figure);
  expect(smallest.px, smallest.text).toBeGreaterThanOrEqual(12);
  const overflow = await figure.evaluate((f) => f.scrollWidth - f.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
