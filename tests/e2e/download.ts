import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** One picture stacked in an exported figure: its geometry in the file and its viewBox. */
export interface StackedPicture {
  x: number;
  y: number;
  width: number;
  height: number;
  viewBox: number[];
}

/** Presses the figure's "Download SVG" and reads the file it saves. */
export async function downloadSvg(page: Page, figure: Locator): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  return readFile((await download.path())!, 'utf8');
}

/** The caption lines of an exported file joined into one text (they are wrapped into adjacent <text> elements). */
export function exportedText(svg: string): string {
  return svg.replace(/<\/text><text[^>]*>/g, ' ');
}

/** The pictures stacked in an exported file, top to bottom, read from the nested <svg>s' attributes. */
export function stackedPictures(svg: string): StackedPicture[] {
  const opening = [
    ...svg.matchAll(/<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="([^"]+)"/g),
  ];
  return opening.map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    width: Number(m[3]),
    height: Number(m[4]),
    viewBox: m[5]!.split(/\s+/).map(Number),
  }));
}

/** What every exported file must be: stand-alone SVG, no script, no foreignObject, no handlers, classes or tab
 *  stops, colours inlined as rgb; the pictures one width, each in its viewBox's aspect, one under the other. */
export function expectStandAlone(svg: string, pictures: number): StackedPicture[] {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  for (const banned of [
    /<script/i,
    /<foreignObject/i,
    /\son[a-z]+="/i,
    /\sclass="/,
    /\stabindex="/,
    /var\(--/,
  ])
    expect(svg, String(banned)).not.toMatch(banned);
  expect(svg).toMatch(/fill="rgb\(\d+ \d+ \d+ \/ [\d.]+\)"/);
  const stacked = stackedPictures(svg);
  expect(stacked).toHaveLength(pictures);
  const aspect = (p: StackedPicture) => p.viewBox[3]! / p.viewBox[2]!;
  stacked.forEach((p, i) => {
    expect(p.width).toBe(stacked[0]!.width);
    expect(Math.abs(p.height / p.width - aspect(p))).toBeLessThan(0.01);
    if (i > 0) expect(p.y).toBeGreaterThan(stacked[i - 1]!.y + stacked[i - 1]!.height - 0.02);
  });
  return stacked;
}
