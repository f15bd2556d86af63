import { identity, matrix, shape, type Matrix } from './matrix';

const MAX_SWEEPS = 100;
// Stop once the off-diagonal part is this small relative to the whole matrix: rounding level for float64.
const OFF_DIAGONAL_TOLERANCE = 1e-30;

/**
 * Eigenvalues (largest first) and unit eigenvectors (the columns of `vectors`) of a symmetric matrix, by cyclic
 * Jacobi rotations — slow for big matrices but simple and accurate. Symmetry is assumed, not checked; NaN or
 * ±Infinity entries throw (rotations cannot converge on them). symmetricEigen([[2, 0], [0, 1]]) → values [2, 1], vectors I
 */
export function symmetricEigen(m: Matrix): { values: number[]; vectors: Matrix } {
  if (m.rows !== m.cols) throw new Error(`symmetricEigen: ${shape(m)} — the matrix must be square`);
  if (!m.data.every(Number.isFinite))
    throw new Error(`symmetricEigen: ${shape(m)} — contains NaN or ±Infinity`);
  const n = m.rows;
  const a = Float64Array.from(m.data);
  const v = identity(n);
  const total = a.reduce((s, x) => s + x * x, 0);
  for (let sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a, n) > OFF_DIAGONAL_TOLERANCE * total; sweep++) {
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) rotate(a, v.data, n, p, q);
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j * n + j]! - a[i * n + i]!);
  const vectors = matrix(n, n);
  order.forEach((from, to) => {
    for (let k = 0; k < n; k++) vectors.data[k * n + to] = v.data[k * n + from]!;
  });
  return { values: order.map((i) => a[i * n + i]!), vectors };
}

/** One Jacobi rotation A ← PᵀAP, V ← VP that zeroes a[p][q] (Numerical Recipes §11.1). */
function rotate(a: Float64Array, v: Float64Array, n: number, p: number, q: number): void {
  const apq = a[p * n + q]!;
  if (apq === 0) return;
  const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < n; k++) {
    const [kp, kq] = [a[k * n + p]!, a[k * n + q]!];
    a[k * n + p] = c * kp - s * kq;
    a[k * n + q] = s * kp + c * kq;
  }
  for (let k = 0; k < n; k++) {
    const [pk, qk] = [a[p * n + k]!, a[q * n + k]!];
    a[p * n + k] = c * pk - s * qk;
    a[q * n + k] = s * pk + c * qk;
  }
  for (let k = 0; k < n; k++) {
    const [kp, kq] = [v[k * n + p]!, v[k * n + q]!];
    v[k * n + p] = c * kp - s * kq;
    v[k * n + q] = s * kp + c * kq;
  }
}

function offDiagonal(a: Float64Array, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (i !== j) sum += a[i * n + j]! ** 2;
  }
  return sum;
}
