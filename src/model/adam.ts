import type { Tensor } from './autograd';

export interface AdamOptions {
  readonly learningRate: number;
  readonly beta1?: number;
  readonly beta2?: number;
  readonly epsilon?: number;
  /**
   * Decoupled weight decay (AdamW, Loshchilov & Hutter 2019): each step also shrinks every entry by
   * rate·weightDecay·p, which keeps the weights, and so the attention scores, from growing without bound.
   */
  readonly weightDecay?: number;
}

export interface Adam {
  /** Updates the parameters from their grad, then zeroes the grad; rateScale multiplies the learning rate. */
  step(rateScale?: number): void;
}

/**
 * Adam (Kingma & Ba 2015): per-entry step sizes from running averages of the gradient and its square, with
 * bias correction for the first steps; with weightDecay, AdamW.
 */
export function createAdam(parameters: readonly Tensor[], options: AdamOptions): Adam {
  const { learningRate, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8, weightDecay = 0 } = options;
  const first = parameters.map((p) => new Float64Array(p.data.length));
  const second = parameters.map((p) => new Float64Array(p.data.length));
  let t = 0;
  const step = (rateScale = 1): void => {
    t += 1;
    const correction1 = 1 - beta1 ** t;
    const correction2 = 1 - beta2 ** t;
    const rate = learningRate * rateScale;
    parameters.forEach((p, k) => {
      const m = first[k]!;
      const v = second[k]!;
      for (let i = 0; i < p.data.length; i++) {
        const g = p.grad[i]!;
        m[i] = beta1 * m[i]! + (1 - beta1) * g;
        v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
        p.data[i]! -= (rate * (m[i]! / correction1)) / (Math.sqrt(v[i]! / correction2) + epsilon);
        p.data[i]! -= rate * weightDecay * p.data[i]!;
      }
      p.grad.fill(0);
    });
  };
  return { step };
}
