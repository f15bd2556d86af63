import { row, type HeadResult } from '../../../src/core';
import { loadPretrained, pointerHead, resolve, type Resolution } from '../../../src/model';

/** The committed model, loaded once for the articles' claims. */
export const model = loadPretrained();

export interface PointerView {
  readonly resolution: Resolution;
  readonly head: HeadResult;
  /** The pointer head's attention row at the pronoun. */
  readonly weights: number[];
  /** That row's weight on a word of the sentence (its first occurrence). */
  readonly on: (word: string) => number;
}

/** The pointer head at the pronoun of a sentence, as the articles' figures show it. */
export function pointerAt(sentence: string): PointerView {
  const resolution = resolve(model, sentence);
  const head = pointerHead(resolution);
  const weights = row(head.weights, resolution.pronoun);
  return { resolution, head, weights, on: (word) => weights[resolution.tokens.indexOf(word)]! };
}

/** A share as the prose quotes it: a whole percentage. */
export const wholePercent = (share: number): number => Math.round(100 * share);
