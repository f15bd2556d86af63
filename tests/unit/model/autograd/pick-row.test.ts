import { describe, expect, it } from 'vitest';
import { pickRow, tensor } from '../../../../src/model/autograd';
import { expectGradientsMatch, randomTensor } from './gradient-check';

describe('pickRow', () => {
  it('returns one row as a 1×cols tensor', () => {
    const out = pickRow(tensor(2, 2, [1, 2, 3, 4]), 1);
    expect([out.rows, ...out.data]).toEqual([1, 3, 4]);
  });

  it('has the gradient of finite differences', () => {
    expectGradientsMatch(([a]) => pickRow(a!, 2), [randomTensor(3, 4, 14)]);
  });

  it('rejects a row outside the tensor', () => {
    expect(() => pickRow(tensor(2, 2), 2)).toThrow('pickRow: row 2 is outside a 2×2 tensor');
  });
});
