import { expect, test } from '@playwright/test';
import { attentionCost, rnnCost } from '../../src/core';
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
  const rnnPanel = figure.getByRole('img', { name: /^Recurrent network/ });
  const attentionPanel = figure.getByRole('img', { name: /^Self-attention/ });
  await expect(rnnPanel).toHaveAccessibleName('Recurrent network: 0 of 12 tokens read after 0 steps.');
  await figure.getByRole('button', { name: 'Step' }).click();
  await expect(rnnPanel).toHaveAccessibleName('Recurrent network: 1 of 12 tokens read after 1 steps.');
  await expect(attentionPanel).toHaveAccessibleName('Self-attention: 12 of 12 tokens read after 1 steps.');
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
  await expect(figure.getByText('Step 1 of 12')).toBeVisible();
});
