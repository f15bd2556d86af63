import { fromRows, pca2, row } from '../core';
import type { Model } from './resolve';
import { MASK } from './vocabulary';
import {
  ANIMAL_ADJECTIVES,
  ANIMALS,
  OBJECTS,
  PLACE_ADJECTIVES,
  PLACES,
  PLURAL,
  SIZE_ADJECTIVES,
} from './words';

/**
 * The word groups the embedding map draws: the nouns (animals, places, their plurals, the things that fit in one
 * another) and the adjectives that decide which noun "it" is (for an animal, for a place, big or small).
 */
export type WordGroup =
  | 'animal'
  | 'place'
  | 'animal-plural'
  | 'place-plural'
  | 'object'
  | 'animal-adjective'
  | 'place-adjective'
  | 'size-adjective'
  | 'other';

export const WORD_GROUPS: readonly { readonly group: WordGroup; readonly words: readonly string[] }[] = [
  { group: 'animal', words: ANIMALS },
  { group: 'place', words: PLACES },
  { group: 'animal-plural', words: ANIMALS.map((w) => PLURAL[w]!) },
  { group: 'place-plural', words: PLACES.map((w) => PLURAL[w]!) },
  { group: 'object', words: OBJECTS },
  { group: 'animal-adjective', words: ANIMAL_ADJECTIVES },
  { group: 'place-adjective', words: PLACE_ADJECTIVES },
  { group: 'size-adjective', words: SIZE_ADJECTIVES },
];

/** The group of a vocabulary word; 'other' for the template words, intensifiers and the like. */
export function wordGroup(word: string): WordGroup {
  return WORD_GROUPS.find((g) => g.words.includes(word))?.group ?? 'other';
}

/** The words a reader can meet: the vocabulary without the training task's mask token. */
export function readableWords(model: Model): string[] {
  return model.vocabulary.filter((w) => w !== MASK);
}

export interface WordMap {
  readonly words: string[];
  readonly groups: WordGroup[];
  /** One [x, y] per word: its embedding projected on the two directions of largest variance (core pca2). */
  readonly points: [number, number][];
  /** The share of the words' total variance that each of the two map axes keeps. */
  readonly explained: [number, number];
}

/**
 * The learned embeddings on a 2-D map. 'groups': the nouns and adjectives of WORD_GROUPS, projected on their
 * own principal directions; 'all': every word a reader can meet (MASK left out), with its own directions.
 */
export function wordMap(model: Model, which: 'groups' | 'all' = 'groups'): WordMap {
  const words = which === 'all' ? readableWords(model) : WORD_GROUPS.flatMap((g) => [...g.words]);
  const { points, explained } = pca2(fromRows(words.map((w) => embeddingOf(model, w))));
  return {
    words,
    groups: words.map(wordGroup),
    points: words.map((_, i) => [points.data[2 * i]!, points.data[2 * i + 1]!]),
    explained,
  };
}

/** A word's row of the embedding table; throws for a word the model does not know. */
export function embeddingOf(model: Model, word: string): number[] {
  const id = model.vocabulary.indexOf(word);
  if (id < 0) throw new Error(`embeddingOf: "${word}" is not in the vocabulary`);
  return row(model.embedding, id);
}

/** cos of the angle between two vectors; 0 when either is all zeros. cosine([1, 0], [1, 1]) → 0.7071… */
export function cosine(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`cosine: lengths ${a.length} and ${b.length} differ`);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  a.forEach((x, i) => {
    ab += x * b[i]!;
    aa += x * x;
    bb += b[i]! * b[i]!;
  });
  return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
}

/**
 * The `count` words of `among` whose full embeddings point most nearly the same way as `word`'s (cosine
 * similarity, largest first; the word itself left out) — what the 2-D map can only approximate.
 */
export function nearestWords(
  model: Model,
  word: string,
  among: readonly string[],
  count = 3,
): { word: string; cosine: number }[] {
  const own = embeddingOf(model, word);
  return among
    .filter((w) => w !== word)
    .map((w) => ({ word: w, cosine: cosine(own, embeddingOf(model, w)) }))
    .sort((a, b) => b.cosine - a.cosine)
    .slice(0, count);
}
