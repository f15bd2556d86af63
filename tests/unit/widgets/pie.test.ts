import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largest, LABEL_SHARE, pieLabels, pieSlices, WHOLE } from '../../../src/widgets/parts/sc-pie';

const g = { cx: 200, cy: 130, r: 100 };
const options = { spacing: 40, top: 18, bottom: 250, gap: 14 };

describe('pieSlices', () => {
  it('turns weights into consecutive angles clockwise from 12 o’clock', () => {
    const [a, b] = pieSlices([0.25, 0.75], g);
    expect(a!.start).toBe(0);
    expect(a!.end).toBeCloseTo(Math.PI / 2, 12);
    expect(b!.start).toBe(a!.end);
    expect(b!.end).toBeCloseTo(2 * Math.PI, 12);
    // The quarter slice runs from the top of the rim to its right-hand point.
    expect(a!.path).toBe('M 200 130 L 200 30 A 100 100 0 0 1 300 130 Z');
    // The three-quarter slice needs the large-arc flag.
    expect(b!.path).toContain(' 0 1 1 ');
  });

  it('covers the whole circle for any weights, each slice in proportion', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (w) => {
          fc.pre(w.reduce((a, b) => a + b, 0) > 0);
          const slices = pieSlices(w, g);
          const total = w.reduce((a, b) => a + b, 0);
          expect(slices.at(-1)!.end).toBeCloseTo(2 * Math.PI, 9);
          slices.forEach((s, i) => expect(s.end - s.start).toBeCloseTo(2 * Math.PI * (w[i]! / total), 9));
        },
      ),
    );
  });

  it('gives a slice that is (nearly) everything no path, so it is drawn as a circle', () => {
    const slices = pieSlices([1e-9, 1 - 1e-9, 0], g);
    expect(slices[1]!.path).toBeUndefined();
    expect(slices[2]!.path).toBeUndefined();
    expect(pieSlices([1 - WHOLE / 2, WHOLE / 2], g)[1]!.path).toBeDefined();
  });

  it('refuses weights it cannot draw', () => {
    expect(() => pieSlices([0, 0], g)).toThrow(/positive sum/);
    expect(() => pieSlices([0.5, -0.1], g)).toThrow(/≥ 0/);
    expect(() => pieSlices([NaN, 1], g)).toThrow();
  });
});

describe('pieLabels', () => {
  it('labels only slices of at least LABEL_SHARE, on the side of the pie they are on', () => {
    const w = [0.5, LABEL_SHARE / 2, 0.3, 0.2 - LABEL_SHARE / 2];
    const labels = pieLabels(pieSlices(w, g), g, options);
    expect(labels.map((l) => l.index)).toEqual([0, 2, 3]);
    // Slice 0 spans the right half: label on the right; slice 2 starts at the bottom and goes left.
    expect(labels[0]!.anchor).toBe('start');
    expect(labels[0]!.x).toBeGreaterThan(g.cx + g.r);
    expect(labels[1]!.anchor).toBe('end');
    expect(labels[1]!.x).toBeLessThan(g.cx - g.r);
  });

  it('keeps labels on one side at least `spacing` apart, however crowded', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (w) => {
          const labels = pieLabels(pieSlices(w, g), g, options);
          for (const anchor of ['start', 'end'] as const) {
            const ys = labels
              .filter((l) => l.anchor === anchor)
              .map((l) => l.y)
              .sort((a, b) => a - b);
            ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(options.spacing - 0.02));
            if (ys.length > 0) expect(ys[0]!).toBeGreaterThanOrEqual(options.top);
          }
        },
      ),
    );
  });

  it('draws each leader line from the slice’s rim', () => {
    const [label] = pieLabels(pieSlices([1], g), g, options);
    // One slice: its middle is at 6 o’clock, the bottom of the rim.
    expect(label!.line.x1).toBeCloseTo(g.cx, 1);
    expect(label!.line.y1).toBeCloseTo(g.cy + g.r, 1);
  });
});

describe('largest', () => {
  it('finds the first largest weight', () => {
    expect(largest([0.2, 0.5, 0.3])).toBe(1);
    expect(largest([0.5, 0.5])).toBe(0);
  });
});
