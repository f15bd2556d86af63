import { answerPosition } from './answer';
import { enumerateExamples, fill, type Example } from './corpus';
import { encode } from './encode';
import { forward, type ForwardOptions } from './forward';
import { ALL_PAIRS, HELD_OUT_PAIRS, OBJECT_PAIRS } from './pairs';
import { HELD_OUT_TEMPLATE, MAIN_TEMPLATE, TRAINING_TEMPLATES, WINOGRAD_TEMPLATE } from './templates';
import type { Weights } from './weights';
import { ADJECTIVES, INTENSIFIERS, PLURAL, SIZE_ADJECTIVES, adjectiveKind } from './words';

/** The position the model answers for an example, through the core's forward pass. */
export function answerOf(weights: Weights, example: Example, options: ForwardOptions = {}): number {
  const ids = encode(weights.vocabulary, example.tokens);
  return answerPosition(forward(weights, ids, example.pronoun, options).decoded, ids);
}

/** Share of examples whose answer is the referent. */
export function accuracyOn(
  weights: Weights,
  examples: readonly Example[],
  options: ForwardOptions = {},
): number {
  let right = 0;
  for (const example of examples) if (answerOf(weights, example, options) === example.referent) right += 1;
  return right / examples.length;
}

/** The main template with a plural referent ("the dogs … they were too tired"), the other noun singular or plural. */
function pluralExamples(): Example[] {
  return ALL_PAIRS.flatMap(({ animal, place }) =>
    ADJECTIVES.flatMap((adjective) => {
      const animalReferent = adjectiveKind(adjective) === 'animal';
      return [false, true].flatMap((otherPlural) =>
        INTENSIFIERS.map((intensifier) =>
          fill(MAIN_TEMPLATE, {
            animal: animalReferent || otherPlural ? PLURAL[animal]! : animal,
            place: !animalReferent || otherPlural ? PLURAL[place]! : place,
            pronoun: 'they',
            intensifier,
            adjective,
          }),
        ),
      );
    }),
  );
}

export type AcceptanceSet = 'mainTemplate' | 'heldOutPairs' | 'heldOutTemplate' | 'winograd' | 'plural';

/** The sentence sets the acceptance tests score, each enumerated in full (no sampling). */
export function acceptanceSets(): Record<AcceptanceSet, Example[]> {
  return {
    mainTemplate: enumerateExamples([MAIN_TEMPLATE], ALL_PAIRS),
    heldOutPairs: enumerateExamples(TRAINING_TEMPLATES, HELD_OUT_PAIRS),
    heldOutTemplate: enumerateExamples([HELD_OUT_TEMPLATE], ALL_PAIRS),
    winograd: enumerateExamples([WINOGRAD_TEMPLATE], OBJECT_PAIRS, SIZE_ADJECTIVES),
    plural: pluralExamples(),
  };
}
