import { describe, expect, it } from 'vitest';
import { loadPretrained, MAX_CHARACTERS, PLURAL_SENTENCE, ResolveError, resolve } from '../../../src/model';
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
    const { tokens, layers, wordProbabilities } = resolve(model, SOURCE_SENTENCE);
    const n = tokens.length;
    expect(wordProbabilities).toHaveLength(n);
    expect(layers.map((l) => l.heads.length)).toEqual([4, 1]);
    for (const layer of layers) {
      expect([layer.output.rows, layer.output.cols]).toEqual([n, 32]);
      expect([layer.concat.rows, layer.concat.cols]).toEqual([n, 8 * layer.heads.length]);
      for (const head of layer.heads) {
        for (const m of [head.q, head.k, head.v, head.output]) expect([m.rows, m.cols]).toEqual([n, 8]);
        for (const m of [head.scores, head.scaled, head.weights]) expect([m.rows, m.cols]).toEqual([n, n]);
        expect(head.scaled.data[0]).toBeCloseTo(head.scores.data[0]! / Math.sqrt(8), 12);
        for (let i = 0; i < n; i++) {
          expect(head.weights.data.slice(i * n, (i + 1) * n).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
        }
      }
    }
  });

  it('accepts "they" with plural nouns', () => {
    const result = resolve(model, PLURAL_SENTENCE);
    expect(result.tokens[result.pronoun]).toBe('they');
    expect(result.tokens[result.referent]).toBe('dogs');
  });

  it('answers with the sentence word the readout names most', () => {
    const result = resolve(model, WIDE_TWIN);
    const best = result.wordProbabilities.indexOf(Math.max(...result.wordProbabilities));
    expect(result.referent).toBe(best);
    expect(result.decoded.probability).toBeGreaterThanOrEqual(result.wordProbabilities[best]!);
  });

  it('does not care about capitals, apostrophe style or the final period', () => {
    const plain = resolve(model, "the animal didn't cross the street because it was too tired");
    expect(plain.tokens[plain.referent]).toBe('animal');
    expect(resolve(model, 'THE ANIMAL DIDN’T CROSS THE STREET BECAUSE IT WAS TOO WIDE').referent).toBe(5);
  });

  it.each([
    ['', /empty/],
    ['   \n ', /empty/],
    ['the animal was tired', /no "it" or "they"/],
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

  it.each([
    ['', 'empty', []],
    ['x'.repeat(400), 'too-long', []],
    ['the zebra saw it', 'unknown-words', ['zebra', 'saw']],
    ['the animal was tired', 'no-pronoun', []],
  ])('throws a ResolveError that says why for %j', (sentence, reason, words) => {
    let error: unknown;
    try {
      resolve(model, sentence);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ResolveError);
    expect(error).toMatchObject({ reason, words, limit: MAX_CHARACTERS });
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
