import { describe, expect, it } from 'vitest';
import { fromRows, matrix, scale, shape, toRows } from '../../../src/core';

describe('scale', () => {
  it('multiplies every entry', () => {
    expect(toRows(scale(fromRows([[1, -2, 0.5]]), 3))).toEqual([[3, -6, 1.5]]);
  });

  it('follows IEEE rules: 0·Infinity is NaN, NaN propagates', () => {
    expect(toRows(scale(fromRows([[0, 1, -1]]), Infinity))).toEqual([[NaN, Infinity, -Infinity]]);
    expect(toRows(scale(fromRows([[NaN, 2]]), 2))).toEqual([[NaN, 4]]);
  });

  it('keeps zero sizes and does not mutate its input', () => {
    expect(shape(scale(matrix(3, 0), 2))).toBe('3×0');
    const m = fromRows([[1, 2]]);
    scale(m, 5);
    expect(toRows(m)).toEqual([[1, 2]]);
  });
});
