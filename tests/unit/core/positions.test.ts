import { describe, expect, it } from 'vitest';
import { shape, sinusoidalPositions, toRows } from '../../../src/core';
import { loadFixture, toMatrix, type StoredMatrix } from './fixtures';
import { expectClose, expectMatrixClose, FIXTURE_TOLERANCE } from './helpers';

describe('sinusoidalPositions', () => {
  it('interleaves sin and cos with frequencies 1/10000^(2i/d)', () => {
    const pe = toRows(sinusoidalPositions(3, 4));
    expect(pe[0]).toEqual([0, 1, 0, 1]);
    expectClose(pe[2]!, [Math.sin(2), Math.cos(2), Math.sin(2 / 100), Math.cos(2 / 100)], 1e-15);
  });

  it('ends with a sin column when d is odd', () => {
    const pe = toRows(sinusoidalPositions(2, 3));
    expectClose(pe[1]!, [Math.sin(1), Math.cos(1), Math.sin(1 / 10000 ** (2 / 3))], 1e-15);
  });

  it('gives empty matrices for length or d of 0', () => {
    expect(shape(sinusoidalPositions(0, 8))).toBe('0×8');
    expect(shape(sinusoidalPositions(5, 0))).toBe('5×0');
  });

  it.each([
    [-1, 4],
    [2.5, 4],
    [3, NaN],
  ])('rejects %s×%s', (length, d) => {
    expect(() => sinusoidalPositions(length, d)).toThrow(
      `sinusoidalPositions: ${length}×${d} — length and dModel must be whole numbers ≥ 0`,
    );
  });
});

describe('sinusoidalPositions against numpy', () => {
  const cases = loadFixture<{ length: number; dModel: number; pe: StoredMatrix }[]>('positions');

  it.each(cases.map((c) => [c.length, c.dModel, c] as const))('%i×%i', (length, dModel, c) => {
    expectMatrixClose(sinusoidalPositions(length, dModel), toMatrix(c.pe), FIXTURE_TOLERANCE);
  });
});
