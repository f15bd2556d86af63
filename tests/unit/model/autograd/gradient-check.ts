import { expect } from 'vitest';
import { Tensor, tensor } from '../../../../src/model/autograd';

/** Central differences with this step have an error near 1e-9 on our smooth ops. */
const STEP = 1e-5;
const TOLERANCE = 1e-6;

/** Deterministic pseudo-random numbers in [-1, 1) so failures reproduce. */
export function numbers(count: number, seed: number): number[] {
  let state = seed >>> 0;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state / 2 ** 32) * 2 - 1;
  });
}

export function randomTensor(rows: number, cols: number, seed: number): Tensor {
  return tensor(rows, cols, numbers(rows * cols, seed));
}

/**
 * Checks backward() against finite differences of f(inputs) = Σ seed ⊙ build(inputs), a weighted sum with
 * random weights, so every entry of the result's gradient is exercised, not only a scalar's.
 */
export function expectGradientsMatch(build: (inputs: Tensor[]) => Tensor, inputs: Tensor[]): void {
  const out = build(inputs);
  const seed = numbers(out.data.length, 99);
  out.backward(seed);
  const f = (): number => build(inputs).data.reduce((sum, x, i) => sum + x * seed[i]!, 0);
  for (const input of inputs) {
    input.data.forEach((x, i) => {
      input.data[i] = x + STEP;
      const up = f();
      input.data[i] = x - STEP;
      const down = f();
      input.data[i] = x;
      const numeric = (up - down) / (2 * STEP);
      expect(Math.abs(input.grad[i]! - numeric)).toBeLessThan(TOLERANCE * Math.max(1, Math.abs(numeric)));
    });
  }
}
