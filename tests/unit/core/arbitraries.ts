import fc from 'fast-check';
import { matrix, type Matrix } from '../../../src/core';

/** Finite doubles in [-bound, bound] (no NaN, no ±Infinity). */
export function finite(bound: number): fc.Arbitrary<number> {
  return fc.double({ min: -bound, max: bound, noNaN: true, noDefaultInfinity: true });
}

/** A rows×cols matrix of finite entries in [-bound, bound]. */
export function matrixOf(rows: number, cols: number, bound = 10): fc.Arbitrary<Matrix> {
  return fc
    .array(finite(bound), { minLength: rows * cols, maxLength: rows * cols })
    .map((data) => matrix(rows, cols, data));
}

/** A matrix of random shape within the given maximum sizes (at least 1×1). */
export function anyMatrix(maxRows: number, maxCols: number, bound = 10): fc.Arbitrary<Matrix> {
  return fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([rows, cols]) => matrixOf(rows, cols, bound));
}

/** A permutation of 0…n−1. */
export function permutation(n: number): fc.Arbitrary<number[]> {
  return fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }).map((keys) =>
    keys
      .map((key, i) => [key, i] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, i]) => i),
  );
}

/** The rows of m reordered: row i of the result is row order[i] of m. */
export function permuteRows(m: Matrix, order: readonly number[]): Matrix {
  const out = matrix(m.rows, m.cols);
  order.forEach((from, to) => out.data.set(m.data.subarray(from * m.cols, (from + 1) * m.cols), to * m.cols));
  return out;
}
