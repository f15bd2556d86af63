import { describe, expect, it } from 'vitest';
import { tensor, transpose } from '../../../../src/model/autograd';
import { expectGradientsMatch, randomTensor } from './gradient-check';

describe('transpose', () => {
  it('swaps rows and columns', () => {
    const out = transpose(tensor(2, 3, [1, 2, 3, 4, 5, 6]));
    expect([out.rows, out.cols, ...out.data]).toEqual([3, 2, 1, 4, 2, 5, 3, 6]);
  });

  it('has the gradient of finite differences', () => {
    expectGradientsMatch(([a]) => transpose(a!), [randomTensor(2, 5, 4)]);
  });
});
