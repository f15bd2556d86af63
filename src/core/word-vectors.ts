import { matrix, type Matrix } from './matrix';
import { createRandom } from './random';

/**
 * One fixed random vector per distinct word, N(0, 1) entries, stacked as rows in the order of `words`: the same word
 * always gets the same row for the same seed, wherever it stands. Stands in for learned embeddings where a figure
 * needs inputs but no meaning. wordVectors(['the', 'cat', 'the'], 4, 1) → 3×4 with rows 0 and 2 equal
 */
export function wordVectors(words: readonly string[], d: number, seed: number): Matrix {
  if (!Number.isInteger(d) || d < 1) throw new Error(`wordVectors: d = ${d} — must be a whole number ≥ 1`);
  const out = matrix(words.length, d);
  words.forEach((word, i) => {
    const random = createRandom((hashWord(word) ^ seed) >>> 0);
    for (let j = 0; j < d; j++) out.data[i * d + j] = random.normal();
  });
  return out;
}

/** FNV-1a over UTF-16 code units: a stable 32-bit seed per word. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
