import { describe, expect, it } from 'vitest';
import { wordVectors } from '../../../src/core/word-vectors';
import { toRows } from '../../../src/core/matrix';

describe('wordVectors', () => {
  it('gives a word the same row wherever it stands, and different words different rows', () => {
    const rows = toRows(wordVectors(['the', 'cat', 'the', 'dog'], 6, 3));
    expect(rows[0]).toEqual(rows[2]);
    expect(rows[1]).not.toEqual(rows[0]);
    expect(rows[3]).not.toEqual(rows[1]);
  });

  it('depends on the seed but not on the other words', () => {
    expect(toRows(wordVectors(['cat'], 4, 1))[0]).toEqual(toRows(wordVectors(['dog', 'cat'], 4, 1))[1]);
    expect(toRows(wordVectors(['cat'], 4, 1))).not.toEqual(toRows(wordVectors(['cat'], 4, 2)));
  });

  it('draws roughly standard normal entries', () => {
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`);
    const { data } = wordVectors(words, 10, 5);
    const mean = data.reduce((s, x) => s + x, 0) / data.length;
    const variance = data.reduce((s, x) => s + (x - mean) ** 2, 0) / data.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(variance - 1)).toBeLessThan(0.08);
  });

  it('rejects a size that is not a whole number ≥ 1', () => {
    expect(() => wordVectors(['a'], 0, 1)).toThrow('wordVectors: d = 0');
  });
});
