/**
 * Geometry of a pie chart of attention weights: one slice per key word, clockwise from 12 o'clock (d3-shape's pie
 * and arc), its size for the frame it is drawn in, and the labels beside it — which never overlap and never need
 * more height than the figure has, so a temperature that spreads the weights cannot make the figure grow.
 */
import { arc, pie } from 'd3-shape';

export interface Slice {
  /** Position of the word in the sentence. */
  readonly index: number;
  readonly weight: number;
  /** Angles in radians, clockwise from 12 o'clock; end − start = 2π · weight / Σ weights. */
  readonly start: number;
  readonly end: number;
  /** The slice's middle angle. */
  readonly mid: number;
  /** SVG path of the slice around the centre (0, 0) — draw it in a group moved to the centre; undefined when it has no angle. */
  readonly path: string | undefined;
}

export interface PieGeometry {
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

/** A slice covering at least this share of the pie (≈ 11°) may carry a label on the chart; the table has them all. */
export const LABEL_SHARE = 0.03;

const round = (x: number) => Math.round(x * 100) / 100;

function point(g: PieGeometry, angle: number, radius: number): [number, number] {
  return [g.cx + radius * Math.sin(angle), g.cy - radius * Math.cos(angle)];
}

/**
 * The slices for weights (≥ 0, not all 0), in sentence order. Empty slices (weight 0) keep their place with
 * start = end and no path. pieSlices([0.25, 0.75], 100)[0].end → π/2, its path 'M0,-100A100,100,0,0,1,100,0L0,0Z'
 */
export function pieSlices(weights: readonly number[], r: number): Slice[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0) || weights.some((w) => !(w >= 0))) {
    throw new Error(`pieSlices: weights must be ≥ 0 with a positive sum, got [${weights.join(', ')}]`);
  }
  // Shares, not raw weights: d3 divides 2π by the sum, which overflows for a tiny (subnormal) total.
  const angles = pie<number>()
    .sort(null)
    .value((w) => w / total)([...weights]);
  const path = arc<{ startAngle: number; endAngle: number }>().innerRadius(0).outerRadius(r).digits(2);
  return angles.map((a, index) => ({
    index,
    weight: a.data,
    start: a.startAngle,
    end: a.endAngle,
    mid: (a.startAngle + a.endAngle) / 2,
    path: a.endAngle > a.startAngle ? (path(a) ?? undefined) : undefined,
  }));
}

/** The pie's size and room in a frame of `width` × `height` px (text `font` px, drawn 1:1). */
export interface PieLayout {
  readonly width: number;
  readonly height: number;
  readonly geometry: PieGeometry;
  readonly font: number;
  /** Label placement: baselines of a label's first line lie in [top, bottom], `spacing` apart on a side. */
  readonly spacing: number;
  readonly top: number;
  readonly bottom: number;
  /** From the rim to the label column. */
  readonly gap: number;
}

/** The largest and smallest radius the pie is drawn at. */
export const MAX_RADIUS = 180;
export const MIN_RADIUS = 56;

/**
 * The pie for a frame of `width` × `height` px whose labels are `words` (a label is the word over its percentage,
 * so a column is as wide as the longest word or "99.9%"): as large as the height and the label columns on both sides
 * leave room for, between MIN_RADIUS and MAX_RADIUS. The frame's size comes from CSS, never from the weights, so
 * nothing the reader does to the weights can change the figure's height. pieLayout(700, 400, ['animal']).geometry.r → 180
 */
export function pieLayout(width: number, height: number, words: readonly string[], font = 13): PieLayout {
  const column = 0.62 * font * Math.max(5, ...words.map((w) => w.length));
  const gap = font;
  const pad = 1.5 * font;
  const across = (width - 2 * (column + gap + font / 2)) / 2;
  const down = (height - 2 * pad) / 2;
  const r = Math.max(MIN_RADIUS, Math.min(MAX_RADIUS, Math.floor(Math.min(across, down))));
  return {
    width,
    height,
    geometry: { cx: width / 2, cy: height / 2, r },
    font,
    spacing: 2.6 * font,
    top: font,
    bottom: height - 1.6 * font,
    gap,
  };
}

export interface Label {
  readonly index: number;
  /** Where the text starts (right side, anchor start) or ends (left side, anchor end); y is the first baseline. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  /** The leader line from the slice's rim to the text. */
  readonly line: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

/** How many labels fit on one side: first baselines from top to bottom, `spacing` apart. */
export function labelCapacity(options: { spacing: number; top: number; bottom: number }): number {
  return Math.max(0, Math.floor((options.bottom - options.top) / options.spacing + 1e-9) + 1);
}

/**
 * Labels for the slices of at least LABEL_SHARE, in two columns beside the pie (right half of the pie → right
 * column). When more slices qualify on a side than fit between top and bottom, the largest ones get the labels (the
 * readout and the table name the rest). Each label is as near its slice's height as it can be, at least `spacing`
 * from its neighbours and never outside [top, bottom]; each has a leader line back to its slice.
 */
export function pieLabels(
  slices: readonly Slice[],
  g: PieGeometry,
  options: { spacing: number; top: number; bottom: number; gap: number; font?: number },
): Label[] {
  const total = slices.reduce((a, s) => a + s.weight, 0);
  const capacity = labelCapacity(options);
  const shown = slices.filter((s) => s.weight / total >= LABEL_SHARE);
  const side = (right: boolean): Label[] => {
    const mine = shown
      .filter((s) => Math.sin(s.mid) >= 0 === right)
      .sort((a, b) => b.weight - a.weight || a.index - b.index)
      .slice(0, capacity)
      .map((s) => ({ slice: s, y: g.cy - (g.r + options.gap) * Math.cos(s.mid) }))
      .sort((a, b) => a.y - b.y);
    // Down from the top keeping the spacing, then up from the bottom: with at most `capacity` labels both fit.
    for (let i = 0; i < mine.length; i++) {
      const floor = i === 0 ? options.top : mine[i - 1]!.y + options.spacing;
      mine[i]!.y = Math.max(mine[i]!.y, floor);
    }
    for (let i = mine.length - 1; i >= 0; i--) {
      const ceiling = i === mine.length - 1 ? options.bottom : mine[i + 1]!.y - options.spacing;
      mine[i]!.y = Math.max(options.top + i * options.spacing, Math.min(mine[i]!.y, ceiling));
    }
    const x = g.cx + (right ? 1 : -1) * (g.r + options.gap + 4);
    const lift = (options.font ?? 13) * 0.35;
    return mine.map(({ slice, y }) => {
      const [x1, y1] = point(g, slice.mid, g.r);
      return {
        index: slice.index,
        x: round(x),
        y: round(y),
        anchor: right ? 'start' : 'end',
        line: { x1: round(x1), y1: round(y1), x2: round(x - (right ? 3 : -3)), y2: round(y - lift) },
      };
    });
  };
  return [...side(true), ...side(false)].sort((a, b) => a.index - b.index);
}
