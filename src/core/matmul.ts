import { shape, type Matrix } from './matrix';
import { transpose } from './transpose';

/**
 * The matrix product a·b: out[i][j] = Σₖ a[i][k]·b[k][j], summed in order of k. IEEE rules apply (NaN propagates,
 * 0·Infinity = NaN); an inner size of 0 gives zeros. matmul([[1, 2]], [[3], [4]]) → [[11]]
 */
export function matmul(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) throw new Error(`matmul: ${shape(a)} · ${shape(b)} — inner sizes differ`);
  // Transposing b (cheap: one pass) turns every entry into a dot product of two contiguous rows.
  return matmulTransposeB(a, transpose(b));
}

/**
 * a·bᵀ without building bᵀ: out[i][j] = row i of a · row j of b — exactly the Q·Kᵀ of attention.
 * matmulTransposeB([[1, 2]], [[3, 4], [5, 6]]) → [[11, 17]]
 */
export function matmulTransposeB(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.cols)
    throw new Error(`matmulTransposeB: ${shape(a)} · (${shape(b)})ᵀ — row lengths differ`);
  const n = a.rows;
  const m = b.rows;
  const d = a.cols;
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    let j = 0;
    for (; j + 4 <= m; j += 4) dotFour(a.data, i * d, b.data, j * d, d, out, i * m + j);
    for (; j < m; j++) out[i * m + j] = dot(a.data, i * d, b.data, j * d, d);
  }
  return { rows: n, cols: m, data: out };
}

/** x[xStart…] · y[yStart…] over `length` entries. */
function dot(x: Float64Array, xStart: number, y: Float64Array, yStart: number, length: number): number {
  let sum = 0;
  for (let k = 0; k < length; k++) sum += x[xStart + k]! * y[yStart + k]!;
  return sum;
}

/**
 * Four dot products of one row of x with four consecutive rows of y, written to out[outStart…outStart+3].
 * Why: each x entry is loaded once for four sums, which about halves the time of four separate dot() calls.
 * Each sum still runs in order of k, so the results equal dot()'s bit for bit.
 */
function dotFour(
  x: Float64Array,
  xStart: number,
  y: Float64Array,
  yStart: number,
  length: number,
  out: Float64Array,
  outStart: number,
): void {
  const y0 = yStart;
  const y1 = y0 + length;
  const y2 = y1 + length;
  const y3 = y2 + length;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let k = 0; k < length; k++) {
    const xk = x[xStart + k]!;
    s0 += xk * y[y0 + k]!;
    s1 += xk * y[y1 + k]!;
    s2 += xk * y[y2 + k]!;
    s3 += xk * y[y3 + k]!;
  }
  out[outStart] = s0;
  out[outStart + 1] = s1;
  out[outStart + 2] = s2;
  out[outStart + 3] = s3;
}
