import { describe, expect, it } from 'vitest';
import { extent, rectanglesPath, signedBar } from '../../../src/widgets/parts/column-bars';

describe('extent, signedBar, rectanglesPath', () => {
  it('extent is the largest |x|, 1 when all are 0', () => {
    expect(extent([1, -3], [2])).toBe(3);
    expect(extent([0, 0])).toBe(1);
  });

  it('signedBar grows up for positive values and down for negative ones', () => {
    expect(signedBar(2, 4, 50, 40)).toEqual({ start: 30, size: 20 });
    expect(signedBar(-2, 4, 50, 40)).toEqual({ start: 50, size: 20 });
    expect(signedBar(10, 4, 50, 40)).toEqual({ start: 10, size: 40 });
  });

  it('rectanglesPath draws each rectangle as a closed subpath: its corners, in order', () => {
    const rectangles = [
      { x: 0.4, y: 3, width: 3.2, height: 9 },
      { x: 4.4, y: 12, width: 3.2, height: 0.5 },
    ];
    const subpaths = rectanglesPath(rectangles).match(/M[^M]*/g)!;
    expect(subpaths).toHaveLength(2);
    subpaths.forEach((d, i) => {
      // Walk the relative moves (h, v) from M and collect the corners.
      const [, x0, y0, h1, v1, h2] = /^M(\S+) (\S+)h(\S+)v(\S+)h(\S+)z$/.exec(d)!.map(Number);
      const r = rectangles[i]!;
      const corners = [
        [x0, y0],
        [x0! + h1!, y0],
        [x0! + h1!, y0! + v1!],
        [x0! + h1! + h2!, y0! + v1!],
      ];
      const want = [
        [r.x, r.y],
        [r.x + r.width, r.y],
        [r.x + r.width, r.y + r.height],
        [r.x, r.y + r.height],
      ];
      corners.flat().forEach((c, k) => expect(c).toBeCloseTo(want.flat()[k]!, 12));
    });
  });
});
