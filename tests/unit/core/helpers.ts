import { expect } from 'vitest';
import { toRows, type Matrix } from '../../../src/core';

/** Agreement with the numpy reference: |actual − expected| ≤ FIXTURE_TOLERANCE · max(1, |expected|). */
export const FIXTURE_TOLERANCE = 1e-9;
/** For identities that hold exactly in real numbers and only lose a few float64 roundings. */
export const ROUNDING_TOLERANCE = 1e-12;

/** Entry-wise closeness with a tolerance relative to max(1, |expected|); NaN matches NaN, ±Infinity itself. */
export function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): void {
  expect(actual.length, 'length').toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const [a, e] = [actual[i]!, expected[i]!];
    if (Number.isNaN(e) || !Number.isFinite(e)) {
      expect(a, `entry ${i}`).toBe(e);
    } else if (!(Math.abs(a - e) <= tolerance * Math.max(1, Math.abs(e)))) {
      expect.fail(`entry ${i}: ${a} differs from ${e} by ${Math.abs(a - e)} (tolerance ${tolerance})`);
    }
  }
}

/** Matrices agree in shape and, entry-wise, within tolerance. */
export function expectMatrixClose(actual: Matrix, expected: Matrix, tolerance: number): void {
  expect([actual.rows, actual.cols], 'shape').toEqual([expected.rows, expected.cols]);
  expectClose(actual.data, expected.data, tolerance);
}

/** A matrix as nested arrays, for readable toEqual assertions. */
export const rowsOf = toRows;
