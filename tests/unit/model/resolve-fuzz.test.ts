import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResolveError, loadPretrained, resolve } from '../../../src/model';

const model = loadPretrained();
const words = model.vocabulary.filter((w) => w !== '[mask]');
const hostile = ['<script>', '</p>', '&amp;', '"', '\u202E', '\u200B', '🐕', 'zebra', '[mask]', '\n', '  '];

/** A sentence from known words, hostile fragments and arbitrary unicode, in any mix. */
const sentence = fc
  .array(
    fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...hostile),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    {
      maxLength: 45,
    },
  )
  .map((parts) => parts.join(' '));

describe('resolve on hostile input', () => {
  it('answers with a position in the sentence or throws a ResolveError whose message carries no markup', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        try {
          const result = resolve(model, text);
          expect(result.referent).toBeGreaterThanOrEqual(0);
          expect(result.referent).toBeLessThan(result.tokens.length);
          expect(['it', 'they']).toContain(result.tokens[result.pronoun]);
        } catch (error) {
          expect(error).toBeInstanceOf(ResolveError);
          expect((error as ResolveError).message).not.toMatch(/[<>&]/);
          expect(['empty', 'too-long', 'unknown-words', 'no-pronoun']).toContain(
            (error as ResolveError).reason,
          );
        }
      }),
      { numRuns: 1000 },
    );
  });
});
