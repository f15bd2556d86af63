/**
 * Legacy: what this file held has moved — the column geometry (extent, signedBar) to column-bars.ts, the number
 * formats to src/widgets/format.ts (whose fixed() defaults to 3 decimals, and whose percent() says '99.9%' rather
 * than '> 99.9%'). The old fixed and percent stay here only until EmbeddingMap, SplitConcat, Projections,
 * ScoreMatrix, ScoreProbe, VectorBars and their tests (other owners) import from the new places; then delete it.
 */
export { extent, signedBar } from './column-bars';

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
