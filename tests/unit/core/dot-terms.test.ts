import { describe, expect, it } from 'vitest';
import { dotTerms } from '../../../src/core';

describe('dotTerms', () => {
  it('lists the products that sum to the dot product', () => {
    expect(dotTerms([1, 2, -3], [4, 5, 6])).toEqual({ terms: [4, 10, -18], sum: -4 });
  });

  it('gives no terms and sum 0 for empty vectors, and follows IEEE rules', () => {
    expect(dotTerms([], [])).toEqual({ terms: [], sum: 0 });
    expect(dotTerms([0, 1], [Infinity, 1])).toEqual({ terms: [NaN, 1], sum: NaN });
  });

  it('rejects vectors of different lengths and does not mutate them', () => {
    expect(() => dotTerms([1, 2], [1])).toThrow('dotTerms: 2 · 1 — vector lengths differ');
    const a = [1, 2];
    dotTerms(a, [3, 4]);
    expect(a).toEqual([1, 2]);
  });
});
