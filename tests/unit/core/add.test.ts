import { describe, expect, it } from 'vitest';
import { add, fromRows, matrix, shape, toRows } from '../../../src/core';

describe('add', () => {
  const a = fromRows([
    [1, 2],
    [3, 4],
  ]);

  it('adds entry-wise', () => {
    expect(
      toRows(
        add(
          a,
          fromRows([
            [10, 20],
            [30, 40],
          ]),
        ),
      ),
    ).toEqual([
      [11, 22],
      [33, 44],
    ]);
  });

  it('adds a single row to every row (a bias)', () => {
    expect(toRows(add(a, fromRows([[10, 20]])))).toEqual([
      [11, 22],
      [13, 24],
    ]);
  });

  it('follows IEEE rules for NaN and ±Infinity', () => {
    expect(toRows(add(fromRows([[NaN, Infinity, Infinity]]), fromRows([[1, 1, -Infinity]])))).toEqual([
      [NaN, Infinity, NaN],
    ]);
  });

  it('handles zero-size matrices', () => {
    expect(shape(add(matrix(0, 2), matrix(1, 2)))).toBe('0×2');
  });

  it('rejects other shapes, naming both', () => {
    expect(() => add(a, matrix(2, 3))).toThrow('add: 2×2 + 2×3 — b must be 2×2 or 1×2');
    expect(() => add(a, matrix(3, 2))).toThrow('add: 2×2 + 3×2');
  });

  it('does not mutate its inputs', () => {
    const b = fromRows([[5, 6]]);
    add(a, b);
    expect(toRows(a)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(toRows(b)).toEqual([[5, 6]]);
  });
});
