import { describe, expect, it } from 'vitest';
import {
  fromRows,
  matrix,
  randomMatrix,
  rnnForward,
  rnnInfluence,
  rnnInfluenceAcrossGaps,
  rnnInfluences,
  seededRnn,
  shape,
  toRows,
  type RnnParams,
} from '../../../src/core';
import { loadFixture, toMatrix, type StoredMatrix } from './fixtures';
import { expectClose, expectMatrixClose, FIXTURE_TOLERANCE, ROUNDING_TOLERANCE } from './helpers';

// Central differences with this step are accurate to ~1e-9 for tanh networks; the check is far looser than that.
const FD_STEP = 1e-5;
const FD_TOLERANCE = 1e-6;

/** ‖∂h_to/∂x_s‖_F by central finite differences of rnnForward, one input coordinate at a time. */
function finiteDifferenceInfluence(
  xs: ReturnType<typeof matrix>,
  p: RnnParams,
  to: number,
  s: number,
): number {
  let sumOfSquares = 0;
  for (let j = 0; j < xs.cols; j++) {
    const shifted = (delta: number) => {
      const data = Float64Array.from(xs.data);
      data[s * xs.cols + j]! += delta;
      return toRows(rnnForward(matrix(xs.rows, xs.cols, data), p))[to]!;
    };
    const [plus, minus] = [shifted(FD_STEP), shifted(-FD_STEP)];
    plus.forEach((h, i) => (sumOfSquares += ((h - minus[i]!) / (2 * FD_STEP)) ** 2));
  }
  return Math.sqrt(sumOfSquares);
}

describe('seededRnn', () => {
  it('has the documented shapes, zero bias, and is reproducible', () => {
    const p = seededRnn(3, 4, 8);
    expect([p.wx, p.wh, p.b].map(shape)).toEqual(['4×8', '8×8', '1×8']);
    expect(Array.from(p.b.data)).toEqual(Array(8).fill(0));
    expect(toRows(seededRnn(3, 4, 8).wh)).toEqual(toRows(p.wh));
    expect(toRows(seededRnn(4, 4, 8).wh)).not.toEqual(toRows(p.wh));
  });

  it('draws weights with variance gain²/fanIn', () => {
    const p = seededRnn(1, 100, 200, 0.5);
    const variance = (data: Float64Array) => data.reduce((s, x) => s + x * x, 0) / data.length;
    expect(variance(p.wx.data) / (0.25 / 100)).toBeCloseTo(1, 1);
    expect(variance(p.wh.data) / (0.25 / 200)).toBeCloseTo(1, 1);
  });

  it('rejects sizes below 1', () => {
    expect(() => seededRnn(1, 0, 4)).toThrow('seededRnn: dIn 0, dHidden 4 — sizes must be whole numbers ≥ 1');
  });
});

describe('rnnForward', () => {
  it('computes h_t = tanh(x_t·wx + h_{t-1}·wh + b) from h_{-1} = 0', () => {
    const p = { wx: fromRows([[2]]), wh: fromRows([[0.5]]), b: fromRows([[0.1]]) };
    const h0 = Math.tanh(2 * 1 + 0.1);
    const h1 = Math.tanh(2 * -1 + 0.5 * h0 + 0.1);
    expectClose(rnnForward(fromRows([[1], [-1]]), p).data, [h0, h1], 1e-15);
  });

  it('lets a NaN input poison its own and every later state, and saturates on ±Infinity', () => {
    const p = { wx: fromRows([[1]]), wh: fromRows([[0.5]]), b: fromRows([[0]]) };
    expect(toRows(rnnForward(fromRows([[1], [NaN], [1]]), p)).map((r) => Number.isNaN(r[0]))).toEqual([
      false,
      true,
      true,
    ]);
    expect(toRows(rnnForward(fromRows([[Infinity], [-Infinity]]), p))).toEqual([[1], [-1]]);
  });

  it('gives 0 states for 0 inputs', () => {
    expect(shape(rnnForward(matrix(0, 4), seededRnn(1, 4, 3)))).toBe('0×3');
  });

  it('names the shapes of mismatched inputs and weights', () => {
    const p = seededRnn(1, 4, 3);
    expect(() => rnnForward(matrix(2, 5), p)).toThrow(
      'rnnForward: xs 2×5, wx 4×3, wh 3×3, b 1×3 — xs needs 4 columns (dIn)',
    );
    expect(() => rnnForward(matrix(2, 4), { ...p, b: matrix(1, 2) })).toThrow(
      'rnnForward: xs 2×4, wx 4×3, wh 3×3, b 1×2 — need wx dIn×dHidden, wh dHidden×dHidden, b 1×dHidden',
    );
  });

  it('does not mutate its inputs', () => {
    const xs = randomMatrix(3, 2, 1);
    const p = seededRnn(2, 2, 3);
    const before = [xs, p.wx, p.wh, p.b].map(toRows);
    rnnForward(xs, p);
    expect([xs, p.wx, p.wh, p.b].map(toRows)).toEqual(before);
  });
});

