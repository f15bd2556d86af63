/** Work of a layer, counted for the "sequential vs parallel" comparison. */
export interface Cost {
  /** Steps that must run one after another. */
  readonly steps: number;
  /** FLOPs inside one step; all of them could run in parallel. */
  readonly flopsPerStep: number;
  /** steps × flopsPerStep */
  readonly flops: number;
}

/**
 * A vanilla RNN over n tokens: n steps, each needing h_{t-1}. Per step: x_t·Wx and h_{t-1}·Wh as multiply-adds
 * (1 multiply-add = 2 FLOPs), plus the bias add and tanh as 1 FLOP per hidden unit each.
 * rnnCost(10, 4, 8) → { steps: 10, flopsPerStep: 2·(4·8 + 8·8) + 2·8 = 208, flops: 2080 }
 */
export function rnnCost(n: number, dIn: number, dHidden: number): Cost {
  checkSizes('rnnCost', { n, dIn, dHidden });
  const flopsPerStep = 2 * (dIn * dHidden + dHidden * dHidden) + 2 * dHidden;
  return { steps: n, flopsPerStep, flops: n * flopsPerStep };
}

/**
 * One single-head self-attention layer over n tokens (d_v = d_k, no output projection): a single step, because no
 * token waits for another. Counted: the projections X·W_Q, X·W_K, X·W_V (3·n·dModel·dK multiply-adds), Q·Kᵀ and
 * weights·V (n·n·dK multiply-adds each), all at 2 FLOPs per multiply-add; then 1 FLOP per score for ÷√d_k and
 * 4 per score for softmax (subtract the max, exp, add to the sum, divide). attentionCost(2, 4, 4).steps → 1
 */
export function attentionCost(n: number, dModel: number, dK: number): Cost {
  checkSizes('attentionCost', { n, dModel, dK });
  const multiplyAdds = 3 * n * dModel * dK + 2 * n * n * dK;
  const flops = 2 * multiplyAdds + 5 * n * n;
  return { steps: 1, flopsPerStep: flops, flops };
}

function checkSizes(fn: string, sizes: Record<string, number>): void {
  for (const [name, value] of Object.entries(sizes)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`${fn}: ${name} = ${value} — sizes must be whole numbers ≥ 0`);
    }
  }
}
