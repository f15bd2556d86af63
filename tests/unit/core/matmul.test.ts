import { describe, expect, it } from 'vitest';
import { fromRows, matmul, matmulTransposeB, matrix, toRows, transpose } from '../../../src/core';
import { loadFixture, toMatrix, type StoredMatrix } from './fixtures';
import { expectMatrixClose, FIXTURE_TOLERANCE } from './helpers';

const a = fromRows([
  [1, 2, 3],
  [4, 5, 6],
]);
const b = fromRows([
  [7, 8],
  [9, 10],
  [11, 12],
]);

describe('matmul', () => {
  it('multiplies rows of a by columns of b', () => {
    expect(toRows(matmul(a, b))).toEqual([
      [58, 64],
      [139, 154],
    ]);
  });

  it('gives zeros for an inner size of 0 and empty results for zero rows or columns', () => {
    expect(toRows(matmul(matrix(2, 0), matrix(0, 3)))).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(toRows(matmul(matrix(0, 2), matrix(2, 3)))).toEqual([]);
  });

  it('propagates NaN and keeps 0·Infinity = NaN, like numpy', () => {
    expect(toRows(matmul(fromRows([[0, 1]]), fromRows([[Infinity], [1]])))).toEqual([[NaN]]);
    expect(toRows(matmul(fromRows([[NaN, 1]]), fromRows([[0], [1]])))).toEqual([[NaN]]);
  });

  it('names both shapes when the inner sizes differ', () => {
    expect(() => matmul(matrix(3, 4), matrix(5, 2))).toThrow('matmul: 3×4 · 5×2 — inner sizes differ');
  });

  it('does not mutate its inputs', () => {
    const before = [toRows(a), toRows(b)];
    matmul(a, b);
    expect([toRows(a), toRows(b)]).toEqual(before);
  });
});

describe('matmulTransposeB', () => {
  it('equals matmul with bᵀ', () => {
    expect(toRows(matmulTransposeB(a, transpose(b)))).toEqual(toRows(matmul(a, b)));
  });

  it('names both shapes when the row lengths differ', () => {
    expect(() => matmulTransposeB(matrix(3, 4), matrix(2, 5))).toThrow(
      'matmulTransposeB: 3×4 · (2×5)ᵀ — row lengths differ',
    );
  });
});

describe('matmul against numpy', () => {
  const cases = loadFixture<
    ({ a: StoredMatrix; b: StoredMatrix; product: StoredMatrix } | { dot: unknown })[]
  >('matmul').flatMap((c) => ('a' in c ? [c] : []));

  it.each(cases.map((c) => [`${c.a.shape.join('×')} · ${c.b.shape.join('×')}`, c] as const))('%s', (_, c) => {
    const [a, b] = [toMatrix(c.a), toMatrix(c.b)];
    expectMatrixClose(matmul(a, b), toMatrix(c.product), FIXTURE_TOLERANCE);
    expectMatrixClose(matmulTransposeB(a, transpose(b)), toMatrix(c.product), FIXTURE_TOLERANCE);
  });
});
