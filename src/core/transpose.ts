import { type Matrix } from './matrix';

/** Rows become columns: out[j][i] = m[i][j]; any values, any size (0×3 gives 3×0). transpose([[1, 2, 3]]) → [[1], [2], [3]] */
export function transpose(m: Matrix): Matrix {
  const { rows, cols, data } = m;
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) out[j * rows + i] = data[i * cols + j]!;
  }
  return { rows: cols, cols: rows, data: out };
}
