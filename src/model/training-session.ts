import { row } from '../core';
import { headResult } from './head-result';
import { resolve } from './resolve';
import { SOURCE_SENTENCE } from './sentences';
import { createTrainer, type Trainer } from './trainer';

/** Messages the page sends to the training worker. */
export type SessionRequest =
  | { readonly type: 'start'; readonly seed: number; readonly until?: number }
  | { readonly type: 'stop' }
  | { readonly type: 'reset'; readonly seed: number };

/** Layer 2's attention row at "it" for the sentence the widget shows, and the model's answer. */
export interface AttentionRow {
  readonly tokens: string[];
  readonly pronoun: number;
  readonly weights: number[];
  /** The position the model answers now. */
  readonly answer: number;
}

/** Messages the worker sends back. */
export type SessionReport =
  | {
      readonly type: 'progress';
      readonly seed: number;
      readonly step: number;
      /** Mean training loss over the steps since the last progress report. */
      readonly loss: number;
      /** Share of a fixed test sample (half unseen noun pairs, half Winograd's trained template) resolved right. */
      readonly accuracy: number;
      /** Milliseconds spent training (not paused) since the trainer was created. */
      readonly elapsed: number;
      readonly attention: AttentionRow;
    }
  | { readonly type: 'reset'; readonly seed: number; readonly step: 0; readonly attention: AttentionRow }
  | { readonly type: 'stopped'; readonly step: number }
  | { readonly type: 'done'; readonly step: number }
  | { readonly type: 'error'; readonly message: string };

/** What the session needs from its host: in the worker, postMessage, setTimeout(…, 0) and performance.now. */
export interface SessionHost {
  post(report: SessionReport): void;
  /** Runs the callback later, after pending messages (such as stop) have been handled. */
  schedule(callback: () => void): void;
  now(): number;
}

export interface SessionOptions {
  /** Steps per chunk: a progress report after each, and a chance for stop to arrive. */
  readonly progressEvery: number;
  /** Training ends by itself after this many steps, unless start says `until`. */
  readonly maxSteps: number;
  readonly sentence: string;
}

export const SESSION_OPTIONS: SessionOptions = {
  progressEvery: 10,
  maxSteps: 3000,
  sentence: SOURCE_SENTENCE,
};

/** Layer 2's head: in a model being trained the roles are not measured yet, and it is the only head there. */
const TRAINED_POINTER = { layer: 1, head: 0 } as const;

function attentionRow(trainer: Trainer, sentence: string): AttentionRow {
  const resolution = resolve(trainer.weights(), sentence);
  const weights = row(headResult(resolution, TRAINED_POINTER).weights, resolution.pronoun);
  return { tokens: resolution.tokens, pronoun: resolution.pronoun, weights, answer: resolution.referent };
}

function isStepCount(steps: unknown): steps is number {
  return Number.isInteger(steps) && (steps as number) > 0;
}

function isSeed(seed: unknown): seed is number {
  return Number.isInteger(seed) && Math.abs(seed as number) < 2 ** 31;
}

/**
 * The training worker's logic without the worker: start trains (from scratch when there is no trainer or the
 * seed changed, otherwise it resumes), stop pauses, reset discards the trainer and reports the untrained state.
 */
export function createTrainingSession(host: SessionHost, overrides: Partial<SessionOptions> = {}) {
  const options = { ...SESSION_OPTIONS, ...overrides };
  let trainer: Trainer | undefined;
  let seed = 0;
  let step = 0;
  let elapsed = 0;
  let run = 0; // bumped by every start/stop/reset, so a chunk scheduled by an earlier run never trains
  let running = false;
  let limit = options.maxSteps;

  const fresh = (newSeed: number): Trainer => {
    seed = newSeed;
    step = 0;
    elapsed = 0;
    trainer = createTrainer(newSeed);
    return trainer;
  };

  const chunk = (current: Trainer, id: number): void => {
    if (id !== run) return;
    const start = host.now();
    let loss = 0;
    const count = Math.min(options.progressEvery, limit - step);
    for (let i = 0; i < count; i++) loss += current.step().loss;
    step += count;
    elapsed += host.now() - start;
    const accuracy = current.evaluate();
    const attention = attentionRow(current, options.sentence);
    host.post({ type: 'progress', seed, step, loss: loss / count, accuracy, elapsed, attention });
    if (step >= limit) {
      running = false;
      host.post({ type: 'done', step });
    } else {
      host.schedule(() => chunk(current, id));
    }
  };

  const handlers = {
    start(newSeed: number, until: number): void {
      limit = until;
      if (running && newSeed === seed) return;
      const current = trainer && newSeed === seed ? trainer : fresh(newSeed);
      if (step >= limit) return host.post({ type: 'done', step });
      running = true;
      const id = ++run;
      host.schedule(() => chunk(current, id));
    },
    stop(): void {
      run += 1;
      running = false;
      host.post({ type: 'stopped', step });
    },
    reset(newSeed: number): void {
      run += 1;
      running = false;
      const current = fresh(newSeed);
      host.post({ type: 'reset', seed, step: 0, attention: attentionRow(current, options.sentence) });
    },
  };

  return {
    /** Handles one message from the page; anything malformed gets an 'error' report, never an exception. */
    handle(message: unknown): void {
      const m = (typeof message === 'object' && message !== null ? message : {}) as Record<string, unknown>;
      if (m.type === 'stop') return handlers.stop();
      const until = m.until ?? options.maxSteps;
      if (m.type === 'start' && isSeed(m.seed) && isStepCount(until)) return handlers.start(m.seed, until);
      if (m.type === 'reset' && isSeed(m.seed)) return handlers.reset(m.seed);
      host.post({
        type: 'error',
        message:
          'training worker: expected {type: "start", seed: integer, until?: steps}, ' +
          '{type: "reset", seed: integer} or {type: "stop"}',
      });
    },
  };
}
