import { Tensor } from './tensor';

/** s·a for a constant s (e.g. 1/√d_k). Backward: dA += s·dOut. */
export function scale(a: Tensor, s: number): Tensor {
  const out = new Tensor(
    a.rows,
    a.cols,
    a.data.map((x) => s * x),
    [a],
  );
  out.backwardStep = () => {
    out.grad.forEach((g, i) => {
      a.grad[i]! += s * g;
    });
  };
  return out;
}
