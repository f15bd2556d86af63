import { describe, expect, it } from 'vitest';
import { beamBar, beamsLayout } from '../../../src/widgets/parts/value-beams';

describe('beamsLayout: the flashlight chart', () => {
  it.each([
    [11, 8, 300, 7],
    [11, 8, 640, 7],
    [3, 8, 300, 12],
    [24, 8, 360, 9],
  ])(
    '%i words of %i entries in %i px: everything in order and inside the width',
    (words, dims, width, longest) => {
      const l = beamsLayout(words, dims, width, longest);
      expect(l.rows.starts).toHaveLength(words + 1);
      expect(l.values.columns).toHaveLength(dims);
      expect(l.parts.columns).toHaveLength(dims);
      // Left to right: labels, weight cell, values, weight × values; no overlap.
      expect(l.labelEnd).toBeLessThan(l.cell.x);
      expect(l.cell.x + l.cell.width).toBeLessThan(l.values.x);
      expect(l.values.x + l.values.width).toBeLessThan(l.parts.x);
      expect(l.parts.x + l.parts.width).toBeLessThanOrEqual(l.width);
      expect(l.width).toBe(width);
      // The two panels are the same size, their columns inside them and in order.
      expect(l.parts.width).toBeCloseTo(l.values.width);
      for (const p of [l.values, l.parts]) {
        expect(p.columns[0]!).toBeGreaterThanOrEqual(p.x);
        expect(p.columns.at(-1)! + p.columnWidth).toBeLessThanOrEqual(p.x + p.width + 1e-9);
      }
      // Rows below the header, inside the height.
      expect(l.rows.starts[0]!).toBeGreaterThan(l.header);
      expect(l.rows.starts.at(-1)! + l.rows.size).toBeLessThanOrEqual(l.height);
    },
  );

  it('grows wider than the frame rather than squeezing the columns below 3 px', () => {
    const l = beamsLayout(11, 8, 120, 7);
    expect(l.values.width).toBe(24);
    expect(l.width).toBe(l.parts.x + l.parts.width);
  });

  it('draws a bar of |value| = scale half a row up (positive) or down (negative) from the middle', () => {
    const l = beamsLayout(11, 8, 300, 7);
    const top = l.rows.starts[2]!;
    const middle = top + l.rows.size / 2;
    expect(beamBar(l, top, 2, 2)).toEqual({ start: middle - l.half, size: l.half });
    expect(beamBar(l, top, -1, 2)).toEqual({ start: middle, size: l.half / 2 });
    expect(beamBar(l, top, 0, 2)).toEqual({ start: middle, size: 0 });
    // Beyond the scale: clamped to the row.
    expect(beamBar(l, top, -9, 2).size).toBe(l.half);
  });
});
