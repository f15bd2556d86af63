import { describe, expect, it } from 'vitest';
import { Tensor } from '../../../../src/model/autograd';
import { expectGradientsMatch, randomTensor } from './gradient-check';

/** x² entry by entry, with a wrong backward (3x instead of 2x): the checker must catch it. */
function wrongSquare(a: Tensor): Tensor {
  const out = new Tensor(
    a.rows,
    a.cols,
    a.data.map((x) => x * x),
    [a],
  );
  out.backwardStep = () => {
    out.grad.forEach((g, i) => {
      a.grad[i]! += 3 * a.data[i]! * g;
    });
  };
  return out;
}

describe('expectGradientsMatch', () => {
  it('fails for an op whose backward is wrong', () => {
    expect(() => expectGradientsMatch(([a]) => wrongSquare(a!), [randomTensor(2, 2, 1)])).toThrow();
  });
});
