import { expect, test, type Locator } from '@playwright/test';
import { dotTerms, row } from '../../src/core';
import { SOURCE_SENTENCE, WIDE_TWIN, loadPretrained, pointerHead, resolve } from '../../src/model';
import { tokenLabels } from '../../src/widgets/parts/labels';
import { extentWithZero, span } from '../../src/widgets/parts/dot-product';
import { fixed } from '../../src/widgets/format';
import { downloadSvg, expectStandAlone, exportedText } from './download';
import { columnNumbers, hydratedFigure, refusesBadSentences } from './widget';

// What the probe must show, computed here with the model and the core: the pointer head's q·k and its terms.
const model = loadPretrained();
function pointer(sentence: string) {
  const result = resolve(model, sentence);
  const head = pointerHead(result);
  const scores = (i: number) => row(head.scores, i);
  const terms = (i: number, j: number) => dotTerms(row(head.q, i), row(head.k, j));
  return { result, scores, terms };
}
const tired = pointer(SOURCE_SENTENCE);
const wide = pointer(WIDE_TWIN);
const HALF_CENT = 0.005 + 1e-9; // numbers are printed with two decimals

function expectNumbers(shown: number[], expected: number[], what: string) {
  expect(shown, what).toHaveLength(expected.length);
  shown.forEach((v, i) => expect(Math.abs(v - expected[i]!), `${what} ${i}`).toBeLessThanOrEqual(HALF_CENT));
}

async function expectTerms(figure: Locator, expected: { terms: number[]; sum: number }) {
  expectNumbers(await columnNumbers(figure.getByTestId('term')), expected.terms, 'term');
  const sum = Number(await figure.getByTestId('score-sum').textContent());
  expect(Math.abs(sum - expected.sum)).toBeLessThanOrEqual(HALF_CENT);
}

