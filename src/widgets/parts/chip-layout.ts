/**
 * Word chips wrapped into rows like text, for an SVG drawing of words (WordChipsSvg): each chip as wide as its word
 * (labelWidth, a generous estimate) plus padding, rows `gap` apart. chipLayout(['a', 'bb'], { width: 100, font: 10 })
 */
import { labelWidth } from './map-labels';

export interface ChipOptions {
  /** The width to fill. */
  width: number;
  font: number;
  /** Space between chips and between rows; font / 3 by default. */
  gap?: number;
  /** Space left and right of the word inside its chip; font / 2 by default. */
  pad?: number;
}

export interface Chip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The chips of `words` in reading order, wrapped at `width` (a chip wider than the row gets a row of its own). */
export function chipLayout(
  words: readonly string[],
  options: ChipOptions,
): { chips: Chip[]; height: number } {
  const { width, font } = options;
  const gap = options.gap ?? font / 3;
  const pad = options.pad ?? font / 2;
  const height = 1.6 * font;
  const chips: Chip[] = [];
  let x = 0;
  let y = 0;
  for (const word of words) {
    const w = labelWidth(word, font) + 2 * pad;
    if (x > 0 && x + w > width) {
      x = 0;
      y += height + gap;
    }
    chips.push({ x, y, width: w, height });
    x += w + gap;
  }
  return { chips, height: chips.length === 0 ? 0 : y + height };
}
