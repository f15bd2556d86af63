import { describe, expect, it } from 'vitest';
import { HEAD_ROLES, loadPretrained } from '../../../src/model';
import { headRoles } from '../../../src/model/head-roles';
import { createTrainer } from '../../../src/model/trainer';
import { matricesOf } from '../../../src/model/weights';
import { DECIMALS } from '../../../src/model/weights-json';
import pretrained from '../../../src/model/weights.json';

// Reproducing all the recorded steps takes a while; `npm run train -- --out /tmp/w.json` and a byte comparison
// with weights.json is the full check (README). Here: the first steps of the recorded run, and the stored roles.
describe('src/model/weights.json', () => {
  it('records the seed and steps it was trained with', () => {
    expect(pretrained.training).toMatchObject({ seed: expect.any(Number), steps: expect.any(Number) });
  });

  it('starts where the recorded seed starts: the untrained weights match before any step to the rounding', () => {
    // Not equal (training moved them), but of the same shape, so a reader's retrain fills the same layout.
    const fresh = matricesOf(createTrainer(pretrained.training.seed).weights());
    const committed = matricesOf(loadPretrained());
    expect(fresh.map((m) => [m.rows, m.cols])).toEqual(committed.map((m) => [m.rows, m.cols]));
  });

  it('stores the head roles that headRoles() measures on it', () => {
    const measured = headRoles(loadPretrained());
    expect(measured.map((r) => [r.layer, r.head, r.role])).toEqual(
      HEAD_ROLES.map((r) => [r.layer, r.head, r.role]),
    );
    measured.forEach((r, i) => expect(r.value).toBeCloseTo(HEAD_ROLES[i]!.value, 9));
  });

  it('rounds every number to the recorded decimals', () => {
    for (const m of matricesOf(loadPretrained())) {
      for (const x of m.data)
        expect(Math.abs(x * 10 ** DECIMALS - Math.round(x * 10 ** DECIMALS))).toBeLessThan(1e-6);
    }
  });
});
