import { HELD_OUT_TEMPLATE, TRAINING_TEMPLATES } from './templates';
import { ADJECTIVES, ANIMALS, INTENSIFIERS, NEUTRAL_WORDS, PLACES } from './words';

function templateWords(template: string): string[] {
  return template.split(' ').filter((word) => !word.startsWith('{'));
}

/** Every token the corpus can produce, in a fixed order: template words, nouns, adjectives, extras. */
export const VOCABULARY: readonly string[] = [
  ...new Set([
    ...[...TRAINING_TEMPLATES, HELD_OUT_TEMPLATE].flatMap(templateWords),
    ...ANIMALS,
    ...PLACES,
    ...ADJECTIVES,
    ...INTENSIFIERS,
    ...NEUTRAL_WORDS,
    '.',
  ]),
];
