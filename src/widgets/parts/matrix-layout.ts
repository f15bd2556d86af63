/**
 * Geometry of a dense matrix drawn as a grid of cells (SignedMatrixSvg): row labels on the left, column numbers on
 * top, both thinned to every `step`-th one where every label would not fit. Text stays `font` units at the width.
 * matrixLayout(['0', '1'], 32, { width: 600, font: 14 }).colStep → 1
 */
import { labelWidth } from './map-labels';

/** Steps a thinned axis labels at: every 1st, 2nd, 4th, 5th, … label. */
const STEPS = [1, 2, 4, 5, 8, 10, 16, 20, 32, 50, 64, 100, 128, 256, 512];

export interface MatrixLayout {
  /** Where the cells begin, and each cell's size. */
  left: number;
  top: number;
  cellWidth: number;
  cellHeight: number;
  /** Label every rowStep-th row and every colStep-th column (counting from the first). */
  rowStep: number;
  colStep: number;
  /** The viewBox size. */
  width: number;
  height: number;
}

/** The layout of `rowLabels.length` rows by `cols` columns across `width` units, labels in `font` units. */
export function matrixLayout(
  rowLabels: readonly string[],
  cols: number,
  { width, font, rowHeight = 1.3 * font }: { width: number; font: number; rowHeight?: number },
): MatrixLayout {
  const left = Math.max(font, ...rowLabels.map((l) => labelWidth(l, font))) + font / 2;
  const top = 1.6 * font;
  const cellWidth = Math.max(1, (width - left) / Math.max(1, cols));
  const step = (room: number, need: number) => STEPS.find((s) => s * room >= need) ?? STEPS.at(-1)!;
  const colStep = step(cellWidth, labelWidth(String(cols), font) + font / 2);
  const cellHeight = rowHeight;
  const rowStep = step(cellHeight, 1.1 * font);
  return {
    left,
    top,
    cellWidth,
    cellHeight,
    rowStep,
    colStep,
    width: left + cols * cellWidth,
    height: top + rowLabels.length * cellHeight + 2,
  };
}
