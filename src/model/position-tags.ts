import { fromRows, principalAxes, projectOnAxes, row, sinusoidalPositions } from '../core';
import type { Model } from './resolve';
import { MASK } from './vocabulary';
import { embeddingOf, WORD_GROUPS } from './word-map';

const norm = (v: readonly number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

/** One word with its position vector added, at each position, on the embedding map of Step 1 (wordMap 'groups'). */
export interface TagPath {
  readonly word: string;
  /** The word's own point (its embedding, no position). */
  readonly base: [number, number];
  /** Per position p: where embedding + PE(p) lands on the same map. */
  readonly points: [number, number][];
  /** Per position p: how far PE(p) moves every word on the map (the same 2-D shift for all words). */
  readonly shifts: [number, number][];
  /** ‖embedding‖ of the word and ‖PE(p)‖ per position, in all d_model numbers. */
  readonly embeddingNorm: number;
  readonly tagNorms: number[];
}

/**
 * Places `word` at positions 0…length−1: its embedding plus the sinusoidal PE(p), projected on the two axes of
 * the embedding map (the same axes wordMap(model) uses, so the points share its coordinates).
 */
export function tagPath(model: Model, word: string, length: number): TagPath {
  const rows = WORD_GROUPS.flatMap((g) => [...g.words]).map((w) => embeddingOf(model, w));
  const axes = principalAxes(fromRows(rows));
  const own = embeddingOf(model, word);
  const pe = sinusoidalPositions(length, own.length);
  const tags = Array.from({ length }, (_, p) => row(pe, p));
  return {
    word,
    base: projectOnAxes(axes, own),
    // The map is affine: a vector added to every word moves every point by its projection from the mean.
    shifts: tags.map((t) =>
      projectOnAxes(
        axes,
        t.map((v, j) => v + axes.mean[j]!),
      ),
    ),
    points: tags.map((t) =>
      projectOnAxes(
        axes,
        own.map((v, j) => v + t[j]!),
      ),
    ),
    embeddingNorm: norm(own),
    tagNorms: tags.map(norm),
  };
}

/** How long the position vectors are next to the word vectors, over the whole vocabulary (MASK left out). */
export interface TagScale {
  /** ‖PE(p)‖, the same for every position: √(d/2) for an even d. */
  readonly tagNorm: number;
  readonly embeddingNorms: { readonly smallest: number; readonly median: number; readonly largest: number };
  /** tagNorm / median ‖embedding‖. */
  readonly ratio: number;
}

export function tagScale(model: Model): TagScale {
  const d = model.embedding.cols;
  const norms = model.vocabulary
    .filter((w) => w !== MASK)
    .map((w) => norm(embeddingOf(model, w)))
    .sort((a, b) => a - b);
  const middle = norms.length / 2;
  const median = norms.length % 2 ? norms[Math.floor(middle)]! : (norms[middle - 1]! + norms[middle]!) / 2;
  const tagNorm = norm(row(sinusoidalPositions(1, d), 0));
  return {
    tagNorm,
    embeddingNorms: { smallest: norms[0]!, median, largest: norms.at(-1)! },
    ratio: tagNorm / median,
  };
}
