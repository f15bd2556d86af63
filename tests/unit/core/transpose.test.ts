import { describe, expect, it } from 'vitest';
import { fromRows, matrix, shape, toRows, transpose } from '../../../src/core';

describe('transpose', () => {
  it('turns rows into columns', () => {
    expect(
      toRows(
        transpose(
          fromRows([
            [1, 2, 3],
            [4, 5, 6],
          ]),
        ),
      ),
    ).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
  });

  it('keeps zero sizes and swaps them', () => {
    expect(shape(transpose(matrix(0, 3)))).toBe('3×0');
  });

  it('is its own inverse and does not mutate its input', () => {
    const m = fromRows([
      [1, NaN],
      [Infinity, 4],
    ]);
    const before = toRows(m);
    expect(toRows(transpose(transpose(m)))).toEqual(before);
    expect(toRows(m)).toEqual(before);
  });
});
