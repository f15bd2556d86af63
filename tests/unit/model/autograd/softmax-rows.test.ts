import { describe, expect, it } from 'vitest';
import { softmaxRows, tensor } from '../../../../src/model/autograd';
import { expectGradientsMatch, randomTensor } from './gradient-check';

describe('softmaxRows', () => {
  it('gives rows that sum to 1, larger scores larger weights', () => {
    const out = softmaxRows(tensor(2, 3, [1, 2, 3, 0, 0, 0]));
    expect(out.data[0]! + out.data[1]! + out.data[2]!).toBeCloseTo(1, 12);
    expect(out.data[2]).toBeGreaterThan(out.data[1]!);
    expect(out.data[3]).toBeCloseTo(1 / 3, 12);
  });

  it('does not overflow at ±1000', () => {
    const out = softmaxRows(tensor(1, 3, [1000, -1000, 1000]));
    expect([...out.data]).toEqual([0.5, 0, 0.5]);
  });

  it('has the gradient of finite differences', () => {
    expectGradientsMatch(([a]) => softmaxRows(a!), [randomTensor(3, 4, 9)]);
  });

  it('does not mutate its input', () => {
    const a = tensor(1, 2, [3, 4]);
    softmaxRows(a);
    expect([...a.data]).toEqual([3, 4]);
  });
});
