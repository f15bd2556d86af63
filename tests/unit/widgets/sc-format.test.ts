import { describe, expect, it } from 'vitest';
import { fixed } from '../../../src/widgets/parts/sc-format';

describe('fixed', () => {
  it.each([
    [1.23456, 3, '1.235'],
    [-1.23456, 3, '-1.235'],
    [-0.0001, 3, '0.000'],
    [-0.0006, 3, '-0.001'],
    [-0, 3, '0.000'],
    [0, 2, '0.00'],
    [-0.004, 2, '0.00'],
    [-0.4, 0, '0'],
    [NaN, 3, 'NaN'],
  ])('fixed(%s, %s) → %s', (x, digits, text) => {
    expect(fixed(x, digits)).toBe(text);
  });
});
