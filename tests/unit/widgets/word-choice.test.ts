import { describe, expect, it } from 'vitest';
import { chosenIndex, wordChoiceSpec } from '../../../src/widgets/parts/word-choice';

describe('wordChoiceSpec', () => {
  const spec = wordChoiceSpec('query', 'query word', () => ['the (1)', 'animal', 'it']);

  it('accepts a word of the sentence, in any case and with stray spaces', () => {
    expect(spec.parse('animal')).toBe('animal');
    expect(spec.parse(' Animal ')).toBe('animal');
    expect(spec.parse('the (1)')).toBe('the (1)');
  });

  it('refuses words the sentence does not have, markup and very long input', () => {
    for (const raw of ['street', '', 'the', '<script>alert(1)</script>', 'a'.repeat(10_000)]) {
      expect(spec.parse(raw), raw.slice(0, 20)).toBeUndefined();
    }
  });

  it('defaults to the empty choice and writes a word back unchanged', () => {
    expect(spec.fallback).toBe('');
    expect(spec.format('animal')).toBe('animal');
    expect(spec.key).toBe('query');
  });
});

describe('chosenIndex', () => {
  const labels = ['the', 'animal', 'it'];
  it('finds the chosen word and falls back for no choice or a word that is gone', () => {
    expect(chosenIndex(labels, 'animal', 2)).toBe(1);
    expect(chosenIndex(labels, '', 2)).toBe(2);
    expect(chosenIndex(labels, 'street', 0)).toBe(0);
  });
});