describe('rnnInfluences', () => {
  const xs = randomMatrix(8, 3, 11);
  const p = { ...seededRnn(5, 3, 6, 1.2), b: randomMatrix(1, 6, 12, 0.3) };

  it('agrees with finite differences of rnnForward for every source step', () => {
    for (const to of [0, 3, 7]) {
      const influences = rnnInfluences(xs, p, to);
      expect(influences).toHaveLength(to + 1);
      influences.forEach((value, s) => {
        const fd = finiteDifferenceInfluence(xs, p, to, s);
        expect(Math.abs(value - fd), `to ${to}, s ${s}`).toBeLessThan(FD_TOLERANCE * Math.max(1, fd));
      });
    }
  });

  it('is ‖diag(1 − h²)·wxᵀ‖ for the current step of a one-unit RNN', () => {
    const one = { wx: fromRows([[2]]), wh: fromRows([[0.5]]), b: fromRows([[0]]) };
    const h = Math.tanh(2);
    expectClose(rnnInfluences(fromRows([[1]]), one, 0), [2 * (1 - h * h)], ROUNDING_TOLERANCE);
  });

  it('fades with distance for a small gain', () => {
    const long = randomMatrix(30, 3, 2);
    const influences = rnnInfluences(long, seededRnn(1, 3, 8, 0.5), 29);
    expect(influences[0]!).toBeLessThan(1e-6 * influences[29]!);
  });

  it.each([-1, 8, 1.5])('rejects to = %s', (to) => {
    expect(() => rnnInfluences(xs, p, to)).toThrow(`rnnInfluences: to = ${to} is not a row of xs 8×3`);
  });
});

describe('rnnInfluence', () => {
  const xs = randomMatrix(8, 3, 11);
  const p = { ...seededRnn(5, 3, 6, 1.2), b: randomMatrix(1, 6, 12, 0.3) };

  it('agrees with finite differences of rnnForward for every pair from ≤ to', () => {
    for (const to of [0, 4, 7])
      for (let from = 0; from <= to; from++) {
        const fd = finiteDifferenceInfluence(xs, p, to, from);
        const value = rnnInfluence(xs, p, from, to);
        expect(Math.abs(value - fd), `from ${from}, to ${to}`).toBeLessThan(FD_TOLERANCE * Math.max(1, fd));
      }
  });

  it.each([
    [0, 8, 'rnnInfluence: to = 8 is not a row of xs 8×3'],
    [5, 4, 'rnnInfluence: from = 5 must be a row of xs 8×3 no later than to = 4'],
    [-1, 4, 'rnnInfluence: from = -1 must be a row of xs 8×3 no later than to = 4'],
    [0.5, 4, 'rnnInfluence: from = 0.5 must be a row of xs 8×3 no later than to = 4'],
  ])('rejects from = %s, to = %s', (from, to, message) => {
    expect(() => rnnInfluence(xs, p, from, to)).toThrow(message);
  });
});

describe('rnnInfluenceAcrossGaps', () => {
  const prefix = randomMatrix(9, 3, 21);
  const tail = randomMatrix(4, 3, 22);
  const p = { ...seededRnn(6, 3, 5, 1.1), b: randomMatrix(1, 5, 23, 0.3) };
  /** Prefix rows 0…cut, then the whole tail. */
  const joined = (cut: number, end: ReturnType<typeof matrix>) =>
    fromRows([...toRows(prefix).slice(0, cut + 1), ...toRows(end)]);

  it('is rnnInfluence on each prefix-and-tail sequence, from the first cut at `from` to the whole prefix', () => {
    for (const from of [0, 2, 8]) {
      const curve = rnnInfluenceAcrossGaps(prefix, tail, p, from);
      expect(curve).toHaveLength(prefix.rows - from);
      curve.forEach((value, k) => {
        const xs = joined(from + k, tail);
        expectClose([value], [rnnInfluence(xs, p, from, xs.rows - 1)], ROUNDING_TOLERANCE);
      });
    }
  });

  it('agrees with finite differences, and with an empty tail measures the cut state itself', () => {
    const curve = rnnInfluenceAcrossGaps(prefix, matrix(0, 3), p, 1);
    curve.forEach((value, k) => {
      const fd = finiteDifferenceInfluence(prefix, p, 1 + k, 1);
      expect(Math.abs(value - fd), `k ${k}`).toBeLessThan(FD_TOLERANCE * Math.max(1, fd));
    });
  });

  it('names a bad `from` and mismatched shapes', () => {
    for (const from of [-1, 9, 0.5]) {
      expect(() => rnnInfluenceAcrossGaps(prefix, tail, p, from)).toThrow(
        `rnnInfluenceAcrossGaps: from = ${from} is not a row of the prefix 9×3`,
      );
    }
    expect(() => rnnInfluenceAcrossGaps(prefix, matrix(2, 4), p, 0)).toThrow(
      'rnnInfluenceAcrossGaps: xs 2×4, wx 3×5, wh 5×5, b 1×5 — xs needs 3 columns (dIn)',
    );
  });

  it('does not mutate its inputs', () => {
    const before = [prefix, tail, p.wx, p.wh, p.b].map(toRows);
    rnnInfluenceAcrossGaps(prefix, tail, p, 3);
    expect([prefix, tail, p.wx, p.wh, p.b].map(toRows)).toEqual(before);
  });
});

describe('rnnForward and rnnInfluences against numpy', () => {
  interface Case {
    xs: StoredMatrix;
    wx: StoredMatrix;
    wh: StoredMatrix;
    b: StoredMatrix;
    states: StoredMatrix;
    influences: { to: number; values: number[] }[];
  }
  const cases = loadFixture<Case[]>('rnn');

  it.each(cases.map((c) => [c.xs.shape.join('×'), c.wh.shape[0], c] as const))(
    'xs %s, %i hidden',
    (_, __, c) => {
      const xs = toMatrix(c.xs);
      const p = { wx: toMatrix(c.wx), wh: toMatrix(c.wh), b: toMatrix(c.b) };
      expectMatrixClose(rnnForward(xs, p), toMatrix(c.states), FIXTURE_TOLERANCE);
      for (const { to, values } of c.influences) {
        expectClose(rnnInfluences(xs, p, to), values, FIXTURE_TOLERANCE);
        expectClose(
          values.map((_, from) => rnnInfluence(xs, p, from, to)),
          values,
          FIXTURE_TOLERANCE,
        );
      }
    },
  );
});
