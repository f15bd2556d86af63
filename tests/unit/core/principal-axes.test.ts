import { describe, expect, it } from 'vitest';
import { fromRows, pca2, principalAxes, projectOnAxes, randomMatrix, row } from '../../../src/core';
import { expectClose, ROUNDING_TOLERANCE } from './helpers';

describe('principalAxes', () => {
  it('puts the rows exactly where pca2 puts them', () => {
    for (const [rows, cols, seed] of [
      [10, 5, 1],
      [28, 32, 2],
      [3, 2, 3],
    ] as const) {
      const m = randomMatrix(rows, cols, seed);
      const axes = principalAxes(m);
      const { points } = pca2(m);
      for (let i = 0; i < rows; i++)
        expectClose(projectOnAxes(axes, row(m, i)), row(points, i), ROUNDING_TOLERANCE * 100);
    }
  });

  it('gives unit axes at right angles and the mean at the origin', () => {
    const m = randomMatrix(12, 6, 4);
    const a = principalAxes(m);
    const dot = (u: number[], v: number[]) => u.reduce((s, x, i) => s + x * v[i]!, 0);
    expect(dot(a.axes[0], a.axes[0])).toBeCloseTo(1, 12);
    expect(dot(a.axes[1], a.axes[1])).toBeCloseTo(1, 12);
    expect(dot(a.axes[0], a.axes[1])).toBeCloseTo(0, 12);
    expectClose(projectOnAxes(a, a.mean), [0, 0], 1e-15);
  });

  it('knows a line when it sees one', () => {
    const a = principalAxes(
      fromRows([
        [0, 0],
        [2, 0],
      ]),
    );
    expect(a.mean).toEqual([1, 0]);
    expect(a.axes[0].map(Math.abs)).toEqual([1, 0]);
    expect(projectOnAxes(a, [3, 0])[0]).toBe(2);
  });

  it('rejects NaN and vectors of the wrong length', () => {
    expect(() => principalAxes(fromRows([[NaN, 1]]))).toThrow('principalAxes: 1×2 — contains NaN');
    expect(() => projectOnAxes(principalAxes(randomMatrix(3, 2, 1)), [1, 2, 3])).toThrow(
      'projectOnAxes: a vector of 3 numbers on axes of 2',
    );
  });
});
