/**
 * The one formatting module of the figures: numbers for people in the figures (percent, decimal, magnitude), and
 * for the numbers tables (fixed, sci, count).
 */
import { superscript } from './parts/chart-scale';

/** 0.04283 → '4.28e-2': three significant digits in a form both readers and tests can read back with Number(). */
export function sci(x: number): string {
  return x.toExponential(2).replace('e+', 'e');
}

/**
 * 1234567 → '1,234,567', 1234.5 → '1,234.5'. Grouped by hand, not with toLocaleString: the browser's first
 * toLocaleString loads its locale data, about 140 ms on a slow phone, spent while a figure starts.
 */
export function count(x: number): string {
  const [whole = '', fraction] = String(x).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * x with a fixed number of decimals, without the "-0.000" that toFixed gives a tiny negative number: a reader
 * would look for a sign that is not really there. fixed(-0.0001) → '0.000', fixed(-0.0006) → '-0.001'
 */
export function fixed(x: number, digits = 3): string {
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** Below this share a figure says "< 0.01%" rather than print digits no reader can use. */
export const SMALLEST_PERCENT = 0.0001;

/**
 * A weight or probability in [0, 1] as a percentage for a figure: 3 significant digits from 10% up, 2 below, never
 * e-notation; "< 0.01%" for what is smaller but not 0, "100%" only for what rounds to it. Exact values belong in
 * the numbers table. percent(0.8561) → '85.6%', percent(0.0512) → '5.1%', percent(0.00143) → '0.14%'
 */
export function percent(share: number): string {
  if (!Number.isFinite(share)) return '—';
  if (share === 0) return '0%';
  if (share < SMALLEST_PERCENT) return '< 0.01%';
  const p = 100 * share;
  const text = Number(p.toPrecision(p >= 10 ? 3 : 2));
  return `${text >= 100 && share < 1 ? '99.9' : String(text)}%`;
}

/**
 * A positive quantity with `digits` significant digits as a plain decimal (no e-notation), for figures; below
 * 0.000001 it says so instead. decimal(0.0011250) → '0.0011', decimal(0.1743) → '0.17', decimal(2.5e-9) → '< 0.000001'
 */
export function decimal(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return '—';
  if (x !== 0 && Math.abs(x) < 1e-6) return x > 0 ? '< 0.000001' : '> −0.000001';
  return x.toPrecision(digits).replace('-', '−');
}

/**
 * A positive quantity that can span many orders of magnitude (a gradient on a log chart), for people: 2 significant
 * digits, plain from 0.001 up, below that as a power of ten with superscripts — never e-notation.
 * magnitude(0.0123) → '0.012', magnitude(4.56e-7) → '4.6 × 10⁻⁷'
 */
export function magnitude(x: number): string {
  if (!Number.isFinite(x)) return '—';
  if (x === 0 || Math.abs(x) >= 0.001) return decimal(x);
  const [mantissa, exponent] = x.toExponential(1).split('e');
  const power = superscript(Number(exponent));
  return `${mantissa!.replace('-', '−')} × 10${power}`;
}
