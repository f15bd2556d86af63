/**
 * Geometry of horizontal bars, unsigned (from the left edge) or signed (from a zero line: negative to its left,
 * positive to its right), on one shared scale, for Bars.svelte and any chart that draws bars.
 */
import { scaleLinear } from 'd3-scale';
import { signedLimit } from './colour-scale';

/** One bar: its value, its sign, and where it is drawn along x. */
export interface BarShape {
  value: number;
  sign: -1 | 0 | 1;
  x: number;
  width: number;
}

/** All bars of a chart and the scale they share. */
export interface BarLayout {
  bars: BarShape[];
  /** Where 0 is drawn along x. */
  zero: number;
  /** The value drawn full length (−limit … limit when signed, 0 … limit when not). */
  limit: number;
  signed: boolean;
}

export interface BarOptions {
  /** Draw around a zero line; by default when any value is negative. */
  signed?: boolean;
  /** The value drawn full length; by default the largest finite |value| (1 when all are 0). */
  limit?: number;
}

/**
 * Bars for `values` across [left, right]: each bar's start and width, never negative; values beyond the limit (and
 * ±∞) are drawn full length, NaN as an empty bar at the zero line.
 * layoutBars([2, -1], [0, 100]).bars → [{ value: 2, sign: 1, x: 50, width: 50 }, { value: -1, sign: -1, x: 25, width: 25 }]
 */
export function layoutBars(
  values: readonly number[],
  [left, right]: readonly [number, number],
  options: BarOptions = {},
): BarLayout {
  const signed = options.signed ?? values.some((v) => v < 0);
  const largest = options.limit !== undefined && options.limit > 0 ? options.limit : signedLimit(values);
  const limit = largest > 0 && Number.isFinite(largest) ? largest : 1;
  const x = scaleLinear()
    .domain([signed ? -limit : 0, limit])
    .range([left, right])
    .clamp(true);
  const zero = x(0);
  const bars = values.map((value): BarShape => {
    if (Number.isNaN(value)) return { value, sign: 0, x: zero, width: 0 };
    const end = x(value);
    const sign = value > 0 ? 1 : value < 0 ? -1 : 0;
    return { value, sign, x: Math.min(zero, end), width: Math.abs(end - zero) };
  });
  return { bars, zero, limit, signed };
}
