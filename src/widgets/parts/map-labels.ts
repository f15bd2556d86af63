/**
 * Word labels on a scatter plot without collisions: each point, in the order given (most important first), gets
 * its label in the first of eight spots around it (right, left, above, below, then the diagonals) that stays inside
 * the plot and touches no marker and no label placed before it; a point with no free spot gets no label (the figure
 * names it on hover and focus instead). Greedy, deterministic, and plain geometry, so a unit test can check it.
 */

/** An axis-aligned box in the plot's units. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A placed label: where its text goes (x, y of the text's vertical middle), its anchor, and the box it covers. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface LabelOptions {
  /** The plot's size; labels stay inside 0…width × 0…height. */
  width: number;
  height: number;
  /** The text height (the font size in plot units). */
  font: number;
  /** Half the size of a marker: the box ±radius around each point is kept free of labels. */
  radius: number;
  /** Space between a marker and its label. */
  gap?: number;
  /**
   * The points to label first (e.g. the named word and its neighbours); the rest follow in their order. The first
   * of them is labelled even where every spot covers a marker (it is the word the figure names).
   */
  first?: readonly number[];
}

/** The width a label of `text` takes in a font of size `font`: a generous average glyph width (bold included). */
export function labelWidth(text: string, font: number): number {
  return 0.64 * font * [...text].length;
}

/** The height a label takes: its font size and the glyphs' ascent and descent beyond it. */
export function labelHeight(font: number): number {
  return 1.2 * font;
}

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The eight spots around (x, y) for a label `w` wide, in the order they are tried. */
function spots(x: number, y: number, w: number, font: number, reach: number): PlacedLabel[] {
  const half = labelHeight(font) / 2;
  const up = y - reach - half;
  const down = y + reach + half;
  const make = (tx: number, ty: number, anchor: PlacedLabel['anchor']): PlacedLabel => {
    const left = anchor === 'start' ? tx : anchor === 'end' ? tx - w : tx - w / 2;
    return { x: tx, y: ty, anchor, box: { left, right: left + w, top: ty - half, bottom: ty + half } };
  };
  return [
    make(x + reach, y, 'start'),
    make(x - reach, y, 'end'),
    make(x, up, 'middle'),
    make(x, down, 'middle'),
    make(x + reach * 0.7, up, 'start'),
    make(x - reach * 0.7, up, 'end'),
    make(x + reach * 0.7, down, 'start'),
    make(x - reach * 0.7, down, 'end'),
  ];
}

/**
 * One label per point, or undefined where none fits. points: the markers' centres; texts: the labels.
 * placeLabels([[50, 50]], ['dog'], { width: 100, height: 100, font: 10, radius: 4 })[0].anchor → 'start'
 */
export function placeLabels(
  points: readonly (readonly [number, number])[],
  texts: readonly string[],
  options: LabelOptions,
): (PlacedLabel | undefined)[] {
  const { width, height, font, radius, gap = font / 4, first = [] } = options;
  const markers: Box[] = points.map(([x, y]) => ({
    left: x - radius,
    right: x + radius,
    top: y - radius,
    bottom: y + radius,
  }));
  const order = [...new Set([...first.filter((i) => i >= 0 && i < points.length), ...points.keys()])];
  const placed: Box[] = [];
  const result: (PlacedLabel | undefined)[] = points.map(() => undefined);
  for (const i of order) {
    const [x, y] = points[i]!;
    const w = labelWidth(texts[i] ?? '', font);
    const candidates = spots(x, y, w, font, radius + gap).filter(
      ({ box }) => box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height,
    );
    const free = candidates.find(
      ({ box }) =>
        !markers.some((m, j) => j !== i && overlaps(box, m)) && !placed.some((p) => overlaps(box, p)),
    );
    const spot = free ?? (i === first[0] ? candidates[0] : undefined);
    if (spot) {
      placed.push(spot.box);
      result[i] = spot;
    }
  }
  return result;
}
