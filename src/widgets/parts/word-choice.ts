/** Plain helpers for the score figures (Step 2 and Step 3): which word is chosen, where a bar goes, the geometry. */
import type { ParamSpec } from './url-param.svelte';

/**
 * A word of the running sentence kept in the URL (?query=animal, ?key=the (5)) by its table label (see
 * tokenLabels). '' is the default, which each figure reads as "the usual word" (the pronoun, the top key).
 * A value that is not a word of the sentence at load time falls back to the default with a note.
 */
export function wordChoiceSpec(
  key: string,
  label: string,
  labelsNow: () => readonly string[],
): ParamSpec<string> {
  return {
    key,
    label,
    fallback: '',
    parse: (raw) => {
      const word = raw.trim().toLowerCase();
      return labelsNow().includes(word) ? word : undefined;
    },
    format: (word) => word,
  };
}

/** Where the chosen label stands, or `fallback` when there is no choice or the sentence no longer has it. */
export function chosenIndex(labels: readonly string[], chosen: string, fallback: number): number {
  const at = chosen === '' ? -1 : labels.indexOf(chosen);
  return at >= 0 ? at : fallback;
}

/** Index of the largest value (the first on ties); -1 for none. indexOfMax([1, 5, 5]) → 1 */
export function indexOfMax(values: readonly number[]): number {
  let best = -1;
  values.forEach((v, i) => {
    if (best < 0 || v > values[best]!) best = i;
  });
  return best;
}

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

/** A number as the figures print it: fixed decimals, never "-0.00" (a number Number() reads back). */
export function fixed(value: number, digits = 2): string {
  const text = value.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}
