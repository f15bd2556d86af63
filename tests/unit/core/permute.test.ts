import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  createRandom,
  fromRows,
  inversePermutation,
  isPermutation,
  matmul,
  matrix,
  maxAbsDifference,
  multiHeadAttention,
  permuteRows,
  randomMatrix,
  randomPermutation,
  sinusoidalPositions,
  toRows,
  type Matrix,
} from '../../../src/core';
import { matrixOf, permutation } from './arbitraries';
import { ROUNDING_TOLERANCE } from './helpers';

/** The permutation matrix P with P·m = permuteRows(m, order): row i has its 1 in column order[i]. */
function permutationMatrix(order: readonly number[]): Matrix {
  const p = matrix(order.length, order.length);
  order.forEach((from, to) => (p.data[to * order.length + from] = 1));
  return p;
}

const D = 6;
const layer = {
  heads: [1, 2].map((seed) => ({
    wq: randomMatrix(D, 3, 10 * seed),
    wk: randomMatrix(D, 3, 10 * seed + 1),
    wv: randomMatrix(D, 3, 10 * seed + 2),
  })),
  wo: randomMatrix(6, D, 99),
};
/** One self-attention layer with its residual, as the model runs it: x + MHA(x). */
const selfAttention = (x: Matrix) => add(x, multiHeadAttention(x, layer).output);

const inputs = fc
  .integer({ min: 2, max: 7 })
  .chain((n) => fc.record({ x: matrixOf(n, D, 3), order: permutation(n) }));

describe('permuteRows', () => {
  it('is P·m for the permutation matrix P', () => {
    const m = randomMatrix(4, 3, 5);
    const order = [2, 0, 3, 1];
    expect(toRows(permuteRows(m, order))).toEqual(toRows(matmul(permutationMatrix(order), m)));
    expect(toRows(permuteRows(fromRows([[1], [2], [3]]), [2, 0, 1]))).toEqual([[3], [1], [2]]);
  });

  it('is undone by the inverse order', () => {
    fc.assert(
      fc.property(inputs, ({ x, order }) => {
        expect(toRows(permuteRows(permuteRows(x, order), inversePermutation(order)))).toEqual(toRows(x));
      }),
    );
  });

  it.each([[[0, 0, 1]], [[0, 1]], [[0, 1, 3]], [[0, 1.5, 2]]])('rejects the order %j for 3 rows', (order) => {
    expect(() => permuteRows(matrix(3, 1), order)).toThrow(/the order must hold each of 0…2 exactly once/);
    expect(isPermutation(order, 3)).toBe(false);
  });

  it('does not mutate its input', () => {
    const m = randomMatrix(3, 2, 1);
    const before = Array.from(m.data);
    permuteRows(m, [1, 2, 0]);
    expect(Array.from(m.data)).toEqual(before);
  });
});

describe('self-attention is permutation-equivariant', () => {
  it('without positions: shuffled rows in, the same rows shuffled out (attention(P·X) = P·attention(X))', () => {
    fc.assert(
      fc.property(inputs, ({ x, order }) => {
        const shuffledIn = selfAttention(permuteRows(x, order));
        const shuffledOut = permuteRows(selfAttention(x), order);
        expect(maxAbsDifference(shuffledIn, shuffledOut)).toBeLessThanOrEqual(ROUNDING_TOLERANCE * 100);
      }),
    );
  });

  it('with positions added after the shuffle, the outputs are not the old ones moved', () => {
    fc.assert(
      fc.property(inputs, ({ x, order }) => {
        fc.pre(order.some((from, to) => from !== to));
        const pe = sinusoidalPositions(x.rows, D);
        const shuffledIn = selfAttention(add(permuteRows(x, order), pe));
        const shuffledOut = permuteRows(selfAttention(add(x, pe)), order);
        expect(maxAbsDifference(shuffledIn, shuffledOut)).toBeGreaterThan(1e-6);
      }),
    );
  });
});

describe('randomPermutation', () => {
  it('gives a permutation, the same one for the same seed', () => {
    const a = randomPermutation(13, createRandom(4));
    expect(isPermutation(a, 13)).toBe(true);
    expect(randomPermutation(13, createRandom(4))).toEqual(a);
    expect(randomPermutation(0, createRandom(4))).toEqual([]);
  });

  it('puts every element at every place about equally often', () => {
    const random = createRandom(7);
    const counts = Array.from({ length: 4 }, () => new Array<number>(4).fill(0));
    for (let t = 0; t < 8000; t++) randomPermutation(4, random).forEach((from, to) => counts[from]![to]!++);
    counts.flat().forEach((c) => expect(Math.abs(c - 2000)).toBeLessThan(200));
  });
});

describe('maxAbsDifference', () => {
  it('is the largest entry-wise gap', () => {
    expect(maxAbsDifference(fromRows([[1, 2]]), fromRows([[1, 2.5]]))).toBe(0.5);
    expect(maxAbsDifference(fromRows([[1, -3]]), fromRows([[1, 2]]))).toBe(5);
    expect(maxAbsDifference(matrix(0, 3), matrix(0, 3))).toBe(0);
    expect(maxAbsDifference(fromRows([[NaN]]), fromRows([[1]]))).toBeNaN();
    expect(() => maxAbsDifference(matrix(1, 2), matrix(2, 1))).toThrow('maxAbsDifference: 1×2 and 2×1');
  });
});
