import { describe, expect, it } from 'vitest';
import { fromRows, frobenius, matrix } from '../../../src/core';

describe('frobenius', () => {
  it('is the root of the sum of squares', () => {
    expect(frobenius(fromRows([[3, 4]]))).toBe(5);
    expect(
      frobenius(
        fromRows([
          [1, 2],
          [2, 4],
        ]),
      ),
    ).toBe(5);
  });

  it('is 0 for empty matrices and propagates NaN and Infinity', () => {
    expect(frobenius(matrix(0, 3))).toBe(0);
    expect(frobenius(fromRows([[NaN, 1]]))).toBeNaN();
    expect(frobenius(fromRows([[-Infinity, 1]]))).toBe(Infinity);
  });
});
