import { describe, expect, it } from 'vitest';
import { fromRows, matrix, pca2, randomMatrix, shape, toRows } from '../../../src/core';
import { loadFixture, toMatrix, type StoredMatrix } from './fixtures';
import { expectClose, expectMatrixClose, FIXTURE_TOLERANCE, ROUNDING_TOLERANCE } from './helpers';

describe('pca2', () => {
  it('centres the rows and projects them on the direction of largest variance', () => {
    const { points, explained } = pca2(
      fromRows([
        [0, 0],
        [2, 0],
      ]),
    );
    expect(toRows(points)).toEqual([
      [-1, 0],
      [1, 0],
    ]);
    expect(explained).toEqual([1, 0]);
  });

  it('finds a diagonal line and orders the components by variance', () => {
    // The third column is uncorrelated with the diagonal, so the components are exactly (1, 1, 0)/√2 and (0, 0, 1).
    const { points, explained } = pca2(
      fromRows([
        [1, 1, 0.1],
        [-1, -1, 0.1],
        [2, 2, -0.1],
        [-2, -2, -0.1],
      ]),
    );
    const s2 = Math.SQRT2;
    expectClose(points.data, [s2, 0.1, -s2, 0.1, 2 * s2, -0.1, -2 * s2, -0.1], ROUNDING_TOLERANCE);
    expectClose(explained, [20 / 20.04, 0.04 / 20.04], ROUNDING_TOLERANCE);
  });

  it('keeps pairwise distances when d ≤ 2 (a rotation)', () => {
    const m = randomMatrix(6, 2, 4);
    const { points, explained } = pca2(m);
    const distance = (x: number[][], i: number, j: number) =>
      Math.hypot(x[i]![0]! - x[j]![0]!, x[i]![1]! - x[j]![1]!);
    const [a, b] = [toRows(m), toRows(points)];
    expect(Math.abs(distance(a, 1, 4) - distance(b, 1, 4))).toBeLessThan(ROUNDING_TOLERANCE);
    expect(Math.abs(explained[0] + explained[1] - 1)).toBeLessThan(ROUNDING_TOLERANCE);
  });

  it('gives zero points and [0, 0] without variance', () => {
    for (const m of [
      fromRows([[1, 2, 3]]),
      fromRows([
        [1, 2],
        [1, 2],
      ]),
      matrix(3, 0),
      matrix(0, 4),
    ]) {
      const { points, explained } = pca2(m);
      expect(shape(points)).toBe(`${m.rows}×2`);
      expect(points.data.every((x) => x === 0)).toBe(true);
      expect(explained).toEqual([0, 0]);
    }
  });

  it('leaves the second column 0 when d = 1', () => {
    const { points, explained } = pca2(fromRows([[1], [3]]));
    expect(toRows(points)).toEqual([
      [-1, 0],
      [1, 0],
    ]);
    expect(explained).toEqual([1, 0]);
  });

  it('throws on NaN or Infinity and does not mutate its input', () => {
    expect(() => pca2(fromRows([[1, NaN]]))).toThrow('pca2: 1×2 — contains NaN or ±Infinity');
    const m = fromRows([
      [1, 2],
      [3, 5],
    ]);
    pca2(m);
    expect(toRows(m)).toEqual([
      [1, 2],
      [3, 5],
    ]);
  });
});

describe('pca2 against numpy (SVD)', () => {
  const cases = loadFixture<{ x: StoredMatrix; points: StoredMatrix; explained: number[] }[]>('pca');

  it.each(cases.map((c) => [c.x.shape.join('×'), c] as const))('%s', (_, c) => {
    const { points, explained } = pca2(toMatrix(c.x));
    expectMatrixClose(points, toMatrix(c.points), FIXTURE_TOLERANCE);
    expectClose(explained, c.explained, FIXTURE_TOLERANCE);
  });
});
