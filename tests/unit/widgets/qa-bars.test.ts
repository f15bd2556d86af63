import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixed, percent } from '../../../src/widgets/parts/qa-bars';

describe('percent', () => {
  it('prints a weight with 2–3 significant digits, and says in words what rounding would hide', () => {
    expect(percent(0.8563)).toBe('85.6%');
    expect(percent(0.051)).toBe('5.1%');
    expect(percent(0.0014)).toBe('0.14%');
    expect(percent(0.00012)).toBe('0.012%');
    expect(percent(0.99996)).toBe('>\u00a099.9%');
    expect(percent(3e-7)).toBe('<\u00a00.01%');
    expect(percent(0)).toBe('0%');
    expect(percent(1)).toBe('100%');
  });

  it('never writes e-notation, and never rounds a weight below 1 up to 100 % or above 0 down to 0 %', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (w) => {
        const text = percent(w);
        expect(text).not.toMatch(/e/i);
        if (w > 0 && w < 1) expect(text === '0%' || text === '100%', text).toBe(false);
      }),
    );
  });
});

describe('fixed', () => {
  it('fixed never prints "-0.00"', () => {
    expect(fixed(-0.0001)).toBe('0.00');
    expect(fixed(1.005, 1)).toBe('1.0');
  });
});
