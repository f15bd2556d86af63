import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bands,
  fontUnits,
  linearScale,
  linearTicks,
  logScale,
  logTicks,
  numberLabel,
  percentLabel,
  powerLabel,
  superscript,
} from '../../../src/widgets/parts/chart-scale';

describe('linearScale and linearTicks', () => {
  it('rounds the ends out to nice values and maps the domain onto the range', () => {
    const x = linearScale([0.03, 0.87], [0, 300]);
    expect(x.domain()).toEqual([0, 1]);
    expect(x(0)).toBe(0);
    expect(x(0.5)).toBeCloseTo(150, 9);
    expect(linearTicks(x).map((t) => t.label)).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
  });

  it('labels percentages and signed values for people', () => {
    const share = linearScale([0, 1], [0, 100]);
    expect(linearTicks(share, 4, 'percent').map((t) => t.label)).toEqual([
      '0%',
      '20%',
      '40%',
      '60%',
      '80%',
      '100%',
    ]);
    const signed = linearScale([-2.2, 1.7], [0, 100]);
    expect(linearTicks(signed, 4).map((t) => t.label)).toEqual(['−3', '−2', '−1', '0', '1', '2']);
  });

  it('survives an empty, a one-value or a non-finite domain', () => {
    expect(linearScale([Number.NaN, Infinity], [0, 1]).domain()).toEqual([0, 1]);
    const [lo, hi] = linearScale([3, 3], [0, 1]).domain() as [number, number];
    expect(lo).toBeLessThan(3);
    expect(hi).toBeGreaterThan(3);
    expect(linearScale([0, 0], [0, 1]).domain()).toEqual([-1, 1]);
  });

  it('never writes e-notation, and every label reads back as its tick', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-9, max: 1e9, noNaN: true }),
        (lo, width) => {
          const scale = linearScale([lo, lo + width], [0, 1]);
          for (const { value, label } of linearTicks(scale)) {
            expect(label).not.toMatch(/e/i);
            const read = Number(label.replace('−', '-'));
            expect(Math.abs(read - value)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
          }
        },
      ),
    );
  });
});

describe('logScale and logTicks', () => {
  it('rounds out to powers of ten and labels them 10⁻⁴ style', () => {
    const y = logScale([3e-4, 0.2], [300, 0]);
    expect(y.domain()).toEqual([1e-4, 1]);
    expect(y(1e-4)).toBeCloseTo(300, 9);
    expect(y(1e-2)).toBeCloseTo(150, 9);
    expect(logTicks(y).map((t) => t.label)).toEqual(['10⁻⁴', '10⁻³', '10⁻²', '10⁻¹', '10⁰']);
  });

  it('keeps at most `count` ticks over many decades, and ignores values ≤ 0', () => {
    const wide = logScale([1e-12, 0, -3, 10], [0, 1]);
    expect(wide.domain()).toEqual([1e-12, 10]);
    const ticks = logTicks(wide, 5);
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks.at(-1)!.label).toBe('10¹');
    expect(logScale([0.5, 0.5], [0, 1]).domain()).toEqual([0.1, 1]);
  });

  it('superscript and powerLabel', () => {
    expect(superscript(-4)).toBe('⁻⁴');
    expect(superscript(12)).toBe('¹²');
    expect(powerLabel(1e3)).toBe('10³');
    expect(powerLabel(1)).toBe('10⁰');
  });
});

describe('numberLabel and percentLabel', () => {
  it('use the decimals the step needs, a real minus sign and never "−0"', () => {
    expect(numberLabel(0.0003, 0.0001)).toBe('0.0003');
    expect(numberLabel(0.25, 0.25)).toBe('0.25');
    expect(numberLabel(-1.5, 0.5)).toBe('−1.5');
    expect(numberLabel(-0.00001, 0.1)).toBe('0.0');
    expect(numberLabel(2e7, 5e6)).toBe('20000000');
    expect(percentLabel(0.306, 0.001)).toBe('30.6%');
    expect(percentLabel(-0.0001, 0.1)).toBe('0%');
    expect(numberLabel(Number.NaN, 1)).toBe('—');
  });
});

describe('bands', () => {
  it('splits the extent into n equal bands with padding between them, in order', () => {
    const { starts, size } = bands(4, [0, 100], 0.2);
    expect(starts).toHaveLength(4);
    expect(size).toBeGreaterThan(0);
    for (let i = 1; i < 4; i++) expect(starts[i]! - starts[i - 1]!).toBeCloseTo(size / 0.8, 9);
    expect(starts[0]!).toBeGreaterThanOrEqual(0);
    expect(starts[3]! + size).toBeLessThanOrEqual(100 + 1e-9);
    expect(bands(2, [0, 100], 0)).toEqual({ starts: [0, 50], size: 50 });
    expect(bands(0, [0, 100]).starts).toEqual([]);
  });
});

describe('fontUnits', () => {
  it('is 12 px on a phone: 12 × viewBox width / drawn width', () => {
    expect(fontUnits(600)).toBe(24);
    expect(fontUnits(300)).toBe(12);
    expect(fontUnits(240, 12, 240)).toBe(12);
  });
});
