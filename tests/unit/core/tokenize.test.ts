import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core';

describe('tokenize', () => {
  it.each([
    [
      "The animal didn't cross the street because it was too tired.",
      ['the', 'animal', "didn't", 'cross', 'the', 'street', 'because', 'it', 'was', 'too', 'tired', '.'],
    ],
    ['Hello, World!', ['hello', ',', 'world', '!']],
    ['didn’t', ["didn't"]],
    ["rock 'n' roll", ['rock', "'", 'n', "'", 'roll']],
    ["the dogs' bowl", ['the', 'dogs', "'", 'bowl']],
    ['well-known', ['well', '-', 'known']],
    ['  spaced\tout\nlines  ', ['spaced', 'out', 'lines']],
    ['Ünïcödé ÉTÉ', ['ünïcödé', 'été']],
    ['7 cats', ['7', 'cats']],
    ['wait...', ['wait', '.', '.', '.']],
    ['<script>', ['<', 'script', '>']],
    ['I ❤️ 👩‍🔬!', ['i', '❤️', '👩‍🔬', '!']],
    ['', []],
    ['   ', []],
  ])('%j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });

  // Plain ASCII takes a shorter regex; a non-ASCII word after it sends the whole text through the Unicode one.
  it('tokenizes ASCII text as it does the same text with a non-ASCII word after it', () => {
    const ascii = fc.string({
      unit: fc.constantFrom(...'aZ9 \'’-.,!?\t\n<>"'.split(''), ...'abcxyz0123'.split('')),
      maxLength: 40,
    });
    fc.assert(
      fc.property(ascii, (text) => {
        expect([...tokenize(text), 'été']).toEqual(tokenize(`${text} été`));
      }),
    );
  });

  it('handles 10 000 characters', () => {
    expect(tokenize('word '.repeat(2000))).toHaveLength(2000);
  });
});
