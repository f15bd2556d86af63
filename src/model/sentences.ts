/** The source's sentence exactly as written (capital letter, typographic apostrophe, final period). */
export const SOURCE_SENTENCE = 'The animal didn’t cross the street because it was too tired.';

/** Its twin: one word changed, and "it" is now the street. */
export const WIDE_TWIN = 'The animal didn’t cross the street because it was too wide.';
