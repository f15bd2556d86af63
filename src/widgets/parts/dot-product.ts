/** A dot product as the score figures draw it: its running total of terms as bars on a signed axis, and as lengths and an angle. */

/** The range a bar chart of these values needs, always including 0 so every bar starts at the zero line. */
export function extentWithZero(values: readonly number[]): { lo: number; hi: number } {
  const lo = Math.min(0, ...values.filter(Number.isFinite));
  const hi = Math.max(0, ...values.filter(Number.isFinite));
  return lo === hi ? { lo: -1, hi: 1 } : { lo, hi };
}

/**
 * A horizontal bar from `from` to `to` on the axis lo…hi, as CSS percentages of the track.
 * span(0, 5, { lo: -5, hi: 5 }) → { left: 50, width: 50 }
 */
export function span(from: number, to: number, { lo, hi }: { lo: number; hi: number }) {
  const at = (v: number) => ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * 100;
  const a = at(Math.min(from, to));
  const b = at(Math.max(from, to));
  return { left: a, width: b - a };
}

/** The running total after each term: runningSums([3, -1, 2]) → [3, 2, 4] */
export function runningSums(terms: readonly number[]): number[] {
  let total = 0;
  return terms.map((t) => (total += t));
}

/**
 * The dot product as geometry: q·k = ‖q‖ ‖k‖ cos θ. The cosine says how well the directions agree (1 the same
 * way, 0 at right angles, -1 opposite), the lengths how loudly each vector speaks.
 * geometry([1, 0], [0, 2]) → { normQ: 1, normK: 2, cosine: 0, degrees: 90 }
 */
export function geometry(q: readonly number[], k: readonly number[]) {
  if (q.length !== k.length) throw new Error(`geometry: ${q.length} · ${k.length} — vector lengths differ`);
  const norm = (v: readonly number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  const normQ = norm(q);
  const normK = norm(k);
  const dot = q.reduce((s, x, i) => s + x * k[i]!, 0);
  const cosine = normQ === 0 || normK === 0 ? 0 : Math.max(-1, Math.min(1, dot / (normQ * normK)));
  return { normQ, normK, cosine, degrees: (Math.acos(cosine) * 180) / Math.PI };
}