// One visit of the page at its defaults, the probe's checks in turn as steps (a failure names the step); each
// leaves the probe as the next one expects (“it” of the “too tired” sentence, its top key taken apart), resetting
// with the probe's own controls.
test('on a desktop: “it” by default, the download, another query word by keyboard, the adjective switch, and a sentence the model cannot read', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('scores/');
  const figure = await hydratedFigure(page, 'Score probe');
  await test.step('by default "it" is probed: a bar per key with the pointer head’s q·k, and the top key taken apart', async () => {
    await expect(figure.getByLabel('Query word')).toHaveValue('it');
    const it = tired.result.pronoun;
    expectNumbers(await columnNumbers(figure.getByTestId('score')), tired.scores(it), 'score');
    // The top key is "animal", the model's answer, and it is the one taken apart.
    const animal = tired.result.tokens.indexOf('animal');
    await expect(figure.getByRole('button', { pressed: true })).toHaveText(/^animal/);
    await expectTerms(figure, tired.terms(it, animal));
    // Each bar is drawn from zero to its score on one shared axis.
    const axis = extentWithZero(tired.scores(it));
    const drawn = await figure
      .locator('.bars rect.bar')
      .evaluateAll((rs) => rs.map((r) => [Number(r.getAttribute('x')), Number(r.getAttribute('width'))]));
    drawn.forEach(([x, width], j) => {
      const want = span(0, tired.scores(it)[j]!, axis);
      expect(x!).toBeCloseTo(want.left, 6);
      expect(width!).toBeCloseTo(Math.max(want.width, 0.4), 6);
    });
    // The eight products really sum to the score in the bar.
    const terms = await columnNumbers(figure.getByTestId('term'));
    expect(Math.abs(terms.reduce((a, b) => a + b, 0) - tired.scores(it)[animal]!)).toBeLessThan(
      8 * HALF_CENT,
    );
  });
  await test.step('the probe downloads as an SVG with its caption, the pair taken apart and a bar per key', async () => {
    await figure.getByLabel('Query word').selectOption('animal');
    const animal = tired.result.tokens.indexOf('animal');
    const scores = tired.scores(animal);
    const top = scores.indexOf(Math.max(...scores));
    const labels = tokenLabels(tired.result.tokens);
    await expect(figure.getByRole('button', { pressed: true })).toHaveText(
      new RegExp(`^${labels[top]!.replace(/[().]/g, '\\$&')}`),
    );
    const svg = await downloadSvg(page, figure);
    expectStandAlone(svg, 1);
    const text = exportedText(svg);
    expect(text).toContain('Score probe: the query of “animal” against every key');
    expect(text).toContain(`q(“animal”) · k(“${labels[top]}”) = ${fixed(tired.terms(animal, top).sum, 2)}`);
    // One bar per key, in sentence order, each with its word and its exact score.
    const rows = [...svg.matchAll(/data-label="([^"]+)"/g)].map((m) => m[1]);
    expect(rows).toEqual(labels);
    const values = [...svg.matchAll(/data-value="([^"]+)"/g)].map((m) => Number(m[1]));
    values.forEach((v, j) => expect(Math.abs(v - scores[j]!)).toBeLessThan(1e-9));
    for (const [j, label] of labels.entries()) {
      expect(svg).toContain(`>${label}</text>`);
      expect(svg).toContain(`>${fixed(scores[j]!, 2)}</text>`);
    }
    // The file's pictures are drawn only while it is made: nothing is left behind on the page.
    await expect(figure.locator('svg.signed-bars')).toHaveCount(0);
  });
  await test.step('a reader picks another query word and presses a key’s bar from the keyboard', async () => {
    await figure.getByLabel('Query word').selectOption('animal');
    const animal = tired.result.tokens.indexOf('animal');
    const scores = tired.scores(animal);
    expectNumbers(await columnNumbers(figure.getByTestId('score')), scores, 'score');
    // The lowest-scoring key: never the default (the top one), so choosing it is a real choice.
    const lowest = scores.indexOf(Math.min(...scores));
    const label = tokenLabels(tired.result.tokens)[lowest]!;
    const bar = figure.getByRole('button', { name: new RegExp(`^${label.replace(/[().]/g, '\\$&')}`) });
    await bar.focus();
    await page.keyboard.press('Enter');
    await expect(bar).toHaveAttribute('aria-pressed', 'true');
    await expectTerms(figure, tired.terms(animal, lowest));
    await expect(page).toHaveURL(/[?&]query=animal/);
    await expect.poll(() => new URL(page.url()).searchParams.get('key')).toBe(label);
    // Negative scores are drawn to the left of zero, positive ones to the right.
    const negative = scores.filter((s) => s < 0).length;
    await expect(figure.locator('.bars .bar.negative')).toHaveCount(negative);
    // …in the signed pair of the palette: purple below 0, amber above (not Query blue or Key red).
    const fills = await figure.locator('.bars rect.bar').evaluateAll((rs) => {
      const probe = (name: string) => {
        const el = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        el.setAttribute('fill', `var(${name})`);
        rs[0]!.parentNode!.appendChild(el);
        const colour = getComputedStyle(el).fill;
        el.remove();
        return colour;
      };
      const [minus, plus] = [probe('--signed-negative'), probe('--signed-positive')];
      return rs.map((r) =>
        getComputedStyle(r).fill === minus ? -1 : getComputedStyle(r).fill === plus ? 1 : 0,
      );
    });
    expect(fills).toEqual(scores.map((v) => (v < 0 ? -1 : 1)));
    // One tab stop: only the pressed bar is in the tab order; the arrow keys move between bars, Enter presses.
    await expect(figure.locator('.bars button[tabindex="0"]')).toHaveCount(1);
    const labels = tokenLabels(tired.result.tokens);
    const next = lowest + 1 < labels.length ? lowest + 1 : lowest - 1;
    await page.keyboard.press(next > lowest ? 'ArrowDown' : 'ArrowUp');
    await page.keyboard.press('Enter');
    await expect(figure.getByRole('button', { pressed: true })).toHaveText(
      new RegExp(`^${labels[next]!.replace(/[().]/g, '\\$&')}`),
    );
    await expectTerms(figure, tired.terms(animal, next));
  });
  await test.step('back to “it” and its top key, which the adjective switch then follows', async () => {
    await figure.getByLabel('Query word').selectOption('it');
    // The chosen key stays chosen; pressing the top one lets the key follow the top again.
    await figure.getByRole('button', { name: /^animal/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('key')).toBeNull();
    await expect(figure.getByRole('button', { pressed: true })).toHaveText(/^animal/);
    expectNumbers(
      await columnNumbers(figure.getByTestId('score')),
      tired.scores(tired.result.pronoun),
      'score',
    );
  });
  await test.step('the adjective switch turns the scores of "it" towards "street"', async () => {
    await figure.getByRole('radio', { name: /too wide/ }).check();
    const it = wide.result.pronoun;
    await expect(figure.getByRole('button', { pressed: true })).toHaveText(/^street/);
    expectNumbers(await columnNumbers(figure.getByTestId('score')), wide.scores(it), 'score');
    await expectTerms(figure, wide.terms(it, wide.result.tokens.indexOf('street')));
  });
  await test.step('back to “too tired”: “animal” is the top key again', async () => {
    await figure.getByRole('radio', { name: /too tired/ }).check();
    await expect(figure.getByRole('button', { pressed: true })).toHaveText(/^animal/);
    expectNumbers(
      await columnNumbers(figure.getByTestId('score')),
      tired.scores(tired.result.pronoun),
      'score',
    );
  });
  await test.step('a sentence the model cannot read gets a message and the probe keeps its numbers', async () => {
    await refusesBadSentences(page, async (bad) =>
      expectNumbers(
        await columnNumbers(figure.getByTestId('score')),
        tired.scores(tired.result.pronoun),
        bad,
      ),
    );
  });
});

test('a link with a query and a key reproduces the view; a bad one falls back with a note', async ({
  page,
}) => {
  await page.goto('scores/?query=tired&key=the+(5)');
  let figure = await hydratedFigure(page, 'Score probe');
  await expect(figure.getByLabel('Query word')).toHaveValue('tired');
  await expect(figure.getByRole('button', { pressed: true })).toHaveText(/^the \(5\)/);
  const tiredAt = tired.result.tokens.indexOf('tired');
  await expectTerms(figure, tired.terms(tiredAt, 4));

  await page.goto('scores/?query=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  figure = await hydratedFigure(page, 'Score probe');
  // The note quotes the link's value as text; nothing from the URL becomes markup.
  await expect(figure.getByRole('status')).toContainText('“<script>alert(1)</script>” can’t be shown here');
  await expect(figure.getByLabel('Query word')).toHaveValue('it');
  await expect(figure.locator('script')).toHaveCount(0);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('both figures of the page are there with their default numbers', async ({ page }) => {
    await page.goto('scores/');
    const probe = page.getByRole('figure', { name: 'Score probe' });
    expectNumbers(
      await columnNumbers(probe.getByTestId('score')),
      tired.scores(tired.result.pronoun),
      'score',
    );
    await expectTerms(probe, tired.terms(tired.result.pronoun, tired.result.referent));
    const matrix = page.getByRole('figure', { name: 'Score matrix' });
    await expect(matrix.locator('svg rect[data-value]')).toHaveCount(tired.result.tokens.length ** 2);
    expect(await matrix.getByTestId('scores').locator('td').count()).toBe(tired.result.tokens.length ** 2);
  });
});
