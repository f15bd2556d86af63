/**
 * The geometry of a line chart against a linear x axis, with a log y axis (powers of ten, labelled 10⁻⁴ style) or a
 * share axis (0 … 100%): the plot's corners, both scales, both sets of ticks and a path for any series of points.
 * Drawn by LineChart.svelte; the widgets add their own lines, dots and labels with the same scales.
 * lineChart({ width: 300, height: 200, margin, x: [0, 10], xTicks: 5, y: 'log', values: [1, 3e-4] }).yTicks
 * → 10⁻⁴ … 10⁰
 */
import { line } from 'd3-shape';
import { linearScale, linearTicks, logScale, logTicks, type Tick } from './chart-scale';

/** Room around the plot for the axes, in the chart's user units. */
export interface Margin {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface LineChartSpec {
  /** The chart's size in user units (its viewBox). */
  width: number;
  height: number;
  margin: Margin;
  /** The x domain (rounded out to nice ends), and about how many ticks, or the ticks themselves. */
  x: readonly [number, number];
  xTicks: number | readonly Tick[];
  /** 'log': a base-10 axis spanning `values`; 'share': 0 … 1 labelled in percent. */
  y: 'log' | 'share';
  /** Every y value the chart draws (the log axis spans them; a share axis ignores them). */
  values?: readonly number[];
  /** At most (log) or about (share) this many y ticks. */
  yTicks?: number;
}

/** A scale from data to user units, as Axis takes it. */
export type ChartScale = ((value: number) => number) & { range(): number[]; domain(): number[] };

export interface LineChartGeometry {
  width: number;
  height: number;
  /** The plot's edges in user units: left < right, top < bottom. */
  plot: { left: number; right: number; top: number; bottom: number };
  x: ChartScale & { invert(position: number): number };
  y: ChartScale;
  xTicks: Tick[];
  yTicks: Tick[];
  /** The SVG path through points [x, y] in data units, in order; '' for none. */
  path(points: readonly (readonly [number, number])[]): string;
}

/** Lays out a line chart: see LineChartSpec. */
export function lineChart(spec: LineChartSpec): LineChartGeometry {
  const { width, height, margin } = spec;
  const plot = {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
  const x = linearScale(spec.x, [plot.left, plot.right]);
  const xTicks = typeof spec.xTicks === 'number' ? linearTicks(x, spec.xTicks) : [...spec.xTicks];
  const count = spec.yTicks ?? 5;
  let y: ChartScale;
  let yTicks: Tick[];
  if (spec.y === 'log') {
    const log = logScale(spec.values ?? [], [plot.bottom, plot.top]);
    [y, yTicks] = [log, logTicks(log, count)];
  } else {
    const share = linearScale([0, 1], [plot.bottom, plot.top]);
    [y, yTicks] = [share, linearTicks(share, count, 'percent')];
  }
  const draw = line<readonly [number, number]>(
    (p) => x(p[0]),
    (p) => y(p[1]),
  ).digits(2);
  return { width, height, plot, x, y, xTicks, yTicks, path: (points) => draw(points) ?? '' };
}
