import { fromRows, matmul, row, softmaxRows } from '../core';
import type { HeadAddress } from './forward';
import { headResult } from './head-result';
import type { Model, Resolution } from './resolve';
import { MASK } from './vocabulary';

/** A word of the vocabulary with the readout's probability for it. */
export interface DecodedWord {
  readonly word: string;
  readonly probability: number;
}

/**
 * What the readout decodes at the pronoun if `head` (a head of the last layer, the one the readout reads) used
 * `weights` as its attention row at the pronoun instead of its own: that head's output there becomes weights·V,
 * the layer's other heads keep theirs (silenced heads stay silent), the heads are mixed by W_O and the readout
 * gives a probability for every vocabulary word. With the head's own weights this is the distribution behind
 * resolution.decoded. readoutWith(model, r, POINTER, row(pointerHead(r).weights, r.pronoun)) → decoded of r
 */
export function readoutWith(
  model: Model,
  resolution: Resolution,
  head: HeadAddress,
  weights: readonly number[],
): number[] {
  const last = resolution.layers.length - 1;
  if (head.layer !== last) {
    throw new Error(
      `readoutWith: the readout reads layer ${last + 1}; layer ${head.layer + 1}, head ${head.head + 1} feeds it only through later layers`,
    );
  }
  const result = headResult(resolution, head);
  if (weights.length !== result.v.rows) {
    throw new Error(
      `readoutWith: ${weights.length} weights for a ${result.v.rows}-word sentence — one weight per word`,
    );
  }
  const layer = resolution.layers[last]!;
  const concat = row(layer.concat, resolution.pronoun);
  const start = layer.heads.slice(0, head.head).reduce((sum, h) => sum + h.v.cols, 0);
  const blended = row(matmul(fromRows([[...weights]]), result.v), 0);
  concat.splice(start, blended.length, ...blended);
  const written = matmul(fromRows([concat]), model.layers[last]!.wo);
  return row(softmaxRows(matmul(written, model.readout)), 0);
}

/**
 * The `count` words a readout distribution names most, most likely first; the training-only [mask] token is
 * never among them (no reader can type it). rankedWords(model, [0.1, 0.7, 0.2], 1) → [{ word: vocabulary[1], … }]
 */
export function rankedWords(model: Model, probabilities: readonly number[], count: number): DecodedWord[] {
  return probabilities
    .map((probability, i) => ({ word: model.vocabulary[i]!, probability }))
    .filter((d) => d.word !== MASK)
    .sort((a, b) => b.probability - a.probability)
    .slice(0, count);
}
