import type { NounPair } from './pairs';
import { ADJECTIVES, INTENSIFIERS, NEUTRAL_WORDS, adjectiveKind, type Kind } from './words';

/** A tokenized sentence with its answer: the position of the noun "it" refers to. */
export interface Example {
  readonly tokens: readonly string[];
  readonly pronoun: number;
  readonly referent: number;
  readonly referentWord: string;
  readonly kind: Kind;
}

/** The words that go into a template's slots, and the optional extras that vary positions. */
export interface Filling extends NounPair {
  readonly intensifier: string;
  readonly adjective: string;
  readonly beforeAnimal?: string;
  readonly beforePlace?: string;
  readonly period?: boolean;
}

/** Only uniform() is needed; the core's createRandom(seed) provides it. */
export interface UniformSource {
  uniform(): number;
}

const NEUTRAL_PROBABILITY = 0.3;
const PERIOD_PROBABILITY = 0.5;

function slotWords(slot: string, filling: Filling): string[] {
  switch (slot) {
    case '{animal}':
      return filling.beforeAnimal ? [filling.beforeAnimal, filling.animal] : [filling.animal];
    case '{place}':
      return filling.beforePlace ? [filling.beforePlace, filling.place] : [filling.place];
    case '{intensifier}':
      return [filling.intensifier];
    case '{adjective}':
      return [filling.adjective];
    default:
      return [slot];
  }
}

/** fill("the {animal} … it was {intensifier} {adjective}", {animal: 'dog', …}) → tokens and answer. */
export function fill(template: string, filling: Filling): Example {
  const tokens = template.split(' ').flatMap((slot) => slotWords(slot, filling));
  if (filling.period) tokens.push('.');
  const kind = adjectiveKind(filling.adjective);
  const referentWord = kind === 'animal' ? filling.animal : filling.place;
  return {
    tokens,
    pronoun: tokens.indexOf('it'),
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

/** One random sentence from the given templates and noun pairs, with optional neutral words and period. */
export function sampleExample(
  random: UniformSource,
  templates: readonly string[],
  pairs: readonly NounPair[],
): Example {
  const template = pick(random, templates);
  const pair = pick(random, pairs);
  const beforeAnimal = maybe(random, NEUTRAL_PROBABILITY, NEUTRAL_WORDS);
  const beforePlace = maybe(random, NEUTRAL_PROBABILITY, NEUTRAL_WORDS);
  return fill(template, {
    ...pair,
    intensifier: pick(random, INTENSIFIERS),
    adjective: pick(random, ADJECTIVES),
    period: random.uniform() < PERIOD_PROBABILITY,
    ...(beforeAnimal === undefined ? {} : { beforeAnimal }),
    ...(beforePlace === undefined ? {} : { beforePlace }),
  });
}

/** Every pair × intensifier × adjective in the given templates: plain sentences, no extras, no period. */
export function enumerateExamples(templates: readonly string[], pairs: readonly NounPair[]): Example[] {
  return templates.flatMap((template) =>
    pairs.flatMap((pair) =>
      INTENSIFIERS.flatMap((intensifier) =>
        ADJECTIVES.map((adjective) => fill(template, { ...pair, intensifier, adjective })),
      ),
    ),
  );
}
