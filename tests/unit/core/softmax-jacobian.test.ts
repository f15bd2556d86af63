import { describe, expect, it } from 'vitest';
import { softmaxJacobian, softmaxJacobianNorm, softmaxRows, fromRows, toRows } from '../../../src/core';
import { loadFixture, toMatrix, type StoredMatrix } from './fixtures';
import { expectClose, expectMatrixClose, FIXTURE_TOLERANCE } from './helpers';

const FD_STEP = 1e-6;
const FD_TOLERANCE = 1e-8;

describe('softmaxJacobian', () => {
  it('is diag(p) − p·pᵀ at equal logits', () => {
    expect(toRows(softmaxJacobian([0, 0]))).toEqual([
      [0.25, -0.25],
      [-0.25, 0.25],
    ]);
  });

  it('agrees with finite differences of softmaxRows, temperature included', () => {
    const logits = [0.3, -1.2, 2, 0.5];
    for (const temperature of [0.5, 1, 3]) {
      const jacobian = toRows(softmaxJacobian(logits, temperature));
      logits.forEach((_, j) => {
        const shifted = (delta: number) =>
          toRows(softmaxRows(fromRows([logits.map((z, k) => (k === j ? z + delta : z))]), temperature))[0]!;
        const [plus, minus] = [shifted(FD_STEP), shifted(-FD_STEP)];
        const column = jacobian.map((r) => r[j]!);
        expectClose(
          column,
          plus.map((p, i) => (p - minus[i]!) / (2 * FD_STEP)),
          FD_TOLERANCE,
        );
      });
    }
  });

  it('has rows summing to 0 (weights always sum to 1)', () => {
    for (const r of toRows(softmaxJacobian([1, 5, -2])))
      expect(Math.abs(r.reduce((s, x) => s + x, 0))).toBeLessThan(1e-16);
  });

  it('is all zeros for a single logit, and masked (-Infinity) logits get zero rows and columns', () => {
    expect(toRows(softmaxJacobian([3]))).toEqual([[0]]);
    const j = toRows(softmaxJacobian([0, -Infinity, 0]));
    // -0 === 0: p·(0 − p′) legitimately yields -0.
    expect(j[1]!.every((x) => x === 0)).toBe(true);
    expect(j.every((r) => r[1] === 0)).toBe(true);
  });

  it('is NaN throughout when a logit is NaN', () => {
    expect(softmaxJacobian([0, NaN]).data.every(Number.isNaN)).toBe(true);
    expect(softmaxJacobianNorm([NaN])).toBeNaN();
  });

  it('throws under its own name for bad input', () => {
    expect(() => softmaxJacobian([])).toThrow('softmaxJacobian: 0 logits — softmaxRows: 1×0');
    expect(() => softmaxJacobian([1], 0)).toThrow(
      'softmaxJacobian: 1 logits — softmaxRows: temperature must',
    );
    expect(() => softmaxJacobian([-Infinity])).toThrow('all -Infinity');
  });
});

describe('softmaxJacobianNorm', () => {
  it('is the Frobenius norm of the Jacobian', () => {
    expect(softmaxJacobianNorm([0, 0])).toBe(0.5);
  });

  it('vanishes as the softmax saturates — what ÷√d_k prevents', () => {
    expect(softmaxJacobianNorm([0, 40])).toBeLessThan(1e-16);
    expect(softmaxJacobianNorm([0, 40], Math.sqrt(256))).toBeGreaterThan(1e-3);
    expect(softmaxJacobianNorm([1000, -1000])).toBe(0);
  });
});

describe('softmaxJacobian against numpy', () => {
  const cases =
    loadFixture<{ logits: number[]; temperature: number; jacobian: StoredMatrix; norm: number }[]>(
      'softmax-jacobian',
    );

  it.each(cases.map((c) => [c.logits.length, c.temperature, c] as const))('%i logits, T = %d', (_, t, c) => {
    expectMatrixClose(softmaxJacobian(c.logits, t), toMatrix(c.jacobian), FIXTURE_TOLERANCE);
    expectClose([softmaxJacobianNorm(c.logits, t)], [c.norm], FIXTURE_TOLERANCE);
  });
});
