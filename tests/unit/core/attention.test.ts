import { describe, expect, it } from 'vitest';
import { attention, fromRows, matrix, shape, toRows, type Mask } from '../../../src/core';
import { expectClose, ROUNDING_TOLERANCE } from './helpers';

const q = fromRows([[1, 0]]);
const k = fromRows([
  [1, 0],
  [0, 1],
]);
const v = fromRows([[10], [20]]);
const e = Math.E;

describe('attention', () => {
  it('computes scores, scaled, weights and output by hand', () => {
    const r = attention(q, k, v);
    expect(toRows(r.scores)).toEqual([[1, 0]]);
    expectClose(r.scaled.data, [1 / Math.SQRT2, 0], 1e-15);
    const w = Math.exp(1 / Math.SQRT2);
    expectClose(r.weights.data, [w / (w + 1), 1 / (w + 1)], ROUNDING_TOLERANCE);
    expectClose(r.output.data, [(10 * w + 20) / (w + 1)], ROUNDING_TOLERANCE);
  });

  it('leaves the scores unscaled when scale is off', () => {
    const r = attention(q, k, v, { scale: false });
    expect(toRows(r.scaled)).toEqual([[1, 0]]);
    expectClose(r.weights.data, [e / (e + 1), 1 / (e + 1)], ROUNDING_TOLERANCE);
    expect(r.scaled).not.toBe(r.scores);
  });

  it('hides later keys with -Infinity when causal and gives them weight 0', () => {
    const x = fromRows([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    const r = attention(x, x, x, { mask: 'causal' });
    expect(toRows(r.scaled)[0]!.slice(1)).toEqual([-Infinity, -Infinity]);
    expect(toRows(r.scores)[0]![1]).toBe(11);
    expect(toRows(r.weights)[0]).toEqual([1, 0, 0]);
    expect(toRows(r.output)[0]).toEqual([1, 2]);
    expect(toRows(r.weights)[1]![2]).toBe(0);
  });

  it('puts a single token entirely on itself', () => {
    const x = fromRows([[0.3, -2]]);
    for (const mask of ['none', 'causal'] as Mask[]) {
      const r = attention(x, x, x, { mask });
      expect(toRows(r.weights)).toEqual([[1]]);
      expect(toRows(r.output)).toEqual([[0.3, -2]]);
    }
  });

  it('gives empty results for zero queries', () => {
    const r = attention(matrix(0, 2), k, v);
    expect([r.scores, r.scaled, r.weights, r.output].map(shape)).toEqual(['0×2', '0×2', '0×2', '0×1']);
  });

  it('lets a NaN in one query make only that query NaN', () => {
    const r = attention(
      fromRows([
        [NaN, 0],
        [1, 0],
      ]),
      k,
      v,
    );
    expect(toRows(r.output)[0]).toEqual([NaN]);
    expect(Number.isFinite(toRows(r.output)[1]![0])).toBe(true);
  });

  it('names the shapes of mismatched inputs', () => {
    expect(() => attention(matrix(3, 4), matrix(5, 2), matrix(5, 1))).toThrow(
      'attention: q 3×4, k 5×2, v 5×1 — q and k need the same width d_k',
    );
    expect(() => attention(matrix(3, 2), matrix(5, 2), matrix(4, 1))).toThrow(
      'attention: q 3×2, k 5×2, v 4×1 — k and v need one row per key',
    );
    expect(() => attention(matrix(3, 0), matrix(3, 0), matrix(3, 1))).toThrow('d_k is 0');
    expect(() => attention(matrix(3, 2), matrix(0, 2), matrix(0, 1))).toThrow(
      'queries need at least one key',
    );
    expect(() => attention(matrix(3, 2), matrix(4, 2), matrix(4, 1), { mask: 'causal' })).toThrow(
      'attention: q 3×2, k 4×2, v 4×1 — a causal mask needs one key per query',
    );
    expect(() => attention(q, k, v, { mask: 'future' as Mask })).toThrow(
      "attention: mask must be 'none' or 'causal', got 'future'",
    );
  });

  it('does not mutate its inputs', () => {
    const x = fromRows([
      [1, 0],
      [0, 1],
    ]);
    attention(x, k, v, { mask: 'causal' });
    attention(q, k, v);
    expect([toRows(x), toRows(q), toRows(k), toRows(v)]).toEqual([
      toRows(k),
      [[1, 0]],
      toRows(k),
      [[10], [20]],
    ]);
  });
});
