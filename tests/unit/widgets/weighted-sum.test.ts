import { describe, expect, it } from 'vitest';
import { fromRows, matmul, row } from '../../../src/core';
import { blend, contributions } from '../../../src/widgets/parts/weighted-sum';
import { expectClose, ROUNDING_TOLERANCE } from '../core/helpers';

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
