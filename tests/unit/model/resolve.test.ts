import { describe, expect, it } from 'vitest';
import { loadPretrained, MAX_CHARACTERS, resolve } from '../../../src/model';
import { SOURCE_SENTENCE, WIDE_TWIN } from '../../../src/model/sentences';

const model = loadPretrained();

describe('resolve', () => {
  it('reads the source sentence exactly as written: capital, typographic apostrophe, period', () => {
    const result = resolve(model, SOURCE_SENTENCE);
    expect(result.tokens).toEqual([
      'the',
      'animal',
      "didn't",
      'cross',
      'the',
      'street',
      'because',
      'it',
      'was',
      'too',
      'tired',
      '.',
    ]);
    expect(result.pronoun).toBe(7);
    expect(result.tokens[result.referent]).toBe('animal');
    expect(result.decoded.word).toBe('animal');
  });

  it('gives the street for the "wide" twin', () => {
    const result = resolve(model, WIDE_TWIN);
    expect(result.tokens[result.referent]).toBe('street');
    expect(result.decoded.word).toBe('street');
  });

  it('returns every intermediate per layer and head, with the orientation of the guide', () => {
    const { tokens, probabilities, layers } = resolve(model, SOURCE_SENTENCE);
    const n = tokens.length;
    expect(probabilities).toHaveLength(n);
    expect(probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    expect(layers).toHaveLength(2);
    for (const layer of layers) {
      expect(layer.heads).toHaveLength(2);
      expect([layer.output.rows, layer.output.cols]).toEqual([n, 16]);
      for (const head of layer.heads) {
        for (const m of [head.q, head.k, head.v, head.output]) expect([m.rows, m.cols]).toEqual([n, 8]);
        for (const m of [head.scores, head.scaled, head.weights]) expect([m.rows, m.cols]).toEqual([n, n]);
        expect(head.scaled.data[0]).toBeCloseTo(head.scores.data[0]! / Math.sqrt(8), 12);
      }
    }
    const pointerRow = layers[1]!.heads[0]!.weights.data.slice(7 * n, 8 * n);
    expect([...pointerRow]).toEqual(probabilities);
  });

  it('does not care about capitals, apostrophe style or the final period', () => {
    const plain = resolve(model, "the animal didn't cross the street because it was too tired");
    expect(plain.tokens[plain.referent]).toBe('animal');
    expect(resolve(model, 'THE ANIMAL DIDN’T CROSS THE STREET BECAUSE IT WAS TOO WIDE').referent).toBe(5);
  });

  it.each([
    ['', /empty/],
    ['   \n ', /empty/],
    ['the animal was tired', /no "it"/],
    ['it '.repeat(41), /too long \(41 tokens; at most 40\)/],
    ['x'.repeat(10_000), new RegExp(`too long \\(10000 characters; at most ${MAX_CHARACTERS}\\)`)],
  ])('rejects %j with a clear message', (sentence, message) => {
    expect(() => resolve(model, sentence)).toThrow(message);
  });

  it('names unknown words and points to the vocabulary', () => {
    expect(() => resolve(model, 'the zebra jumped over it')).toThrow(
      /unknown words "zebra", "jumped", "over" — the model only knows the \d+ words .*model\.vocabulary/,
    );
  });

  it('never echoes markup', () => {
    for (const sentence of ['<script>alert(1)</script> it', 'it <img src=x onerror=alert(1)>', 'it & 🐕']) {
      let message = '';
      try {
        resolve(model, sentence);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^resolve: unknown word/);
      expect(message).not.toMatch(/[<>&]/);
    }
  });
});
