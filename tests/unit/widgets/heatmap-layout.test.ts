import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_TEXT_PX, PHONE_FIGURE_WIDTH } from '../../../src/widgets/parts/chart-scale';
import { heatmapLayout } from '../../../src/widgets/parts/heatmap-layout';

/** The label size in CSS px when the SVG is drawn in a frame this wide (max-width: 100%, width attribute). */
function labelPx(layout: ReturnType<typeof heatmapLayout>, frame: number): number {
  return (layout.font * Math.min(frame, layout.drawnWidth)) / layout.width;
}

const words = fc.array(fc.string({ minLength: 1, maxLength: 11 }), { minLength: 1, maxLength: 14 });

describe('heatmapLayout', () => {
  it('labels are ≥ 12 px in any frame from the phone width up, and about 14 px on a desktop', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: PHONE_FIGURE_WIDTH, max: 1400 }), (labels, frame) => {
        const layout = heatmapLayout(labels, labels);
        expect(labelPx(layout, frame)).toBeGreaterThanOrEqual(MIN_TEXT_PX - 1e-9);
        expect(labelPx(layout, 1400)).toBeGreaterThanOrEqual(13.9);
      }),
    );
  });

  it('the running example (12 words) fits a phone with ≥ 12 px labels', () => {
    const tokens = 'the animal didn’t cross the street because it was too tired'.split(' ');
    const layout = heatmapLayout(tokens, tokens);
    expect(labelPx(layout, PHONE_FIGURE_WIDTH)).toBeGreaterThanOrEqual(12);
    expect(layout.left).toBeGreaterThan(0.62 * layout.font * 'because'.length);
  });

  it('room for the labels: the cells start after the row labels and below the slanted column labels', () => {
    const layout = heatmapLayout(['a', 'longer words'], ['x', 'yyyyyyyy']);
    expect(layout.left).toBeGreaterThanOrEqual(0.62 * layout.font * 12);
    expect(layout.top).toBeGreaterThanOrEqual(0.62 * layout.font * 8 * Math.sin((55 * Math.PI) / 180));
    expect(layout.width).toBeGreaterThanOrEqual(layout.left + 2 * layout.cell);
    expect(layout.height).toBeGreaterThanOrEqual(layout.top + 2 * layout.cell);
  });
});
