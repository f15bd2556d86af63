/** How the embedding map names and draws each group of words: its name, its colour (kind) and its marker shape. */
import { WORD_GROUPS, type WordGroup } from '../../model/word-map';

export const GROUP_NAMES: Readonly<Record<WordGroup, string>> = {
  animal: 'animals',
  place: 'places',
  'animal-plural': 'animals, plural',
  'place-plural': 'places, plural',
  object: 'things that fit in things',
  'animal-adjective': 'adjectives for animals',
  'place-adjective': 'adjectives for places',
  'size-adjective': '“big” and “small”',
  other: 'other words',
};

/** The groups in the order the legend lists them. */
export const GROUP_ORDER: readonly WordGroup[] = [...WORD_GROUPS.map((g) => g.group), 'other'];

/** Colour says what kind of thing a word is about. */
export const GROUP_KIND: Readonly<Record<WordGroup, 'animal' | 'place' | 'object' | 'other'>> = {
  animal: 'animal',
  place: 'place',
  'animal-plural': 'animal',
  'place-plural': 'place',
  object: 'object',
  'animal-adjective': 'animal',
  'place-adjective': 'place',
  'size-adjective': 'object',
  other: 'other',
};

/** Shape says what sort of word it is: a noun, a plural noun, an adjective, or another word. */
export const GROUP_SHAPE: Readonly<Record<WordGroup, 'circle' | 'square' | 'triangle' | 'dot'>> = {
  animal: 'circle',
  place: 'circle',
  object: 'circle',
  'animal-plural': 'square',
  'place-plural': 'square',
  'animal-adjective': 'triangle',
  'place-adjective': 'triangle',
  'size-adjective': 'triangle',
  other: 'dot',
};
