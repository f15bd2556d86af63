import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { count, decimal, fixed, magnitude, percent } from '../../../src/widgets/format';

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

describe('percent', () => {
  it.each([
    [0.8561, '85.6%'],
    [0.0512, '5.1%'],
    [0.0404, '4%'],
    [0.00143, '0.14%'],
    [0.000101, '0.01%'],
    [0.00009, '< 0.01%'],
    [1e-23, '< 0.01%'],
    [0, '0%'],
    [1, '100%'],
    [0.99999, '99.9%'],
    [0.5, '50%'],
    [NaN, '—'],
  ])('percent(%s) → %s', (share, text) => {
    expect(percent(share)).toBe(text);
  });

  it('never prints e-notation and keeps 2–3 significant digits', () => {
    for (let e = -4; e <= 0; e += 0.137) {
      const text = percent(10 ** e);
      expect(text).not.toMatch(/e/);
      const digits = text.replace(/[^0-9]/g, '').replace(/^0+/, '');
      expect(digits.length).toBeLessThanOrEqual(3);
    }
  });
});

describe('decimal', () => {
  it.each([
    [0.001125, '0.0011'],
    [0.1743, '0.17'],
    [1.0444e-6, '0.0000010'],
    [2.5e-9, '< 0.000001'],
  ])('decimal(%s) → %s', (x, text) => {
    expect(decimal(x)).toBe(text);
  });

  it('keeps large values plain with enough digits', () => {
    expect(decimal(155.2, 3)).toBe('155');
    expect(decimal(2.83, 3)).toBe('2.83');
  });
});

describe('magnitude', () => {
  it.each([
    [0.0123, '0.012'],
    [0.29, '0.29'],
    [4.56e-7, '4.6 × 10⁻⁷'],
    [1e-12, '1.0 × 10⁻¹²'],
    [0, '0.0'],
  ])('magnitude(%s) → %s', (x, text) => {
    expect(magnitude(x)).toBe(text);
  });

  it('never prints e-notation', () => {
    for (let e = -15; e <= 0; e += 0.37) expect(magnitude(10 ** e)).not.toMatch(/e/);
  });
});

describe('count', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [-1234567, '-1,234,567'],
    [1234.5, '1,234.5'],
    [3.9, '3.9'],
  ])('count(%s) → %s', (x, text) => {
    expect(count(x)).toBe(text);
  });

  // Node's ICU is the independent reference: the figures must read as toLocaleString('en-US') would write them.
  it('groups whole numbers and short decimals as en-US toLocaleString does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), fc.integer({ min: 0, max: 3 }), (n, digits) => {
        const x = Number((n / 10 ** digits).toFixed(digits));
        expect(count(x)).toBe(x.toLocaleString('en-US'));
      }),
    );
  });
});
