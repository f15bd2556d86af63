import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineChart, type LineChartSpec } from '../../../src/widgets/parts/line-chart';

const MARGIN = { left: 48, right: 14, top: 46, bottom: 46 };
const base: LineChartSpec = {
  width: 560,
  height: 276,
  margin: MARGIN,
  x: [6, 46],
  xTicks: 8,
  y: 'log',
  values: [1, 0.2, 3.1e-4],
  yTicks: 5,
};

/** The numbers of an SVG path's commands, as [x, y] pairs. */
const pointsOf = (d: string) =>
  [...d.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

describe('lineChart', () => {
  it('puts the plot inside the margins and maps the x and y extents onto its edges', () => {
    const chart = lineChart(base);
    expect(chart.plot).toEqual({ left: 48, right: 546, top: 46, bottom: 230 });
    expect(chart.x.range()).toEqual([48, 546]);
    expect(chart.y.range()).toEqual([230, 46]);
    // x: the domain rounded out to nice ends; y: out to powers of ten around the values.
    expect(chart.x.domain()).toEqual([0, 50]);
    expect(chart.y.domain()).toEqual([1e-4, 1]);
    expect(chart.y(1e-4)).toBeCloseTo(230, 9);
    expect(chart.y(1)).toBeCloseTo(46, 9);
    expect(chart.x.invert(chart.x(17))).toBeCloseTo(17, 9);
  });

  it('labels the log axis with powers of ten, 10⁻⁴ style, and never in e-notation', () => {
    const chart = lineChart(base);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['10⁻⁴', '10⁻³', '10⁻²', '10⁻¹', '10⁰']);
    expect(chart.yTicks.map((t) => t.value)).toEqual([1e-4, 1e-3, 1e-2, 1e-1, 1]);
    expect(chart.xTicks.map((t) => t.label).join(' ')).not.toMatch(/e/);
    // At most yTicks powers: a span of 12 decades keeps every third.
    const wide = lineChart({ ...base, values: [1, 1e-12], yTicks: 5 });
    expect(wide.yTicks.length).toBeLessThanOrEqual(5);
    expect(wide.yTicks.map((t) => t.label)).toContain('10⁻¹²');
  });

  it('takes explicit x ticks as given, and a share axis labelled in percent from 0 to 100%', () => {
    const ticks = [
      { value: 0, label: '1' },
      { value: 2, label: '4' },
    ];
    const chart = lineChart({ ...base, x: [0, 10], xTicks: ticks, y: 'share', yTicks: 4 });
    expect(chart.xTicks).toEqual(ticks);
    expect(chart.y.domain()).toEqual([0, 1]);
    expect(chart.yTicks[0]!.label).toBe('0%');
    expect(chart.yTicks.at(-1)!.label).toBe('100%');
  });

  it('draws a path through the points where the scales put them; none for no points', () => {
    const chart = lineChart(base);
    const data = [
      [6, 1],
      [20, 0.01],
      [46, 3.1e-4],
    ] as const;
    const drawn = pointsOf(chart.path(data));
    expect(drawn).toHaveLength(3);
    drawn.forEach(([px, py], i) => {
      expect(px).toBeCloseTo(chart.x(data[i]![0]), 2);
      expect(py).toBeCloseTo(chart.y(data[i]![1]), 2);
    });
    expect(chart.path([])).toBe('');
  });

  it('is monotone: larger x lies further right, larger y higher up, on both axis kinds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-9, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 1e-9, max: 1, noNaN: true }),
        fc.double({ min: 1e-9, max: 1, noNaN: true }),
        (values, a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          fc.pre(hi / lo > 1 + 1e-9);
          for (const y of ['log', 'share'] as const) {
            const chart = lineChart({ ...base, x: [0, 1], y, values: [...values, lo, hi] });
            expect(chart.x(hi)).toBeGreaterThan(chart.x(lo));
            expect(chart.y(hi)).toBeLessThan(chart.y(lo)); // SVG y grows downwards
            // Every value drawn lies inside the plot.
            for (const v of [...values, lo, hi]) {
              expect(chart.y(v)).toBeGreaterThanOrEqual(chart.plot.top - 1e-6);
              expect(chart.y(v)).toBeLessThanOrEqual(chart.plot.bottom + 1e-6);
            }
            // Ticks run bottom to top in order.
            const ys = chart.yTicks.map((t) => chart.y(t.value));
            ys.slice(1).forEach((py, i) => expect(py).toBeLessThan(ys[i]!));
          }
        },
      ),
    );
  });
});
