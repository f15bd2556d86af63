import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attention,
  fromRows,
  identity,
  matmul,
  matrix,
  multiHeadAttention,
  randomMatrix,
  shape,
  toRows,
  type Mask,
} from '../../../src/core';
import { matrixOf, permutation, permuteRows } from './arbitraries';
import { loadFixture, toMatrix, type StoredMatrix } from './fixtures';
import { expectMatrixClose, FIXTURE_TOLERANCE, ROUNDING_TOLERANCE } from './helpers';

const x = randomMatrix(4, 6, 1);
const head = (seed: number, dHead: number) => ({
  wq: randomMatrix(6, dHead, seed),
  wk: randomMatrix(6, dHead, seed + 1),
  wv: randomMatrix(6, dHead, seed + 2),
});

describe('multiHeadAttention', () => {
  it('runs each head as attention on its own projections', () => {
    const heads = [head(10, 3), head(20, 3)];
    const wo = randomMatrix(6, 5, 30);
    const r = multiHeadAttention(x, { heads, wo }, { mask: 'causal' });
    heads.forEach((h, i) => {
      const q = matmul(x, h.wq);
      const expected = attention(q, matmul(x, h.wk), matmul(x, h.wv), { mask: 'causal' });
      expect(toRows(r.heads[i]!.q)).toEqual(toRows(q));
      expect(toRows(r.heads[i]!.weights)).toEqual(toRows(expected.weights));
      expect(toRows(r.heads[i]!.output)).toEqual(toRows(expected.output));
    });
    expect(shape(r.concat)).toBe('4×6');
    expect(toRows(r.concat)[2]).toEqual([
      ...toRows(r.heads[0]!.output)[2]!,
      ...toRows(r.heads[1]!.output)[2]!,
    ]);
    expect(toRows(r.output)).toEqual(toRows(matmul(r.concat, wo)));
  });

  it('with one identity head equals attention(x, x, x) followed by wo', () => {
    const wo = randomMatrix(6, 6, 3);
    const r = multiHeadAttention(x, { heads: [{ wq: identity(6), wk: identity(6), wv: identity(6) }], wo });
    expectMatrixClose(r.output, matmul(attention(x, x, x).output, wo), ROUNDING_TOLERANCE);
  });

  it('scales each head by its own width', () => {
    const r = multiHeadAttention(x, { heads: [head(1, 4)], wo: randomMatrix(4, 2, 2) }, { scale: true });
    expectMatrixClose(
      r.heads[0]!.scaled,
      matrix(
        4,
        4,
        r.heads[0]!.scores.data.map((s) => s / 2),
      ),
      0,
    );
  });

  it('handles a single token and zero tokens', () => {
    const one = multiHeadAttention(fromRows([[1, 2, 3, 4, 5, 6]]), { heads: [head(1, 2)], wo: identity(2) });
    expect(toRows(one.heads[0]!.weights)).toEqual([[1]]);
    const none = multiHeadAttention(matrix(0, 6), { heads: [head(1, 2)], wo: identity(2) });
    expect(shape(none.output)).toBe('0×2');
  });

  it('names the shapes of mismatched weights', () => {
    expect(() => multiHeadAttention(x, { heads: [], wo: identity(2) })).toThrow(
      'multiHeadAttention: x 4×6 — at least one head is needed',
    );
    expect(() =>
      multiHeadAttention(x, { heads: [head(1, 2), { ...head(2, 2), wk: matrix(5, 2) }], wo: identity(4) }),
    ).toThrow('multiHeadAttention: x 4×6, head 1: wq 6×2, wk 5×2, wv 6×2 — each projection needs 6 rows');
    expect(() =>
      multiHeadAttention(x, { heads: [{ ...head(1, 2), wk: matrix(6, 3) }], wo: identity(2) }),
    ).toThrow('head 0: wq 6×2, wk 6×3, wv 6×2 — wq and wk need the same width');
    expect(() => multiHeadAttention(x, { heads: [head(1, 2), head(2, 2)], wo: identity(3) })).toThrow(
      "multiHeadAttention: wo 3×3 — needs 4 rows, the heads' total value width",
    );
  });

  it('does not mutate its inputs', () => {
    const h = head(1, 2);
    const wo = identity(2);
    const before = [x, h.wq, h.wk, h.wv, wo].map(toRows);
    multiHeadAttention(x, { heads: [h], wo }, { mask: 'causal' });
    expect([x, h.wq, h.wk, h.wv, wo].map(toRows)).toEqual(before);
  });
});

