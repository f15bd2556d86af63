import { describe, expect, it } from 'vitest';
import { attentionCost, rnnCost } from '../../../src/core';

describe('rnnCost', () => {
  it('needs n sequential steps of 2·(dIn·dH + dH²) + 2·dH FLOPs', () => {
    expect(rnnCost(10, 4, 8)).toEqual({ steps: 10, flopsPerStep: 208, flops: 2080 });
    expect(rnnCost(0, 4, 8)).toEqual({ steps: 0, flopsPerStep: 208, flops: 0 });
  });

  it('rejects sizes that are not whole numbers ≥ 0', () => {
    expect(() => rnnCost(-1, 4, 8)).toThrow('rnnCost: n = -1 — sizes must be whole numbers ≥ 0');
    expect(() => rnnCost(3, 4, 0.5)).toThrow('rnnCost: dHidden = 0.5');
  });
});

describe('attentionCost', () => {
  it('does everything in one step: projections, Q·Kᵀ, softmax, weights·V', () => {
    // 2·(3·2·4·4 + 2·2·2·4) + 5·2·2 = 2·(96 + 32) + 20
    expect(attentionCost(2, 4, 4)).toEqual({ steps: 1, flopsPerStep: 276, flops: 276 });
  });

  it('grows quadratically in n once the n² terms dominate', () => {
    const ratio = attentionCost(2000, 8, 8).flops / attentionCost(1000, 8, 8).flops;
    expect(ratio).toBeGreaterThan(3.9);
    expect(ratio).toBeLessThan(4);
  });

  it('rejects sizes that are not whole numbers ≥ 0', () => {
    expect(() => attentionCost(4, NaN, 2)).toThrow(
      'attentionCost: dModel = NaN — sizes must be whole numbers ≥ 0',
    );
  });
});
