import { describe, expect, it } from 'vitest';
import { MAX_WORDS, longSentence } from '../../../src/widgets/long-sentence';

describe('longSentence', () => {
  it('starts with the running sentence and has words for the figure’s 64 tokens', () => {
    expect(longSentence(11).join(' ')).toBe("The animal didn't cross the street because it was too tired.");
    expect(MAX_WORDS).toBeGreaterThanOrEqual(64);
    expect(longSentence(64)).toHaveLength(64);
    expect(longSentence(64).every((w) => w.trim() === w && w.length > 0)).toBe(true);
  });

  it('refuses counts it cannot give', () => {
    expect(() => longSentence(-1)).toThrow(/whole number from 0 to/);
    expect(() => longSentence(MAX_WORDS + 1)).toThrow(/whole number from 0 to/);
    expect(() => longSentence(2.5)).toThrow(/whole number/);
  });
});
