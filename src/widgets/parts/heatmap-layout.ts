/**
 * Geometry of a heatmap with word labels (rows on the left, columns slanted above): cell size, margins, and a font
 * size in user units that keeps the labels ≥ 12 px when the SVG is drawn on a phone (at PHONE_FIGURE_WIDTH CSS px
 * or wider) and about 14 px on a desktop, where the SVG is drawn at `drawnWidth` unless its frame is narrower.
 */
import { MIN_TEXT_PX, PHONE_FIGURE_WIDTH } from './chart-scale';

/** The width of one character of a label, in font sizes (a generous average for system sans-serif words). */
const CHAR = 0.62;
/** The column labels' slant: they rise at 55° from the column's centre. */
const SLANT = (55 * Math.PI) / 180;
/** The desktop label size the drawn width aims at, in CSS px. */
const DESKTOP_TEXT_PX = 14;

export interface HeatmapLayout {
  /** The side of a cell, user units. */
  cell: number;
  /** The label font size, user units. */
  font: number;
  /** Where the cells begin. */
  left: number;
  top: number;
  /** The viewBox size. */
  width: number;
  height: number;
  /** The width attribute (CSS px) the SVG is drawn at when its frame is wide enough. */
  drawnWidth: number;
}

/**
 * The layout for these row and column labels. heatmapLayout(['a', 'b'], ['a', 'b']).font → 12
 */
export function heatmapLayout(
  rowLabels: readonly string[],
  colLabels: readonly string[],
  cell = 26,
): HeatmapLayout {
  const longest = (labels: readonly string[]) => Math.max(1, ...labels.map((l) => [...l].length));
  const rowText = CHAR * longest(rowLabels);
  const colText = CHAR * longest(colLabels);
  // width = fixed + perFont · font: cells, the row labels on the left, the last column label's overhang on the right.
  const fixed = colLabels.length * cell + 4 - cell / 2;
  const perFont = rowText + 0.5 + colText * Math.cos(SLANT);
  // font ≥ 12 px at the phone width: font ≥ 12 · width / PHONE, solved for font (and ≥ 12 user units).
  const room = PHONE_FIGURE_WIDTH - MIN_TEXT_PX * perFont;
  const font = Math.max(MIN_TEXT_PX, room > 0 ? (MIN_TEXT_PX * fixed) / room : MIN_TEXT_PX);
  const left = rowText * font + font / 2;
  const top = colText * font * Math.sin(SLANT) + font;
  const width = Math.max(left + colLabels.length * cell + 4, fixed + perFont * font);
  const height = top + rowLabels.length * cell + 4;
  const drawnWidth = width * Math.max(1, DESKTOP_TEXT_PX / font);
  return { cell, font, left, top, width, height, drawnWidth };
}
