import { tokenize } from '../core';
import { numberConflict, type NumberConflict } from './agreement';
import { answerPosition } from './answer';
import { argmax } from './argmax';
import { forward, type ForwardOptions, type LayerResult } from './forward';
import { MASK } from './vocabulary';
import type { Weights } from './weights';
import { PRONOUNS } from './words';

/** The trained model: its weights, vocabulary included. */
export type Model = Weights;

export interface Resolution {
  readonly tokens: string[];
  /** Position of the pronoun ("it" or "they", the first one). */
  readonly pronoun: number;
  /** The model's answer: the position of the word the readout of the pronoun names most. */
  readonly referent: number;
  /** Every intermediate, per layer and head, as the core computed it (rows of weights = queries). */
  readonly layers: readonly LayerResult[];
  /** The word the readout of the pronoun names most (over the whole vocabulary), with its probability. */
  readonly decoded: { readonly word: string; readonly probability: number };
  /** The readout's probability of each token of the sentence (the word at that position). */
  readonly wordProbabilities: number[];
  /** Set when the pronoun's number and the adjective's meaning point at different nouns; the model still answers. */
  readonly conflict: NumberConflict | undefined;
}

export const MAX_CHARACTERS = 300;
export const MAX_TOKENS = 40;

export type ResolveFailure = 'empty' | 'too-long' | 'unknown-words' | 'no-pronoun';

/**
 * Why a sentence can't be resolved, for developers (message) and for widgets that say it to readers in their own
 * words (reason, words, limit).
 */
export class ResolveError extends Error {
  readonly reason: ResolveFailure;
  /** The unknown words, for 'unknown-words'. */
  readonly words: readonly string[];
  /** The length limit in characters, for 'too-long'. */
  readonly limit: number;

  constructor(reason: ResolveFailure, message: string, words: readonly string[] = []) {
    super(message);
    this.name = 'ResolveError';
    this.reason = reason;
    this.words = words;
    this.limit = MAX_CHARACTERS;
  }
}

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
    `resolve: unknown ${noun} ${listed} — the model only knows the ${vocabulary.length - 1} words of its ` +
    `training sentences (model.vocabulary), such as animal, dog, street, trophy, tired, wide`
  );
}

/** The tokens of a sentence the model can read; throws a ResolveError otherwise. */
function checkedTokens(model: Model, sentence: string): string[] {
  if (sentence.trim() === '')
    throw new ResolveError('empty', 'resolve: the sentence is empty — type a sentence with "it" in it');
  if (sentence.length > MAX_CHARACTERS) {
    throw new ResolveError(
      'too-long',
      `resolve: the sentence is too long (${sentence.length} characters; at most ${MAX_CHARACTERS})`,
    );
  }
  const tokens = tokenize(sentence);
  if (tokens.length > MAX_TOKENS) {
    throw new ResolveError(
      'too-long',
      `resolve: the sentence is too long (${tokens.length} tokens; at most ${MAX_TOKENS})`,
    );
  }
  const unknown = [...new Set(tokens.filter((t) => t === MASK || !model.vocabulary.includes(t)))];
  if (unknown.length > 0)
    throw new ResolveError('unknown-words', unknownWordsMessage(unknown, model.vocabulary), unknown);
  if (!tokens.some((t) => (PRONOUNS as readonly string[]).includes(t)))
    throw new ResolveError(
      'no-pronoun',
      'resolve: there is no "it" or "they" in the sentence — the model resolves pronouns',
    );
  return tokens;
}

/**
 * What the pronoun refers to, read from what layer 2 writes at it, with every intermediate.
 * resolve(model, 'The animal didn’t cross the street because it was too tired.').tokens[referent] → 'animal'
 * options.positions: false runs it without positions (a bag of words); options.ablate silences heads.
 */
export function resolve(model: Model, sentence: string, options: ForwardOptions = {}): Resolution {
  const tokens = checkedTokens(model, sentence);
  const pronoun = tokens.findIndex((t) => (PRONOUNS as readonly string[]).includes(t));
  const ids = tokens.map((t) => model.vocabulary.indexOf(t));
  const { layers, decoded } = forward(model, ids, pronoun, options);
  const best = argmax(decoded);
  return {
    tokens,
    pronoun,
    referent: answerPosition(decoded, ids),
    layers,
    decoded: { word: model.vocabulary[best]!, probability: decoded[best]! },
    wordProbabilities: ids.map((id) => decoded[id]!),
    conflict: numberConflict(tokens, pronoun),
  };
}
