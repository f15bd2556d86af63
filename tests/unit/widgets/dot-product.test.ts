import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extentWithZero, geometry, runningSums, span } from '../../../src/widgets/parts/dot-product';

const TOLERANCE = 1e-12;

describe('extentWithZero and span', () => {
  it('always includes zero and survives an all-zero row', () => {
    expect(extentWithZero([3, 7])).toEqual({ lo: 0, hi: 7 });
    expect(extentWithZero([-4, 2])).toEqual({ lo: -4, hi: 2 });
    expect(extentWithZero([0, 0])).toEqual({ lo: -1, hi: 1 });
    expect(extentWithZero([NaN, 2])).toEqual({ lo: 0, hi: 2 });
  });

  it('places a bar between its ends as percentages of the track', () => {
    expect(span(0, 5, { lo: -5, hi: 5 })).toEqual({ left: 50, width: 50 });
    expect(span(0, -5, { lo: -5, hi: 5 })).toEqual({ left: 0, width: 50 });
    expect(span(2, -1, { lo: -2, hi: 2 })).toEqual({ left: 25, width: 75 });
  });

  it('keeps every bar inside its track', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }), (values) => {
        const axis = extentWithZero(values);
        for (const v of values) {
          const { left, width } = span(0, v, axis);
          expect(left).toBeGreaterThanOrEqual(0);
          expect(width).toBeGreaterThanOrEqual(0);
          expect(left + width).toBeLessThanOrEqual(100 + 1e-9);
        }
      }),
    );
  });
});

describe('runningSums', () => {
  it('adds the terms one at a time; the last is the total', () => {
    expect(runningSums([3, -1, 2])).toEqual([3, 2, 4]);
    expect(runningSums([])).toEqual([]);
  });
});

describe('geometry', () => {
  it('splits a dot product into two lengths and an angle', () => {
    expect(geometry([1, 0], [0, 2])).toEqual({ normQ: 1, normK: 2, cosine: 0, degrees: 90 });
    const opposite = geometry([1, 1], [-2, -2]);
    expect(opposite.cosine).toBeCloseTo(-1, 12);
    // acos is ill-conditioned next to ±1: one rounding in the cosine moves the angle by about 1e-6 degrees.
    expect(opposite.degrees).toBeCloseTo(180, 4);
  });

  it('recovers the dot product as ‖q‖ ‖k‖ cos θ', () => {
    const vector = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(vector, vector, (q, k) => {
        const { normQ, normK, cosine } = geometry(q, k);
        const dot = q.reduce((s, x, i) => s + x * k[i]!, 0);
        expect(Math.abs(normQ * normK * cosine - dot)).toBeLessThanOrEqual(
          TOLERANCE * Math.max(1, normQ * normK) * 100,
        );
      }),
    );
  });

  it('gives cosine 0 for a zero vector and rejects different lengths', () => {
    expect(geometry([0, 0], [1, 2]).cosine).toBe(0);
    expect(() => geometry([1], [1, 2])).toThrow('geometry: 1 · 2 — vector lengths differ');
  });
});
