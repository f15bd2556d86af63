import { argmax } from './argmax';

/**
 * The position the model answers: the word of the sentence that the readout of the pronoun gives the most
 * probability (its first occurrence). answerPosition([0.1, 0.7, 0.2], [2, 1, 0]) → 1
 */
export function answerPosition(decoded: readonly number[], ids: readonly number[]): number {
  return argmax(ids.map((id) => decoded[id]!));
}
