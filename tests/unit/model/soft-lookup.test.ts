import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { row, toRows } from '../../../src/core';
import {
  MODEL_SHAPE,
  SOURCE_SENTENCE,
  WIDE_TWIN,
  loadPretrained,
  pointerHead,
  resolve,
} from '../../../src/model';
import { blendPath, pointerShelf, softLookup, type Shelf } from '../../../src/model/soft-lookup';
import { TRAINING_OPTIONS } from '../../../src/model/trainer';

const TOLERANCE = 1e-12;
const NEAR = 1e-9;

/** softmax written out here, independently of the core. */
function softmax(xs: number[]): number[] {
  const max = Math.max(...xs);
  const e = xs.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

const toy: Shelf = {
  query: [2, 0],
  keys: [
    [2, 0],
    [0, 2],
    [0.5, 0.5],
  ],
  values: [
    [1, 0],
    [0, 1],
    [0, 0],
  ],
};

describe('softLookup', () => {
  it('scores q·k, scales by √d_k and blends the values, by hand', () => {
    const result = softLookup(toy, 1);
    expect(result.scores).toEqual([4, 0, 1]);
    const scaled = [4, 0, 1].map((s) => s / Math.SQRT2);
    result.scaled.forEach((s, i) => expect(s).toBeCloseTo(scaled[i]!, 12));
    const weights = softmax(scaled);
    result.weights.forEach((w, i) => expect(Math.abs(w - weights[i]!)).toBeLessThan(TOLERANCE));
    expect(result.output[0]).toBeCloseTo(weights[0]!, 12);
    expect(result.output[1]).toBeCloseTo(weights[1]!, 12);
    expect(result.best).toBe(0);
    expect(result.even).toEqual([1 / 3, 1 / 3]);
  });

  it('divides by the temperature before softmax', () => {
    const result = softLookup(toy, 0.5);
    const weights = softmax([4, 0, 1].map((s) => s / Math.SQRT2 / 0.5));
    result.weights.forEach((w, i) => expect(Math.abs(w - weights[i]!)).toBeLessThan(TOLERANCE));
  });

  it('is a hard lookup as T → 0 and an even blend as T grows', () => {
    const hard = softLookup(toy, 1e-3);
    expect(hard.weights).toEqual([1, 0, 0]);
    expect(hard.output).toEqual(toy.values[0]);
    expect(hard.effectiveItems).toBeCloseTo(1, 9);
    const even = softLookup(toy, 1e6);
    even.weights.forEach((w) => expect(w).toBeCloseTo(1 / 3, 5));
    even.output.forEach((x, i) => expect(x).toBeCloseTo(even.even[i]!, 5));
    expect(even.effectiveItems).toBeCloseTo(3, 4);
  });

  it('keeps weights a distribution and the output inside the values’ range, for any shelf and T', () => {
    const vector = (d: number) =>
      fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: d, maxLength: d });
    const shelf = fc.integer({ min: 2, max: 4 }).chain((d) =>
      fc.integer({ min: 1, max: 6 }).chain((n) =>
        fc.record({
          query: vector(d),
          keys: fc.array(vector(d), { minLength: n, maxLength: n }),
          values: fc.array(vector(d), { minLength: n, maxLength: n }),
        }),
      ),
    );
    fc.assert(
      fc.property(shelf, fc.double({ min: 0.01, max: 1000, noNaN: true }), (s, t) => {
        const result = softLookup(s, t);
        expect(Math.abs(result.weights.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(NEAR);
        expect(result.effectiveItems).toBeGreaterThanOrEqual(1 - NEAR);
        expect(result.effectiveItems).toBeLessThanOrEqual(s.keys.length + NEAR);
        result.output.forEach((x, c) => {
          const column = s.values.map((v) => v[c]!);
          expect(x).toBeGreaterThanOrEqual(Math.min(...column) - NEAR * 50);
          expect(x).toBeLessThanOrEqual(Math.max(...column) + NEAR * 50);
        });
      }),
    );
  });

  it('does not change the shelf it reads', () => {
    const copy = structuredClone(toy);
    softLookup(toy, 0.3);
    expect(toy).toEqual(copy);
  });
});

describe('blendPath', () => {
  it('runs from the best item’s value at T = 0.01 to the plain average at T = 1000, through the blend at T = 1', () => {
    const shelf = toy;
    const path = blendPath(shelf);
    expect(path).toHaveLength(51);
    path[0]!.forEach((x, c) => expect(x).toBeCloseTo(shelf.values[0]![c]!, 9));
    path
      .at(-1)!
      .forEach((x, c) => expect(x).toBeCloseTo((shelf.values[0]![c]! + shelf.values[1]![c]!) / 3, 2));
    // 51 steps over five decades: step 20 is T = 10^(−2 + 20/10) = 1.
    path[20]!.forEach((x, c) => expect(x).toBeCloseTo(softLookup(shelf, 1).output[c]!, 12));
  });
});

describe('pointerShelf', () => {
  const model = loadPretrained();
  for (const [sentence, answer] of [
    [SOURCE_SENTENCE, 'animal'],
    [WIDE_TWIN, 'street'],
  ] as const) {
    it(`at T = 1 reproduces the pointer head’s row at "it" (${sentence.slice(-7, -1)} → ${answer})`, () => {
      const resolution = resolve(model, sentence);
      const shelf = pointerShelf(resolution);
      expect(shelf.keys).toHaveLength(resolution.tokens.length);
      expect(shelf.query).toHaveLength(MODEL_SHAPE.dHead);
      const lookup = softLookup(shelf, 1);
      const row_ = row(pointerHead(resolution).weights, resolution.pronoun);
      lookup.weights.forEach((w, i) => expect(Math.abs(w - row_[i]!)).toBeLessThan(NEAR));
      expect(resolution.tokens[lookup.best]).toBe(answer);
    });
  }
});

/** What the query-key-value article says about the model's shelf; measured on the committed weights. */
describe('the query-key-value article’s claims about the trained shelf', () => {
  const model = loadPretrained();
  const tired = resolve(model, SOURCE_SENTENCE);
  const wide = resolve(model, WIDE_TWIN);
  const shelf = pointerShelf(tired);
  const weightOf = (lookup: { weights: number[] }, word: string) =>
    lookup.weights[tired.tokens.indexOf(word)]!;

  it('x has 32 numbers, and q, k and v have 8', () => {
    expect(model.embedding.cols).toBe(32);
    expect(MODEL_SHAPE.dHead).toBe(8);
    expect(shelf.query).toHaveLength(8);
  });

  it('at T = 1, “…tired”: animal 86 %, then street, cross and didn’t with 4–5 % each, every other word under 1 %', () => {
    const at1 = softLookup(shelf, 1);
    expect(weightOf(at1, 'animal')).toBeGreaterThan(0.85);
    expect(weightOf(at1, 'animal')).toBeLessThan(0.865);
    for (const word of ['street', 'cross', "didn't"])
      expect(Math.round(weightOf(at1, word) * 100), word).toBeGreaterThanOrEqual(4);
    for (const word of ['street', 'cross', "didn't"])
      expect(Math.round(weightOf(at1, word) * 100), word).toBeLessThanOrEqual(5);
    const named = new Set(['animal', 'street', 'cross', "didn't"]);
    tired.tokens.forEach((t, i) => {
      if (!named.has(t)) expect(at1.weights[i], t).toBeLessThan(0.01);
    });
    expect(at1.effectiveItems).toBeGreaterThan(1.7);
    expect(at1.effectiveItems).toBeLessThan(1.9);
  });

  it('at T = 1, “…wide” is sharper: street 99 %', () => {
    const at1 = softLookup(pointerShelf(wide), 1);
    expect(at1.weights[wide.tokens.indexOf('street')]).toBeGreaterThan(0.985);
  });

  it('was trained with label smoothing and weight decay', () => {
    expect(TRAINING_OPTIONS.labelSmoothing).toBeGreaterThan(0);
    expect(TRAINING_OPTIONS.weightDecay).toBeGreaterThan(0);
  });

  it('hard below T = 0.3, about half at T = 2, nearly even (over 11.5 of 12 items) from T = 20', () => {
    expect(weightOf(softLookup(shelf, 0.3), 'animal')).toBeGreaterThan(0.999);
    expect(weightOf(softLookup(shelf, 2), 'animal')).toBeGreaterThan(0.5);
    expect(weightOf(softLookup(shelf, 2), 'animal')).toBeLessThan(0.56);
    expect(softLookup(shelf, 20).effectiveItems).toBeGreaterThan(11.5);
    expect(tired.tokens).toHaveLength(12);
  });

  it('with separate queries and keys, “it” does not match itself best: under 1 % on itself; only 2 of 12 rows peak on their own word', () => {
    const head = pointerHead(tired);
    expect(row(head.weights, tired.pronoun)[tired.pronoun]).toBeLessThan(0.01);
    const scores = toRows(head.scores);
    expect(scores.filter((r, i) => r.indexOf(Math.max(...r)) === i)).toHaveLength(2);
  });
});

describe('one vector per word instead of a query and a key', () => {
  const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
  const vector = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 3, maxLength: 3 });

  it('scores are symmetric, and of two words at least one scores itself at least as high as the other', () => {
    fc.assert(
      fc.property(vector, vector, (a, b) => {
        expect(dot(a, b)).toBe(dot(b, a));
        expect(dot(a, b)).toBeLessThanOrEqual(
          Math.max(dot(a, a), dot(b, b)) + NEAR * (1 + dot(a, a) + dot(b, b)),
        );
      }),
    );
  });

  it('so every word matches itself best only when the vectors are equally long: a longer one can win', () => {
    const short = [1, 0];
    const long = [3, 1];
    expect(dot(short, long)).toBeGreaterThan(dot(short, short));
  });
});
