import { concatColumns, fromRows, matmul, row, softmaxRows, type Matrix } from '../../core';
import { POINTER, type Model, type Resolution } from '../../model';

/**
 * The weighted sum of step 5, taken apart: what each word adds to a query's output, and what the model's readout
 * makes of the output of "it" when its pointer-head weights are the ones given.
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

export interface Decoded {
  readonly word: string;
  readonly probability: number;
}

/**
 * What the readout decodes from the layer-2 output of "it" when the pointer head at "it" uses `weights` instead of
 * its own: that head's output becomes weights·V, the other heads stay as they were, the heads are mixed by W_O
 * and the readout turns the result into a probability for every word. Sorted, most likely first.
 * With the head's own weights this is exactly resolution.decoded.
 */
export function decodeIt(model: Model, resolution: Resolution, weights: readonly number[]): Decoded[] {
  const layer = resolution.layers[POINTER.layer]!;
  const heads = layer.heads.map((head, h) =>
    h === POINTER.head
      ? fromRows([blend(weights, head.v)])
      : fromRows([row(head.output, resolution.pronoun)]),
  );
  const output = matmul(concatColumns(heads), model.layers[POINTER.layer]!.wo);
  const probabilities = row(softmaxRows(matmul(output, model.readout)), 0);
  return probabilities
    .map((probability, i) => ({ word: model.vocabulary[i]!, probability }))
    .sort((a, b) => b.probability - a.probability);
}
