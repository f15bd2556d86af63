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
import { POINTER, type Weights } from './weights';

/** What training needs from one sentence: the pointer's logits over positions and the readout's over words. */
export interface GraphOutputs {
  /** 1×n: the pointer head's scaled scores at "it"; their softmax is that head's attention row. */
  readonly pointerLogits: Tensor;
  /** 1×vocabulary: the output vector of "it" after layer 2, decoded into words. */
  readonly readoutLogits: Tensor;
}

/** One head of self-attention, the same arithmetic as the core's attention (scaled, no mask). */
function headGraph(
  x: Tensor,
  head: { wq: Tensor; wk: Tensor; wv: Tensor },
): { scaled: Tensor; output: Tensor } {
  const q = matmul(x, head.wq);
  const k = matmul(x, head.wk);
  const v = matmul(x, head.wv);
  const scaled = scale(matmul(q, transpose(k)), 1 / Math.sqrt(q.cols));
  return { scaled, output: matmul(softmaxRows(scaled), v) };
}

/**
 * The model's forward pass as an autograd graph: embeddings + positions, then per layer x ← x + MHA(x).
 * Mirrors forward.ts (which runs the core) step for step; a test checks they agree.
 */
export function forwardGraph(
  weights: Weights<Tensor>,
  ids: readonly number[],
  pronoun: number,
): GraphOutputs {
  const dModel = weights.embedding.cols;
  const positions = tensor(ids.length, dModel, sinusoidalPositions(ids.length, dModel).data);
  let x = add(gatherRows(weights.embedding, ids), positions);
  let pointerLogits: Tensor | undefined;
  let readoutLogits: Tensor | undefined;
  weights.layers.forEach((layer, l) => {
    const heads = layer.heads.map((head) => headGraph(x, head));
    const output = matmul(concatCols(heads.map((h) => h.output)), layer.wo);
    if (l === POINTER.layer) {
      pointerLogits = pickRow(heads[POINTER.head]!.scaled, pronoun);
      readoutLogits = matmul(pickRow(output, pronoun), weights.readout);
    }
    x = add(x, output);
  });
  if (!pointerLogits || !readoutLogits) throw new Error('forwardGraph: the model has no pointer layer');
  return { pointerLogits, readoutLogits };
}
