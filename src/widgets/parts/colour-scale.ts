/**
 * The site's two colour scales as SVG fill strings built from the palette in src/styles/global.css, so every figure
 * follows the theme without knowing it: sequential (--heat-0 … --heat-4) for non-negative quantities, diverging
 * (--signed-negative / --signed-positive around the background) for signed ones, and the ink for text on a cell.
 * The strings are color-mix(…) over var(…); Chromium, Firefox and Safari accept them in SVG fill attributes.
 */

/** The number of steps between the sequential palette's stops --heat-0 … --heat-4. */
const HEAT_STEPS = 4;

/** The three ramps text can sit on: the sequential scale and the two halves of the diverging one. */
export type Ramp = 'sequential' | 'negative' | 'positive';

/**
 * Where text on a cell switches from --heat-ink-low to --heat-ink-high on each ramp, [light theme, dark theme]: the
 * middle of the window in which every cell keeps ≥ 4.5:1 (black or white text; measured against the palette's
 * colours in tests/unit/widgets/colour-scale.test.ts — re-measure there when the palette changes). The windows are
 * narrow and differ by theme, so no single switch point (such as 2/3) holds for both themes.
 */
export const INK_SWITCH: Readonly<Record<Ramp, readonly [number, number]>> = {
  sequential: [0.711, 0.611],
  negative: [0.764, 0.654],
  positive: [0.915, 0.584],
};

/** t clamped to [0, 1]; NaN → 0, +∞ → 1, −∞ → 0. unit(1.4) → 1 */
function unit(t: number): number {
  return Number.isNaN(t) ? 0 : Math.min(1, Math.max(0, t));
}

/**
 * The sequential fill for t in [0, 1]: 0 is the page background, 1 full plum ink, mixed in OKLab between the two
 * palette stops around t. sequentialFill(0.6) → 'color-mix(in oklab, var(--heat-2), var(--heat-3) 40%)'
 */
export function sequentialFill(t: number): string {
  const position = unit(t) * HEAT_STEPS;
  const stop = Math.min(HEAT_STEPS - 1, Math.floor(position));
  const share = Math.round((position - stop) * 100);
  return `color-mix(in oklab, var(--heat-${stop}), var(--heat-${stop + 1}) ${share}%)`;
}

/**
 * The diverging fill for a signed value: the background at 0, full --signed-negative at −limit and below, full
 * --signed-positive at +limit and above. NaN or a limit that is not > 0 gives the background.
 * signedFill(-0.5, 2) → 'color-mix(in oklab, var(--signed-negative) 25%, var(--bg))'
 */
export function signedFill(value: number, limit: number): string {
  const t = signedShare(value, limit);
  const end = t < 0 ? '--signed-negative' : '--signed-positive';
  return `color-mix(in oklab, var(${end}) ${Math.round(Math.abs(t) * 100)}%, var(--bg))`;
}

/** value / limit clamped to [−1, 1], the signed scale's position; 0 for NaN or a limit that is not > 0. signedShare(-3, 2) → -1 */
export function signedShare(value: number, limit: number): number {
  if (!(limit > 0) || Number.isNaN(value)) return 0;
  return Math.max(-1, Math.min(1, value / limit));
}

/** The largest finite |value|, the symmetric limit a signed scale spans; 0 for none. signedLimit([1, -3, NaN]) → 3 */
export function signedLimit(values: Iterable<number>): number {
  let limit = 0;
  for (const v of values) if (Number.isFinite(v)) limit = Math.max(limit, Math.abs(v));
  return limit;
}

/**
 * The text colour on a cell at position t (0…1) of a ramp, AA in both themes: --heat-ink-low below the switch point,
 * --heat-ink-high above, and light-dark(…) between the two themes' switch points.
 * inkOn(0.9) → 'var(--heat-ink-high)', inkOn(0.65) → 'light-dark(var(--heat-ink-low), var(--heat-ink-high))'
 */
export function inkOn(t: number, ramp: Ramp = 'sequential'): string {
  const s = unit(Math.abs(t));
  const [light, dark] = INK_SWITCH[ramp].map((at) =>
    s < at ? 'var(--heat-ink-low)' : 'var(--heat-ink-high)',
  );
  return light === dark ? light! : `light-dark(${light}, ${dark})`;
}

/** The text colour on a signed cell, AA in both themes. signedInk(-2, 2) → 'var(--heat-ink-high)' */
export function signedInk(value: number, limit: number): string {
  const t = signedShare(value, limit);
  return inkOn(t, t < 0 ? 'negative' : 'positive');
}
