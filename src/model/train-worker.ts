/**
 * The Web Worker entry for "Train it yourself": new Worker(new URL('./train-worker.ts', import.meta.url),
 * { type: 'module' }). Training runs here so the page stays responsive; the protocol is in training-session.ts.
 */
import { createTrainingSession, type SessionReport } from './training-session';

// The worker's global scope; typed by hand because the project's lib is the DOM's, not WebWorker's.
const scope = globalThis as unknown as {
  postMessage(report: SessionReport): void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
};

const session = createTrainingSession({
  post: (report) => scope.postMessage(report),
  schedule: (callback) => setTimeout(callback, 0),
  now: () => performance.now(),
});

scope.onmessage = (event) => session.handle(event.data);
