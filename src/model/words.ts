/** The word lists the corpus draws from; every sentence the site shows uses only these. */

export const ANIMALS = ['animal', 'dog', 'cat', 'horse', 'cow', 'fox', 'sheep', 'deer'] as const;
export const PLACES = ['street', 'road', 'river', 'bridge', 'field', 'fence', 'wall', 'hill'] as const;

/** Adjectives that only make sense of an animal: "it" is then the animal. */
export const ANIMAL_ADJECTIVES = ['tired', 'scared', 'sleepy', 'hungry', 'old', 'lazy'] as const;
/** Adjectives that only make sense of a place: "it" is then the place. */
export const PLACE_ADJECTIVES = ['wide', 'busy', 'icy', 'steep', 'long', 'crowded'] as const;
export const ADJECTIVES = [...ANIMAL_ADJECTIVES, ...PLACE_ADJECTIVES] as const;

export const INTENSIFIERS = ['too', 'very', 'really', 'so'] as const;

/** Words that may stand before a noun without changing the answer; they move the nouns' positions. */
export const NEUTRAL_WORDS = ['big', 'small', 'little', 'brown', 'grey', 'dark'] as const;

export type Kind = 'animal' | 'place';

/** Which noun an adjective describes: the referent's kind. */
export function adjectiveKind(adjective: string): Kind {
  if ((ANIMAL_ADJECTIVES as readonly string[]).includes(adjective)) return 'animal';
  if ((PLACE_ADJECTIVES as readonly string[]).includes(adjective)) return 'place';
  throw new Error(`adjectiveKind: "${adjective}" is neither an animal nor a place adjective`);
}
