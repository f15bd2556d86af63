import { Tensor } from './tensor';

/**
 * softmax row by row, shifted by the row's maximum so ±1000 does not overflow.
 * Backward: for y = softmax(x), dx_j = y_j·(dy_j − Σₖ dy_k·y_k).
 */
export function softmaxRows(a: Tensor): Tensor {
  const { rows, cols } = a;
  const data = new Float64Array(a.data.length);
  for (let i = 0; i < rows; i++) {
    const row = a.data.subarray(i * cols, (i + 1) * cols);
    const max = Math.max(...row);
    let sum = 0;
    for (let j = 0; j < cols; j++) {
      const e = Math.exp(row[j]! - max);
      data[i * cols + j] = e;
      sum += e;
    }
    for (let j = 0; j < cols; j++) data[i * cols + j]! /= sum;
  }
  const out = new Tensor(rows, cols, data, [a]);
  out.backwardStep = () => {
    for (let i = 0; i < rows; i++) {
      let dot = 0;
      for (let j = 0; j < cols; j++) dot += out.grad[i * cols + j]! * data[i * cols + j]!;
      for (let j = 0; j < cols; j++) {
        a.grad[i * cols + j]! += data[i * cols + j]! * (out.grad[i * cols + j]! - dot);
      }
    }
  };
  return out;
}
