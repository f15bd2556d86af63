/**
 * Geometry of the soft-lookup figure's plane plot, for shelves of two numbers per vector: two square panels side
 * by side, keys and the query as arrows from the centre of the left one (a score is how far they point the same
 * way), values as points in the right one with the path the blend takes as the temperature runs from a hard lookup
 * to an even blend. Coordinates are SVG user units, y pointing down.
 */
import { extent } from './column-bars';

/** A panel's side, the gap between the panels and the room for titles above them. */
export const PANEL = 180;
export const GAP = 30;
export const TOP = 20;

export type Point = readonly [number, number];

/**
 * Where a 2-number vector goes in a panel (0 left, 1 right) whose half-side is `radius` in data units: the centre
 * is (0, 0), +x right, +y up. toPanel(0, 1, [1, 0]) → [180, 110]
 */
export function toPanel(panel: number, radius: number, [x, y]: readonly number[]): [number, number] {
  const half = PANEL / 2;
  return [panel * (PANEL + GAP) + half + (x! / radius) * half, TOP + half - (y! / radius) * half];
}

/** Where a key's label goes: past its arrow's tip, anchored away from the arrow; below the centre for a zero key. */
export function keyLabel(
  key: readonly number[],
  tip: Point,
): { x: number; y: number; anchor: 'start' | 'middle' | 'end' } {
  const length = Math.hypot(key[0]!, key[1]!);
  const [x, y] = tip;
  if (length === 0) return { x, y: y + 16, anchor: 'middle' };
  const [dx, dy] = [key[0]! / length, -key[1]! / length];
  if (Math.abs(dx) > 0.7) return { x: x + dx * 10, y: y + 4 + dy * 10, anchor: dx > 0 ? 'start' : 'end' };
  return { x: x + dx * 10, y: y + dy * 18 + 4, anchor: 'middle' };
}

/**
 * Where the values' labels go: under each point, or above it, or a label height further out, whichever first
 * misses the labels already placed (each about `width` units wide and `height` tall). valueLabels([[10, 50], [40, 50]])
 * → under, then above
 */
export function valueLabels(points: readonly Point[], width = 70, height = 18): { x: number; y: number }[] {
  const placed: { x: number; y: number }[] = [];
  for (const [x, y] of points) {
    const clash = (ly: number) =>
      placed.some((p) => Math.abs(p.x - x) < width && Math.abs(p.y - ly) < height);
    const under = y + 18;
    const over = y - 10;
    // Under the point, over it, then one label height further out on either side, until a spot is free.
    const spots = [0, 1, 2, 3].flatMap((k) => [under + k * height, over - k * height]);
    placed.push({ x, y: spots.find((spot) => !clash(spot)) ?? under });
  }
  return placed;
}

export interface PlaneInput {
  readonly query: readonly number[];
  readonly keys: readonly (readonly number[])[];
  readonly values: readonly (readonly number[])[];
  /** The blended value at every temperature along the path, from the hardest to the most even. */
  readonly path: readonly (readonly number[])[];
  /** The blend at the chosen temperature, and the plain average of the values. */
  readonly blend: readonly number[];
  readonly even: readonly number[];
}

export interface PlaneLayout {
  origin: Point;
  query: Point;
  keys: Point[];
  keyLabels: ReturnType<typeof keyLabel>[];
  values: Point[];
  valueLabels: { x: number; y: number }[];
  path: Point[];
  blend: Point;
  even: Point;
  /** The centre of each panel, where its axes cross. */
  axes: Point[];
}

/** Everything the plane plot draws; each panel is scaled so its largest vector reaches 1/1.3 of the half-side. */
export function planeLayout(input: PlaneInput): PlaneLayout {
  const rq = extent(input.query, ...input.keys) * 1.3;
  const rv = extent(...input.values, ...input.path, input.blend) * 1.3;
  const keys = input.keys.map((k) => toPanel(0, rq, k));
  const values = input.values.map((v) => toPanel(1, rv, v));
  return {
    origin: toPanel(0, rq, [0, 0]),
    query: toPanel(0, rq, input.query),
    keys,
    keyLabels: input.keys.map((k, i) => keyLabel(k, keys[i]!)),
    values,
    valueLabels: valueLabels(values),
    path: input.path.map((p) => toPanel(1, rv, p)),
    blend: toPanel(1, rv, input.blend),
    even: toPanel(1, rv, input.even),
    axes: [0, 1].map((panel) => toPanel(panel, 1, [0, 0])),
  };
}
