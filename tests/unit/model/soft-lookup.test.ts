import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPretrained, resolve } from '../../../src/model';
import { pointerShelf, softLookup, type Shelf } from '../../../src/model/soft-lookup';

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

describe('pointerShelf', () => {
  const model = loadPretrained();
  for (const [adjective, answer] of [
    ['tired', 'animal'],
    ['wide', 'street'],
  ] as const) {
    it(`at T = 1 reproduces the pointer head’s row at "it" (${adjective} → ${answer})`, () => {
      const resolution = resolve(
        model,
        `The animal didn’t cross the street because it was too ${adjective}.`,
      );
      const shelf = pointerShelf(resolution);
      expect(shelf.keys).toHaveLength(resolution.tokens.length);
      expect(shelf.query).toHaveLength(8);
      const lookup = softLookup(shelf, 1);
      lookup.weights.forEach((w, i) => expect(Math.abs(w - resolution.probabilities[i]!)).toBeLessThan(NEAR));
      expect(resolution.tokens[lookup.best]).toBe(answer);
    });
  }
});
