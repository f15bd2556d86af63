import { describe, expect, it } from 'vitest';
import { findWords } from '../../../src/widgets/parts/word-search';

const words = ['dog', 'dogs', 'hedgehog', 'road', 'Roads'];

describe('findWords', () => {
  it.each([
    ['dog', [0]],
    ['  DOG ', [0]],
    ['do', [0, 1]],
    ['road', [3]],
    ['roads', [4]],
    ['hog', [2]],
    ['og', [0, 1, 2]],
    ['cat', []],
    ['', []],
    ['   ', []],
    ['<script>', []],
  ])('%j finds %j', (text, found) => {
    expect(findWords(words, text)).toEqual(found);
  });
});
