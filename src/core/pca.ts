import { symmetricEigen } from './eigen';
import { matmul } from './matmul';
import { matrix, shape, type Matrix } from './matrix';
import { transpose } from './transpose';

/**
 * Principal component analysis to two dimensions, for 2-D maps of embeddings: the rows of m (n×d) are centred and
 * projected on the two directions of largest variance. `explained` = each direction's share of the total variance.
 * Each direction's sign is fixed so that its largest-magnitude component is positive (ties of variance leave the
 * direction itself arbitrary). No variance (n ≤ 1, identical rows, d = 0) gives zero points and [0, 0]; with d = 1
 * the second column is 0. NaN or ±Infinity throws. pca2([[0, 0], [2, 0]]) → points [[-1, 0], [1, 0]], explained [1, 0]
 */
export function pca2(m: Matrix): { points: Matrix; explained: [number, number] } {
  if (!m.data.every(Number.isFinite)) throw new Error(`pca2: ${shape(m)} — contains NaN or ±Infinity`);
  const centred = centreColumns(m);
  const scatter = matmul(transpose(centred), centred);
  const { values, vectors } = symmetricEigen(scatter);
  const total = values.reduce((s, x) => s + Math.max(x, 0), 0);
  const points = matrix(m.rows, 2);
  const explained: [number, number] = [0, 0];
  for (let c = 0; c < Math.min(2, m.cols) && total > 0; c++) {
    const direction = signFixed(columnOf(vectors, c));
    const projected = matmul(centred, direction);
    for (let i = 0; i < m.rows; i++) points.data[i * 2 + c] = projected.data[i]!;
    explained[c] = Math.max(values[c]!, 0) / total;
  }
  return { points, explained };
}

function centreColumns(m: Matrix): Matrix {
  const out = matrix(m.rows, m.cols, m.data);
  for (let j = 0; j < m.cols; j++) {
    let sum = 0;
    for (let i = 0; i < m.rows; i++) sum += m.data[i * m.cols + j]!;
    const mean = sum / m.rows;
    for (let i = 0; i < m.rows; i++) out.data[i * m.cols + j]! -= mean;
  }
  return out;
}

function columnOf(m: Matrix, c: number): Matrix {
  return matrix(
    m.rows,
    1,
    Array.from({ length: m.rows }, (_, k) => m.data[k * m.cols + c]!),
  );
}

/** Flip v so that its largest-magnitude entry is positive — makes the map's orientation reproducible. */
function signFixed(v: Matrix): Matrix {
  let largest = 0;
  for (const x of v.data) if (Math.abs(x) > Math.abs(largest)) largest = x;
  return largest < 0
    ? matrix(
        v.rows,
        v.cols,
        v.data.map((x) => -x),
      )
    : v;
}
