import { describe, expect, it } from 'vitest';
import { createTrainer } from '../../../src/model/trainer';

const stepsOf = (seed: number, count: number) => {
  const trainer = createTrainer(seed);
  return { results: Array.from({ length: count }, () => trainer.step()), trainer };
};

describe('createTrainer', () => {
  it('is deterministic: the same seed gives the same losses and weights', () => {
    const a = stepsOf(7, 5);
    const b = stepsOf(7, 5);
    expect(a.results).toEqual(b.results);
    expect(a.trainer.weights().embedding.data).toEqual(b.trainer.weights().embedding.data);
    expect(stepsOf(8, 5).results).not.toEqual(a.results);
  });

  it('learns: the loss falls and held-out accuracy rises within 150 steps', () => {
    const trainer = createTrainer(2);
    const before = trainer.evaluate().pointer;
    const losses = Array.from({ length: 150 }, () => trainer.step().loss);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(losses.slice(-10))).toBeLessThan(mean(losses.slice(0, 10)) / 10);
    expect(before).toBeLessThan(0.8);
    expect(trainer.evaluate().pointer).toBeGreaterThan(0.95);
  });

  it('hands out copies of its weights', () => {
    const trainer = createTrainer(1);
    const weights = trainer.weights();
    weights.embedding.data[0] = 1234;
    expect(trainer.weights().embedding.data[0]).not.toBe(1234);
  });
});
