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
} from '../../../src/core';
import { expectMatrixClose, ROUNDING_TOLERANCE } from './helpers';

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