describe('multiHeadAttention against numpy', () => {
  interface Case {
    name: string;
    x: StoredMatrix;
    heads: { wq: StoredMatrix; wk: StoredMatrix; wv: StoredMatrix }[];
    wo: StoredMatrix;
    mask: Mask;
    scale: boolean;
    expected: {
      heads: { q: StoredMatrix; weights: StoredMatrix; output: StoredMatrix }[];
      concat: StoredMatrix;
      output: StoredMatrix;
    };
  }
  const cases = loadFixture<Case[]>('multi-head');

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const heads = c.heads.map((h) => ({ wq: toMatrix(h.wq), wk: toMatrix(h.wk), wv: toMatrix(h.wv) }));
    const r = multiHeadAttention(
      toMatrix(c.x),
      { heads, wo: toMatrix(c.wo) },
      { mask: c.mask, scale: c.scale },
    );
    c.expected.heads.forEach((expected, h) => {
      expectMatrixClose(r.heads[h]!.q, toMatrix(expected.q), FIXTURE_TOLERANCE);
      expectMatrixClose(r.heads[h]!.weights, toMatrix(expected.weights), FIXTURE_TOLERANCE);
      expectMatrixClose(r.heads[h]!.output, toMatrix(expected.output), FIXTURE_TOLERANCE);
    });
    expectMatrixClose(r.concat, toMatrix(c.expected.concat), FIXTURE_TOLERANCE);
    expectMatrixClose(r.output, toMatrix(c.expected.output), FIXTURE_TOLERANCE);
  });
});

describe('multiHeadAttention properties', () => {
  const inputs = fc
    .record({
      n: fc.integer({ min: 1, max: 6 }),
      d: fc.integer({ min: 1, max: 6 }),
      dOut: fc.integer({ min: 1, max: 4 }),
    })
    .chain(({ n, d, dOut }) =>
      fc.record({
        x: matrixOf(n, d, 3),
        wq: matrixOf(d, d, 1),
        wk: matrixOf(d, d, 1),
        wv: matrixOf(d, d, 1),
        wo: matrixOf(d, dOut, 1),
        order: permutation(n),
        mask: fc.constantFrom<Mask>('none', 'causal'),
        scale: fc.boolean(),
      }),
    );

  it('with one full-width head equals single-head attention followed by wo', () => {
    fc.assert(
      fc.property(inputs, ({ x, wq, wk, wv, wo, mask, scale }) => {
        const r = multiHeadAttention(x, { heads: [{ wq, wk, wv }], wo }, { mask, scale });
        const single = attention(matmul(x, wq), matmul(x, wk), matmul(x, wv), { mask, scale });
        expectMatrixClose(r.output, matmul(single.output, wo), ROUNDING_TOLERANCE);
      }),
    );
  });

  it('is permutation-equivariant without positions or mask', () => {
    fc.assert(
      fc.property(inputs, ({ x, wq, wk, wv, wo, order, scale }) => {
        const weights = {
          heads: [
            { wq, wk, wv },
            { wq: wk, wk: wv, wv: wq },
          ],
          wo: matrix(2 * x.cols, wo.cols, [...wo.data, ...wo.data]),
        };
        const permuted = multiHeadAttention(permuteRows(x, order), weights, { scale }).output;
        expectMatrixClose(
          permuted,
          permuteRows(multiHeadAttention(x, weights, { scale }).output, order),
          ROUNDING_TOLERANCE,
        );
      }),
    );
  });
});
