import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softLookup } from '../../../src/model/soft-lookup';
import { DEFAULT_SHELF } from '../../../src/widgets/parts/reader-shelf';
import {
  GAP,
  PANEL,
  TOP,
  keyLabel,
  planeLayout,
  toPanel,
  valueLabels,
} from '../../../src/widgets/parts/shelf-plane';

describe('toPanel', () => {
  it('puts (0, 0) at a panel’s centre, +x right and +y up, the radius at the edge', () => {
    expect(toPanel(0, 1, [0, 0])).toEqual([PANEL / 2, TOP + PANEL / 2]);
    expect(toPanel(0, 2, [2, 0])).toEqual([PANEL, TOP + PANEL / 2]);
    expect(toPanel(0, 2, [0, 2])).toEqual([PANEL / 2, TOP]);
    expect(toPanel(1, 1, [-1, -1])).toEqual([PANEL + GAP, TOP + PANEL]);
  });

  it('keeps every vector within its radius inside its panel', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1 }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (panel, r, a, b) => {
          const [x, y] = toPanel(panel, r, [a * r, b * r]);
          const left = panel * (PANEL + GAP);
          expect(x).toBeGreaterThanOrEqual(left - 1e-9);
          expect(x).toBeLessThanOrEqual(left + PANEL + 1e-9);
          expect(y).toBeGreaterThanOrEqual(TOP - 1e-9);
          expect(y).toBeLessThanOrEqual(TOP + PANEL + 1e-9);
        },
      ),
    );
  });
});

describe('keyLabel', () => {
  it('sits past the tip, anchored away from the arrow', () => {
    expect(keyLabel([1, 0], [100, 50])).toEqual({ x: 110, y: 54, anchor: 'start' });
    expect(keyLabel([-1, 0], [100, 50]).anchor).toBe('end');
    expect(keyLabel([0, 1], [100, 50])).toEqual({ x: 100, y: 36, anchor: 'middle' });
    expect(keyLabel([0, 0], [100, 50])).toEqual({ x: 100, y: 66, anchor: 'middle' });
  });
});

describe('valueLabels', () => {
  it('puts a label under its point, above it when that would run into one already placed', () => {
    expect(
      valueLabels([
        [10, 50],
        [40, 50],
        [200, 50],
      ]),
    ).toEqual([
      { x: 10, y: 68 },
      { x: 40, y: 40 },
      { x: 200, y: 68 },
    ]);
  });

  it('never places two labels on top of each other when there is room above', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 200 })), {
          minLength: 2,
          maxLength: 2,
        }),
        (points) => {
          const [a, b] = valueLabels(points as [number, number][]);
          expect(Math.abs(a!.x - b!.x) >= 70 || Math.abs(a!.y - b!.y) >= 18).toBe(true);
        },
      ),
    );
  });
});

describe('planeLayout', () => {
  it('draws the toy shelf: the query along a key, the path from the best item’s value to the average', () => {
    const temperatures = [0.01, 1, 1000];
    const path = temperatures.map((t) => softLookup(DEFAULT_SHELF, t).output);
    const now = softLookup(DEFAULT_SHELF, 1);
    const layout = planeLayout({ ...DEFAULT_SHELF, path, blend: now.output, even: now.even });
    // q = (2, 0) and the first key = (2, 0) are the same arrow.
    expect(layout.query).toEqual(layout.keys[0]);
    expect(layout.origin).toEqual(layout.axes[0]);
    // A hard lookup returns the best item's value, an even blend the average.
    expect(layout.path[0]![0]).toBeCloseTo(layout.values[DEFAULT_SHELF.keys.length - 3]![0], 6);
    expect(layout.path.at(-1)![0]).toBeCloseTo(layout.even[0], 1);
    expect(layout.path.at(-1)![1]).toBeCloseTo(layout.even[1], 1);
    // Both panels hold everything drawn in them.
    for (const [x, y] of [...layout.keys, layout.query])
      expect(x >= 0 && x <= PANEL && y >= TOP && y <= TOP + PANEL).toBe(true);
    for (const [x, y] of [...layout.values, ...layout.path, layout.blend, layout.even])
      expect(x >= PANEL + GAP && x <= 2 * PANEL + GAP && y >= TOP && y <= TOP + PANEL).toBe(true);
  });
});
