import { shape, type Matrix } from './matrix';

/**
 * The largest entry-wise |a − b| of two same-shaped matrices; 0 for empty ones, NaN if any entry is NaN.
 * maxAbsDifference([[1, 2]], [[1, 2.5]]) → 0.5
 */
export function maxAbsDifference(a: Matrix, b: Matrix): number {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new Error(`maxAbsDifference: ${shape(a)} and ${shape(b)} — the shapes must be equal`);
  }
  let largest = 0;
  for (let i = 0; i < a.data.length; i++) {
    const gap = Math.abs(a.data[i]! - b.data[i]!);
    if (Number.isNaN(gap)) return NaN;
    if (gap > largest) largest = gap;
  }
  return largest;
}
