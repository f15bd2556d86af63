import { add, matrix, sinusoidalPositions, type Matrix } from '../core';
import type { HeadAddress } from './forward';
import type { Model, Resolution } from './resolve';

/** What a layer reads, and the three parts it is the sum of. */
export interface LayerInput {
  /** n×d_model: each token's row of the embedding table. */
  readonly embedding: Matrix;
  /** n×d_model: the sinusoidal position of each token. */
  readonly position: Matrix;
  /** n×d_model: what the earlier layers added on the residual path (zeros for layer 1). */
  readonly added: Matrix;
  /** n×d_model: embedding + position + added — the x that this layer multiplies by W_Q, W_K and W_V. */
  readonly x: Matrix;
}

/**
 * The input x of every layer for a resolved sentence, rebuilt with the core from the model's embedding table and
 * the layer outputs that resolve() returns: x₁ = embedding + position, x_{l+1} = x_l + output of layer l.
 * layerInputs(model, resolution)[1].x · W_Q of the pointer head = the pointer head's q.
 */
export function layerInputs(model: Model, resolution: Resolution): LayerInput[] {
  const n = resolution.tokens.length;
  const d = model.embedding.cols;
  const embedding = matrix(
    n,
    d,
    resolution.tokens.flatMap((token) => {
      const id = model.vocabulary.indexOf(token);
      if (id < 0) throw new Error(`layerInputs: "${token}" is not in the vocabulary`);
      return Array.from(model.embedding.data.subarray(id * d, (id + 1) * d));
    }),
  );
  const position = sinusoidalPositions(n, d);
  let added = matrix(n, d);
  return resolution.layers.map((layer) => {
    const input = { embedding, position, added, x: add(add(embedding, position), added) };
    added = add(added, layer.output);
    return input;
  });
}

/** One head's three learned matrices (d_model × d_head): what it multiplies its layer's x by to get q, k and v. */
export function headWeights(model: Model, head: HeadAddress): Model['layers'][number]['heads'][number] {
  const weights = model.layers[head.layer]?.heads[head.head];
  if (!weights)
    throw new Error(`headWeights: the model has no layer ${head.layer + 1}, head ${head.head + 1}`);
  return weights;
}
