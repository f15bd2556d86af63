import { shape, type Matrix } from './matrix';

/**
 * Entry-wise a + b. b is either a's shape or a single row (1×cols) added to every row of a — the bias case.
 * IEEE rules apply: NaN propagates, Infinity + -Infinity = NaN. add([[1, 2], [3, 4]], [[10, 20]]) → [[11, 22], [13, 24]]
 */
export function add(a: Matrix, b: Matrix): Matrix {
  const sameShape = a.rows === b.rows && a.cols === b.cols;
  const isRow = b.rows === 1 && a.cols === b.cols;
  if (!sameShape && !isRow) {
    throw new Error(`add: ${shape(a)} + ${shape(b)} — b must be ${shape(a)} or 1×${a.cols}`);
  }
  const out = new Float64Array(a.data.length);
  for (let i = 0; i < a.rows; i++) {
    const bRow = sameShape ? i * a.cols : 0;
    for (let j = 0; j < a.cols; j++) out[i * a.cols + j] = a.data[i * a.cols + j]! + b.data[bRow + j]!;
  }
  return { rows: a.rows, cols: a.cols, data: out };
}
