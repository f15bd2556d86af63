import { describe, expect, it } from 'vitest';
import { loadPretrained } from '../../../src/model';
import { createTrainer } from '../../../src/model/trainer';
import { matricesOf } from '../../../src/model/weights';
import { DECIMALS } from '../../../src/model/weights-json';
import pretrained from '../../../src/model/weights.json';

describe('src/model/weights.json', () => {
  it(
    'is what `npm run train` makes from the recorded seed and steps (reproducible to the rounding)',
    { timeout: 120_000 },
    () => {
      const { seed, steps } = pretrained.training;
      const trainer = createTrainer(seed);
      for (let i = 0; i < steps; i++) trainer.step();
      const fresh = matricesOf(trainer.weights());
      const committed = matricesOf(loadPretrained());
      const rounding = 0.5 * 10 ** -DECIMALS + 1e-12;
      fresh.forEach((m, k) => {
        m.data.forEach((x, i) => expect(Math.abs(committed[k]!.data[i]! - x)).toBeLessThanOrEqual(rounding));
      });
    },
  );
});
