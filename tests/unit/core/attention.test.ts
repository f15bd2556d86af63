import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attention, fromRows, matrix, shape, toRows, type Mask } from '../../../src/core';
import { matrixOf, permutation, permuteRows } from './arbitraries';
import { loadFixture, toMatrix, type StoredMatrix } from './fixtures';
import { expectClose, expectMatrixClose, FIXTURE_TOLERANCE, ROUNDING_TOLERANCE } from './helpers';

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

describe('attention against numpy', () => {
  interface Case {
    name: string;
    q: StoredMatrix;
    k: StoredMatrix;
    v: StoredMatrix;
    mask: Mask;
    scale: boolean;
    scores: StoredMatrix;
    scaled: StoredMatrix;
    weights: StoredMatrix;
    output: StoredMatrix;
  }
  const cases = loadFixture<Case[]>('attention');

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r = attention(toMatrix(c.q), toMatrix(c.k), toMatrix(c.v), { mask: c.mask, scale: c.scale });
    expectMatrixClose(r.scores, toMatrix(c.scores), FIXTURE_TOLERANCE);
    expectMatrixClose(r.scaled, toMatrix(c.scaled), FIXTURE_TOLERANCE);
    expectMatrixClose(r.weights, toMatrix(c.weights), FIXTURE_TOLERANCE);
    expectMatrixClose(r.output, toMatrix(c.output), FIXTURE_TOLERANCE);
  });
});

describe('attention properties', () => {
  const inputs = fc
    .record({
      n: fc.integer({ min: 1, max: 8 }),
      dk: fc.integer({ min: 1, max: 6 }),
      dv: fc.integer({ min: 1, max: 4 }),
    })
    .chain(({ n, dk, dv }) =>
      fc.record({
        q: matrixOf(n, dk, 5),
        k: matrixOf(n, dk, 5),
        v: matrixOf(n, dv, 5),
        order: permutation(n),
        mask: fc.constantFrom<Mask>('none', 'causal'),
        scale: fc.boolean(),
      }),
    );

  it('gives weights in [0, 1] whose rows sum to 1', () => {
    fc.assert(
      fc.property(inputs, ({ q, k, v, mask, scale }) => {
        const { weights } = attention(q, k, v, { mask, scale });
        expect(weights.data.every((x) => x >= 0 && x <= 1)).toBe(true);
        for (const r of toRows(weights))
          expect(Math.abs(r.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
      }),
    );
  });

  it('is permutation-equivariant without a mask: permuting the tokens permutes the outputs', () => {
    fc.assert(
      fc.property(inputs, ({ q, k, v, order, scale }) => {
        const permuted = attention(permuteRows(q, order), permuteRows(k, order), permuteRows(v, order), {
          scale,
        });
        expectMatrixClose(
          permuted.output,
          permuteRows(attention(q, k, v, { scale }).output, order),
          ROUNDING_TOLERANCE,
        );
      }),
    );
  });

  it('gives exactly zero weight above the diagonal when causal', () => {
    fc.assert(
      fc.property(inputs, ({ q, k, v, scale }) => {
        const weights = toRows(attention(q, k, v, { mask: 'causal', scale }).weights);
        weights.forEach((r, i) => expect(r.slice(i + 1).every((x) => x === 0)).toBe(true));
      }),
    );
  });

  it('does not mutate its inputs', () => {
    fc.assert(
      fc.property(inputs, ({ q, k, v, mask, scale }) => {
        const before = [q, k, v].map((m) => Array.from(m.data));
        attention(q, k, v, { mask, scale });
        expect([q, k, v].map((m) => Array.from(m.data))).toEqual(before);
      }),
    );
  });
});
