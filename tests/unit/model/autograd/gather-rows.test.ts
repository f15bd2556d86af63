import { describe, expect, it } from 'vitest';
import { gatherRows, tensor } from '../../../../src/model/autograd';
import { expectGradientsMatch, randomTensor } from './gradient-check';

describe('gatherRows', () => {
  it('picks table rows by index, repeats allowed', () => {
    const out = gatherRows(tensor(3, 2, [1, 2, 3, 4, 5, 6]), [2, 0, 2]);
    expect([out.rows, ...out.data]).toEqual([3, 5, 6, 1, 2, 5, 6]);
  });

  it('has the gradient of finite differences, a repeated row summing both uses', () => {
    expectGradientsMatch(([table]) => gatherRows(table!, [1, 3, 1]), [randomTensor(4, 3, 11)]);
  });

  it('rejects an index outside the table', () => {
    expect(() => gatherRows(tensor(3, 2), [3])).toThrow(
      'gatherRows: index 3 is outside the rows of a 3×2 table',
    );
  });
});
