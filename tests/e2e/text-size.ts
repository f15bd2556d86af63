import type { Locator } from '@playwright/test';

/**
 * The smallest text a figure draws, in CSS px as it appears on screen. For SVG text: its computed font size times
 * how long one user unit along the text's own vertical axis is on screen — the length of the screen CTM's second
 * column, hypot(c, d) — so a label rotated by a transform (a y-axis name at −90°, column labels at −55°) measures
 * its glyph size, not its bounding box and not the CTM's vertical scale (which is 0 at −90°). For HTML text: its
 * computed font size. Hidden elements and empty text are skipped. Returns the size and the text that has it.
 */
export async function smallestText(figure: Locator): Promise<{ px: number; text: string }> {
  return figure.evaluate((root) => {
    let smallest = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const element: Element | null = node.parentElement;
      if (!text || !element || element.closest('title, details:not([open]), .visually-hidden')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      const ctm = element instanceof SVGGraphicsElement ? element.getScreenCTM() : null;
      const px = ctm ? size * Math.hypot(ctm.c, ctm.d) : size;
      if (px < smallest.px) smallest = { px, text };
    }
    return smallest;
  });
}
