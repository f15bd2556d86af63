/** The first figure's input: the running sentence with k neutral filler words between "animal" and "it". */

// Neutral words that lengthen the sentence without changing who "it" is.
const FILLERS = (
  'that the children had seen near the old mill by the river on a cold and windy morning in the last ' +
  'days of a long and quiet autumn when the leaves were falling from every tree along the narrow lane'
).split(' ');
const BEFORE = ['the', 'animal'];
const AFTER = ["didn't", 'cross', 'the', 'street', 'because', 'it'];

export const MAX_FILLERS = FILLERS.length;
/** Every sentence's words up to its last filler are the first ANIMAL + 1 + k of these; then comes MEMORY_ENDING. */
export const MEMORY_PREFIX: readonly string[] = [...BEFORE, ...FILLERS];
export const MEMORY_ENDING: readonly string[] = AFTER;
/** Position of "animal"; "it" is always the last word. */
export const ANIMAL = BEFORE.length - 1;

/** memorySentence(2) → ['the', 'animal', 'that', 'the', "didn't", 'cross', 'the', 'street', 'because', 'it'] */
export function memorySentence(fillers: number): string[] {
  if (!Number.isInteger(fillers) || fillers < 0 || fillers > MAX_FILLERS) {
    throw new Error(`memorySentence: fillers = ${fillers} — must be a whole number from 0 to ${MAX_FILLERS}`);
  }
  return [...BEFORE, ...FILLERS.slice(0, fillers), ...AFTER];
}
