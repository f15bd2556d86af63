import './signed-scale.css';

/**
 * The fill for a signed value on the diverging scale: the background at 0, full purple at −limit and below,
 * full amber at +limit and above, mixed in OKLab. A limit ≤ 0 or a value that is not finite gives the background.
 */
export function signedFill(value: number, limit: number): string {
  const t = limit > 0 && Number.isFinite(value) ? Math.max(-1, Math.min(1, value / limit)) : 0;
  const share = Math.round(Math.abs(t) * 100);
  const end = t < 0 ? '--signed-negative' : '--signed-positive';
  return `color-mix(in oklab, var(${end}) ${share}%, var(--bg))`;
}

/** The largest |value|, the symmetric limit a signed colour scale spans; 0 for none. */
export function signedLimit(values: readonly number[]): number {
  return values.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, Math.abs(v)) : m), 0);
}
