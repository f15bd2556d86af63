/** Geometry of the small signed column charts that draw vectors (a vector as columns up and down from a zero line). */

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

/** A rectangle in SVG units. */
export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Rectangles as one SVG path, each a closed subpath: bars that share a fill become one element instead of one
 * <rect> each (fewer elements for a figure to hydrate). [{ x: 0, y: 1, width: 2, height: 3 }] → 'M0 1h2v3h-2z'
 */
export function rectanglesPath(rectangles: readonly Rectangle[]): string {
  return rectangles.map(({ x, y, width, height }) => `M${x} ${y}h${width}v${height}h${-width}z`).join('');
}
