import { describe, expect, it } from 'vitest';
import { add, matmul, scale, tensor } from '../../../../src/model/autograd';

describe('Tensor.backward', () => {
  it('sums the gradients of a tensor used twice (the chain rule over a shared node)', () => {
    const x = tensor(1, 1, [3]);
    const y = matmul(x, x); // x²
    const loss = add(y, scale(x, 2)); // x² + 2x → d/dx = 2x + 2 = 8
    loss.backward();
    expect(x.grad[0]).toBe(8);
  });

  it('needs a seed for a result that is not 1×1', () => {
    expect(() => tensor(2, 2).backward()).toThrow('backward: a 2×2 result needs a seed gradient');
  });
});
