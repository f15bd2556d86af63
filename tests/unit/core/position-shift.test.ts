import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  identity,
  matmul,
  positionFrequency,
  positionShift,
  positionSimilarity,
  row,
  sinusoidalPositions,
  toRows,
  transpose,
  type Matrix,
} from '../../../src/core';
import { loadFixture, toMatrix, type StoredMatrix } from './fixtures';
import { expectClose, expectMatrixClose, FIXTURE_TOLERANCE } from './helpers';

// Angles up to a few hundred radians lose ~1e-13 to rounding in sin/cos; far below anything a figure shows.
const SHIFT_TOLERANCE = 1e-10;
const evenD = fc.integer({ min: 1, max: 64 }).map((h) => 2 * h);
const rowMatrix = (v: number[]): Matrix => ({ rows: 1, cols: v.length, data: Float64Array.from(v) });

describe('positionShift: PE(pos + k) is a fixed linear map of PE(pos)', () => {
  it('maps every position k places on, with one matrix for all positions', () => {
    fc.assert(
      fc.property(evenD, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (d, pos, k) => {
        const pe = sinusoidalPositions(pos + k + 1, d);
        const shifted = matmul(rowMatrix(row(pe, pos)), positionShift(k, d));
        expectClose(shifted.data, row(pe, pos + k), SHIFT_TOLERANCE);
      }),
    );
  });

  it('is a rotation for each (sin, cos) pair: 2×2 blocks, orthogonal, nothing between pairs', () => {
    fc.assert(
      fc.property(evenD, fc.double({ min: -50, max: 50, noNaN: true }), (d, k) => {
        const r = positionShift(k, d);
        expectMatrixClose(matmul(r, transpose(r)), identity(d), SHIFT_TOLERANCE);
        for (let c = 0; c < d; c += 2) {
          const [a, b, e, f] = [
            r.data[c * d + c]!,
            r.data[c * d + c + 1]!,
            r.data[(c + 1) * d + c]!,
            r.data[(c + 1) * d + c + 1]!,
          ];
          expect(a * f - b * e).toBeCloseTo(1, 12); // determinant 1: a rotation, not a reflection
          const angle = k / 10000 ** (c / d);
          expectClose(
            [a, b, e, f],
            [Math.cos(angle), -Math.sin(angle), Math.sin(angle), Math.cos(angle)],
            1e-13,
          );
        }
        const outsideBlocks = toRows(r).flatMap((line, i) =>
          line.filter((_, j) => Math.floor(i / 2) !== Math.floor(j / 2)),
        );
        expect(outsideBlocks.every((x) => x === 0)).toBe(true);
      }),
    );
  });

  it('composes: R_j·R_k = R_(j+k), and R_0 = I', () => {
    expectMatrixClose(matmul(positionShift(3, 8), positionShift(4, 8)), positionShift(7, 8), SHIFT_TOLERANCE);
    expectMatrixClose(positionShift(0, 8), identity(8), 0);
  });

  it.each([3, -2, 2.5])('rejects d = %s', (d) => {
    expect(() => positionShift(1, d)).toThrow(`positionShift: d = ${d} — needs an even whole number`);
  });
});

describe('positionSimilarity', () => {
  it('is PE·PEᵀ of the numpy reference positions', () => {
    const cases = loadFixture<{ length: number; dModel: number; pe: StoredMatrix }[]>('positions');
    for (const c of cases) {
      const pe = toMatrix(c.pe);
      expectMatrixClose(positionSimilarity(c.length, c.dModel), matmul(pe, transpose(pe)), FIXTURE_TOLERANCE);
    }
  });

  it('for even d depends on the offset only: Σᵢ cos((m − n)·ωᵢ), with d/2 on the diagonal', () => {
    fc.assert(
      fc.property(evenD, fc.integer({ min: 1, max: 40 }), (d, length) => {
        const s = positionSimilarity(length, d);
        const byOffset = (k: number) =>
          Array.from({ length: d / 2 }, (_, i) => Math.cos(k / 10000 ** ((2 * i) / d))).reduce(
            (a, b) => a + b,
            0,
          );
        for (let m = 0; m < length; m++) {
          for (let n = 0; n < length; n++) {
            expect(Math.abs(s.data[m * length + n]! - byOffset(m - n))).toBeLessThan(1e-9);
          }
        }
        expect(s.data[0]).toBeCloseTo(d / 2, 12);
      }),
    );
  });

  it('is symmetric and, for the model’s d = 32, highest next to the diagonal', () => {
    const s = toRows(positionSimilarity(20, 32));
    s.forEach((line, m) => line.forEach((v, n) => expect(v).toBe(s[n]![m])));
    // Nearby positions are more alike than far ones: offset 1 beats every offset of 5 or more.
    const at = (k: number) => s[0]![k]!;
    for (let k = 5; k < 20; k++) expect(at(1)).toBeGreaterThan(at(k));
  });
});

describe('positionFrequency', () => {
  it('is the rate of each (sin, cos) pair of the positions', () => {
    const pe = sinusoidalPositions(2, 8);
    for (let c = 0; c < 8; c++) {
      const w = positionFrequency(c, 8);
      expect(row(pe, 1)[c]).toBeCloseTo(c % 2 === 0 ? Math.sin(w) : Math.cos(w), 15);
    }
    expect(positionFrequency(0, 32)).toBe(1);
    expect(positionFrequency(3, 4)).toBeCloseTo(1 / 100, 15);
    expect(() => positionFrequency(4, 4)).toThrow('positionFrequency: column 4 of d = 4');
  });
});
