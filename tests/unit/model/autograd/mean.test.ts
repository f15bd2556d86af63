import { describe, expect, it } from 'vitest';
import { mean, tensor } from '../../../../src/model/autograd';
import { expectGradientsMatch, randomTensor } from './gradient-check';

describe('mean', () => {
  it('averages 1×1 values', () => {
    expect(mean([tensor(1, 1, [1]), tensor(1, 1, [4])]).data[0]).toBe(2.5);
  });

  it('has the gradient of finite differences', () => {
    expectGradientsMatch(
      ([a, b, c]) => mean([a!, b!, c!]),
      [randomTensor(1, 1, 15), randomTensor(1, 1, 16), randomTensor(1, 1, 17)],
    );
  });

  it('rejects an empty list and non-scalars', () => {
    expect(() => mean([])).toThrow('mean: no values to average');
    expect(() => mean([tensor(1, 2)])).toThrow('mean: a 1×2 tensor is not a 1×1 value');
  });
});
