import { Tensor } from './tensor';

/** aᵀ: out[j][i] = a[i][j]. Backward: dA[i][j] += dOut[j][i]. */
export function transpose(a: Tensor): Tensor {
  const data = new Float64Array(a.data.length);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) data[j * a.rows + i] = a.data[i * a.cols + j]!;
  }
  const out = new Tensor(a.cols, a.rows, data, [a]);
  out.backwardStep = () => {
    for (let i = 0; i < a.rows; i++) {
      for (let j = 0; j < a.cols; j++) a.grad[i * a.cols + j]! += out.grad[j * a.rows + i]!;
    }
  };
  return out;
}
