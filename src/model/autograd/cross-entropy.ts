import { Tensor, shapeOf } from './tensor';

/**
 * −log softmax(logits)[target] for one 1×C row of logits → 1×1. Computed as logsumexp − logit so that it
 * stays finite when the softmax underflows. Backward: dLogits = dOut·(softmax − onehot(target)).
 */
export function crossEntropy(logits: Tensor, target: number): Tensor {
  if (logits.rows !== 1) throw new Error(`crossEntropy: logits are ${shapeOf(logits)} — expected one row`);
  if (!Number.isInteger(target) || target < 0 || target >= logits.cols) {
    throw new Error(`crossEntropy: target ${target} is outside the ${logits.cols} classes`);
  }
  const max = Math.max(...logits.data);
  const exps = logits.data.map((x) => Math.exp(x - max));
  const sum = exps.reduce((s, e) => s + e, 0);
  const loss = max + Math.log(sum) - logits.data[target]!;
  const out = new Tensor(1, 1, Float64Array.of(loss), [logits]);
  out.backwardStep = () => {
    const g = out.grad[0]!;
    exps.forEach((e, j) => {
      logits.grad[j]! += g * (e / sum - (j === target ? 1 : 0));
    });
  };
  return out;
}
