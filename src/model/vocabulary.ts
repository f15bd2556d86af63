import { HELD_OUT_TEMPLATE, OBJECT_TEMPLATES, TRAINING_TEMPLATES } from './templates';
import {
  ADJECTIVES,
  ANIMALS,
  BE,
  INTENSIFIERS,
  NEUTRAL_WORDS,
  OBJECTS,
  PLACES,
  PLURAL,
  PRONOUNS,
  SIZE_ADJECTIVES,
} from './words';

function templateWords(template: string): string[] {
  return template.split(' ').filter((word) => !word.startsWith('{'));
}

/**
 * Stands in for a hidden word during training (the masked-word task). tokenize never produces it, so no
 * sentence a reader types contains it.
 */
export const MASK = '[mask]';

/** Every token the corpus can produce, in a fixed order: template words, nouns, adjectives, extras. */
export const VOCABULARY: readonly string[] = [
  ...new Set([
    ...[...TRAINING_TEMPLATES, HELD_OUT_TEMPLATE, ...OBJECT_TEMPLATES].flatMap(templateWords),
    ...PRONOUNS,
    ...Object.values(BE),
    ...ANIMALS,
    ...PLACES,
    ...Object.values(PLURAL),
    ...OBJECTS,
    ...ADJECTIVES,
    ...SIZE_ADJECTIVES,
    ...INTENSIFIERS,
    ...NEUTRAL_WORDS,
    '.',
    MASK,
  ]),
];
