import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelWidth, overlaps, placeLabels, type Box } from '../../../src/widgets/parts/map-labels';

const frame = { width: 400, height: 300, font: 13, radius: 6 };
const inside = (b: Box) => b.left >= 0 && b.top >= 0 && b.right <= frame.width && b.bottom <= frame.height;
const marker = ([x, y]: readonly [number, number]): Box => ({
  left: x - frame.radius,
  right: x + frame.radius,
  top: y - frame.radius,
  bottom: y + frame.radius,
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its point, then left at the right edge, below at the top-right corner', () => {
    const [right] = placeLabels([[100, 100]], ['dog'], frame);
    expect(right).toMatchObject({ anchor: 'start', y: 100 });
    expect(right!.box.left).toBeGreaterThan(100 + frame.radius);
    const [left] = placeLabels([[395, 100]], ['dog'], frame);
    expect(left).toMatchObject({ anchor: 'end', y: 100 });
    expect(left!.box.right).toBeLessThan(395 - frame.radius);
    const [below] = placeLabels([[395, 2]], ['dog'], frame);
    expect(below!.box.top).toBeGreaterThan(2 + frame.radius);
  });

  it('gives the second of two close points another side, and the first in `first` its preferred spot', () => {
    const points: [number, number][] = [
      [100, 100],
      [140, 100],
    ];
    const [a, b] = placeLabels(points, ['sleepy', 'tired'], frame);
    expect(a!.anchor).not.toBe('start'); // right of a is b's marker
    expect(overlaps(a!.box, b!.box)).toBe(false);
    const [, first] = placeLabels(points, ['sleepy', 'tired'], { ...frame, first: [1] });
    expect(first!.anchor).toBe('start');
  });

  it('leaves a point unlabelled when every spot is taken', () => {
    // A point boxed in by eight neighbours a marker apart: no spot clears them.
    const ring: [number, number][] = [[200, 150]];
    for (const dx of [-14, 0, 14])
      for (const dy of [-14, 0, 14]) if (dx || dy) ring.push([200 + dx, 150 + dy]);
    expect(
      placeLabels(
        ring,
        ring.map(() => 'word'),
        frame,
      )[0],
    ).toBeUndefined();
  });

  it('labels the first of `first` even over markers, and keeps the others clear of it', () => {
    const ring: [number, number][] = [[200, 150]];
    for (const dx of [-14, 0, 14])
      for (const dy of [-14, 0, 14]) if (dx || dy) ring.push([200 + dx, 150 + dy]);
    const placed = placeLabels(
      ring,
      ring.map(() => 'word'),
      { ...frame, first: [0] },
    );
    expect(placed[0]).toBeDefined();
    placed.slice(1).forEach((p) => p && expect(overlaps(p.box, placed[0]!.box)).toBe(false));
  });

  it('never overlaps labels, markers or the frame (property)', () => {
    const point = fc.tuple(
      fc.double({ min: 0, max: 400, noNaN: true }),
      fc.double({ min: 0, max: 300, noNaN: true }),
    );
    const word = fc.string({ minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(point, word), { maxLength: 60 }), (items) => {
        const points = items.map(([p]) => p);
        const texts = items.map(([, t]) => t);
        const placed = placeLabels(points, texts, frame);
        const boxes = placed.flatMap((p, i) => (p ? [{ i, box: p.box }] : []));
        for (const { i, box } of boxes) {
          expect(inside(box)).toBe(true);
          expect(box.right - box.left).toBeCloseTo(labelWidth(texts[i]!, frame.font));
          points.forEach((p, j) => j !== i && expect(overlaps(box, marker(p))).toBe(false));
        }
        for (const a of boxes)
          for (const b of boxes) if (a.i < b.i) expect(overlaps(a.box, b.box)).toBe(false);
      }),
    );
  });

  it('is deterministic and does not label points it was not given', () => {
    const points: [number, number][] = [
      [10, 10],
      [200, 200],
    ];
    expect(placeLabels(points, ['a', 'b'], frame)).toEqual(placeLabels(points, ['a', 'b'], frame));
    expect(placeLabels([], [], frame)).toEqual([]);
    expect(placeLabels(points, ['a', 'b'], { ...frame, first: [7, -1] })).toHaveLength(2);
  });
});
