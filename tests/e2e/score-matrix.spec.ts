import { expect, test } from '@playwright/test';
import { toRows } from '../../src/core';
import { SOURCE_SENTENCE, WIDE_TWIN, loadPretrained, pointerHead, resolve } from '../../src/model';
import { signedFill, signedLimit } from '../../src/widgets/parts/colour-scale';
import { tokenLabels } from '../../src/widgets/parts/labels';
import { fixed } from '../../src/widgets/format';
import { downloadSvg, expectStandAlone, exportedText } from './download';
import { hydratedFigure, openDetails } from './widget';

// Q·Kᵀ of the pointer head, computed here with the model (which runs the core).
const model = loadPretrained();
const scoresOf = (sentence: string) => {
  const result = resolve(model, sentence);
  return { result, scores: toRows(pointerHead(result).scores) };
};
const tired = scoresOf(SOURCE_SENTENCE);
const wide = scoresOf(WIDE_TWIN);
const HALF_CENT = 0.005 + 1e-9;

async function tableRows(figure: import('@playwright/test').Locator) {
  return figure
    .getByTestId('scores')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))),
    );
}

/** The matrix's table shows `scores`: the last row's first cell as printed once it is drawn, every cell within ½ cent. */
async function expectTable(
  figure: import('@playwright/test').Locator,
  scores: readonly (readonly number[])[],
) {
  await expect(figure.getByTestId('scores').locator('tbody tr').last().locator('td').first()).toHaveText(
    scores.at(-1)![0]!.toFixed(2),
  );
  const rows = await tableRows(figure);
  rows.forEach((r, i) =>
    r.forEach((v, j) => expect(Math.abs(v - scores[i]![j]!)).toBeLessThanOrEqual(HALF_CENT)),
  );
}

