import { Tensor, shapeOf } from './tensor';

/**
 * Cross-entropy of one 1×C row of logits against a target class, with label smoothing ε (Szegedy et al. 2016,
 * used by Vaswani et al. with ε = 0.1): the target distribution is (1 − ε) on the target plus ε/C on every
 * class, so the loss stops rewarding ever larger logits. ε = 0 gives −log softmax(logits)[target].
 * Computed through logsumexp so it stays finite when the softmax underflows. Backward: dLogits = dOut·(p − y).
 */
export function crossEntropy(logits: Tensor, target: number, epsilon = 0): Tensor {
  if (logits.rows !== 1) throw new Error(`crossEntropy: logits are ${shapeOf(logits)} — expected one row`);
  if (!Number.isInteger(target) || target < 0 || target >= logits.cols) {
    throw new Error(`crossEntropy: target ${target} is outside the ${logits.cols} classes`);
  }
  if (!(epsilon >= 0 && epsilon < 1)) throw new Error(`crossEntropy: ε = ${epsilon} must be in [0, 1)`);
  const classes = logits.cols;
  const max = Math.max(...logits.data);
  const exps = logits.data.map((x) => Math.exp(x - max));
  const sum = exps.reduce((s, e) => s + e, 0);
  const logSumExp = max + Math.log(sum);
  const wanted = (j: number): number => (j === target ? 1 - epsilon : 0) + epsilon / classes;
  let loss = 0;
  logits.data.forEach((x, j) => {
    loss += wanted(j) * (logSumExp - x);
  });
  const out = new Tensor(1, 1, Float64Array.of(loss), [logits]);
  out.backwardStep = () => {
    const g = out.grad[0]!;
    exps.forEach((e, j) => {
      logits.grad[j]! += g * (e / sum - wanted(j));
    });
  };
  return out;
}
