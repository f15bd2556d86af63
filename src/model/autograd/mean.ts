import { Tensor, shapeOf } from './tensor';

/** The average of 1×1 tensors (a batch's losses) → 1×1. Backward: each gets dOut/N. */
export function mean(scalars: readonly Tensor[]): Tensor {
  if (scalars.length === 0) throw new Error('mean: no values to average');
  const bad = scalars.find((s) => s.data.length !== 1);
  if (bad) throw new Error(`mean: a ${shapeOf(bad)} tensor is not a 1×1 value`);
  const total = scalars.reduce((sum, s) => sum + s.data[0]!, 0);
  const out = new Tensor(1, 1, Float64Array.of(total / scalars.length), scalars);
  out.backwardStep = () => {
    for (const s of scalars) s.grad[0]! += out.grad[0]! / scalars.length;
  };
  return out;
}
