/**
 * Geometry of the flashlight chart (ValueBeams.svelte): one row per word — its label, its weight cell, its value
 * vector as signed columns, and that vector times the weight — then a last row for the sum. Rows and columns are
 * bands() of chart-scale, each column's bar signedBar() of column-bars, so the two panels and the sum share one
 * scale. Laid out in CSS px at the frame's width, drawn 1:1.
 */
import { bands } from './chart-scale';
import { signedBar } from './column-bars';

/** One panel of columns (the values, or weight × values): where its columns start, their width, its ends. */
export interface Panel {
  x: number;
  width: number;
  columns: number[];
  columnWidth: number;
}

export interface BeamsLayout {
  width: number;
  height: number;
  font: number;
  /** Right end of the word labels (text-anchor end). */
  labelEnd: number;
  /** The weight cell of each row. */
  cell: { x: number; width: number };
  values: Panel;
  parts: Panel;
  /** Where the header line sits (its baseline). */
  header: number;
  /** Each row's top and the common row height; the last row is the sum. */
  rows: { starts: number[]; size: number };
  /** Half a row's bar room: a bar of |value| = scale reaches this far from the row's middle. */
  half: number;
}

/** Text width in px, for a font of `font` px (a generous average glyph). */
const textWidth = (chars: number, font: number) => 0.62 * font * chars;

/**
 * The layout for `words` rows (plus the sum row) of vectors of `dims` entries in `width` px, labels up to
 * `longest` characters. beamsLayout(11, 8, 300, 7).values.columns.length → 8
 */
export function beamsLayout(
  words: number,
  dims: number,
  width: number,
  longest: number,
  font = 13,
): BeamsLayout {
  const gap = font / 2;
  const labelEnd = textWidth(Math.max(4, longest), font) + gap;
  const cell = { x: labelEnd + gap, width: textWidth(7, font) + gap };
  const panelsStart = cell.x + cell.width + 1.5 * gap;
  const panelWidth = Math.max(dims * 3, (width - panelsStart - 2 * gap) / 2);
  const panel = (x: number): Panel => {
    const b = bands(dims, [x, x + panelWidth], 0.15);
    return { x, width: panelWidth, columns: b.starts, columnWidth: b.size };
  };
  const values = panel(panelsStart);
  const parts = panel(panelsStart + panelWidth + 2 * gap);
  const header = 1.3 * font;
  const rowSize = 2.4 * font;
  const top = header + font / 2;
  const rows = bands(words + 1, [top, top + (words + 1) * rowSize], 0.1);
  return {
    width: Math.max(width, parts.x + parts.width),
    height: top + (words + 1) * rowSize + 2,
    font,
    labelEnd,
    cell,
    values,
    parts,
    header,
    rows,
    half: rows.size / 2 - 1,
  };
}

/** The bar of entry `value` in the row whose top is `rowTop`, on the shared scale. */
export function beamBar(layout: BeamsLayout, rowTop: number, value: number, scale: number) {
  return signedBar(value, scale, rowTop + layout.rows.size / 2, layout.half);
}
