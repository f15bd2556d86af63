// A word: letters/digits (with their combining marks), optionally joined by apostrophes ("didn't", "o'clock").
const WORD = String.raw`[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*`;
// An emoji with its modifiers and zero-width-joined parts stays one token, so 👩‍🔬 is not split in three.
const EMOJI = String.raw`\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*`;
// Anything else that is not white space is a token of one character: punctuation and symbols stand alone.
const TOKEN = new RegExp(`${WORD}|${EMOJI}|\\S`, 'gu');

/**
 * Lower-case words; contractions stay one token; each punctuation mark is its own token; white space separates.
 * Typographic apostrophes (’) become ASCII ' so "didn’t" and "didn't" are the same token. "" gives [].
 * tokenize("The animal didn't cross.") → ['the', 'animal', "didn't", 'cross', '.']
 */
export function tokenize(text: string): string[] {
  const normalised = text.toLowerCase().replace(/[’‘]/g, "'");
  return normalised.match(TOKEN) ?? [];
}
