/** The word lists the corpus draws from; every sentence the site shows uses only these. */

export const ANIMALS = ['animal', 'dog', 'cat', 'horse', 'cow', 'fox', 'goat', 'bird'] as const;
export const PLACES = ['street', 'road', 'river', 'bridge', 'field', 'fence', 'wall', 'hill'] as const;

/** The plural of each animal and place, in the same order. */
export const PLURAL: Readonly<Record<string, string>> = {
  animal: 'animals',
  dog: 'dogs',
  cat: 'cats',
  horse: 'horses',
  cow: 'cows',
  fox: 'foxes',
  goat: 'goats',
  bird: 'birds',
  street: 'streets',
  road: 'roads',
  river: 'rivers',
  bridge: 'bridges',
  field: 'fields',
  fence: 'fences',
  wall: 'walls',
  hill: 'hills',
};

/**
 * Things that go into one another (Winograd's trophy and suitcase). Any of them can be the one that doesn't fit
 * or the one it doesn't fit in, so only the sentence's word order tells the two apart.
 */
export const OBJECTS = ['trophy', 'suitcase', 'box', 'bag', 'ball', 'basket', 'jar', 'cup'] as const;

/** Adjectives that only make sense of an animal: "it" is then the animal. */
export const ANIMAL_ADJECTIVES = ['tired', 'scared', 'sleepy', 'hungry', 'old', 'lazy'] as const;
/** Adjectives that only make sense of a place: "it" is then the place. */
export const PLACE_ADJECTIVES = ['wide', 'busy', 'icy', 'steep', 'long', 'crowded'] as const;
/** "didn't fit … because it was too big": the thing that doesn't fit; "too small": the thing it doesn't fit in. */
export const SIZE_ADJECTIVES = ['big', 'small'] as const;
export const ADJECTIVES = [...ANIMAL_ADJECTIVES, ...PLACE_ADJECTIVES] as const;

export const INTENSIFIERS = ['too', 'very', 'really', 'so'] as const;

/** Words that may stand before a noun without changing the answer; they move the nouns' positions. */
export const NEUTRAL_WORDS = ['brown', 'grey', 'dark', 'red', 'white'] as const;

/** The pronouns the model resolves, and the verb that goes with each. */
export const PRONOUNS = ['it', 'they'] as const;
export type Pronoun = (typeof PRONOUNS)[number];
export const BE: Readonly<Record<Pronoun, string>> = { it: 'was', they: 'were' };

/** What decides the referent: the adjective's kind (animal or place), or its size (big or small). */
export type Kind = 'animal' | 'place' | 'contained' | 'container';

/** Which noun an adjective describes: the referent's kind. */
export function adjectiveKind(adjective: string): Kind {
  if ((ANIMAL_ADJECTIVES as readonly string[]).includes(adjective)) return 'animal';
  if ((PLACE_ADJECTIVES as readonly string[]).includes(adjective)) return 'place';
  if (adjective === 'big') return 'contained';
  if (adjective === 'small') return 'container';
  throw new Error(`adjectiveKind: "${adjective}" is not an adjective of the corpus`);
}

const PLURALS = new Set(Object.values(PLURAL));

/** True for "dogs", "streets"…: the nouns that "they" can refer to. */
export function isPlural(word: string): boolean {
  return PLURALS.has(word);
}

/** Every noun the model can be asked about, singular and plural. */
export const NOUNS: readonly string[] = [...ANIMALS, ...PLACES, ...OBJECTS, ...Object.values(PLURAL)];
