import { expect, test } from '@playwright/test';
import { attentionCost, rnnCost } from '../../src/core';
import { longSentence } from '../../src/widgets/long-sentence';
import { downloadSvg, expectStandAlone, exportedText } from './download';
import { smallestText } from './text-size';
import { columnNumbers, hydratedFigure } from './widget';

const D = 64;

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

// One visit of the page at its defaults, the figure's checks in turn as steps (a failure names the step); each
// leaves the figure as the next one expects. Stepping starts from its own Reset; the work table, which changes the
// number of tokens, comes last.
test('on a desktop: it opens three steps in, the state downloads, stepping and Play, and the work table for each number of tokens', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('why-attention/');
  const figure = await hydratedFigure(page, 'In sequence or in parallel');
  await test.step('it opens three steps in: the RNN has read three words, attention all twelve', async () => {
    const rnnPanel = figure.getByRole('group', { name: /^Recurrent network/ });
    const attentionPanel = figure.getByRole('group', { name: /^Self-attention/ });
    await expect(rnnPanel).toHaveAccessibleName('Recurrent network: 3 of 12 tokens read after 3 steps.');
    await expect(attentionPanel).toHaveAccessibleName('Self-attention: 12 of 12 tokens read after 3 steps.');
  });
  await test.step('the state downloads as an SVG: both panels’ words as chips, the RNN’s read ones filled', async () => {
    await figure.getByRole('button', { name: 'Step' }).click();
    await expect(figure.getByText('Step 4 of 12')).toBeVisible();
    const svg = await downloadSvg(page, figure);
    // Two pictures, one under the other: the RNN's panel, then attention's.
    expectStandAlone(svg, 2);
    const text = exportedText(svg);
    expect(text).toContain(
      'In sequence or in parallel: the words an RNN and self-attention have read after 4 of 12 steps',
    );
    const words = longSentence(12);
    expect(text).toContain(
      `RNN: 4 of 12 read, step 4 reads “${words[3]}”, after the state “${words[2]}” left.`,
    );
    expect(svg.indexOf('>RNN: 4 of 12 read</text>')).toBeLessThan(
      svg.indexOf('>Attention: 12 of 12 read</text>'),
    );
    // Each panel draws every word of the sentence once, in order.
    const chips = [...svg.matchAll(/data-word="([^"]+)"/g)].map((m) => m[1]);
    expect(chips).toEqual([...words, ...words]);
    // The RNN's first four chips are filled with its colour, the fifth is not; all twelve of attention's are filled.
    const fills = [...svg.matchAll(/<g[^>]*data-word="[^"]+"[^>]*><rect[^>]* fill="([^"]+)"/g)].map(
      (m) => m[1],
    );
    const rnnFill = fills[0]!;
    expect(fills.slice(0, 4)).toEqual(Array(4).fill(rnnFill));
    expect(fills[4]).not.toBe(rnnFill);
    expect(new Set(fills.slice(12)).size).toBe(1);
    expect(fills[12]).not.toBe(fills[4]);
  });
  await test.step('stepping: attention has read every token after one step, the RNN one token per step', async () => {
    const rnnPanel = figure.getByRole('group', { name: /^Recurrent network/ });
    const attentionPanel = figure.getByRole('group', { name: /^Self-attention/ });
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
  await test.step('the work table matches the core’s counts for the chosen number of tokens', async () => {
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
});
