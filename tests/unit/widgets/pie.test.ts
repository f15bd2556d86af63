import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  labelCapacity,
  LABEL_SHARE,
  MAX_RADIUS,
  MIN_RADIUS,
  pieLabels,
  pieLayout,
  pieSlices,
} from '../../../src/widgets/parts/pie';

const g = { cx: 200, cy: 130, r: 100 };
const options = { spacing: 40, top: 18, bottom: 250, gap: 14 };

/** The arc command of a slice path read back independently: its end points' angles and its flags. */
function readArc(path: string) {
  const numbers = (s: string) => s.split(/[ ,]+/).filter(Boolean).map(Number);
  const m = /^M([^A]+)A([^AL]+)L0,0Z$/.exec(path);
  if (!m) throw new Error(`not a single-arc slice: ${path}`);
  const [x0, y0] = numbers(m[1]!);
  const [rx, ry, rotation, large, sweep, x1, y1] = numbers(m[2]!);
  const angle = (x: number, y: number) => (Math.atan2(x, -y) + 2 * Math.PI) % (2 * Math.PI);
  return { from: angle(x0!, y0!), to: angle(x1!, y1!), rx, ry, rotation, large, sweep };
}

describe('pieSlices', () => {
  it('turns weights into consecutive angles clockwise from 12 o’clock', () => {
    const [a, b] = pieSlices([0.25, 0.75], 100);
    expect(a!.start).toBe(0);
    expect(a!.end).toBeCloseTo(Math.PI / 2, 12);
    expect(b!.start).toBe(a!.end);
    expect(b!.end).toBeCloseTo(2 * Math.PI, 12);
    // The quarter slice runs from the top of the rim to its right-hand point, clockwise, the short way.
    expect(a!.path).toBe('M0,-100A100,100,0,0,1,100,0L0,0Z');
    // The three-quarter slice goes the long way round: the large-arc flag.
    expect(readArc(b!.path!)).toMatchObject({ large: 1, sweep: 1 });
  });

  it('sets the large-arc flag exactly when a slice is more than half the pie', () => {
    expect(readArc(pieSlices([0.49, 0.51], 100)[0]!.path!).large).toBe(0);
    expect(readArc(pieSlices([0.49, 0.51], 100)[1]!.path!).large).toBe(1);
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), (share) => {
        fc.pre(Math.abs(share - 0.5) > 1e-3);
        const [first] = pieSlices([share, 1 - share], 100);
        expect(readArc(first!.path!).large).toBe(share > 0.5 ? 1 : 0);
      }),
    );
  });

  it('draws each arc from its start angle to its end angle on the rim, for any weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (w) => {
          const total = w.reduce((a, b) => a + b, 0);
          fc.pre(total > 0);
          const slices = pieSlices(w, 100);
          expect(slices.at(-1)!.end).toBeCloseTo(2 * Math.PI, 9);
          slices.forEach((s, i) => {
            expect(s.end - s.start).toBeCloseTo(2 * Math.PI * (w[i]! / total), 9);
            const share = w[i]! / total;
            if (s.end === s.start) expect(s.path).toBeUndefined();
            // A slice of (nearly) everything is drawn as a circle; the others as one arc we can read back.
            if (share === 0 || share > 0.999 || share < 1e-3) return;
            const read = readArc(s.path!);
            expect(read).toMatchObject({ rx: 100, ry: 100, sweep: 1, large: share > 0.5 ? 1 : 0 });
            const near = (a: number, b: number) => Math.abs(Math.sin((a - b) / 2)) < 2e-4;
            expect(near(read.from, s.start)).toBe(true);
            expect(near(read.to, s.end)).toBe(true);
          });
        },
      ),
    );
  });

  it('draws a slice of everything as a whole circle and keeps empty slices without a path', () => {
    const slices = pieSlices([0, 1, 0], 100);
    expect(slices[0]!.path).toBeUndefined();
    expect(slices[2]!.path).toBeUndefined();
    // Two half-circle arcs: a path that covers the disc.
    expect(slices[1]!.path!.match(/A/g)).toHaveLength(2);
  });

  it('refuses weights it cannot draw', () => {
    expect(() => pieSlices([0, 0], 100)).toThrow(/positive sum/);
    expect(() => pieSlices([0.5, -0.1], 100)).toThrow(/≥ 0/);
    expect(() => pieSlices([NaN, 1], 100)).toThrow();
  });
});

