/**
 * Thin helpers over d3-scale and d3-array for what every chart repeats: a linear or log scale with nice ends, its
 * ticks labelled for people (no e-notation; log axes 10⁻⁴ style; percentages), band positions for bars, and the
 * font size in user units that keeps SVG text ≥ 12 px when a figure is drawn on a phone.
 */
import { range as steps, tickStep } from 'd3-array';
import { scaleBand, scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';

/** One tick: where it is in data units and what it says. */
export interface Tick {
  value: number;
  label: string;
}

/** A domain [lo, hi] with both ends finite and lo < hi: [0, 1] for none, a value ± 1 (or ± |value|/2) for one. */
function spread(domain: readonly [number, number]): [number, number] {
  const [a, b] = domain.filter(Number.isFinite);
  if (a === undefined) return [0, 1];
  const [lo, hi] = b === undefined ? [a, a] : [Math.min(a, b), Math.max(a, b)];
  if (lo < hi) return [lo, hi];
  const pad = lo === 0 ? 1 : Math.abs(lo) / 2;
  return [lo - pad, hi + pad];
}

/** A linear scale from domain to range with nice round ends for about `count` ticks. linearScale([0.03, 0.87], [0, 300]).domain() → [0, 1] */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  count = 5,
): ScaleLinear<number, number> {
  return scaleLinear().domain(spread(domain)).range(range).nice(count);
}

/** A base-10 log scale spanning the positive finite values of `domain` (any number of them), its ends rounded out to powers of ten; none → 1e-12 … 1. logScale([3e-4, 0.2], [0, 300]).domain() → [1e-4, 1] */
export function logScale(
  domain: readonly number[],
  range: readonly [number, number],
): ScaleLogarithmic<number, number> {
  const positive = domain.filter((v) => Number.isFinite(v) && v > 0);
  const lo = positive.length ? Math.min(...positive) : 1e-12;
  const hi = positive.length ? Math.max(...positive) : 1;
  const exponents = [Math.floor(Math.log10(lo)), Math.ceil(Math.log10(hi))];
  if (exponents[0] === exponents[1]) exponents[1]! += 1;
  return scaleLog()
    .domain(exponents.map((e) => 10 ** e))
    .range(range);
}

/** "−" for the minus sign, and never "−0". minus(-0.5) → '−0.5' */
function minus(text: string): string {
  return /^-0(\.0*)?%?$/.test(text) ? text.slice(1) : text.replace('-', '−');
}

/** The decimals that write multiples of `step` exactly (at most 12). decimalsFor(0.25) → 2, decimalsFor(5) → 0 */
function decimalsFor(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  for (let d = 0; d < 12; d++) {
    const scaled = step * 10 ** d;
    if (scaled >= 0.5 && Math.abs(scaled - Math.round(scaled)) < 1e-6 * scaled) return d;
  }
  return 12;
}

/** A tick label as a plain decimal with the decimals its step needs, never e-notation. numberLabel(0.0003, 0.0001) → '0.0003' */
export function numberLabel(value: number, step: number): string {
  if (!Number.isFinite(value)) return '—';
  return minus(value.toFixed(decimalsFor(step)));
}

/** A share in [0, 1] as a tick label in percent with the decimals its step needs. percentLabel(0.25, 0.25) → '25%' */
export function percentLabel(share: number, step: number): string {
  if (!Number.isFinite(share)) return '—';
  return minus(`${(100 * share).toFixed(decimalsFor(100 * step))}%`);
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** An integer in superscript digits. superscript(-4) → '⁻⁴' */
export function superscript(n: number): string {
  const digits = String(Math.abs(Math.round(n))).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!);
  return n < 0 ? `⁻${digits}` : digits;
}

/** A power of ten as a log axis says it. powerLabel(1e-4) → '10⁻⁴' */
export function powerLabel(value: number): string {
  return `10${superscript(Math.round(Math.log10(value)))}`;
}

/** About `count` nice ticks of a linear scale, labelled as numbers or percentages. linearTicks(linearScale([0, 1], [0, 1]), 4, 'percent') → 0%, 25%, … */
export function linearTicks(
  scale: ScaleLinear<number, number>,
  count = 5,
  as: 'number' | 'percent' = 'number',
): Tick[] {
  const [lo, hi] = scale.domain() as [number, number];
  const step = Math.abs(tickStep(lo, hi, count));
  return scale.ticks(count).map((value) => ({
    value,
    label: as === 'percent' ? percentLabel(value, step) : numberLabel(value, step),
  }));
}

/** The powers of ten of a log scale, every k-th one so there are at most `count`, labelled 10⁻⁴ style. */
export function logTicks(scale: ScaleLogarithmic<number, number>, count = 6): Tick[] {
  const [lo, hi] = (scale.domain() as [number, number]).map((v) => Math.log10(v)) as [number, number];
  const [first, last] = [Math.ceil(lo - 1e-9), Math.floor(hi + 1e-9)];
  const every = Math.max(1, Math.ceil((last - first + 1) / Math.max(1, count)));
  return steps(last, first - 1, -every)
    .reverse()
    .map((e) => ({ value: 10 ** e, label: powerLabel(10 ** e) }));
}

/** Where n bars (or rows) go in [start, end]: each one's start and the common size. bands(2, [0, 100], 0) → { starts: [0, 50], size: 50 } */
export function bands(
  n: number,
  extent: readonly [number, number],
  padding = 0.2,
): { starts: number[]; size: number } {
  const band = scaleBand<number>()
    .domain(steps(Math.max(0, n)))
    .range(extent)
    .paddingInner(padding)
    .paddingOuter(padding / 2);
  return { starts: band.domain().map((i) => band(i)!), size: band.bandwidth() };
}

/** The narrowest width (CSS px) a figure's SVG is drawn at: a 360 px phone less the article's and the frame's padding. */
export const PHONE_FIGURE_WIDTH = 300;

/** The smallest text a figure may show, in CSS px. */
export const MIN_TEXT_PX = 12;

/**
 * The font size in SVG user units that is `px` CSS pixels when an SVG with this viewBox width is drawn `drawnWidth`
 * CSS px wide — by default the phone width, for an SVG at width 100% of its frame; pass the narrower width when a
 * max-width caps it. fontUnits(600) → 24, fontUnits(240) → 9.6
 */
export function fontUnits(viewBoxWidth: number, px = MIN_TEXT_PX, drawnWidth = PHONE_FIGURE_WIDTH): number {
  return (px * viewBoxWidth) / drawnWidth;
}
