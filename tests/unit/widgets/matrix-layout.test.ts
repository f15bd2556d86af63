import { describe, expect, it } from 'vitest';
import { labelWidth } from '../../../src/widgets/parts/map-labels';
import { matrixLayout } from '../../../src/widgets/parts/matrix-layout';

describe('matrixLayout', () => {
  const positions = Array.from({ length: 24 }, (_, p) => String(p));

  it('fills the width with the cells after the row labels and keeps one row per label line', () => {
    const layout = matrixLayout(positions, 32, { width: 600, font: 14 });
    expect(layout.left).toBeGreaterThanOrEqual(labelWidth('23', 14));
    expect(layout.width).toBeCloseTo(600, 9);
    expect(layout.cellWidth * 32).toBeCloseTo(600 - layout.left, 9);
    expect(layout.rowStep).toBe(1);
    expect(layout.height).toBeCloseTo(layout.top + 24 * layout.cellHeight + 2, 9);
  });

  it('thins the column numbers so neighbouring labels never collide', () => {
    for (const cols of [8, 16, 32, 64, 128, 256]) {
      const layout = matrixLayout(positions, cols, { width: 600, font: 14 });
      const gap = layout.colStep * layout.cellWidth;
      expect(gap, `${cols} columns`).toBeGreaterThanOrEqual(labelWidth(String(cols), 14));
      // …and no thinner than it must be.
      if (layout.colStep > 1) expect(layout.cellWidth).toBeLessThan(labelWidth(String(cols), 14) + 7);
    }
    expect(matrixLayout(positions, 8, { width: 600, font: 14 }).colStep).toBe(1);
  });
});
