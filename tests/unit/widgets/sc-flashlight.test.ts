import { describe, expect, it } from 'vitest';
import { fromRows, matmul, row } from '../../../src/core';
import { loadPretrained, POINTER, resolve } from '../../../src/model';
import { SOURCE_SENTENCE, WIDE_TWIN } from '../../../src/model/sentences';
import { blend, contributions, decodeIt } from '../../../src/widgets/parts/sc-flashlight';
import { expectClose, ROUNDING_TOLERANCE } from '../core/helpers';

const model = loadPretrained();

describe('contributions and blend', () => {
  const v = fromRows([
    [2, -1],
    [4, 3],
    [0, 1],
  ]);

  it('scales each value row by its weight', () => {
    expect(contributions([0.5, 0.25, 0.25], v)).toEqual([
      [1, -0.5],
      [1, 0.75],
      [0, 0.25],
    ]);
  });

  it('sums the contributions column by column, which is weights·V', () => {
    const w = [0.2, 0.7, 0.1];
    const parts = contributions(w, v);
    const sums = [0, 1].map((c) => parts.reduce((a, p) => a + p[c]!, 0));
    expectClose(blend(w, v), sums, ROUNDING_TOLERANCE);
    expectClose(blend(w, v), row(matmul(fromRows([w]), v), 0), 0);
  });

  it('copies a value row exactly when one weight is 1', () => {
    expect(blend([0, 1, 0], v)).toEqual([4, 3]);
  });

  it('names the mismatch when weights and values disagree', () => {
    expect(() => contributions([1, 0], v)).toThrow(/2 weights for 3 value rows/);
  });
});

describe('decodeIt', () => {
  for (const [sentence, referent] of [
    [SOURCE_SENTENCE, 'animal'],
    [WIDE_TWIN, 'street'],
  ] as const) {
    it(`reproduces the model's own readout with the head's own weights (${referent})`, () => {
      const result = resolve(model, sentence);
      const head = result.layers[POINTER.layer]!.heads[POINTER.head]!;
      const decoded = decodeIt(model, result, row(head.weights, result.pronoun));
      expect(decoded[0]!.word).toBe(result.decoded.word);
      expect(decoded[0]!.word).toBe(referent);
      expect(Math.abs(decoded[0]!.probability - result.decoded.probability)).toBeLessThan(1e-12);
      expect(decoded.reduce((a, d) => a + d.probability, 0)).toBeCloseTo(1, 12);
      expect(decoded).toHaveLength(model.vocabulary.length);
    });
  }

  it('follows the weights it is given: the readout of "it" changes when the beam does', () => {
    const result = resolve(model, SOURCE_SENTENCE);
    const n = result.tokens.length;
    const own = decodeIt(model, result, result.probabilities);
    const even = decodeIt(model, result, Array(n).fill(1 / n));
    const probabilityOf = (decoded: typeof own, word: string) =>
      decoded.find((d) => d.word === word)!.probability;
    expect(Math.abs(probabilityOf(own, 'animal') - probabilityOf(even, 'animal'))).toBeGreaterThan(1e-6);
  });

  it('names the mismatch when the weights do not fit the sentence', () => {
    const result = resolve(model, SOURCE_SENTENCE);
    expect(() => decodeIt(model, result, [1])).toThrow();
  });
});
