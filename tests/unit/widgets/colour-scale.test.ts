import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  inkOn,
  sequentialFill,
  signedFill,
  signedInk,
  signedLimit,
  signedShare,
} from '../../../src/widgets/parts/colour-scale';
import { heatFill, inkOn as heatInkOn } from '../../../src/widgets/parts/heat';
import { contrast, distance, resolve, shareAlong, type Theme } from './palette';

const THEMES: Theme[] = ['light', 'dark'];
/** Colours this close in OKLab look the same (well under a just-noticeable difference). */
const SAME = 0.005;
/** The fills round shares to whole percents. */
const PERCENT = 0.006;
const AA = 4.5;
const steps = (n: number) => Array.from({ length: n + 1 }, (_, i) => i / n);

describe('sequentialFill', () => {
  for (const theme of THEMES) {
    const bg = resolve('var(--bg)', theme);
    const ink = resolve('var(--heat-ink)', theme);

    it(`${theme}: 0 is the page background and 1 the plum ink`, () => {
      expect(distance(resolve(sequentialFill(0), theme), bg)).toBeLessThan(SAME);
      expect(distance(resolve(sequentialFill(1), theme), ink)).toBeLessThan(SAME);
    });

    it(`${theme}: the share of ink is t and grows monotonically, every colour on the background–ink line`, () => {
      let previous = -1;
      for (const t of steps(200)) {
        const colour = resolve(sequentialFill(t), theme);
        const share = shareAlong(colour, bg, ink);
        expect(share, `t = ${t}`).toBeCloseTo(t, 1);
        expect(Math.abs(share - t), `t = ${t}`).toBeLessThan(PERCENT);
        expect(share, `t = ${t}`).toBeGreaterThanOrEqual(previous);
        previous = share;
      }
    });
  }

  it('clamps to [0, 1]; NaN and −∞ are the background, +∞ the ink', () => {
    expect(sequentialFill(-3)).toBe(sequentialFill(0));
    expect(sequentialFill(7)).toBe(sequentialFill(1));
    expect(sequentialFill(Number.NaN)).toBe(sequentialFill(0));
    expect(sequentialFill(-Infinity)).toBe(sequentialFill(0));
    expect(sequentialFill(Infinity)).toBe(sequentialFill(1));
  });

  it('heat.ts keeps its names: heatFill is sequentialFill', () => {
    for (const t of steps(20)) expect(heatFill(t)).toBe(sequentialFill(t));
    expect(heatInkOn).toBe(inkOn);
  });
});

describe('signedFill', () => {
  for (const theme of THEMES) {
    const bg = resolve('var(--bg)', theme);
    const negative = resolve('var(--signed-negative)', theme);
    const positive = resolve('var(--signed-positive)', theme);

    it(`${theme}: 0 is the background, ±limit and beyond the two ends`, () => {
      expect(distance(resolve(signedFill(0, 2), theme), bg)).toBeLessThan(SAME);
      expect(distance(resolve(signedFill(-2, 2), theme), negative)).toBeLessThan(SAME);
      expect(distance(resolve(signedFill(2, 2), theme), positive)).toBeLessThan(SAME);
      expect(signedFill(-9, 2)).toBe(signedFill(-2, 2));
      expect(signedFill(9, 2)).toBe(signedFill(2, 2));
    });

    it(`${theme}: symmetric about 0 — the same share at ±v, towards opposite ends, growing with |v|`, () => {
      let previous = -1;
      for (const v of steps(100)) {
        const up = shareAlong(resolve(signedFill(v * 3, 3), theme), bg, positive);
        const down = shareAlong(resolve(signedFill(-v * 3, 3), theme), bg, negative);
        expect(Math.abs(up - down), `v = ${v}`).toBeLessThan(1e-6);
        expect(Math.abs(up - v), `v = ${v}`).toBeLessThan(PERCENT);
        expect(up).toBeGreaterThanOrEqual(previous);
        previous = up;
      }
    });
  }

  it('NaN, a limit ≤ 0 or a non-finite limit give the background; ±∞ the ends', () => {
    const background = signedFill(0, 1);
    expect(signedFill(Number.NaN, 1)).toBe(background);
    expect(signedFill(1, 0)).toBe(background);
    expect(signedFill(1, -2)).toBe(background);
    expect(signedFill(1, Number.NaN)).toBe(background);
    expect(signedFill(1, Infinity)).toBe(background);
    expect(signedFill(Infinity, 1)).toBe(signedFill(1, 1));
    expect(signedFill(-Infinity, 1)).toBe(signedFill(-1, 1));
  });

  it('signedShare is value / limit in [−1, 1]', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (v, limit) => {
        const s = signedShare(v, limit);
        expect(Math.abs(s)).toBeLessThanOrEqual(1);
        expect(signedShare(-v, limit)).toBe(-s);
      }),
    );
  });
});

describe('signedLimit', () => {
  it('is the largest finite |value|, 0 for none', () => {
    expect(signedLimit([1, -3, 2])).toBe(3);
    expect(signedLimit([Number.NaN, Infinity, -0.5])).toBe(0.5);
    expect(signedLimit([])).toBe(0);
    expect(signedLimit([[1, -4], [2]].flat())).toBe(4);
  });
});

describe('inkOn and signedInk: text on a cell keeps AA contrast in both themes', () => {
  const fills = {
    sequential: (t: number) => ({ fill: sequentialFill(t), ink: inkOn(t) }),
    negative: (t: number) => ({ fill: signedFill(-t, 1), ink: signedInk(-t, 1) }),
    positive: (t: number) => ({ fill: signedFill(t, 1), ink: signedInk(t, 1) }),
  };
  for (const [ramp, at] of Object.entries(fills)) {
    for (const theme of THEMES) {
      it(`${ramp}, ${theme}`, () => {
        for (const t of steps(1000)) {
          const { fill, ink } = at(t);
          const ratio = contrast(resolve(fill, theme), resolve(ink, theme));
          expect(ratio, `t = ${t}: ${ink} on ${fill}`).toBeGreaterThanOrEqual(AA);
        }
      });
    }
  }

  it('low ink below the switch, high ink above, NaN as 0', () => {
    expect(inkOn(0)).toBe('var(--heat-ink-low)');
    expect(inkOn(1)).toBe('var(--heat-ink-high)');
    expect(inkOn(0.65)).toBe('light-dark(var(--heat-ink-low), var(--heat-ink-high))');
    expect(inkOn(Number.NaN)).toBe('var(--heat-ink-low)');
    expect(signedInk(-1, 1)).toBe(inkOn(1, 'negative'));
  });
});
