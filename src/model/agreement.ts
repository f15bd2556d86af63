import {
  ADJECTIVES,
  ANIMALS,
  NOUNS,
  OBJECTS,
  PLACES,
  PLURAL,
  SIZE_ADJECTIVES,
  adjectiveKind,
  isPlural,
  type Kind,
} from './words';

/** When the pronoun's number and the adjective's meaning point at different nouns. */
export interface NumberConflict {
  /** The noun the pronoun agrees with in number ("it" → the singular one). */
  readonly byNumber: number;
  /** The noun the adjective describes ("tired" → the animal). */
  readonly byMeaning: number;
}

const KIND_OF = new Map<string, Kind>([
  ...[...ANIMALS, ...ANIMALS.map((a) => PLURAL[a]!)].map((w) => [w, 'animal'] as const),
  ...[...PLACES, ...PLACES.map((p) => PLURAL[p]!)].map((w) => [w, 'place'] as const),
]);
const KIND_ADJECTIVES = new Set<string>(ADJECTIVES);
const NOUN_SET = new Set(NOUNS);

/**
 * "The dogs didn't cross the street because it was too tired": "it" is singular, so by number it is the street,
 * but "tired" describes an animal. Returns both positions for such a sentence, undefined when number and meaning
 * agree or the sentence doesn't have one animal, one place and one kind adjective. Objects ("big", "small") never
 * conflict: they are all singular.
 */
export function numberConflict(tokens: readonly string[], pronoun: number): NumberConflict | undefined {
  const objects: readonly string[] = [...OBJECTS, ...SIZE_ADJECTIVES];
  if (tokens.some((t) => objects.includes(t))) return undefined;
  const nouns = tokens.map((t, i) => (NOUN_SET.has(t) ? i : -1)).filter((i) => i >= 0);
  const adjective = tokens.find((t) => KIND_ADJECTIVES.has(t));
  if (nouns.length !== 2 || adjective === undefined) return undefined;
  const plural = tokens[pronoun] === 'they';
  const byNumber = nouns.filter((i) => isPlural(tokens[i]!) === plural);
  const byMeaning = nouns.filter((i) => KIND_OF.get(tokens[i]!) === adjectiveKind(adjective));
  if (byNumber.length !== 1 || byMeaning.length !== 1 || byNumber[0] === byMeaning[0]) return undefined;
  return { byNumber: byNumber[0]!, byMeaning: byMeaning[0]! };
}
