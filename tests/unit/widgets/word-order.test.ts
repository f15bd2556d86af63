import { describe, expect, it } from 'vitest';
import {
  formatOrder,
  humanDifference,
  moveWord,
  parseOrder,
  swapInText,
} from '../../../src/widgets/parts/word-order';
import { signedFill, signedLimit } from '../../../src/widgets/parts/signed-colour';

describe('word order in the URL', () => {
  it('round-trips', () => {
    expect(parseOrder(formatOrder([3, 0, 2, 1]), 4)).toEqual([3, 0, 2, 1]);
  });
  it.each(['', '1.1', '0.1.2', '0.1.x', '<script>', '1..0', '-1.0'])('rejects %j for two words', (raw) => {
    expect(parseOrder(raw, 2)).toBeUndefined();
  });
});

describe('moveWord', () => {
  it('takes a word out and puts it back elsewhere', () => {
    expect(moveWord([0, 1, 2], 0, 2)).toEqual([1, 2, 0]);
    expect(moveWord([0, 1, 2], 2, 0)).toEqual([2, 0, 1]);
    expect(moveWord([0, 1, 2], 1, 1)).toEqual([0, 1, 2]);
    expect(moveWord([0, 1, 2], 1, 9)).toEqual([0, 2, 1]);
  });
});

describe('humanDifference', () => {
  it.each([
    [0, '0'],
    [4.4e-16, 'less than 10⁻¹⁵'],
    [2e-12, 'less than 10⁻¹¹'],
    [0.001, 'less than 10⁻³'],
    [1.234, '1.23'],
  ])('%s → %s', (x, text) => expect(humanDifference(x)).toBe(text));
});

describe('swapInText', () => {
  it('exchanges two whole words', () => {
    expect(
      swapInText('The trophy didn’t fit in the suitcase because it was too big.', 'trophy', 'suitcase'),
    ).toBe('The suitcase didn’t fit in the trophy because it was too big.');
  });
});

describe('signed colours', () => {
  it('puts 0 at the background and the ends at the two colours', () => {
    expect(signedFill(0, 2)).toBe('color-mix(in oklab, var(--signed-positive) 0%, var(--bg))');
    expect(signedFill(-5, 2)).toBe('color-mix(in oklab, var(--signed-negative) 100%, var(--bg))');
    expect(signedFill(1, 2)).toBe('color-mix(in oklab, var(--signed-positive) 50%, var(--bg))');
    expect(signedFill(NaN, 2)).toContain(' 0%');
    expect(signedLimit([1, -3, NaN])).toBe(3);
  });
});
