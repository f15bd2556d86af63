import { add, matmul, multiHeadAttention, row, sinusoidalPositions, softmaxRows, type Matrix } from '../core';
import type { HeadResult } from '../core';
import { POINTER, type Weights } from './weights';

/** Every intermediate of one sentence, per layer and head, as the core computes it. */
export interface ForwardResult {
  /** Per layer: each head's q, k, v, scores, scaled, weights, output, and the heads mixed by wo. */
  readonly layers: { readonly heads: HeadResult[]; readonly output: Matrix }[];
  /** The pointer head's attention row at "it": a probability for each position. */
  readonly probabilities: number[];
  /** The readout of "it"'s output vector: a probability for each vocabulary word. */
  readonly decoded: number[];
}

/**
 * The model's forward pass through the core: x = embeddings + sinusoidal positions, then per layer
 * x ← x + multiHeadAttention(x). The answer is the pointer head's attention row at "it".
 */
export function forward(weights: Weights, ids: readonly number[], pronoun: number): ForwardResult {
  const dModel = weights.embedding.cols;
  const embedded: Matrix = {
    rows: ids.length,
    cols: dModel,
    data: Float64Array.from(ids.flatMap((id) => row(weights.embedding, id))),
  };
  let x = add(embedded, sinusoidalPositions(ids.length, dModel));
  const layers = weights.layers.map((layer) => {
    const result = multiHeadAttention(x, layer, { mask: 'none', scale: true });
    x = add(x, result.output);
    return { heads: result.heads, output: result.output };
  });
  const pointer = layers[POINTER.layer]!;
  const outputOfIt: Matrix = { rows: 1, cols: dModel, data: Float64Array.from(row(pointer.output, pronoun)) };
  return {
    layers,
    probabilities: row(pointer.heads[POINTER.head]!.weights, pronoun),
    decoded: row(softmaxRows(matmul(outputOfIt, weights.readout)), 0),
  };
}
