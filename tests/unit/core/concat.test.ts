import { describe, expect, it } from 'vitest';
import { concatColumns, fromRows, matrix, shape, toRows } from '../../../src/core';

describe('concatColumns', () => {
  it('places matrices side by side in order', () => {
    const a = fromRows([[1], [2]]);
    const b = fromRows([
      [3, 4],
      [5, 6],
    ]);
    expect(toRows(concatColumns([a, b]))).toEqual([
      [1, 3, 4],
      [2, 5, 6],
    ]);
    expect(toRows(a)).toEqual([[1], [2]]);
  });

  it('handles zero widths and zero rows', () => {
    expect(shape(concatColumns([matrix(2, 0), matrix(2, 3)]))).toBe('2×3');
    expect(shape(concatColumns([matrix(0, 2), matrix(0, 3)]))).toBe('0×5');
  });

  it('rejects no parts and unequal row counts, naming the shapes', () => {
    expect(() => concatColumns([])).toThrow('concatColumns: no matrices given');
    expect(() => concatColumns([matrix(2, 1), matrix(3, 1)])).toThrow(
      'concatColumns: 2×1, 3×1 — every part needs 2 rows',
    );
  });
});
