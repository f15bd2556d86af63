import { describe, expect, it } from 'vitest';
import { fromRows, matmul, matrix, randomMatrix, symmetricEigen, toRows, transpose } from '../../../src/core';
import { expectClose, expectMatrixClose } from './helpers';

const EIGEN_TOLERANCE = 1e-12;

describe('symmetricEigen', () => {
  it('finds the eigen-decomposition of a 2×2 matrix, largest value first', () => {
    const { values, vectors } = symmetricEigen(
      fromRows([
        [2, 1],
        [1, 2],
      ]),
    );
    expectClose(values, [3, 1], EIGEN_TOLERANCE);
    const v = toRows(vectors);
    expectClose([Math.abs(v[0]![0]!), Math.abs(v[1]![0]!)], [Math.SQRT1_2, Math.SQRT1_2], EIGEN_TOLERANCE);
  });

  it('reconstructs a random symmetric matrix as V·diag(λ)·Vᵀ with orthonormal V', () => {
    const a = randomMatrix(7, 7, 3);
    const sym = matmul(a, transpose(a));
    const { values, vectors } = symmetricEigen(sym);
    expect(values).toEqual([...values].sort((x, y) => y - x));
    const scaled = matrix(
      7,
      7,
      vectors.data.map((x, i) => x * values[i % 7]!),
    );
    expectMatrixClose(matmul(scaled, transpose(vectors)), sym, EIGEN_TOLERANCE);
    expectMatrixClose(
      matmul(transpose(vectors), vectors),
      fromRows(toRows(matrix(7, 7)).map((r, i) => r.map((_, j) => (i === j ? 1 : 0)))),
      EIGEN_TOLERANCE,
    );
  });

  it('handles 0×0 and 1×1 and rejects non-square input', () => {
    expect(symmetricEigen(matrix(0, 0)).values).toEqual([]);
    expect(symmetricEigen(fromRows([[5]])).values).toEqual([5]);
    expect(() => symmetricEigen(matrix(2, 3))).toThrow('symmetricEigen: 2×3 — the matrix must be square');
    expect(() =>
      symmetricEigen(
        fromRows([
          [1, NaN],
          [NaN, 1],
        ]),
      ),
    ).toThrow('symmetricEigen: 2×2 — contains NaN or ±Infinity');
  });
});
