import { describe, expect, it } from 'vitest';
import {
  cleanSentence,
  model,
  problemMessage,
  replaceWord,
  SENTENCE_LIMIT,
  SOURCE_SENTENCE,
  suggestions,
  tryResolve,
  type SentenceProblem,
} from '../../../src/widgets/parts/sentence.svelte';

const failed = (sentence: string) => {
  const attempt = tryResolve(sentence);
  if (attempt.ok) throw new Error(`expected ${JSON.stringify(sentence)} to fail`);
  return attempt;
};

describe('what a reader is told about a sentence the model cannot read', () => {
  it.each([
    ['', 'empty', /The sentence is empty\. Type a sentence with “it”/],
    ['   ', 'empty', /empty/],
    [
      'x'.repeat(SENTENCE_LIMIT + 1),
      'too-long',
      new RegExp(`${SENTENCE_LIMIT + 1} characters; .* at most ${SENTENCE_LIMIT}`),
    ],
    ['The animal didn’t cross the street.', 'no-pronoun', /needs/],
    [
      'The zebra didn’t cross the street because it was too tired.',
      'unknown-words',
      /“\u2068zebra\u2069” isn’t a word/,
    ],
  ])('%j: %s', (sentence, reason, message) => {
    const { problem, message: text } = failed(sentence);
    expect(problem.reason).toBe(reason);
    expect(text).toMatch(message);
    expect(text, 'no developer wording').not.toMatch(/resolve:|model\.vocabulary|\\u/);
  });

  it('lists the unknown words once each, markup as plain characters, and names known words to use', () => {
    const { problem, message } = failed('<script>alert(1)</script> it <script>');
    expect(problem).toEqual({
      reason: 'unknown-words',
      words: expect.arrayContaining(['<', 'script', 'alert']),
    });
    if (problem.reason !== 'unknown-words') return;
    expect(new Set(problem.words).size).toBe(problem.words.length);
    expect(message).toMatch(/aren’t words this model knows\. It knows only the \d+ words/);
  });

  it('every message names a way out', () => {
    const problems: SentenceProblem[] = [
      { reason: 'empty' },
      { reason: 'too-long', limit: 300, length: 412, unit: 'characters' },
      { reason: 'unknown-words', words: ['zebra'] },
      { reason: 'no-pronoun' },
      { reason: 'other' },
    ];
    for (const problem of problems) {
      expect(problemMessage(problem)).toMatch(/Reset|Try|such as|needs/);
    }
  });
});

describe('cleanSentence', () => {
  it('removes invisible characters and names them, so a pasted sentence still reads', () => {
    const pasted = `The\u200B animal\u202E didn’t cross the street because it was too tired.\uFEFF`;
    const { text, removed } = cleanSentence(pasted);
    expect(text).toBe(SOURCE_SENTENCE);
    expect(removed).toEqual([
      'U+200B (zero-width space)',
      'U+202E (right-to-left override)',
      'U+FEFF (zero-width no-break space)',
    ]);
    expect(tryResolve(pasted).ok).toBe(true);
  });

  it('folds runs of white space, no-break spaces included', () => {
    expect(cleanSentence('  a \u00A0\t b  ').text).toBe('a b');
  });
});

describe('chips: known words for an unknown one', () => {
  it('suggests words the model knows, the closest in spelling first', () => {
    const words = suggestions('dgo');
    expect(words.slice(0, 3)).toContain('dog');
    for (const w of words) expect(model.vocabulary).toContain(w);
    expect(suggestions('')).toContain('dog');
  });

  it('replaces the first whole-word occurrence in any case, leaving the rest', () => {
    expect(replaceWord('The Zebra saw a zebra.', 'zebra', 'dog')).toBe('The dog saw a zebra.');
    expect(replaceWord('zebras and zebra', 'zebra', 'dog')).toBe('zebras and dog');
    expect(replaceWord('a < b', '<', 'the')).toBe('a the b');
    expect(replaceWord('The dog didn’t go', "didn't", 'did')).toBe('The dog did go');
  });

  it('a chip turns the unknown word into a sentence the model reads', () => {
    const sentence = 'The zebra didn’t cross the street because it was too tired.';
    expect(
      tryResolve(replaceWord(sentence, 'zebra', suggestions('zebra').find((w) => w === 'dog') ?? 'dog')).ok,
    ).toBe(true);
  });
});
