import { Tensor, shapeOf } from './tensor';

/** Row i as a 1×cols tensor (e.g. the scores of the query "it"). Backward: into row i only. */
export function pickRow(a: Tensor, i: number): Tensor {
  if (!Number.isInteger(i) || i < 0 || i >= a.rows) {
    throw new Error(`pickRow: row ${i} is outside a ${shapeOf(a)} tensor`);
  }
  const out = new Tensor(1, a.cols, a.data.slice(i * a.cols, (i + 1) * a.cols), [a]);
  out.backwardStep = () => {
    out.grad.forEach((g, j) => {
      a.grad[i * a.cols + j]! += g;
    });
  };
  return out;
}
