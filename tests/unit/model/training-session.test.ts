import { describe, expect, it } from 'vitest';
import { createTrainingSession, type SessionReport } from '../../../src/model/training-session';

/** A host whose scheduled callbacks run only when the test says so, with a fake clock. */
function fakeHost() {
  const reports: SessionReport[] = [];
  const queue: (() => void)[] = [];
  let time = 0;
  return {
    reports,
    host: {
      post: (r: SessionReport) => reports.push(r),
      schedule: (f: () => void) => queue.push(f),
      now: () => (time += 5),
    },
    runNext: () => queue.shift()?.(),
    /** Runs scheduled callbacks (stale ones do nothing) until one of them reports. */
    runUntilReport: () => {
      const before = reports.length;
      while (reports.length === before && queue.length > 0) queue.shift()!();
    },
    pending: () => queue.length,
  };
}

const OPTIONS = { progressEvery: 2, maxSteps: 6 };

describe('createTrainingSession', () => {
  it('trains in chunks after start, reporting loss, accuracy and the attention row of "it"', () => {
    const { reports, host, runNext } = fakeHost();
    const session = createTrainingSession(host, OPTIONS);
    session.handle({ type: 'start', seed: 1 });
    expect(reports).toEqual([]);
    runNext();
    const [report] = reports;
    if (report?.type !== 'progress') throw new Error(`expected progress, got ${JSON.stringify(report)}`);
    expect(report).toMatchObject({ seed: 1, step: 2, elapsed: 5 });
    expect(report.loss).toBeGreaterThan(0);
    expect(report.accuracy).toBeGreaterThanOrEqual(0);
    expect(report.accuracy).toBeLessThanOrEqual(1);
    expect(report.attention.tokens[report.attention.pronoun]).toBe('it');
    expect(report.attention.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
  });

  it('stops (a chunk already scheduled does nothing) and resumes where it stopped', () => {
    const { reports, host, runNext, pending } = fakeHost();
    const session = createTrainingSession(host, OPTIONS);
    session.handle({ type: 'start', seed: 1 });
    runNext();
    session.handle({ type: 'stop' });
    expect(reports.at(-1)).toEqual({ type: 'stopped', step: 2 });
    expect(pending()).toBe(1);
    runNext();
    expect(reports).toHaveLength(2);
    session.handle({ type: 'start', seed: 1 });
    runNext();
    expect(reports.at(-1)).toMatchObject({ type: 'progress', step: 4 });
  });

  it('ends by itself at maxSteps', () => {
    const { reports, host, runNext, pending } = fakeHost();
    const session = createTrainingSession(host, OPTIONS);
    session.handle({ type: 'start', seed: 1 });
    while (pending() > 0) runNext();
    expect(reports.map((r) => r.type)).toEqual(['progress', 'progress', 'progress', 'done']);
    expect(reports.at(-1)).toEqual({ type: 'done', step: 6 });
  });

  it('trains exactly `until` steps when start asks for them', () => {
    const { reports, host, runNext, pending } = fakeHost();
    const session = createTrainingSession(host, OPTIONS);
    session.handle({ type: 'start', seed: 1, until: 3 });
    while (pending() > 0) runNext();
    expect(reports.map((r) => (r.type === 'progress' ? r.step : r.type))).toEqual([2, 3, 'done']);
  });

  it('resets to an untrained model of the given seed, and is reproducible from the seed', () => {
    const a = fakeHost();
    const session = createTrainingSession(a.host, OPTIONS);
    session.handle({ type: 'start', seed: 3 });
    a.runNext();
    session.handle({ type: 'reset', seed: 3 });
    expect(a.reports.at(-1)).toMatchObject({ type: 'reset', seed: 3, step: 0 });
    session.handle({ type: 'start', seed: 3 });
    a.runUntilReport();
    expect(a.reports.at(-1)).toEqual(a.reports[0]);
  });

  it('starts afresh when the seed changes', () => {
    const { reports, host, runNext, runUntilReport } = fakeHost();
    const session = createTrainingSession(host, OPTIONS);
    session.handle({ type: 'start', seed: 1 });
    runNext();
    session.handle({ type: 'start', seed: 2 });
    runUntilReport();
    expect(reports.at(-1)).toMatchObject({ type: 'progress', seed: 2, step: 2 });
  });

  it.each([
    [{ type: 'start' }],
    [{ type: 'start', seed: 1.5 }],
    [{ type: 'train', seed: 1 }],
    ['stop'],
    [null],
  ])('answers %j with an error report', (message) => {
    const { reports, host } = fakeHost();
    createTrainingSession(host, OPTIONS).handle(message);
    expect(reports).toEqual([{ type: 'error', message: expect.stringContaining('expected {type') }]);
  });
});
