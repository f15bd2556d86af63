/**
 * Trains the tiny transformer from a seed and writes the weights the site ships (src/model/weights.json).
 * npm run train [-- --seed 2 --steps 800]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { modelReport, type ModelReport } from '../src/model/report';
import { TRAINING_OPTIONS, createTrainer } from '../src/model/trainer';
import { MODEL_SHAPE } from '../src/model/weights';
import { fromWeightsJson, toWeightsJson } from '../src/model/weights-json';

const OUTPUT = new URL('../src/model/weights.json', import.meta.url);
export const DEFAULT_SEED = 2;
export const DEFAULT_STEPS = 800;

const { values } = parseArgs({
  options: { seed: { type: 'string' }, steps: { type: 'string' }, out: { type: 'string' } },
});
const seed = Number(values.seed ?? DEFAULT_SEED);
const steps = Number(values.steps ?? DEFAULT_STEPS);
const percent = (x: number): string => `${(100 * x).toFixed(2)} %`;

/** Numbers on one line per matrix: compact, and diffs still show which matrix changed. */
function stringify(json: unknown): string {
  return JSON.stringify(json, null, 1).replace(/\[[-\d.,\se]*\]/g, (list) => list.replace(/\s+/g, '')) + '\n';
}

function printReport(r: ModelReport): void {
  const line = (name: string, a: { pointer: number; readout: number }) =>
    console.log(`  ${name}: pointer ${percent(a.pointer)}, readout of "it" ${percent(a.readout)}`);
  line('held-out noun pairs', r.heldOutPairs);
  line('held-out template  ', r.heldOutTemplate);
  line('main-template grid ', r.mainTemplate);
  for (const kind of ['animal', 'place'] as const) {
    const p = r.pointer[kind];
    console.log(
      `  pointer head, ${kind} adjectives: ${p.onReferent.toFixed(4)} on the referent, ` +
        `${p.onOther.toExponential(2)} on the other noun (×${p.ratio.toExponential(2)})`,
    );
  }
  console.log(`  source sentence → ${r.source.answer} (${r.source.weight.toFixed(4)})`);
  console.log(`  "wide" twin     → ${r.twin.answer} (${r.twin.weight.toFixed(4)})`);
  console.log(`  embedding map (pca2 of the nouns), nearest-centroid accuracy: ${percent(r.mapAccuracy)}`);
}

const trainer = createTrainer(seed);
const start = performance.now();
for (let step = 1; step <= steps; step++) {
  const { loss, accuracy } = trainer.step();
  if (step % 100 === 0 || step === steps) {
    const heldOut = trainer.evaluate();
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    console.log(
      `step ${step}  ${seconds} s  loss ${loss.toFixed(4)}  batch ${percent(accuracy)}  ` +
        `held-out sample ${percent(heldOut.pointer)}`,
    );
  }
}
const seconds = (performance.now() - start) / 1000;
const json = toWeightsJson(trainer.weights(), MODEL_SHAPE, { seed, steps, options: TRAINING_OPTIONS });
const text = stringify(json);
writeFileSync(values.out ?? OUTPUT, text);
console.log(`trained ${steps} steps from seed ${seed} in ${seconds.toFixed(1)} s`);
console.log(`wrote ${values.out ?? 'src/model/weights.json'}: ${(text.length / 1024).toFixed(1)} KB`);
console.log('the written (rounded) weights score:');
printReport(modelReport(fromWeightsJson(json)));
