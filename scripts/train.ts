/**
 * Trains the tiny transformer from a seed and prints what it learned. It writes the weights only when asked:
 *   npm run train                          train with the committed settings, print the report, write nothing
 *   npm run train -- --out /tmp/w.json     write the weights there
 *   npm run train -- --write               overwrite src/model/weights.json (what the site ships)
 * Options: --seed N --steps N. The committed weights are `npm run train -- --write` with the defaults below,
 * reproduced byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { headRoles } from '../src/model/head-roles';
import { modelReport, type ModelReport } from '../src/model/report';
import { TRAINING_OPTIONS, createTrainer } from '../src/model/trainer';
import { MODEL_SHAPE } from '../src/model/weights';
import { fromWeightsJson, toWeightsJson } from '../src/model/weights-json';

const COMMITTED = new URL('../src/model/weights.json', import.meta.url);
export const DEFAULT_SEED = 3;
export const DEFAULT_STEPS = 800;

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    steps: { type: 'string' },
    out: { type: 'string' },
    write: { type: 'boolean' },
  },
});
const seed = Number(values.seed ?? DEFAULT_SEED);
const steps = Number(values.steps ?? DEFAULT_STEPS);
if (!Number.isInteger(seed) || !Number.isInteger(steps) || steps < 1) {
  console.error('train: --seed and --steps take whole numbers (steps ≥ 1)');
  process.exit(2);
}
const percent = (x: number): string => `${(100 * x).toFixed(1)} %`;

/** Numbers on one line per matrix: compact, and diffs still show which matrix changed. */
function stringify(json: unknown): string {
  return JSON.stringify(json, null, 1).replace(/\[[-\d.,\se]*\]/g, (list) => list.replace(/\s+/g, '')) + '\n';
}

function printReport(r: ModelReport): void {
  for (const [name, value] of Object.entries(r.accuracy))
    console.log(`  ${name.padEnd(16)} ${percent(value)}`);
  console.log(`  winograd without positions ${percent(r.winogradWithoutPositions)}`);
  console.log(`  source sentence → ${r.source}; "wide" twin → ${r.twin}`);
  const { tokens, weights } = r.sourceRow;
  console.log(
    `  resolver (layer ${r.resolver.layer + 1}, head ${r.resolver.head + 1}) at "it": ` +
      tokens.map((t, i) => `${t} ${percent(weights[i]!)}`).join(', '),
  );
  console.log(`  resolver's largest weight on the referent: ${percent(r.resolverOnReferent)} of the grid`);
  for (const role of r.roles) {
    const silenced = r.ablation.find((a) => a.head.layer === role.layer && a.head.head === role.head)!;
    console.log(
      `  layer ${role.layer + 1} head ${role.head + 1}: ${role.role} ${role.value.toFixed(2)} ` +
        `(×${role.lift.toFixed(1)} an even spread); silenced → grid ${percent(silenced.accuracy)}`,
    );
  }
}

const trainer = createTrainer(seed);
const start = performance.now();
for (let step = 1; step <= steps; step++) {
  const { loss } = trainer.step();
  if (step % 100 === 0 || step === steps) {
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    console.log(
      `step ${step}  ${seconds} s  loss ${loss.toFixed(4)}  held-out sample ${percent(trainer.evaluate())}`,
    );
  }
}
const seconds = (performance.now() - start) / 1000;
const draft = toWeightsJson(trainer.weights(), MODEL_SHAPE, { seed, steps, options: TRAINING_OPTIONS });
// The roles are measured on the rounded weights, the ones the site loads.
const json = { ...draft, roles: headRoles(fromWeightsJson(draft)) };
const text = stringify(json);
console.log(`trained ${steps} steps from seed ${seed} in ${seconds.toFixed(1)} s`);
const target = values.write ? COMMITTED : values.out;
if (target) {
  writeFileSync(target, text);
  console.log(
    `wrote ${target instanceof URL ? 'src/model/weights.json' : target}: ${(text.length / 1024).toFixed(1)} KB`,
  );
} else {
  console.log('wrote nothing (--out FILE or --write to keep the weights)');
}
console.log('the rounded weights score:');
printReport(modelReport(fromWeightsJson(json)));
