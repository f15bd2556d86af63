import { describe, expect, it } from 'vitest';
import { extent, signedBar } from '../../../src/widgets/parts/column-bars';

describe('extent, signedBar', () => {
  it('extent is the largest |x|, 1 when all are 0', () => {
    expect(extent([1, -3], [2])).toBe(3);
    expect(extent([0, 0])).toBe(1);
  });

  it('signedBar grows up for positive values and down for negative ones', () => {
    expect(signedBar(2, 4, 50, 40)).toEqual({ start: 30, size: 20 });
    expect(signedBar(-2, 4, 50, 40)).toEqual({ start: 50, size: 20 });
    expect(signedBar(10, 4, 50, 40)).toEqual({ start: 10, size: 40 });
  });
});
