import type { AnimalPlacePair, NounPair, ObjectPair } from './pairs';
import {
  ADJECTIVES,
  BE,
  INTENSIFIERS,
  NEUTRAL_WORDS,
  PLURAL,
  SIZE_ADJECTIVES,
  adjectiveKind,
  type Kind,
  type Pronoun,
} from './words';

/** A tokenized sentence with its answer: the position of the noun the pronoun refers to. */
export interface Example {
  readonly tokens: readonly string[];
  readonly pronoun: number;
  readonly referent: number;
  readonly referentWord: string;
  readonly kind: Kind;
}

/** The words that go into a template's slots, and the optional extras that vary positions. */
export type Filling = NounPair & {
  readonly pronoun: Pronoun;
  readonly intensifier: string;
  readonly adjective: string;
  /** A neutral word ("brown", "dark") to put before the noun of a slot: { animal: 'brown' }. */
  readonly before?: Readonly<Partial<Record<NounSlot, string>>>;
  readonly period?: boolean;
};

/** Only uniform() is needed; the core's createRandom(seed) provides it. */
export interface UniformSource {
  uniform(): number;
}

const NEUTRAL_PROBABILITY = 0.3;
const PERIOD_PROBABILITY = 0.5;
const PLURAL_PROBABILITY = 0.25;
/** Share of training sentences about objects (word order decides) rather than an animal and a place. */
const OBJECT_SHARE = 0.5;

type NounSlot = 'animal' | 'place' | 'a' | 'b';

const NOUN_SLOTS = { '{animal}': 'animal', '{place}': 'place', '{a}': 'a', '{b}': 'b' } as const;

function slotWords(slot: string, filling: Filling): string[] {
  if (slot in NOUN_SLOTS) {
    const name = NOUN_SLOTS[slot as keyof typeof NOUN_SLOTS];
    const nouns: Partial<Record<NounSlot, string>> = filling;
    const noun = nouns[name];
    if (noun === undefined) throw new Error(`fill: the template has ${slot} but the filling has no ${name}`);
    const before = filling.before?.[name];
    return before ? [before, noun] : [noun];
  }
  if (slot === '{pronoun}') return [filling.pronoun];
  if (slot === '{be}') return [BE[filling.pronoun]];
  if (slot === '{intensifier}') return [filling.intensifier];
  if (slot === '{adjective}') return [filling.adjective];
  return [slot];
}

function referentOf(filling: Filling, kind: Kind): string {
  const nouns: Partial<Record<NounSlot, string>> = filling;
  const slot = { animal: 'animal', place: 'place', contained: 'a', container: 'b' } as const;
  const word = nouns[slot[kind]];
  if (word === undefined) throw new Error(`fill: "${filling.adjective}" needs a ${kind} in the sentence`);
  return word;
}

/** fill("the {animal} … {pronoun} {be} {intensifier} {adjective}", {animal: 'dog', …}) → tokens and answer. */
export function fill(template: string, filling: Filling): Example {
  const tokens = template.split(' ').flatMap((slot) => slotWords(slot, filling));
  if (filling.period) tokens.push('.');
  const kind = adjectiveKind(filling.adjective);
  const referentWord = referentOf(filling, kind);
  return {
    tokens,
    pronoun: tokens.indexOf(filling.pronoun),
    referent: tokens.indexOf(referentWord),
    referentWord,
    kind,
  };
}

function pick<T>(random: UniformSource, list: readonly T[]): T {
  const item = list[Math.floor(random.uniform() * list.length)];
  if (item === undefined) throw new Error('pick: empty list');
  return item;
}

function maybe<T>(random: UniformSource, probability: number, list: readonly T[]): T | undefined {
  return random.uniform() < probability ? pick(random, list) : undefined;
}

function neutralWords(random: UniformSource, slots: readonly NounSlot[]) {
  const before: Partial<Record<NounSlot, string>> = {};
  for (const slot of slots) {
    const word = maybe(random, NEUTRAL_PROBABILITY, NEUTRAL_WORDS);
    if (word !== undefined) before[slot] = word;
  }
  return before;
}

/** What the random sentences are made of. */
export interface CorpusParts {
  readonly templates: readonly string[];
  readonly pairs: readonly AnimalPlacePair[];
  readonly objectTemplates: readonly string[];
  readonly objectPairs: readonly ObjectPair[];
}

interface Draw {
  readonly template: string;
  readonly filling: Filling;
}

function sampleAnimalPlace(random: UniformSource, parts: CorpusParts): Draw {
  const template = pick(random, parts.templates);
  const pair = pick(random, parts.pairs);
  const adjective = pick(random, ADJECTIVES);
  const animal = random.uniform() < PLURAL_PROBABILITY ? PLURAL[pair.animal]! : pair.animal;
  const place = random.uniform() < PLURAL_PROBABILITY ? PLURAL[pair.place]! : pair.place;
  const referent = adjectiveKind(adjective) === 'animal' ? animal : place;
  const filling: Filling = {
    animal,
    place,
    pronoun: referent === pair.animal || referent === pair.place ? 'it' : 'they',
    intensifier: pick(random, INTENSIFIERS),
    adjective,
    before: neutralWords(random, ['animal', 'place']),
    period: random.uniform() < PERIOD_PROBABILITY,
  };
  return { template, filling };
}

function sampleObjects(random: UniformSource, parts: CorpusParts): Draw {
  const template = pick(random, parts.objectTemplates);
  const { a, b } = pick(random, parts.objectPairs);
  const filling: Filling = {
    a,
    b,
    pronoun: 'it',
    intensifier: pick(random, INTENSIFIERS),
    adjective: pick(random, SIZE_ADJECTIVES),
    before: neutralWords(random, ['a', 'b']),
    period: random.uniform() < PERIOD_PROBABILITY,
  };
  return { template, filling };
}

/**
 * One random training sentence: half about an animal and a place (the adjective's kind decides; either noun may
 * be plural, and the pronoun agrees with its referent), half about two objects (word order decides).
 */
export function sampleExample(random: UniformSource, parts: CorpusParts): Example {
  const draw = random.uniform() < OBJECT_SHARE ? sampleObjects : sampleAnimalPlace;
  const { template, filling } = draw(random, parts);
  return fill(template, filling);
}

/** Every pair × intensifier × adjective in the given templates: singular, "it", no extras, no period. */
export function enumerateExamples(
  templates: readonly string[],
  pairs: readonly NounPair[],
  adjectives: readonly string[] = ADJECTIVES,
): Example[] {
  return templates.flatMap((template) =>
    pairs.flatMap((pair) =>
      INTENSIFIERS.flatMap((intensifier) =>
        adjectives.map((adjective) => fill(template, { ...pair, pronoun: 'it', intensifier, adjective })),
      ),
    ),
  );
}