describe('pieLayout', () => {
  it('is at least 320 px across on a desktop frame and fits the label columns on a phone', () => {
    const words = ['the', 'animal', 'didn’t', 'cross', 'street', 'because', 'it', 'was', 'too', 'tired', '.'];
    expect(2 * pieLayout(700, 400, words).geometry.r).toBeGreaterThanOrEqual(320);
    expect(pieLayout(2000, 400, words).geometry.r).toBe(MAX_RADIUS);
    const phone = pieLayout(300, 223, words);
    expect(phone.geometry.r).toBeGreaterThanOrEqual(MIN_RADIUS);
    // The label columns (longest word, 0.62 em a character) fit beside the pie, inside the frame.
    const column = 0.62 * phone.font * 'because'.length;
    expect(phone.geometry.cx - phone.geometry.r - phone.gap - column).toBeGreaterThanOrEqual(0);
    // The pie fits the frame's height too, with room for a label's two lines above and below.
    expect(phone.geometry.cy - phone.geometry.r).toBeGreaterThanOrEqual(0);
    expect(phone.geometry.cy + phone.geometry.r).toBeLessThanOrEqual(phone.height);
  });
});

describe('pieLabels', () => {
  it('labels only slices of at least LABEL_SHARE, on the side of the pie they are on', () => {
    const w = [0.5, LABEL_SHARE / 2, 0.3, 0.2 - LABEL_SHARE / 2];
    const labels = pieLabels(pieSlices(w, g.r), g, options);
    expect(labels.map((l) => l.index)).toEqual([0, 2, 3]);
    // Slice 0 spans the right half: label on the right; slice 2 starts at the bottom and goes left.
    expect(labels[0]!.anchor).toBe('start');
    expect(labels[0]!.x).toBeGreaterThan(g.cx + g.r);
    expect(labels[1]!.anchor).toBe('end');
    expect(labels[1]!.x).toBeLessThan(g.cx - g.r);
  });

  it('never overlaps and never leaves [top, bottom], however many slices qualify', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 60 }),
        (w) => {
          const labels = pieLabels(pieSlices(w, g.r), g, options);
          for (const anchor of ['start', 'end'] as const) {
            const ys = labels
              .filter((l) => l.anchor === anchor)
              .map((l) => l.y)
              .sort((a, b) => a - b);
            expect(ys.length).toBeLessThanOrEqual(labelCapacity(options));
            ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(options.spacing - 0.02));
            ys.forEach((y) => {
              expect(y).toBeGreaterThanOrEqual(options.top - 0.01);
              expect(y).toBeLessThanOrEqual(options.bottom + 0.01);
            });
          }
        },
      ),
    );
  });

  it('gives the labels to the largest slices when a side is crowded', () => {
    // Eight equal slices on the right half, one larger; room for three labels a side.
    const crowded = { ...options, bottom: options.top + 2 * options.spacing };
    expect(labelCapacity(crowded)).toBe(3);
    const w = [...Array<number>(8).fill(0.04), 0.2, 0.48];
    const labels = pieLabels(pieSlices(w, g.r), g, crowded);
    const right = labels.filter((l) => l.anchor === 'start').map((l) => l.index);
    expect(right).toHaveLength(3);
    expect(labels.map((l) => l.index)).toContain(9);
  });

  it('keeps the label layout inside a pieLayout at every temperature of a real-looking row', () => {
    const layout = pieLayout(320, 240, ['because', 'animal']);
    const scores = [0.3, 6.1, 1.2, 1.1, 2.9, 0.2, 0.8, 1.4, 0.1, 0.5, -0.2];
    for (const T of [0.125, 1, 4, 32]) {
      const e = scores.map((s) => Math.exp(s / T));
      const labels = pieLabels(pieSlices(e, layout.geometry.r), layout.geometry, layout);
      for (const l of labels) {
        expect(l.y - layout.font).toBeGreaterThanOrEqual(-0.01);
        expect(l.y + 1.25 * layout.font).toBeLessThanOrEqual(layout.height);
      }
    }
  });

  it('draws each leader line from the slice’s rim', () => {
    const [label] = pieLabels(pieSlices([1], g.r), g, options);
    // One slice: its middle is at 6 o’clock, the bottom of the rim.
    expect(label!.line.x1).toBeCloseTo(g.cx, 1);
    expect(label!.line.y1).toBeCloseTo(g.cy + g.r, 1);
  });
});
