import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareInWords } from '../../../src/widgets/parts/share-words';

describe('shareInWords', () => {
  it('says a ratio as a percentage down to 1 %, then as one part in N', () => {
    expect(shareInWords(1)).toBe('100%');
    expect(shareInWords(0.585)).toBe('59%');
    expect(shareInWords(0.01)).toBe('1%');
    expect(shareInWords(0.0099)).toBe('one part in 100');
    expect(shareInWords(3.277e-4)).toBe('one part in 3,100');
    expect(shareInWords(2.589e-7)).toBe('one part in 3.9 million');
    expect(shareInWords(1e-9)).toBe('one part in 1,000 million');
  });

  it('is safe for 0, NaN and infinities', () => {
    expect(shareInWords(0)).toBe('nothing');
    expect(shareInWords(Number.NaN)).toBe('—');
    expect(shareInWords(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('never writes e-notation, and N is 1/ratio within rounding to 2 significant digits', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 0.0099, noNaN: true }), (r) => {
        const text = shareInWords(r);
        expect(text).not.toMatch(/\de/i);
        const match = /^one part in ([\d,.]+)( million)?$/.exec(text);
        expect(match, text).not.toBeNull();
        const n = Number(match![1]!.replaceAll(',', '')) * (match![2] ? 1e6 : 1);
        expect(Math.abs(n * r - 1)).toBeLessThan(0.051);
      }),
    );
  });
});
