import { fromRows, matmul, row, type Matrix } from '../../core';

/**
 * The weighted sum of step 5, taken apart: what each word adds to a query's output. (What the model's readout makes
 * of such an output is the model's own computation: readoutWith in src/model/readout.ts.)
 */

/** Row j: weights[j] · (row j of v), the share word j adds to the output. contributions([0.5, 0.5], [[2], [4]]) → [[1], [2]] */
export function contributions(weights: readonly number[], v: Matrix): number[][] {
  if (weights.length !== v.rows) {
    throw new Error(
      `contributions: ${weights.length} weights for ${v.rows} value rows — one weight per word`,
    );
  }
  return weights.map((w, j) => row(v, j).map((x) => w * x));
}

/** weights · v as a plain row: the sum of the contributions. blend([0.5, 0.5], [[2], [4]]) → [3] */
export function blend(weights: readonly number[], v: Matrix): number[] {
  return row(matmul(fromRows([[...weights]]), v), 0);
}
