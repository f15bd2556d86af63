/** The words "In sequence or in parallel" reads: the running sentence, then a short story that goes on from it. */

const TEXT =
  "The animal didn't cross the street because it was too tired. It lay down by the old wall, and the children " +
  'who had followed it all morning sat beside it and waited. The street stayed empty; a cart passed, then a dog, ' +
  'then nothing at all. When the sun went down the animal stood up, looked at the street once more, and walked ' +
  'home slowly.';

const WORDS = TEXT.split(' ');

/** How many words there are to read. */
export const MAX_WORDS = WORDS.length;

/** The first n words, punctuation kept. longSentence(4) → ['The', 'animal', "didn't", 'cross'] */
export function longSentence(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORDS) {
    throw new Error(`longSentence: n = ${n} — must be a whole number from 0 to ${MAX_WORDS}`);
  }
  return WORDS.slice(0, n);
}
