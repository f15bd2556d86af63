/** The source's sentence exactly as written (capital letter, typographic apostrophe, final period). */
export const SOURCE_SENTENCE = 'The animal didn’t cross the street because it was too tired.';

/** Its twin: one word changed, and "it" is now the street. */
export const WIDE_TWIN = 'The animal didn’t cross the street because it was too wide.';

/** Winograd's own pair: only the word order says which object is which. */
export const TROPHY_SENTENCE = 'The trophy didn’t fit in the suitcase because it was too big.';
export const SUITCASE_TWIN = 'The trophy didn’t fit in the suitcase because it was too small.';

/** The running example with plural nouns: "they" and "were". */
export const PLURAL_SENTENCE = 'The dogs didn’t cross the street because they were too tired.';
