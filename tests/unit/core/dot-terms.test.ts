import { describe, expect, it } from 'vitest';
import { dotTerms } from '../../../src/core';
import { loadFixture } from './fixtures';
import { expectClose, FIXTURE_TOLERANCE } from './helpers';

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

describe('dotTerms against numpy', () => {
  interface DotCase {
    dot: { a: number[]; b: number[]; terms: number[]; sum: number };
  }
  const cases = loadFixture<(DotCase | object)[]>('matmul').flatMap((c) =>
    'dot' in c ? [(c as DotCase).dot] : [],
  );

  it.each(cases.map((c) => [c.a.length, c] as const))('length %i', (_, c) => {
    const { terms, sum } = dotTerms(c.a, c.b);
    expectClose(terms, c.terms, FIXTURE_TOLERANCE);
    expectClose([sum], [c.sum], FIXTURE_TOLERANCE);
  });
});
