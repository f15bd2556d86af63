import { Tensor, shapeOf } from './tensor';

/** out[i][j] = Σₖ a[i][k]·b[k][j] into a fresh array (n×inner times inner×m). */
function product(a: Float64Array, b: Float64Array, n: number, inner: number, m: number): Float64Array {
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < inner; k++) {
      const aik = a[i * inner + k]!;
      for (let j = 0; j < m; j++) out[i * m + j]! += aik * b[k * m + j]!;
    }
  }
  return out;
}

/**
 * a·b. Backward: dA += dOut·Bᵀ, dB += Aᵀ·dOut. matmul([[1, 2]], [[3], [4]]) → [[11]]
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  if (a.cols !== b.rows) throw new Error(`matmul: ${shapeOf(a)} · ${shapeOf(b)} — inner sizes differ`);
  const n = a.rows;
  const inner = a.cols;
  const m = b.cols;
  const out = new Tensor(n, m, product(a.data, b.data, n, inner, m), [a, b]);
  out.backwardStep = () => {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        const g = out.grad[i * m + j]!;
        if (g === 0) continue;
        for (let k = 0; k < inner; k++) {
          a.grad[i * inner + k]! += g * b.data[k * m + j]!;
          b.grad[k * m + j]! += a.data[i * inner + k]! * g;
        }
      }
    }
  };
  return out;
}
