import { describe, expect, it } from 'vitest';
import { matmul, tensor } from '../../../../src/model/autograd';
import { expectGradientsMatch, randomTensor } from './gradient-check';

describe('matmul', () => {
  it('multiplies rows by columns', () => {
    const out = matmul(tensor(2, 2, [1, 2, 3, 4]), tensor(2, 1, [5, 6]));
    expect([...out.data]).toEqual([17, 39]);
  });

  it('has the gradient of finite differences', () => {
    expectGradientsMatch(([a, b]) => matmul(a!, b!), [randomTensor(3, 4, 1), randomTensor(4, 2, 2)]);
  });

  it('accumulates both gradients when a tensor is multiplied by itself', () => {
    expectGradientsMatch(([a]) => matmul(a!, a!), [randomTensor(3, 3, 3)]);
  });

  it('names the shapes when inner sizes differ', () => {
    expect(() => matmul(tensor(3, 4), tensor(5, 2))).toThrow('matmul: 3×4 · 5×2 — inner sizes differ');
  });
});
