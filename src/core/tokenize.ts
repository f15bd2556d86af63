// A word: letters/digits (with their combining marks), optionally joined by apostrophes ("didn't", "o'clock").
const WORD = String.raw`[\p{L}\p{N}\p{M}]+(?:'[\p{L}\p{N}\p{M}]+)*`;
// An emoji with its modifiers and zero-width-joined parts stays one token, so 👩‍🔬 is not split in three.
const EMOJI = String.raw`\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*`;
// Anything else that is not white space is a token of one character: punctuation and symbols stand alone.
const TOKEN = new RegExp(`${WORD}|${EMOJI}|\\S`, 'gu');
// The same tokens for printable ASCII and white space (where \p{L}, \p{N} and \p{M} are a–z and 0–9 once
// lower-cased, and no character is pictographic). V8 builds the Unicode classes above on a regex's first use,
// about 3 ms; every page with a figure tokenizes the default sentence while it starts, and that sentence is ASCII.
const ASCII_TOKEN = /[a-z0-9]+(?:'[a-z0-9]+)*|\S/g;
const ASCII = /^[\t\n\v\f\r -~]*$/;

/**
 * Lower-case words; contractions stay one token; each punctuation mark is its own token; white space separates.
 * Typographic apostrophes (’) become ASCII ' so "didn’t" and "didn't" are the same token. "" gives [].
 * tokenize("The animal didn't cross.") → ['the', 'animal', "didn't", 'cross', '.']
 */
export function tokenize(text: string): string[] {
  const normalised = text.toLowerCase().replace(/[’‘]/g, "'");
  return normalised.match(ASCII.test(normalised) ? ASCII_TOKEN : TOKEN) ?? [];
}
