import { shape, type Matrix } from './matrix';

/**
 * The matrix product a·b: out[i][j] = Σₖ a[i][k]·b[k][j]. IEEE rules apply (NaN propagates, 0·Infinity = NaN);
 * an inner size of 0 gives zeros. matmul([[1, 2]], [[3], [4]]) → [[11]]
 */
export function matmul(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) throw new Error(`matmul: ${shape(a)} · ${shape(b)} — inner sizes differ`);
  const n = a.rows;
  const inner = a.cols;
  const m = b.cols;
  const out = new Float64Array(n * m);
  // i-k-j order: the innermost loop walks a row of b and a row of out, both contiguous in memory.
  for (let i = 0; i < n; i++) {
    const outRow = i * m;
    for (let k = 0; k < inner; k++) {
      const aik = a.data[i * inner + k]!;
      const bRow = k * m;
      for (let j = 0; j < m; j++) out[outRow + j]! += aik * b.data[bRow + j]!;
    }
  }
  return { rows: n, cols: m, data: out };
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
    for (let j = 0; j < m; j++) {
      let sum = 0;
      for (let k = 0; k < d; k++) sum += a.data[i * d + k]! * b.data[j * d + k]!;
      out[i * m + j] = sum;
    }
  }
  return { rows: n, cols: m, data: out };
}
