/**
 * The fill for a heatmap cell with value t in [0, 1]: the site's five viridis stops (CSS variables, so the scale
 * follows the theme), mixed in OKLab between the two stops around t.
 */
export function heatFill(t: number): string {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const position = clamped * 4;
  const stop = Math.min(3, Math.floor(position));
  const share = Math.round((position - stop) * 100);
  return `color-mix(in oklab, var(--heat-${stop}), var(--heat-${stop + 1}) ${share}%)`;
}
