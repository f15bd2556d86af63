import { describe, expect, it } from 'vitest';
import {
  adjectiveKind,
  tryResolve,
  withAdjective,
  SOURCE_SENTENCE,
} from '../../src/widgets/parts/sentence.svelte';

describe('the shared sentence of an article', () => {
  it('resolves the source sentence to "animal" and its wide twin to "street"', () => {
    for (const [sentence, referent] of [
      [SOURCE_SENTENCE, 'animal'],
      [withAdjective(SOURCE_SENTENCE, 'place'), 'street'],
    ] as const) {
      const attempt = tryResolve(sentence);
      if (!attempt.ok) throw new Error(attempt.message);
      expect(attempt.result.tokens[attempt.result.referent]).toBe(referent);
    }
  });

  it('runs the model once per sentence while it is among the last 8 read, however it was typed', () => {
    const first = tryResolve(SOURCE_SENTENCE);
    expect(tryResolve(`  ${SOURCE_SENTENCE.replace('animal', 'ani\u200Bmal')}`)).toBe(first);
    const others = ['dog', 'cat', 'bird', 'horse', 'cow', 'fox', 'wolf', 'bear'].map((noun) =>
      SOURCE_SENTENCE.replace('animal', noun),
    );
    for (const other of others.slice(0, 7)) tryResolve(other);
    expect(tryResolve(SOURCE_SENTENCE)).toBe(first);
    for (const other of others) tryResolve(other);
    const again = tryResolve(SOURCE_SENTENCE);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('turns a bad sentence into a message instead of an exception', () => {
    const attempt = tryResolve('<script>alert(1)</script>');
    expect(attempt.ok).toBe(false);
  });

  it.each([
    [SOURCE_SENTENCE, 'animal'],
    ['The dog didn’t cross the road because it was very icy.', 'place'],
    ['the cat sat because it was sleepy and the hill was steep', 'place'],
    ['The dog barked.', undefined],
  ] as const)('reads the kind of the last known adjective in %j', (sentence, kind) => {
    expect(adjectiveKind(sentence)).toBe(kind);
  });

  it('swaps only the last known adjective and keeps everything else', () => {
    expect(withAdjective(SOURCE_SENTENCE, 'place')).toBe(
      'The animal didn’t cross the street because it was too wide.',
    );
    expect(withAdjective('The old dog didn’t cross the road because it was so icy.', 'animal')).toBe(
      'The old dog didn’t cross the road because it was so tired.',
    );
    expect(withAdjective('No adjective here', 'animal')).toBe('No adjective here');
  });
});
