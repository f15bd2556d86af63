/**
 * Arrow keys among the points of a scatter plot (one tab stop for the plot, like grid-keys.ts for a grid): an arrow
 * moves to the nearest point in its direction — within 45° of it if there is one, else any point on that side.
 * Screen coordinates: y grows downwards, so ArrowUp looks for smaller y.
 */

const DIRECTIONS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * The point an arrow key moves to from point `from`, or undefined for another key or when no point lies that way
 * (the focus stays). moveAmongPoints('ArrowRight', [[0, 0], [5, 1], [9, 0]], 0) → 1
 */
export function moveAmongPoints(
  key: string,
  points: readonly (readonly [number, number])[],
  from: number,
): number | undefined {
  const direction = DIRECTIONS[key];
  const origin = points[from];
  if (!direction || !origin) return undefined;
  const [dx, dy] = direction;
  let best: { index: number; cost: number; inCone: boolean } | undefined;
  points.forEach(([x, y], index) => {
    if (index === from) return;
    const along = (x - origin[0]) * dx + (y - origin[1]) * dy;
    const across = Math.abs((x - origin[0]) * dy - (y - origin[1]) * dx);
    if (!(along > 0)) return;
    const inCone = across <= along;
    // Distance, with sideways steps counting double, so the move follows the arrow.
    const cost = along + 2 * across;
    if (!best || (inCone && !best.inCone) || (inCone === best.inCone && cost < best.cost))
      best = { index, cost, inCone };
  });
  return best?.index;
}
