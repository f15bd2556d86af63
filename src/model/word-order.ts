import { isPermutation, maxAbsDifference, row, type Matrix } from '../core';
import { resolve, type Model, type Resolution } from './resolve';

/** Each word's layer-2 output before and after the words of a sentence are put in a new order. */
export interface ReorderedVectors {
  /** The sentence's tokens in their own order. */
  readonly tokens: string[];
  /** order[i] = the original position of the word now at position i. */
  readonly order: number[];
  readonly original: Resolution;
  readonly reordered: Resolution;
  /** Per new position i: what layer 2 writes at the word now there (a row of its output, d_model numbers). */
  readonly after: number[][];
  /** Per new position i: what layer 2 wrote at that same word in the original order. */
  readonly before: number[][];
  /** Per new position i: the largest |after − before| of that word's vector. */
  readonly change: number[];
  /** The largest change of any word. */
  readonly largest: number;
}

/** The last layer's output, what the readout reads at the pronoun: one row per word. */
function written(resolution: Resolution): Matrix {
  return resolution.layers[resolution.layers.length - 1]!.output;
}

const vector = (values: readonly number[]): Matrix => ({
  rows: 1,
  cols: values.length,
  data: Float64Array.from(values),
});

/**
 * Runs the sentence and its words in `order` (tokens joined by spaces, so they tokenize back to themselves) with
 * or without positions, and lines each word's vector up with its own vector from before.
 * Without positions every change is 0 up to rounding: attention is permutation-equivariant.
 */
export function reorderedVectors(
  model: Model,
  tokens: readonly string[],
  order: readonly number[],
  options: { positions: boolean },
): ReorderedVectors {
  if (!isPermutation(order, tokens.length)) {
    throw new Error(`reorderedVectors: [${order.join(', ')}] is not an order of the ${tokens.length} tokens`);
  }
  const original = resolve(model, tokens.join(' '), options);
  const reordered = resolve(model, order.map((i) => tokens[i]!).join(' '), options);
  const after = order.map((_, i) => row(written(reordered), i));
  const before = order.map((from) => row(written(original), from));
  const change = after.map((v, i) => maxAbsDifference(vector(v), vector(before[i]!)));
  return {
    tokens: [...original.tokens],
    order: [...order],
    original,
    reordered,
    after,
    before,
    change,
    largest: Math.max(0, ...change),
  };
}

/** The tokens with every `a` and every `b` exchanged. swapWords(['the', 'box', 'bag'], 'box', 'bag') → [… 'bag', 'box'] */
export function swapWords(tokens: readonly string[], a: string, b: string): string[] {
  return tokens.map((t) => (t === a ? b : t === b ? a : t));
}
