/**
 * The training figure's state as plain data, and what each press and each worker report does to it: a reducer the
 * widget calls and the unit tests drive without a worker. A step returns the new state and, when the worker must
 * be told something, the request to send it.
 */
import type { AttentionRow, SessionReport, SessionRequest } from '../../model';
import type { TrainingPoint } from './training-point';

export type RunStatus = 'idle' | 'running' | 'stopped' | 'done';

export interface TrainingRun {
  readonly history: readonly TrainingPoint[];
  readonly status: RunStatus;
  /** The worker's latest attention row; undefined before its first report (the figure shows the untrained one). */
  readonly live: AttentionRow | undefined;
  readonly error: string | undefined;
  /** The seed the worker's current run started from, so a new seed starts the curves afresh. */
  readonly runSeed: number | undefined;
  /** Set when Train again asked for a reset: the start follows the worker's reset report. */
  readonly startAfterReset: boolean;
}

export interface RunStep {
  run: TrainingRun;
  request?: SessionRequest;
}

export const NOT_TRAINED: TrainingRun = {
  history: [],
  status: 'idle',
  live: undefined,
  error: undefined,
  runSeed: undefined,
  startAfterReset: false,
};

/** The message shown when the worker itself fails (it is replaced by a fresh one on the next press). */
export const WORKER_FAILED =
  'Training stopped: the worker failed to run in this browser. Press Train to try again.';

/** Train (or Resume, or Train again) from `seed`. */
export function train(run: TrainingRun, seed: number): RunStep {
  if (run.status === 'done') {
    return { run: { ...run, startAfterReset: true, runSeed: seed }, request: { type: 'reset', seed } };
  }
  const fresh = run.runSeed !== seed;
  return {
    run: {
      ...run,
      ...(fresh ? { history: [], live: undefined, runSeed: seed } : {}),
      error: undefined,
      status: 'running',
    },
    request: { type: 'start', seed },
  };
}

/** Back to the untrained model of `seed` (the worker answers with a reset report). */
export function reset(run: TrainingRun, seed: number): RunStep {
  return { run: { ...run, runSeed: seed }, request: { type: 'reset', seed } };
}

/** The worker failed to run: stopped, with a message. */
export function failed(run: TrainingRun): TrainingRun {
  return { ...run, error: WORKER_FAILED, status: 'stopped' };
}

/** What a report from the worker does; `seed` is the seed a start after a reset trains from. */
export function receive(run: TrainingRun, report: SessionReport, seed: number): RunStep {
  switch (report.type) {
    case 'progress':
      return {
        run: {
          ...run,
          history: [
            ...run.history,
            {
              step: report.step,
              loss: report.loss,
              accuracy: report.accuracy,
              seconds: report.elapsed / 1000,
            },
          ],
          live: report.attention,
        },
      };
    case 'reset': {
      const next: TrainingRun = { ...run, history: [], live: report.attention, status: 'idle' };
      if (!run.startAfterReset) return { run: next };
      return {
        run: { ...next, startAfterReset: false, status: 'running' },
        request: { type: 'start', seed },
      };
    }
    case 'stopped':
      return { run: { ...run, status: 'stopped' } };
    case 'done':
      return { run: { ...run, status: 'done' } };
    case 'error':
      return { run: { ...run, error: report.message } };
  }
}

/** The Train button's words: "Train again" after a finished run, "Resume" for a stopped run of the typed seed. */
export function trainLabel(run: TrainingRun, typedSeed: number | undefined): string {
  if (run.status === 'done') return 'Train again';
  return run.status === 'stopped' && run.runSeed === typedSeed ? 'Resume' : 'Train';
}
