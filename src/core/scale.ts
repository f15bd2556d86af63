import { type Matrix } from './matrix';

/** Every entry times s (IEEE rules: 0 · Infinity = NaN, NaN propagates). scale([[1, -2]], 3) → [[3, -6]] */
export function scale(m: Matrix, s: number): Matrix {
  return { rows: m.rows, cols: m.cols, data: m.data.map((x) => x * s) };
}
