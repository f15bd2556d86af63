/**
 * How long the tiny transformer takes to learn, from fresh seeds: the training time (evaluation not counted) until
 * the running example's grid and Winograd's grid are both resolved ≥ 95 %, checked every 25 steps.
 *   npm run training-time [-- --seeds 1,2,3,4,5 --max-steps 1500]
 * The browser trains with the same code in a Web Worker (src/model/train-worker.ts), so V8 here is a fair proxy.
 */
import { parseArgs } from 'node:util';
import { acceptanceSets, accuracyOn } from '../src/model/evaluation';
import { createTrainer } from '../src/model/trainer';

const { values } = parseArgs({ options: { seeds: { type: 'string' }, 'max-steps': { type: 'string' } } });
const seeds = (values.seeds ?? '1,2,3,4,5').split(',').map(Number);
const maxSteps = Number(values['max-steps'] ?? 1500);
const CHECK_EVERY = 25;
const TARGET = 0.95;
const { mainTemplate, winograd } = acceptanceSets();

console.log('seed  steps  training time  running example  Winograd');
for (const seed of seeds) {
  const trainer = createTrainer(seed);
  let training = 0;
  let reached: { step: number; main: number; winograd: number } | undefined;
  for (let step = 1; step <= maxSteps && !reached; step++) {
    const start = performance.now();
    trainer.step();
    training += performance.now() - start;
    if (step % CHECK_EVERY !== 0) continue;
    const weights = trainer.weights();
    const main = accuracyOn(weights, mainTemplate);
    const wino = accuracyOn(weights, winograd);
    if (main >= TARGET && wino >= TARGET) reached = { step, main, winograd: wino };
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  console.log(
    reached
      ? `${String(seed).padEnd(6)}${String(reached.step).padEnd(7)}${(training / 1000).toFixed(1).padStart(6)} s       ` +
          `${pct(reached.main).padEnd(17)}${pct(reached.winograd)}`
      : `${String(seed).padEnd(6)}not within ${maxSteps} steps (${(training / 1000).toFixed(1)} s)`,
  );
}
