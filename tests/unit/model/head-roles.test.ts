import { describe, expect, it } from 'vitest';
import { matrix } from '../../../src/core';
import { HEAD_ROLES, POINTER, loadPretrained } from '../../../src/model';
import { headRoles, resolverOf, roleCorpus } from '../../../src/model/head-roles';
import { mapWeights } from '../../../src/model/weights';

describe('headRoles', () => {
  it('gives every statistic its even-spread value (lift 1) for a model that attends evenly', () => {
    // Zero W_Q and W_K make every score 0, so every head spreads its attention evenly over the sentence.
    const model = loadPretrained();
    const even = {
      ...mapWeights(model, (m) => m),
      layers: model.layers.map((layer) => ({
        ...layer,
        heads: layer.heads.map((h) => ({
          ...h,
          wq: matrix(h.wq.rows, h.wq.cols),
          wk: matrix(h.wk.rows, h.wk.cols),
        })),
      })),
    };
    for (const role of headRoles(even, roleCorpus().slice(0, 40))) expect(role.lift).toBeCloseTo(1, 9);
  });

  it('names one role per head of the committed model, each a share between 0 and 1', () => {
    expect(HEAD_ROLES).toHaveLength(5);
    for (const role of HEAD_ROLES) {
      expect(role.value).toBeGreaterThan(0);
      expect(role.value).toBeLessThanOrEqual(1);
      expect(role.statistics[role.role]).toBe(role.value);
    }
  });

  it("presents layer 2's head as the resolver: its role is the referent", () => {
    expect(POINTER).toEqual({ layer: 1, head: 0 });
    expect(HEAD_ROLES.find((r) => r.layer === 1)!.role).toBe('referent');
    expect(() => resolverOf(HEAD_ROLES.filter((r) => r.role !== 'referent'))).toThrow(/no head/);
  });
});
