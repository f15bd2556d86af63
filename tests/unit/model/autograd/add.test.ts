import { describe, expect, it } from 'vitest';
import { add, tensor } from '../../../../src/model/autograd';
import { expectGradientsMatch, randomTensor } from './gradient-check';

describe('add', () => {
  it('adds entry by entry', () => {
    expect([...add(tensor(1, 2, [1, 2]), tensor(1, 2, [10, 20])).data]).toEqual([11, 22]);
  });

  it('has the gradient of finite differences, also for a + a', () => {
    expectGradientsMatch(([a, b]) => add(a!, b!), [randomTensor(2, 3, 5), randomTensor(2, 3, 6)]);
    expectGradientsMatch(([a]) => add(a!, a!), [randomTensor(2, 3, 7)]);
  });

  it('names the shapes when they differ', () => {
    expect(() => add(tensor(2, 3), tensor(3, 2))).toThrow('add: 2×3 + 3×2 — shapes differ');
  });
});
