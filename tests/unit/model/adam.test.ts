import { describe, expect, it } from 'vitest';
import { createAdam } from '../../../src/model/adam';
import { add, tensor } from '../../../src/model/autograd';

describe('createAdam', () => {
  it('moves each entry by the learning rate on its first step, against the gradient', () => {
    const p = tensor(1, 2, [1, -1]);
    p.grad.set([0.5, -3]);
    createAdam([p], { learningRate: 0.1 }).step();
    expect(p.data[0]).toBeCloseTo(0.9, 6);
    expect(p.data[1]).toBeCloseTo(-0.9, 6);
    expect([...p.grad]).toEqual([0, 0]);
  });

  it('scales the step by rateScale', () => {
    const p = tensor(1, 1, [0]);
    p.grad.set([1]);
    createAdam([p], { learningRate: 0.1 }).step(0.5);
    expect(p.data[0]).toBeCloseTo(-0.05, 6);
  });

  it('with weightDecay, also shrinks every entry by rate·decay·p (AdamW), even with no gradient', () => {
    const p = tensor(1, 2, [2, -4]);
    createAdam([p], { learningRate: 0.1, weightDecay: 0.5 }).step();
    expect(p.data[0]).toBeCloseTo(2 * (1 - 0.05), 9);
    expect(p.data[1]).toBeCloseTo(-4 * (1 - 0.05), 9);
  });

  it('minimises a quadratic, (x − 3)² + (y + 1)²', () => {
    const p = tensor(1, 2, [0, 0]);
    const adam = createAdam([p], { learningRate: 0.05 });
    const target = tensor(1, 2, [-3, 1]);
    for (let i = 0; i < 2000; i++) {
      const d = add(p, target);
      d.backward([2 * d.data[0]!, 2 * d.data[1]!]);
      adam.step();
    }
    expect(p.data[0]).toBeCloseTo(3, 3);
    expect(p.data[1]).toBeCloseTo(-1, 3);
  });
});
