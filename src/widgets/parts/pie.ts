/** Geometry of a pie chart of attention weights: one slice per key word, clockwise from 12 o'clock. */

export interface Slice {
  /** Position of the word in the sentence. */
  readonly index: number;
  readonly weight: number;
  /** Angles in radians, clockwise from 12 o'clock; end − start = 2π · weight / Σ weights. */
  readonly start: number;
  readonly end: number;
  /** SVG path of the slice, or undefined when the slice is the whole pie (draw a circle instead). */
  readonly path: string | undefined;
  /** The slice's middle angle. */
  readonly mid: number;
}

export interface PieGeometry {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

/** A slice covering at least this share of the pie (≈ 11°) gets a label on the chart; the table has them all. */
export const LABEL_SHARE = 0.03;
/**
 * A slice this close to the whole pie is drawn as a circle: its arc would start and end at (nearly) the same point,
 * which SVG draws as nothing. The missing sliver (≤ 0.036°) cannot be seen.
 */
export const WHOLE = 0.9999;

const round = (x: number) => Math.round(x * 100) / 100;

function point(g: PieGeometry, angle: number, radius: number): [number, number] {
  return [g.cx + radius * Math.sin(angle), g.cy - radius * Math.cos(angle)];
}

/**
 * The slices for weights (≥ 0, not all 0), in sentence order. Empty slices (weight 0) keep their place with
 * start = end and no path. pieSlices([0.25, 0.75], g)[0].end → π/2
 */
export function pieSlices(weights: readonly number[], g: PieGeometry): Slice[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0) || weights.some((w) => !(w >= 0))) {
    throw new Error(`pieSlices: weights must be ≥ 0 with a positive sum, got [${weights.join(', ')}]`);
  }
  let start = 0;
  return weights.map((weight, index) => {
    const share = weight / total;
    const end = start + 2 * Math.PI * share;
    const slice: Slice = {
      index,
      weight,
      start,
      end,
      mid: (start + end) / 2,
      path: share >= WHOLE || share === 0 ? undefined : arc(g, start, end),
    };
    start = end;
    return slice;
  });
}

function arc(g: PieGeometry, start: number, end: number): string {
  const [x0, y0] = point(g, start, g.r);
  const [x1, y1] = point(g, end, g.r);
  const large = end - start > Math.PI ? 1 : 0;
  return `M ${g.cx} ${g.cy} L ${round(x0)} ${round(y0)} A ${g.r} ${g.r} 0 ${large} 1 ${round(x1)} ${round(y1)} Z`;
}

export interface Label {
  readonly index: number;
  /** Where the text starts (right side, anchor start) or ends (left side, anchor end). */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  /** The leader line from the slice's rim to the text. */
  readonly line: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

/**
 * Labels for the slices of at least LABEL_SHARE, in two columns beside the pie (right half of the pie → right
 * column), each as near its slice's height as it can be while keeping `spacing` from its neighbours and staying
 * within [top, bottom] when there is room. Each has a leader line back to its slice.
 */
export function pieLabels(
  slices: readonly Slice[],
  g: PieGeometry,
  options: { spacing: number; top: number; bottom: number; gap: number },
): Label[] {
  const total = slices.reduce((a, s) => a + s.weight, 0);
  const shown = slices.filter((s) => s.weight / total >= LABEL_SHARE);
  const side = (right: boolean): Label[] => {
    const mine = shown
      .filter((s) => Math.sin(s.mid) >= 0 === right)
      .map((s) => ({ slice: s, y: g.cy - (g.r + options.gap) * Math.cos(s.mid) }))
      .sort((a, b) => a.y - b.y);
    for (let i = 0; i < mine.length; i++) {
      const floor = i === 0 ? options.top : mine[i - 1]!.y + options.spacing;
      mine[i]!.y = Math.max(mine[i]!.y, floor);
    }
    for (let i = mine.length - 1; i >= 0; i--) {
      const ceiling = i === mine.length - 1 ? options.bottom : mine[i + 1]!.y - options.spacing;
      mine[i]!.y = Math.max(options.top + i * options.spacing, Math.min(mine[i]!.y, ceiling));
    }
    const x = g.cx + (right ? 1 : -1) * (g.r + options.gap + 6);
    return mine.map(({ slice, y }) => {
      const [x1, y1] = point(g, slice.mid, g.r);
      return {
        index: slice.index,
        x: round(x),
        y: round(y),
        anchor: right ? 'start' : 'end',
        line: { x1: round(x1), y1: round(y1), x2: round(x - (right ? 3 : -3)), y2: round(y - 5) },
      };
    });
  };
  return [...side(true), ...side(false)].sort((a, b) => a.index - b.index);
}

/** Index of the largest weight (the first on ties). largest([0.2, 0.5, 0.3]) → 1 */
export function largest(weights: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < weights.length; i++) if (weights[i]! > weights[best]!) best = i;
  return best;
}
