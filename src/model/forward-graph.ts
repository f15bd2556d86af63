import { sinusoidalPositions } from '../core';
import {
  Tensor,
  add,
  concatCols,
  gatherRows,
  matmul,
  pickRow,
  scale,
  softmaxRows,
  tensor,
  transpose,
} from './autograd';
import type { Weights } from './weights';

/** One head of self-attention, the same arithmetic as the core's attention (scaled, no mask). */
function headGraph(x: Tensor, head: { wq: Tensor; wk: Tensor; wv: Tensor }): Tensor {
  const q = matmul(x, head.wq);
  const k = matmul(x, head.wk);
  const v = matmul(x, head.wv);
  const scaled = scale(matmul(q, transpose(k)), 1 / Math.sqrt(q.cols));
  return matmul(softmaxRows(scaled), v);
}

/**
 * The model's forward pass as an autograd graph: embeddings + positions, then per layer x ← x + MHA(x); returns
 * what the last layer writes (its MHA output, n×d_model), which the readout decodes. Mirrors forward.ts (which
 * runs the core) step for step; a test checks they agree.
 */
export function forwardGraph(weights: Weights<Tensor>, ids: readonly number[]): Tensor {
  const dModel = weights.embedding.cols;
  const positions = tensor(ids.length, dModel, sinusoidalPositions(ids.length, dModel).data);
  let x = add(gatherRows(weights.embedding, ids), positions);
  let written = x;
  for (const layer of weights.layers) {
    const heads = layer.heads.map((head) => headGraph(x, head));
    written = matmul(concatCols(heads), layer.wo);
    x = add(x, written);
  }
  return written;
}

/** The readout's logits (1×vocabulary) for row i of what the last layer writes. */
export function readoutGraph(weights: Weights<Tensor>, written: Tensor, i: number): Tensor {
  return matmul(pickRow(written, i), weights.readout);
}
