import { enumerateExamples, type Example } from './corpus';
import { argmax } from './argmax';
import { encode } from './encode';
import { forward } from './forward';
import { ALL_PAIRS, HELD_OUT_PAIRS } from './pairs';
import { HELD_OUT_TEMPLATE, MAIN_TEMPLATE, TRAINING_TEMPLATES } from './templates';
import type { Weights } from './weights';

/** Shares of examples answered right: by the pointer head (the position) and by the readout (the word). */
export interface Accuracy {
  readonly pointer: number;
  readonly readout: number;
}

/** Accuracy of the pointer and of the readout over the examples, through the core's forward pass. */
export function accuracyOn(weights: Weights, examples: readonly Example[]): Accuracy {
  let pointer = 0;
  let readout = 0;
  for (const example of examples) {
    const result = forward(weights, encode(weights.vocabulary, example.tokens), example.pronoun);
    if (argmax(result.probabilities) === example.referent) pointer += 1;
    if (weights.vocabulary[argmax(result.decoded)] === example.referentWord) readout += 1;
  }
  return { pointer: pointer / examples.length, readout: readout / examples.length };
}

/** The sentence sets the acceptance tests score, each enumerated in full (no sampling). */
export function acceptanceSets(): Record<'heldOutPairs' | 'heldOutTemplate' | 'mainTemplate', Example[]> {
  return {
    heldOutPairs: enumerateExamples(TRAINING_TEMPLATES, HELD_OUT_PAIRS),
    heldOutTemplate: enumerateExamples([HELD_OUT_TEMPLATE], ALL_PAIRS),
    mainTemplate: enumerateExamples([MAIN_TEMPLATE], ALL_PAIRS),
  };
}
