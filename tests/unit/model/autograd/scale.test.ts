import { describe, expect, it } from 'vitest';
import { scale, tensor } from '../../../../src/model/autograd';
import { expectGradientsMatch, randomTensor } from './gradient-check';

describe('scale', () => {
  it('multiplies every entry', () => {
    expect([...scale(tensor(1, 3, [1, -2, 4]), 0.5).data]).toEqual([0.5, -1, 2]);
  });

  it('has the gradient of finite differences', () => {
    expectGradientsMatch(([a]) => scale(a!, -1.7), [randomTensor(3, 2, 8)]);
  });
});
