import { describe, expect, it } from 'vitest';
import { fromRows, identity, matrix, row, shape, toRows } from '../../../src/core';

describe('matrix', () => {
  it('is zero-filled without data and row-major with data', () => {
    expect(toRows(matrix(2, 3))).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(toRows(matrix(2, 2, [1, 2, 3, 4]))).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('copies its data so later writes to the source cannot leak in', () => {
    const source = new Float64Array([1, 2]);
    const m = matrix(1, 2, source);
    source[0] = 99;
    expect(toRows(m)).toEqual([[1, 2]]);
  });

  it('allows zero rows or columns', () => {
    expect(shape(matrix(0, 3))).toBe('0×3');
    expect(matrix(4, 0).data.length).toBe(0);
  });

  it.each([
    [-1, 2],
    [1.5, 2],
    [2, NaN],
  ])('rejects size %s×%s', (r, c) => {
    expect(() => matrix(r, c)).toThrow(`matrix: ${r}×${c} — sizes must be whole numbers ≥ 0`);
  });

  it('rejects data of the wrong length, naming the shape', () => {
    expect(() => matrix(2, 2, [1, 2, 3])).toThrow('matrix: 2×2 needs 4 numbers, got 3');
  });
});

describe('fromRows / toRows / row / identity', () => {
  it('round-trips nested arrays', () => {
    const rows = [
      [1, -2, 3.5],
      [NaN, Infinity, -Infinity],
    ];
    expect(toRows(fromRows(rows))).toEqual(rows);
  });

  it('gives 0×0 for no rows and n×0 for empty rows', () => {
    expect(shape(fromRows([]))).toBe('0×0');
    expect(shape(fromRows([[], []]))).toBe('2×0');
    expect(toRows(matrix(0, 3))).toEqual([]);
  });

  it('rejects ragged rows, naming the row', () => {
    expect(() => fromRows([[1, 2], [3]])).toThrow('fromRows: row 1 has 1 numbers, row 0 has 2');
  });

  it('reads one row as a copy and rejects rows that do not exist', () => {
    const m = fromRows([
      [1, 2],
      [3, 4],
    ]);
    const r = row(m, 1);
    r[0] = 99;
    expect(r).toEqual([99, 4]);
    expect(toRows(m)).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(() => row(m, 2)).toThrow('row: index 2 is outside the rows of a 2×2 matrix');
    expect(() => row(m, -1)).toThrow('row: index -1');
  });

  it('builds the identity', () => {
    expect(toRows(identity(2))).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(shape(identity(0))).toBe('0×0');
    expect(() => identity(-2)).toThrow('identity: -2×-2 — the size must be a whole number ≥ 0');
  });
});
