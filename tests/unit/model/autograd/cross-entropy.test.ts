import { describe, expect, it } from 'vitest';
import { crossEntropy, tensor } from '../../../../src/model/autograd';
import { expectGradientsMatch, randomTensor } from './gradient-check';

describe('crossEntropy', () => {
  it('is log C for equal logits and near 0 for a confident right answer', () => {
    expect(crossEntropy(tensor(1, 4, [2, 2, 2, 2]), 1).data[0]).toBeCloseTo(Math.log(4), 12);
    expect(crossEntropy(tensor(1, 2, [50, 0]), 0).data[0]).toBeLessThan(1e-20);
  });

  it('stays finite when the softmax underflows', () => {
    expect(crossEntropy(tensor(1, 2, [1000, -1000]), 1).data[0]).toBeCloseTo(2000, 9);
  });

  it('has the gradient of finite differences', () => {
    expectGradientsMatch(([a]) => crossEntropy(a!, 2), [randomTensor(1, 5, 10)]);
  });

  it('with label smoothing ε, is the cross-entropy against (1 − ε)·onehot + ε/C', () => {
    // logits [0, ln 3]: softmax [1/4, 3/4]; target 1 with ε = 0.2 → y = [0.1, 0.9].
    const loss = crossEntropy(tensor(1, 2, [0, Math.log(3)]), 1, 0.2).data[0]!;
    expect(loss).toBeCloseTo(-(0.1 * Math.log(0.25) + 0.9 * Math.log(0.75)), 12);
    // Equal logits give log C whatever ε is; a huge right logit is no longer nearly free.
    expect(crossEntropy(tensor(1, 4, [2, 2, 2, 2]), 1, 0.1).data[0]).toBeCloseTo(Math.log(4), 12);
    expect(crossEntropy(tensor(1, 2, [50, 0]), 0, 0.1).data[0]).toBeGreaterThan(2);
  });

  it('has the gradient of finite differences with label smoothing', () => {
    expectGradientsMatch(([a]) => crossEntropy(a!, 1, 0.1), [randomTensor(1, 5, 11)]);
  });

  it('rejects more than one row and a target outside the classes', () => {
    expect(() => crossEntropy(tensor(2, 3), 0)).toThrow('crossEntropy: logits are 2×3 — expected one row');
    expect(() => crossEntropy(tensor(1, 3), 3)).toThrow('crossEntropy: target 3 is outside the 3 classes');
    expect(() => crossEntropy(tensor(1, 3), 0, 1)).toThrow('crossEntropy: ε = 1 must be in [0, 1)');
  });
});
