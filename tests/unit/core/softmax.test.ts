import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromRows, matrix, shape, softmaxRows, toRows } from '../../../src/core';
import { anyMatrix, finite } from './arbitraries';
import { loadFixture, toMatrix, type StoredMatrix } from './fixtures';
import { expectClose, expectMatrixClose, FIXTURE_TOLERANCE, ROUNDING_TOLERANCE } from './helpers';

// Rounding in a sum of up to a few dozen weights stays far below this.
const ROW_SUM_TOLERANCE = 1e-12;

describe('softmaxRows', () => {
  it('matches hand-computed values', () => {
    expectClose(softmaxRows(fromRows([[0, Math.log(3)]])).data, [0.25, 0.75], ROUNDING_TOLERANCE);
    const e = Math.E;
    expectClose(softmaxRows(fromRows([[1, 0, 0]])).data, [e / (e + 2), 1 / (e + 2), 1 / (e + 2)], 1e-15);
  });

  it('works row by row', () => {
    const w = toRows(
      softmaxRows(
        fromRows([
          [0, 0],
          [0, Math.log(3)],
        ]),
      ),
    );
    expect(w[0]).toEqual([0.5, 0.5]);
    expectClose(w[1]!, [0.25, 0.75], ROUNDING_TOLERANCE);
  });

  it('divides by the temperature: softmax(m / T)', () => {
    expectClose(softmaxRows(fromRows([[0, 2 * Math.log(3)]]), 2).data, [0.25, 0.75], ROUNDING_TOLERANCE);
  });

  it('stays finite for logits of ±1000 and tiny temperatures', () => {
    expect(toRows(softmaxRows(fromRows([[1000, -1000, 1000]])))).toEqual([[0.5, 0, 0.5]]);
    expect(toRows(softmaxRows(fromRows([[1000, 999]]), 1e-3))).toEqual([[1, 0]]);
  });

  it('gives a single token all the weight', () => {
    expect(toRows(softmaxRows(fromRows([[-5], [1000]])))).toEqual([[1], [1]]);
  });

  it('gives -Infinity weight 0 and throws for a row that is all -Infinity', () => {
    expect(toRows(softmaxRows(fromRows([[0, -Infinity, 0]])))).toEqual([[0.5, 0, 0.5]]);
    expect(() => softmaxRows(fromRows([[0], [-Infinity]]))).toThrow(
      'softmaxRows: row 1 of 2×1 is all -Infinity — no entry can take the weight',
    );
  });

  it('shares the weight among +Infinity entries', () => {
    expect(toRows(softmaxRows(fromRows([[Infinity, 5, Infinity, -Infinity]])))).toEqual([[0.5, 0, 0.5, 0]]);
  });

  it('turns only the row that holds a NaN into NaN', () => {
    expect(
      toRows(
        softmaxRows(
          fromRows([
            [NaN, 0],
            [0, 0],
          ]),
        ),
      ),
    ).toEqual([
      [NaN, NaN],
      [0.5, 0.5],
    ]);
  });

  it.each([0, -1, NaN, Infinity, -Infinity])('throws for temperature %s', (t) => {
    expect(() => softmaxRows(fromRows([[1, 2]]), t)).toThrow(
      `softmaxRows: temperature must be finite and > 0, got ${t}`,
    );
  });

  it('keeps 0 rows and rejects rows with no entries', () => {
    expect(shape(softmaxRows(matrix(0, 3)))).toBe('0×3');
    expect(() => softmaxRows(matrix(2, 0))).toThrow(
      'softmaxRows: 2×0 — a row with no entries cannot sum to 1',
    );
  });

  it('does not mutate its input', () => {
    const m = fromRows([[1, 2, 3]]);
    softmaxRows(m, 0.5);
    expect(toRows(m)).toEqual([[1, 2, 3]]);
  });
});

describe('softmaxRows against numpy', () => {
  interface Case {
    name: string;
    logits: StoredMatrix;
    temperature: number;
    weights: StoredMatrix;
  }
  const cases = loadFixture<Case[]>('softmax');

  it('covers random sizes, temperatures from 0.1 to 10 and the adversarial cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(Math.min(...cases.map((c) => c.temperature))).toBeLessThanOrEqual(0.1);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expectMatrixClose(softmaxRows(toMatrix(c.logits), c.temperature), toMatrix(c.weights), FIXTURE_TOLERANCE);
  });
});

describe('softmaxRows properties', () => {
  const temperature = fc.double({ min: 0.1, max: 10, noNaN: true });

  it('gives weights in [0, 1] with rows summing to 1, for logits up to ±1000', () => {
    fc.assert(
      fc.property(anyMatrix(6, 12, 1000), temperature, (m, t) => {
        const w = softmaxRows(m, t);
        expect(w.data.every((x) => x >= 0 && x <= 1)).toBe(true);
        for (const r of toRows(w))
          expect(Math.abs(r.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(ROW_SUM_TOLERANCE);
      }),
    );
  });

  it('is unchanged by adding a constant to a row', () => {
    fc.assert(
      fc.property(anyMatrix(1, 12, 100), finite(100), temperature, (m, c, t) => {
        const shifted = matrix(
          m.rows,
          m.cols,
          m.data.map((x) => x + c),
        );
        expectMatrixClose(softmaxRows(shifted, t), softmaxRows(m, t), FIXTURE_TOLERANCE);
      }),
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(anyMatrix(4, 6, 1000), (m) => {
        const before = Array.from(m.data);
        softmaxRows(m);
        expect(Array.from(m.data)).toEqual(before);
      }),
    );
  });
});
