import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../../src/widgets/parts/bars';

describe('layoutBars', () => {
  it('signed: 0 in the middle, positive bars to the right, negative to the left, length ∝ |value|', () => {
    const { bars, zero, limit, signed } = layoutBars([2, -1, 0], [0, 100]);
    expect({ zero, limit, signed }).toEqual({ zero: 50, limit: 2, signed: true });
    expect(bars).toEqual([
      { value: 2, sign: 1, x: 50, width: 50 },
      { value: -1, sign: -1, x: 25, width: 25 },
      { value: 0, sign: 0, x: 50, width: 0 },
    ]);
  });

  it('unsigned: from the left edge, the largest value full length', () => {
    const { bars, zero } = layoutBars([0.25, 0.5], [10, 110]);
    expect(zero).toBe(10);
    expect(bars.map((b) => [b.x, b.width])).toEqual([
      [10, 50],
      [10, 100],
    ]);
  });

  it('a given limit is the full length; beyond it and ±∞ stay in the frame; NaN is empty', () => {
    const { bars } = layoutBars([3, -Infinity, Infinity, Number.NaN], [0, 100], { signed: true, limit: 1 });
    expect(bars.map((b) => [b.sign, b.x, b.width])).toEqual([
      [1, 50, 50],
      [-1, 0, 50],
      [1, 50, 50],
      [0, 50, 0],
    ]);
  });

  it('all zeros or no values: a scale of 1 and empty bars', () => {
    expect(layoutBars([0, 0], [0, 10]).limit).toBe(1);
    expect(layoutBars([], [0, 10]).bars).toEqual([]);
  });

  it('every bar lies inside the frame, touches the zero line, and its sign is the value’s', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 12 }), (values) => {
        const layout = layoutBars(values, [0, 300]);
        layout.bars.forEach((bar, i) => {
          expect(bar.width).toBeGreaterThanOrEqual(0);
          expect(bar.x).toBeGreaterThanOrEqual(0);
          expect(bar.x + bar.width).toBeLessThanOrEqual(300 + 1e-9);
          expect(bar.x === layout.zero || Math.abs(bar.x + bar.width - layout.zero) < 1e-9).toBe(true);
          expect(bar.sign).toBe(Math.sign(values[i]!) || 0);
          if (values[i]! > 0) expect(bar.x).toBe(layout.zero);
        });
      }),
    );
  });
});
