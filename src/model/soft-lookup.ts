import { attention, fromRows, matmul, row, softmaxRows, toRows } from '../core';
import type { Resolution } from './resolve';
import { pointerHead } from './pretrained';

/** A shelf to look things up on: one query, and per item a key (same width as the query) and a value. */
export interface Shelf {
  readonly query: readonly number[];
  readonly keys: readonly (readonly number[])[];
  readonly values: readonly (readonly number[])[];
}

export interface Lookup {
  /** q·k for each item. */
  readonly scores: number[];
  /** q·k/√d_k: what the attention core hands to softmax. */
  readonly scaled: number[];
  /** softmax(scaled / T): one weight per item, summing to 1. */
  readonly weights: number[];
  /** Σ weight · value: the blended result. */
  readonly output: number[];
  /** The item with the largest score: all that a hard lookup would return. */
  readonly best: number;
  /** The plain average of the values: where the blend ends as T grows. */
  readonly even: number[];
  /** exp(entropy of the weights): how many items the blend effectively reads, from 1 (hard) to n (even). */
  readonly effectiveItems: number;
}

/**
 * A soft dictionary lookup with the attention core: scores and scaling from attention(), weights from softmaxRows at
 * temperature T (T = 1 is attention itself; T → 0 tends to a hard lookup, large T to an even blend), output = w·V.
 * softLookup({ query: [1, 0], keys: [[1, 0], [0, 1]], values: [[1], [0]] }, 1).weights → softmax([1/√2, 0])
 */
export function softLookup(shelf: Shelf, temperature: number): Lookup {
  const q = fromRows([shelf.query]);
  const k = fromRows(shelf.keys);
  const v = fromRows(shelf.values);
  const { scores, scaled } = attention(q, k, v);
  const weights = softmaxRows(scaled, temperature);
  const scoreRow = row(scores, 0);
  const best = scoreRow.indexOf(Math.max(...scoreRow));
  const weightRow = row(weights, 0);
  const entropy = -weightRow.reduce((sum, w) => (w > 0 ? sum + w * Math.log(w) : sum), 0);
  const even = row(matmul(fromRows([shelf.keys.map(() => 1 / shelf.keys.length)]), v), 0);
  return {
    scores: scoreRow,
    scaled: row(scaled, 0),
    weights: weightRow,
    output: row(matmul(weights, v), 0),
    best,
    even,
    effectiveItems: Math.exp(entropy),
  };
}

/**
 * The trained model's own shelf for a resolved sentence: the pointer head's query at "it" and the keys and values of
 * every word (itself included) — the lookup by which "it" finds its referent.
 */
export function pointerShelf(resolution: Resolution): Shelf {
  const head = pointerHead(resolution);
  return { query: row(head.q, resolution.pronoun), keys: toRows(head.k), values: toRows(head.v) };
}

/** The blend at `steps` temperatures spaced evenly in log from `from` to `to`: the path from a hard lookup to an even blend. */
export function blendPath(shelf: Shelf, from = 0.01, to = 1000, steps = 51): number[][] {
  const [a, b] = [Math.log10(from), Math.log10(to)];
  return Array.from(
    { length: steps },
    (_, i) => softLookup(shelf, 10 ** (a + ((b - a) * i) / (steps - 1))).output,
  );
}
