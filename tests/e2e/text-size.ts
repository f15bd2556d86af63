import type { Locator } from '@playwright/test';

/**
 * The smallest text a figure draws, in CSS px as it appears on screen: for SVG text its font size times the
 * SVG's scale on screen (getScreenCTM), for HTML text its computed font size; hidden elements and empty text
 * are skipped. Returns the size and the text that has it.
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
      const px =
        element instanceof SVGGraphicsElement ? size * Math.abs(element.getScreenCTM()?.d ?? 1) : size;
      if (px < smallest.px) smallest = { px, text };
    }
    return smallest;
  });
}
