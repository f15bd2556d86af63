import { Tensor, shapeOf } from './tensor';

/** a + b entry by entry (same shapes). Backward: the gradient flows unchanged to both. */
export function add(a: Tensor, b: Tensor): Tensor {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new Error(`add: ${shapeOf(a)} + ${shapeOf(b)} — shapes differ`);
  }
  const data = a.data.map((x, i) => x + b.data[i]!);
  const out = new Tensor(a.rows, a.cols, data, [a, b]);
  out.backwardStep = () => {
    out.grad.forEach((g, i) => {
      a.grad[i]! += g;
      b.grad[i]! += g;
    });
  };
  return out;
}
