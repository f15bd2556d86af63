import type { Locator } from '@playwright/test';

/**
 * The computed fills of the cells (rect[data-value]) inside an SVG, and the fills `expected` (CSS strings such as
 * sequentialFill(t)) resolved by the browser on a probe in the same SVG, so the two compare colour for colour.
 */
export async function drawnAndExpectedFills(
  svg: Locator,
  expected: readonly string[],
): Promise<[string[], string[]]> {
  return svg.evaluate((root, fills) => {
    const cells = [...root.querySelectorAll('rect[data-value]')];
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    root.appendChild(probe);
    const resolved = fills.map((fill) => {
      probe.setAttribute('fill', fill);
      return getComputedStyle(probe).fill;
    });
    probe.remove();
    return [cells.map((c) => getComputedStyle(c).fill), resolved] as [string[], string[]];
  }, expected);
}
