import { describe, expect, it } from 'vitest';
import {
  enumerateExamples,
  fill,
  sampleExample,
  type CorpusParts,
  type UniformSource,
} from '../../../src/model/corpus';
import { ALL_PAIRS, HELD_OUT_PAIRS, OBJECT_PAIRS, TRAINING_PAIRS } from '../../../src/model/pairs';
import {
  HELD_OUT_TEMPLATE,
  MAIN_TEMPLATE,
  OBJECT_TEMPLATES,
  TRAINING_TEMPLATES,
  WINOGRAD_TEMPLATE,
} from '../../../src/model/templates';
import { MASK, VOCABULARY } from '../../../src/model/vocabulary';
import {
  ADJECTIVES,
  ANIMALS,
  INTENSIFIERS,
  OBJECTS,
  PLACES,
  PLURAL,
  isPlural,
} from '../../../src/model/words';
import { tokenize } from '../../../src/core';

const TRAINING: CorpusParts = {
  templates: TRAINING_TEMPLATES,
  pairs: TRAINING_PAIRS,
  objectTemplates: OBJECT_TEMPLATES,
  objectPairs: OBJECT_PAIRS,
};

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
      pronoun: 'it',
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
      pronoun: 'it',
      intensifier: 'so',
      adjective: 'wide',
      before: { place: 'grey' },
    });
    expect(example.tokens.slice(4, 7)).toEqual(['the', 'grey', 'road']);
    expect(example).toMatchObject({ referent: 6, referentWord: 'road', kind: 'place' });
  });

  it('makes "they … were" with a plural referent', () => {
    const example = fill(MAIN_TEMPLATE, {
      animal: 'dogs',
      place: 'street',
      pronoun: 'they',
      intensifier: 'too',
      adjective: 'tired',
    });
    expect(example.tokens.slice(7, 9)).toEqual(['they', 'were']);
    expect(example).toMatchObject({ pronoun: 7, referent: 1, referentWord: 'dogs' });
  });

  it("makes Winograd's sentence: big → the thing that doesn't fit, small → the thing it doesn't fit in", () => {
    const big = fill(WINOGRAD_TEMPLATE, {
      a: 'trophy',
      b: 'suitcase',
      pronoun: 'it',
      intensifier: 'too',
      adjective: 'big',
    });
    expect(big.tokens.join(' ')).toBe("the trophy didn't fit in the suitcase because it was too big");
    expect(big).toMatchObject({ referent: 1, kind: 'contained' });
    const small = fill(WINOGRAD_TEMPLATE, {
      a: 'trophy',
      b: 'suitcase',
      pronoun: 'it',
      intensifier: 'too',
      adjective: 'small',
    });
    expect(small).toMatchObject({ referent: 6, kind: 'container' });
  });

  it('refuses an adjective whose noun the sentence lacks', () => {
    expect(() =>
      fill(MAIN_TEMPLATE, {
        animal: 'dog',
        place: 'road',
        pronoun: 'it',
        intensifier: 'so',
        adjective: 'big',
      }),
    ).toThrow(/"big" needs a contained/);
  });
});

describe('sampleExample', () => {
  it('is a function of the random numbers it is given', () => {
    const first = lcg(3);
    const second = lcg(3);
    expect(sampleExample(first, TRAINING)).toEqual(sampleExample(second, TRAINING));
  });

  it('gives one pronoun that agrees with its referent, drawn only from the pairs it is given', () => {
    const random = lcg(11);
    const heldOut = new Set(HELD_OUT_PAIRS.map(key));
    const singular = (w: string) => Object.entries(PLURAL).find(([, p]) => p === w)?.[0] ?? w;
    let objects = 0;
    for (let i = 0; i < 600; i++) {
      const example = sampleExample(random, TRAINING);
      const pronoun = example.tokens[example.pronoun]!;
      expect(example.tokens.filter((t) => t === 'it' || t === 'they')).toHaveLength(1);
      expect(example.tokens[example.referent]).toBe(example.referentWord);
      expect(pronoun === 'they').toBe(isPlural(example.referentWord));
      example.tokens.forEach((t) => expect(VOCABULARY).toContain(t));
      if (example.kind === 'contained' || example.kind === 'container') {
        objects += 1;
        expect(OBJECTS).toContain(example.referentWord);
        continue;
      }
      const nouns: readonly string[] = example.kind === 'animal' ? ANIMALS : PLACES;
      expect(nouns).toContain(singular(example.referentWord));
      const animal = singular(
        example.tokens.find((t) => (ANIMALS as readonly string[]).includes(singular(t)))!,
      );
      const place = singular(
        example.tokens.find((t) => (PLACES as readonly string[]).includes(singular(t)))!,
      );
      expect(heldOut.has(key({ animal, place }))).toBe(false);
    }
    expect(objects / 600).toBeGreaterThan(0.4);
    expect(objects / 600).toBeLessThan(0.6);
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
  it("covers every ordered object pair × size adjective × intensifier of Winograd's template", () => {
    const examples = enumerateExamples([WINOGRAD_TEMPLATE], OBJECT_PAIRS, ['big', 'small']);
    expect(examples).toHaveLength(8 * 7 * 2 * INTENSIFIERS.length);
    expect(examples.every((e) => e.tokens[1] !== e.tokens[6])).toBe(true);
  });

  it('covers every pair × intensifier × adjective of each template', () => {
    const examples = enumerateExamples([MAIN_TEMPLATE], ALL_PAIRS);
    expect(examples).toHaveLength(ANIMALS.length * PLACES.length * INTENSIFIERS.length * ADJECTIVES.length);
    expect(new Set(examples.map((e) => e.tokens.join(' '))).size).toBe(examples.length);
  });
});

describe('VOCABULARY', () => {
  it('has no duplicates and contains the punctuation and both pronouns', () => {
    expect(new Set(VOCABULARY).size).toBe(VOCABULARY.length);
    expect(VOCABULARY).toEqual(expect.arrayContaining(['.', ',', "didn't", 'it', 'they', 'were', 'trophy']));
  });

  it('ends with the training-only mask, which no typed sentence can contain', () => {
    expect(VOCABULARY.at(-1)).toBe(MASK);
    expect(tokenize(`the ${MASK} was tired`)).not.toContain(MASK);
  });
});
