/** Geometry of the small signed bar charts that draw vectors in the QKV figures. */

/** The largest |x| of all the vectors, so bars that are compared share one scale; 1 when all are 0. */
export function extent(...vectors: readonly (readonly number[])[]): number {
  const largest = Math.max(0, ...vectors.flat().map(Math.abs).filter(Number.isFinite));
  return largest === 0 ? 1 : largest;
}

/**
 * A bar for `value` drawn from a baseline at `zero`, growing towards smaller coordinates when positive (up in an
 * SVG column, or right when the caller mirrors it): start and size along the bar's axis, never negative.
 * signedBar(2, 4, 50, 40) → { start: 30, size: 20 }
 */
export function signedBar(
  value: number,
  max: number,
  zero: number,
  half: number,
): { start: number; size: number } {
  const size = Number.isFinite(value) ? (Math.min(Math.abs(value), max) / max) * half : 0;
  return value >= 0 ? { start: zero - size, size } : { start: zero, size };
}

/** x with a fixed number of decimals and never "-0.00", so tables read back with Number(). fixed(-0.0001) → '0.00' */
export function fixed(x: number, digits = 2): string {
  const text = x.toFixed(digits);
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}

/**
 * A weight as a figure prints it: a percentage with 2–3 significant digits and no e-notation; what rounding would
 * hide is said with a sign (joined by a no-break space, so it never wraps). percent(0.8563) → '85.6%', percent(0.051) → '5.1%', percent(0.0014) → '0.14%',
 * percent(0.99996) → '> 99.9%', percent(3e-7) → '< 0.01%'
 */
export function percent(weight: number): string {
  const p = weight * 100;
  if (weight === 0 || weight === 1) return `${p}%`;
  if (p >= 99.95) return '>\u00a099.9%';
  if (p >= 1) return `${p.toFixed(1)}%`;
  if (p >= 0.01) return `${Number(p.toPrecision(2))}%`;
  return '<\u00a00.01%';
}
