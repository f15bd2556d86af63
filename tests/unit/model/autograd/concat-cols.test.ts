import { describe, expect, it } from 'vitest';
import { concatCols, tensor } from '../../../../src/model/autograd';
import { expectGradientsMatch, randomTensor } from './gradient-check';

describe('concatCols', () => {
  it('puts matrices side by side in order', () => {
    const out = concatCols([tensor(2, 1, [1, 2]), tensor(2, 2, [3, 4, 5, 6])]);
    expect([out.rows, out.cols, ...out.data]).toEqual([2, 3, 1, 3, 4, 2, 5, 6]);
  });

  it('has the gradient of finite differences', () => {
    expectGradientsMatch(([a, b]) => concatCols([a!, b!]), [randomTensor(3, 2, 12), randomTensor(3, 1, 13)]);
  });

  it('names the shapes when row counts differ', () => {
    expect(() => concatCols([tensor(2, 1), tensor(3, 1)])).toThrow(
      'concatCols: 2×1, 3×1 — row counts differ',
    );
  });
});
