import {
  add,
  matmul,
  matrix,
  multiHeadAttention,
  row,
  sinusoidalPositions,
  softmaxRows,
  type Matrix,
} from '../core';
import type { HeadResult } from '../core';
import type { Weights } from './weights';

/** A head whose output is zeroed before the layer mixes its heads (an ablation). */
export interface HeadAddress {
  readonly layer: number;
  readonly head: number;
}

export interface ForwardOptions {
  /** Add the sinusoidal positions to the embeddings (default true). Off, the model sees a bag of words. */
  readonly positions?: boolean;
  /** Heads to silence: their output is replaced by zeros, the rest of the layer runs as usual. */
  readonly ablate?: readonly HeadAddress[];
}

export interface LayerResult {
  /** Each head's q, k, v, scores, scaled, weights and output, as the core computed them. */
  readonly heads: HeadResult[];
  /** n × (heads·d_head): the heads' outputs side by side (an ablated head's columns are zeros). */
  readonly concat: Matrix;
  /** concat·W_O: what the layer adds to the residual stream. */
  readonly output: Matrix;
}

/** Every intermediate of one sentence, per layer and head, as the core computes it. */
export interface ForwardResult {
  readonly layers: LayerResult[];
  /** n×d_model: the residual stream after the last layer. */
  readonly final: Matrix;
  /** The readout of what the last layer writes at the pronoun: a probability for each vocabulary word. */
  readonly decoded: number[];
}

function embed(weights: Weights, ids: readonly number[]): Matrix {
  const d = weights.embedding.cols;
  return {
    rows: ids.length,
    cols: d,
    data: Float64Array.from(ids.flatMap((id) => row(weights.embedding, id))),
  };
}

/** The concatenated heads with the ablated heads' columns set to zero. */
function silence(concat: Matrix, heads: readonly HeadResult[], silenced: readonly number[]): Matrix {
  if (silenced.length === 0) return concat;
  const data = Float64Array.from(concat.data);
  let start = 0;
  heads.forEach((head, h) => {
    const width = head.output.cols;
    if (silenced.includes(h)) {
      for (let i = 0; i < concat.rows; i++)
        data.fill(0, i * concat.cols + start, i * concat.cols + start + width);
    }
    start += width;
  });
  return { rows: concat.rows, cols: concat.cols, data };
}

/**
 * The model's forward pass through the core: x = embeddings + sinusoidal positions, then per layer
 * x ← x + multiHeadAttention(x); the answer is the readout of the last layer's output at the pronoun.
 */
export function forward(
  weights: Weights,
  ids: readonly number[],
  pronoun: number,
  options: ForwardOptions = {},
): ForwardResult {
  const n = ids.length;
  const d = weights.embedding.cols;
  let x = add(embed(weights, ids), options.positions === false ? matrix(n, d) : sinusoidalPositions(n, d));
  const layers = weights.layers.map((layer, l): LayerResult => {
    const result = multiHeadAttention(x, layer, { mask: 'none', scale: true });
    const silenced = (options.ablate ?? []).filter((a) => a.layer === l).map((a) => a.head);
    const concat = silence(result.concat, result.heads, silenced);
    const output = silenced.length === 0 ? result.output : matmul(concat, layer.wo);
    x = add(x, output);
    return { heads: result.heads, concat, output };
  });
  const written = layers[layers.length - 1]!.output;
  const pronounRow: Matrix = { rows: 1, cols: d, data: Float64Array.from(row(written, pronoun)) };
  return { layers, final: x, decoded: row(softmaxRows(matmul(pronounRow, weights.readout)), 0) };
}
