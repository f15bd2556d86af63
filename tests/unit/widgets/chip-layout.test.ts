import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chipLayout } from '../../../src/widgets/parts/chip-layout';
import { labelWidth } from '../../../src/widgets/parts/map-labels';

describe('chipLayout', () => {
  it('puts chips side by side as wide as their words and wraps at the width', () => {
    const font = 10;
    const { chips, height } = chipLayout(['ab', 'cde', 'f'], { width: 40, font, gap: 2, pad: 3 });
    const w = (word: string) => labelWidth(word, font) + 6;
    expect(chips[0]).toEqual({ x: 0, y: 0, width: w('ab'), height: 16 });
    // 'cde' does not fit after 'ab' (12.8 + 6 + 2 + 25.2 > 40): a new row.
    expect(chips[1]).toEqual({ x: 0, y: 18, width: w('cde'), height: 16 });
    expect(chips[2]).toEqual({ x: w('cde') + 2, y: 18, width: w('f'), height: 16 });
    expect(height).toBe(34);
    expect(chipLayout([], { width: 40, font })).toEqual({ chips: [], height: 0 });
  });

  it('keeps reading order, never overlaps, and stays inside the width unless one word alone is wider', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 40 }),
        fc.integer({ min: 60, max: 800 }),
        (words, width) => {
          const { chips, height } = chipLayout(words, { width, font: 14 });
          expect(chips).toHaveLength(words.length);
          chips.forEach((c, i) => {
            if (c.x > 0) expect(c.x + c.width).toBeLessThanOrEqual(width + 1e-9);
            expect(c.y + c.height).toBeLessThanOrEqual(height + 1e-9);
            const before = chips[i - 1];
            if (before) {
              if (c.y === before.y) expect(c.x).toBeGreaterThan(before.x + before.width);
              else expect(c.y).toBeGreaterThan(before.y);
            }
          });
        },
      ),
    );
  });
});