// One visit of the page at its defaults, the matrix's checks in turn as steps (a failure names the step); each
// leaves the page as the next one expects (the “too tired” sentence), resetting with the page's own controls. The
// chosen row is reloaded from its link last.
test('on a desktop: the download, the heatmap and table of Q·Kᵀ, the signed scale and readout, the adjective switch, and a chosen row with its link', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('scores/');
  await test.step('the matrix downloads as an SVG with its caption, the sentence, every word and every score', async () => {
    const figure = await hydratedFigure(page, 'Score matrix');
    const svg = await downloadSvg(page, figure);
    expectStandAlone(svg, 1);
    const text = exportedText(svg);
    expect(text).toContain('Score matrix: Q·Kᵀ of the pointer head');
    expect(text).toContain(SOURCE_SENTENCE);
    const labels = tokenLabels(tired.result.tokens);
    const it = tired.result.pronoun;
    const best = tired.scores[it]!.indexOf(Math.max(...tired.scores[it]!));
    expect(text).toContain(
      `Row “${labels[it]}” scores highest on “${labels[best]}”: ${fixed(tired.scores[it]![best]!, 2)}`,
    );
    for (const label of labels) expect(svg, label).toContain(`>${label}</text>`);
    const n = labels.length;
    const values = [...svg.matchAll(/data-value="([^"]+)"/g)].map((m) => Number(m[1]));
    expect(values).toHaveLength(n * n);
    values.forEach((v, c) =>
      expect(Math.abs(v - tired.scores[Math.floor(c / n)]![c % n]!)).toBeLessThan(1e-9),
    );
  });
  await test.step('the heatmap and the table hold Q·Kᵀ, rows = queries and columns = keys', async () => {
    const figure = await hydratedFigure(page, 'Score matrix');
    const n = tired.result.tokens.length;
    // Every cell of the picture carries its exact value; the table prints two decimals.
    const cells = await figure
      .locator('svg rect[data-value]')
      .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-value'))));
    expect(cells).toHaveLength(n * n);
    cells.forEach((v, c) =>
      expect(Math.abs(v - tired.scores[Math.floor(c / n)]![c % n]!)).toBeLessThan(1e-9),
    );
    await openDetails(figure, 'The numbers');
    const rows = await tableRows(figure);
    expect(rows).toHaveLength(n);
    rows.forEach((r, i) =>
      r.forEach((v, j) =>
        expect(Math.abs(v - tired.scores[i]![j]!), `${i},${j}`).toBeLessThanOrEqual(HALF_CENT),
      ),
    );
    // Not symmetric: the row of "it" at "animal" differs from the row of "animal" at "it".
    const it = tired.result.pronoun;
    const animal = tired.result.tokens.indexOf('animal');
    await expect(figure.getByTestId('row-best')).toHaveText(tired.scores[it]![animal]!.toFixed(2));
    await expect(figure.getByTestId('row-mirror')).toHaveText(tired.scores[animal]![it]!.toFixed(2));
  });
  await test.step('scores are drawn on the signed scale (0 is the background) with its legend, and a cell reads out both ways', async () => {
    const figure = await hydratedFigure(page, 'Score matrix');
    const limit = signedLimit(tired.scores.flat());
    const fills = await figure
      .locator('svg rect[data-value]')
      .evaluateAll((rs) => rs.map((r) => r.getAttribute('fill')));
    expect(fills).toEqual(tired.scores.flat().map((v) => signedFill(v, limit)));
    await expect(figure.getByRole('img', { name: /^Colour scale, score q·k: purple below 0/ })).toBeVisible();
    await expect(figure.getByRole('img', { name: new RegExp(`to ${fixed(limit, 2)}$`) })).toBeVisible();

    const labels = tokenLabels(tired.result.tokens);
    const n = labels.length;
    const it = tired.result.pronoun;
    const animal = labels.indexOf('animal');
    await figure
      .locator('svg rect[data-value]')
      .nth(it * n + animal)
      .hover();
    await expect(figure.getByTestId('readout')).toHaveText(
      `“it” asks, “animal” answers: score ${fixed(tired.scores[it]![animal]!, 2)} (the other way round ${fixed(
        tired.scores[animal]![it]!,
        2,
      )}).`,
    );
  });
  await test.step('the adjective switch recomputes the matrix', async () => {
    // The probe above carries the adjective switch; the matrix follows the page's shared sentence.
    const probe = await hydratedFigure(page, 'Score probe');
    await probe.getByRole('radio', { name: /too wide/ }).check();
    const figure = await hydratedFigure(page, 'Score matrix');
    await openDetails(figure, 'The numbers');
    await expectTable(figure, wide.scores);
  });
  await test.step('back to “too tired”: the matrix is the first sentence’s again', async () => {
    await page
      .getByRole('figure', { name: 'Score probe' })
      .getByRole('radio', { name: /too tired/ })
      .check();
    const figure = page.getByRole('figure', { name: 'Score matrix' });
    await expectTable(figure, tired.scores);
  });
  await test.step('choosing a row outlines it, follows the probe, and a link reproduces it', async () => {
    const probe = await hydratedFigure(page, 'Score probe');
    await probe.getByLabel('Query word').selectOption('street');
    const figure = await hydratedFigure(page, 'Score matrix');
    const select = figure.getByLabel('Outline the row of');
    await expect(select).toHaveValue('street');
    await select.selectOption('tired');
    await expect(probe.getByLabel('Query word')).toHaveValue('tired');
    await openDetails(figure, 'The numbers');
    await expect(figure.locator('tbody tr.current th')).toHaveText('tired');
    await expect(page).toHaveURL(/[?&]query=tired/);

    await page.goto(page.url());
    const again = await hydratedFigure(page, 'Score matrix');
    await expect(again.getByLabel('Outline the row of')).toHaveValue('tired');
    const t = tired.result.tokens.indexOf('tired');
    const best = tired.scores[t]!.indexOf(Math.max(...tired.scores[t]!));
    await expect(again.getByTestId('row-best')).toHaveText(tired.scores[t]![best]!.toFixed(2));
  });
});
