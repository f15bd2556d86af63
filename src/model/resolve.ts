import { tokenize, type HeadResult, type Matrix } from '../core';
import { argmax } from './argmax';
import { forward } from './forward';
import type { Weights } from './weights';

/** The trained model: its weights, vocabulary included. */
export type Model = Weights;

export interface Resolution {
  readonly tokens: string[];
  /** Position of "it" (the first one). */
  readonly pronoun: number;
  /** Position the pointer head at "it" attends to most: the model's answer. */
  readonly referent: number;
  /** The pointer head's attention row at "it", over token positions; sums to 1. */
  readonly probabilities: number[];
  /** Every intermediate, per layer and head, as the core computed it. */
  readonly layers: { readonly heads: HeadResult[]; readonly output: Matrix }[];
  /** The word the output vector of "it" decodes to, with its probability. */
  readonly decoded: { readonly word: string; readonly probability: number };
}

export const MAX_CHARACTERS = 300;
export const MAX_TOKENS = 40;

/** A word as an error message may show it: quoted, short, and with no character that could open markup. */
function quote(word: string): string {
  const short = word.length > 24 ? `${word.slice(0, 24)}…` : word;
  return JSON.stringify(short).replace(
    /[<>&]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function unknownWordsMessage(unknown: string[], vocabulary: readonly string[]): string {
  const listed = unknown.slice(0, 5).map(quote).join(', ') + (unknown.length > 5 ? ', …' : '');
  const noun = unknown.length === 1 ? 'word' : 'words';
  return (
    `resolve: unknown ${noun} ${listed} — the model only knows the ${vocabulary.length} words of its ` +
    `training sentences (model.vocabulary), such as animal, dog, street, river, tired, wide`
  );
}

/** The tokens of a sentence the model can read; throws a clear Error otherwise. */
function checkedTokens(model: Model, sentence: string): string[] {
  if (sentence.trim() === '')
    throw new Error('resolve: the sentence is empty — type a sentence with "it" in it');
  if (sentence.length > MAX_CHARACTERS) {
    throw new Error(
      `resolve: the sentence is too long (${sentence.length} characters; at most ${MAX_CHARACTERS})`,
    );
  }
  const tokens = tokenize(sentence);
  if (tokens.length > MAX_TOKENS) {
    throw new Error(`resolve: the sentence is too long (${tokens.length} tokens; at most ${MAX_TOKENS})`);
  }
  const unknown = [...new Set(tokens.filter((t) => !model.vocabulary.includes(t)))];
  if (unknown.length > 0) throw new Error(unknownWordsMessage(unknown, model.vocabulary));
  if (!tokens.includes('it'))
    throw new Error('resolve: there is no "it" in the sentence — the model resolves "it"');
  return tokens;
}

/**
 * What "it" refers to, read from the layer-2 pointer head's attention at "it", with every intermediate.
 * resolve(model, 'The animal didn’t cross the street because it was too tired.').tokens[referent] → 'animal'
 */
export function resolve(model: Model, sentence: string): Resolution {
  const tokens = checkedTokens(model, sentence);
  const pronoun = tokens.indexOf('it');
  const ids = tokens.map((t) => model.vocabulary.indexOf(t));
  const { layers, probabilities, decoded } = forward(model, ids, pronoun);
  const best = argmax(decoded);
  return {
    tokens,
    pronoun,
    referent: argmax(probabilities),
    probabilities,
    layers,
    decoded: { word: model.vocabulary[best]!, probability: decoded[best]! },
  };
}
