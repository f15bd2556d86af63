import { describe, expect, it } from 'vitest';
import type { AttentionRow, SessionReport } from '../../../src/model';
import {
  failed,
  NOT_TRAINED,
  receive,
  reset,
  train,
  trainLabel,
  WORKER_FAILED,
  type TrainingRun,
} from '../../../src/widgets/parts/training-run';

const row = (answer: number): AttentionRow => ({
  tokens: ['a', 'it'],
  pronoun: 1,
  weights: [0.25, 0.75],
  answer,
});
const progress = (step: number, seed = 1): SessionReport => ({
  type: 'progress',
  seed,
  step,
  loss: 1 / step,
  accuracy: step / 1000,
  elapsed: 20 * step,
  attention: row(0),
});

/** Runs reports through receive(), as the worker's messages arrive. */
const after = (run: TrainingRun, reports: SessionReport[], seed = 1) =>
  reports.reduce((r, report) => receive(r, report, seed).run, run);

describe('the training figure’s run, press by press and report by report', () => {
  it('Train starts the worker from the seed; progress reports build the history and the live row', () => {
    const started = train(NOT_TRAINED, 1);
    expect(started.request).toEqual({ type: 'start', seed: 1 });
    expect(started.run.status).toBe('running');
    expect(started.run.runSeed).toBe(1);
    const run = after(started.run, [progress(10), progress(20)]);
    expect(run.history).toEqual([
      { step: 10, loss: 0.1, accuracy: 0.01, seconds: 0.2 },
      { step: 20, loss: 0.05, accuracy: 0.02, seconds: 0.4 },
    ]);
    expect(run.live).toEqual(row(0));
  });

  it('Stop then Train resumes the same seed, keeping the history; a new seed starts afresh', () => {
    const stopped = after(train(NOT_TRAINED, 1).run, [progress(10), { type: 'stopped', step: 10 }]);
    expect(stopped.status).toBe('stopped');
    expect(trainLabel(stopped, 1)).toBe('Resume');
    expect(trainLabel(stopped, 2)).toBe('Train');
    const resumed = train(stopped, 1);
    expect(resumed.run.history).toHaveLength(1);
    expect(resumed.request).toEqual({ type: 'start', seed: 1 });
    const other = train(stopped, 2);
    expect(other.run.history).toEqual([]);
    expect(other.run.live).toBeUndefined();
    expect(other.run.runSeed).toBe(2);
    expect(other.request).toEqual({ type: 'start', seed: 2 });
  });

  it('Train again after a finished run resets first and starts when the reset is reported', () => {
    const done = after(train(NOT_TRAINED, 3).run, [progress(10, 3), { type: 'done', step: 600 }], 3);
    expect(trainLabel(done, 3)).toBe('Train again');
    const again = train(done, 3);
    expect(again.request).toEqual({ type: 'reset', seed: 3 });
    expect(again.run.startAfterReset).toBe(true);
    const restarted = receive(again.run, { type: 'reset', seed: 3, step: 0, attention: row(1) }, 3);
    expect(restarted.request).toEqual({ type: 'start', seed: 3 });
    expect(restarted.run).toMatchObject({
      status: 'running',
      history: [],
      live: row(1),
      startAfterReset: false,
    });
  });

  it('Reset asks the worker for the untrained model; its report clears the run without starting it', () => {
    const running = after(train(NOT_TRAINED, 1).run, [progress(10), { type: 'stopped', step: 10 }]);
    const step = reset(running, 4);
    expect(step.request).toEqual({ type: 'reset', seed: 4 });
    const cleared = receive(step.run, { type: 'reset', seed: 4, step: 0, attention: row(1) }, 4);
    expect(cleared.request).toBeUndefined();
    expect(cleared.run).toMatchObject({ status: 'idle', history: [], live: row(1), runSeed: 4 });
  });

  it('errors: a report’s message is kept, a failed worker stops the run, and Train clears the message', () => {
    const reported = receive(train(NOT_TRAINED, 1).run, { type: 'error', message: 'out of memory' }, 1).run;
    expect(reported.error).toBe('out of memory');
    const broken = failed(reported);
    expect(broken).toMatchObject({ status: 'stopped', error: WORKER_FAILED });
    expect(train(broken, 1).run.error).toBeUndefined();
  });

  it('does not change the run it is given', () => {
    const before = structuredClone(NOT_TRAINED);
    train(NOT_TRAINED, 1);
    after(NOT_TRAINED, [progress(10)]);
    expect(NOT_TRAINED).toEqual(before);
  });
});
