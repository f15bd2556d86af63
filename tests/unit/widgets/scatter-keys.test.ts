import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveAmongPoints } from '../../../src/widgets/parts/scatter-keys';

//   0 is in the middle; 1 right, 2 left, 3 above (smaller y), 4 below, 5 far right and a little up.
const points: [number, number][] = [
  [50, 50],
  [70, 52],
  [20, 48],
  [51, 10],
  [49, 90],
  [95, 40],
];

describe('moveAmongPoints', () => {
  it.each([
    ['ArrowRight', 1],
    ['ArrowLeft', 2],
    ['ArrowUp', 3],
    ['ArrowDown', 4],
  ])('%s from the middle goes to the nearest point that way', (key, to) => {
    expect(moveAmongPoints(key, points, 0)).toBe(to);
  });

  it('prefers a point within 45° of the arrow over a nearer one off to the side', () => {
    // From 2: point 3 is up and right (closer), point 0 is straight right.
    expect(moveAmongPoints('ArrowRight', points, 2)).toBe(0);
  });

  it('falls back to any point on that side, and stays (undefined) at the edge or for other keys', () => {
    expect(
      moveAmongPoints(
        'ArrowRight',
        [
          [0, 0],
          [1, 5],
        ],
        0,
      ),
    ).toBe(1);
    expect(moveAmongPoints('ArrowRight', points, 5)).toBeUndefined();
    expect(moveAmongPoints('Enter', points, 0)).toBeUndefined();
    expect(moveAmongPoints('ArrowUp', points, 9)).toBeUndefined();
  });

  it('always moves the way the arrow points (property)', () => {
    const p = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }));
    const key = fc.constantFrom('ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown');
    fc.assert(
      fc.property(fc.array(p, { minLength: 1, maxLength: 30 }), key, (pts, k) => {
        const to = moveAmongPoints(k, pts, 0);
        if (to === undefined) return;
        const [dx, dy] = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[k]!;
        expect((pts[to]![0] - pts[0]![0]) * dx! + (pts[to]![1] - pts[0]![1]) * dy!).toBeGreaterThan(0);
      }),
    );
  });
});
