import { describe, expect, it } from 'vitest';
import { fromRows, matrix, shape, softmaxRows, toRows } from '../../../src/core';
import { expectClose, ROUNDING_TOLERANCE } from './helpers';

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
