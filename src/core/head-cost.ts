/** What one multi-head self-attention layer costs, part by part. */
export interface HeadCost {
  readonly heads: number;
  readonly dHead: number;
  /** Weights to learn: W_Q, W_K, W_V of every head (3·heads·dModel·dHead) and W_O ((heads·dHead)·dModel). */
  readonly parameters: { readonly projections: number; readonly output: number; readonly total: number };
  /**
   * FLOPs for n tokens, a multiply-add counted as 2: the projections X·W (all heads), Q·Kᵀ and weights·V (per
   * head, n²·dHead multiply-adds each), ÷√d_head and softmax (5 per score, per head: a head has its own n×n map),
   * and concat·W_O. Only `softmax` depends on how the width is split into heads.
   */
  readonly flops: {
    readonly projections: number;
    readonly scores: number;
    readonly weightedSum: number;
    readonly softmax: number;
    readonly output: number;
    readonly total: number;
  };
}

/**
 * The cost of `heads` heads of width dHead over n tokens of width dModel, output projection included.
 * Four heads of 8 and one head of 32 have the same parameters and the same matrix products:
 * headCost(12, 32, 4, 8).parameters.total → 4096 = headCost(12, 32, 1, 32).parameters.total
 */
export function headCost(n: number, dModel: number, heads: number, dHead: number): HeadCost {
  for (const [name, value] of Object.entries({ n, dModel, heads, dHead })) {
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`headCost: ${name} = ${value} — sizes must be whole numbers ≥ 0`);
    }
  }
  const width = heads * dHead;
  const parameters = { projections: 3 * dModel * width, output: width * dModel };
  const flops = {
    projections: 2 * 3 * n * dModel * width,
    scores: 2 * heads * n * n * dHead,
    weightedSum: 2 * heads * n * n * dHead,
    softmax: 5 * heads * n * n,
    output: 2 * n * width * dModel,
  };
  return {
    heads,
    dHead,
    parameters: { ...parameters, total: parameters.projections + parameters.output },
    flops: {
      ...flops,
      total: flops.projections + flops.scores + flops.weightedSum + flops.softmax + flops.output,
    },
  };
}
