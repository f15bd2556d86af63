import { describe, expect, it } from 'vitest';
import { createTrainer, initialModelWeights } from '../../../src/model/trainer';
import { matricesOf } from '../../../src/model/weights';

const stepsOf = (seed: number, count: number) => {
  const trainer = createTrainer(seed);
  return { results: Array.from({ length: count }, () => trainer.step()), trainer };
};

describe('createTrainer', () => {
  it('is deterministic: the same seed gives the same losses and weights', () => {
    const a = stepsOf(7, 4);
    const b = stepsOf(7, 4);
    expect(a.results).toEqual(b.results);
    expect(a.trainer.weights().embedding.data).toEqual(b.trainer.weights().embedding.data);
    expect(stepsOf(8, 4).results).not.toEqual(a.results);
  });

  // The one test that trains for a while: 250 of the committed 800 steps, from the committed seed.
  it('learns: the loss falls and held-out accuracy rises within 250 steps', { timeout: 120_000 }, () => {
    const trainer = createTrainer(3);
    const before = trainer.evaluate();
    const losses = Array.from({ length: 250 }, () => trainer.step().loss);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(losses.slice(-20))).toBeLessThan(0.85 * mean(losses.slice(0, 20)));
    expect(before).toBeLessThan(0.6);
    expect(trainer.evaluate()).toBeGreaterThan(before + 0.05);
  });

  it('hands out copies of its weights', () => {
    const trainer = createTrainer(1);
    const weights = trainer.weights();
    weights.embedding.data[0] = 1234;
    expect(trainer.weights().embedding.data[0]).not.toBe(1234);
  });
});

describe('initialModelWeights', () => {
  it.each([1, 3, 42])('is the weights a trainer with seed %i starts from', (seed) => {
    const fresh = matricesOf(initialModelWeights(seed));
    const trainer = matricesOf(createTrainer(seed).weights());
    expect(fresh.map((m) => [m.rows, m.cols])).toEqual(trainer.map((m) => [m.rows, m.cols]));
    fresh.forEach((m, i) => expect(Array.from(m.data)).toEqual(Array.from(trainer[i]!.data)));
    expect(Array.from(matricesOf(initialModelWeights(seed + 1))[0]!.data)).not.toEqual(
      Array.from(fresh[0]!.data),
    );
  });
});
