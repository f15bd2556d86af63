import { describe, expect, it } from 'vitest';
import { enumerateExamples, fill, sampleExample, type UniformSource } from '../../../src/model/corpus';
import { ALL_PAIRS, HELD_OUT_PAIRS, TRAINING_PAIRS } from '../../../src/model/pairs';
import { HELD_OUT_TEMPLATE, MAIN_TEMPLATE, TRAINING_TEMPLATES } from '../../../src/model/templates';
import { VOCABULARY } from '../../../src/model/vocabulary';
import { ADJECTIVES, ANIMALS, INTENSIFIERS, PLACES } from '../../../src/model/words';

/** A tiny seeded generator, so these tests do not depend on the core's. */
function lcg(seed: number): UniformSource {
  let state = seed >>> 0;
  return {
    uniform: () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    },
  };
}

const key = (pair: { animal: string; place: string }): string => `${pair.animal}/${pair.place}`;

describe('fill', () => {
  it('makes the running example with the animal as referent for "tired"', () => {
    const example = fill(MAIN_TEMPLATE, {
      animal: 'animal',
      place: 'street',
      intensifier: 'too',
      adjective: 'tired',
      period: true,
    });
    expect(example.tokens.join(' ')).toBe("the animal didn't cross the street because it was too tired .");
    expect(example).toMatchObject({ pronoun: 7, referent: 1, referentWord: 'animal', kind: 'animal' });
  });

  it('points at the place for a place adjective, after a neutral word', () => {
    const example = fill(MAIN_TEMPLATE, {
      animal: 'dog',
      place: 'road',
      intensifier: 'so',
      adjective: 'wide',
      beforePlace: 'big',
    });
    expect(example.tokens.slice(4, 7)).toEqual(['the', 'big', 'road']);
    expect(example).toMatchObject({ referent: 6, referentWord: 'road', kind: 'place' });
  });
});

describe('sampleExample', () => {
  it('is a function of the random numbers it is given', () => {
    const first = lcg(3);
    const second = lcg(3);
    expect(sampleExample(first, TRAINING_TEMPLATES, ALL_PAIRS)).toEqual(
      sampleExample(second, TRAINING_TEMPLATES, ALL_PAIRS),
    );
  });

  it('gives one "it" and a referent of the adjective\'s kind, drawn only from the pairs it is given', () => {
    const random = lcg(11);
    const heldOut = new Set(HELD_OUT_PAIRS.map(key));
    for (let i = 0; i < 500; i++) {
      const example = sampleExample(random, TRAINING_TEMPLATES, TRAINING_PAIRS);
      expect(example.tokens.filter((t) => t === 'it')).toHaveLength(1);
      expect(example.tokens[example.pronoun]).toBe('it');
      expect(example.tokens[example.referent]).toBe(example.referentWord);
      const nouns = example.kind === 'animal' ? ANIMALS : PLACES;
      expect(nouns).toContain(example.referentWord);
      const animal = example.tokens.find((t) => (ANIMALS as readonly string[]).includes(t))!;
      const place = example.tokens.find((t) => (PLACES as readonly string[]).includes(t))!;
      expect(heldOut.has(key({ animal, place }))).toBe(false);
      example.tokens.forEach((t) => expect(VOCABULARY).toContain(t));
    }
  });
});

describe('the split', () => {
  it('holds out one pair per animal and per place, disjoint from training', () => {
    expect(HELD_OUT_PAIRS).toHaveLength(ANIMALS.length);
    expect(new Set(HELD_OUT_PAIRS.map((p) => p.animal)).size).toBe(ANIMALS.length);
    expect(new Set(HELD_OUT_PAIRS.map((p) => p.place)).size).toBe(PLACES.length);
    const training = new Set(TRAINING_PAIRS.map(key));
    expect(HELD_OUT_PAIRS.some((p) => training.has(key(p)))).toBe(false);
    expect(training.size + HELD_OUT_PAIRS.length).toBe(ALL_PAIRS.length);
    expect(training.has('animal/street')).toBe(true);
  });

  it('keeps the held-out template out of training, while all its words occur there', () => {
    expect(TRAINING_TEMPLATES).not.toContain(HELD_OUT_TEMPLATE);
    const trainingWords = new Set(TRAINING_TEMPLATES.flatMap((t) => t.split(' ')));
    HELD_OUT_TEMPLATE.split(' ').forEach((word) => expect(trainingWords).toContain(word));
  });
});

describe('enumerateExamples', () => {
  it('covers every pair × intensifier × adjective of each template', () => {
    const examples = enumerateExamples([MAIN_TEMPLATE], ALL_PAIRS);
    expect(examples).toHaveLength(ANIMALS.length * PLACES.length * INTENSIFIERS.length * ADJECTIVES.length);
    expect(new Set(examples.map((e) => e.tokens.join(' '))).size).toBe(examples.length);
  });
});

describe('VOCABULARY', () => {
  it('has no duplicates and contains the punctuation', () => {
    expect(new Set(VOCABULARY).size).toBe(VOCABULARY.length);
    expect(VOCABULARY).toEqual(expect.arrayContaining(['.', ',', "didn't", 'it']));
  });
});
