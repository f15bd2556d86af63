import { describe, expect, it } from 'vitest';
import { attention, fromRows, matrix, randomMatrix, row, softmaxJacobianNorm } from '../../../src/core';
import {
  SCALING_SETUP,
  SCALING_SPEC,
  WIDTHS,
  WIDTH_SPEC,
  leadingColumns,
  median,
  scalingStudy,
  std,
} from '../../../src/widgets/parts/scaling-study';

const TOLERANCE = 1e-12;

describe('leadingColumns', () => {
  it('keeps the first columns of every row', () => {
    const m = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(Array.from(leadingColumns(m, 2).data)).toEqual([1, 2, 4, 5]);
    expect(leadingColumns(m, 0)).toMatchObject({ rows: 2, cols: 0 });
  });

  it('rejects more columns than there are', () => {
    expect(() => leadingColumns(matrix(2, 3), 4)).toThrow('leadingColumns: 4 columns of a 2×3 matrix');
  });
});

describe('std and median', () => {
  it('match hand-computed values', () => {
    expect(std([1, 3])).toBe(1);
    expect(std([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(std([])).toBeNaN();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('do not reorder their input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('scalingStudy', () => {
  const { seed, queries, keys } = SCALING_SETUP;
  const study = scalingStudy(seed, queries, keys);

  it('covers the widths 1, 2, 4, …, 1024', () => {
    expect(WIDTHS).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024]);
    expect(study.map((s) => s.dk)).toEqual(WIDTHS);
  });

  it('agrees with the core attention() on the same cut vectors, scaled and not', () => {
    const q = randomMatrix(queries, 1024, seed);
    const k = randomMatrix(keys, 1024, seed + 1);
    for (const s of [study[0]!, study[4]!, study[10]!]) {
      const qd = leadingColumns(q, s.dk);
      const kd = leadingColumns(k, s.dk);
      for (const [summary, on] of [
        [s.raw, false],
        [s.scaled, true],
      ] as const) {
        const result = attention(qd, kd, kd, { scale: on });
        const firstRow = row(result.weights, 0);
        firstRow.forEach((w, j) => expect(Math.abs(summary.firstRow[j]! - w)).toBeLessThan(TOLERANCE));
        const gradients = Array.from({ length: queries }, (_, i) =>
          softmaxJacobianNorm(row(result.scaled, i)),
        );
        expect(summary.gradient).toBeCloseTo(median(gradients), 12);
      }
    }
  });

  it('spreads raw scores like √d_k and scaled ones like 1', () => {
    for (const s of study) {
      expect(s.raw.std / Math.sqrt(s.dk)).toBeGreaterThan(0.6);
      expect(s.raw.std / Math.sqrt(s.dk)).toBeLessThan(1.4);
      expect(s.scaled.std).toBeCloseTo(s.raw.std / Math.sqrt(s.dk), 12);
    }
  });

  it('saturates without scaling: the largest weight rises towards 1 and the gradient vanishes', () => {
    const largest = study.map((s) => s.raw.largestWeight);
    largest
      .slice(1)
      .forEach((w, i) => expect(w, `d_k ${study[i + 1]!.dk}`).toBeGreaterThanOrEqual(largest[i]!));
    expect(largest.at(-1)).toBeGreaterThan(0.99);
    const fromEight = study.slice(3).map((s) => s.raw.gradient);
    fromEight.slice(1).forEach((g, i) => expect(g).toBeLessThan(fromEight[i]!));
    expect(study.at(-1)!.raw.gradient).toBeLessThan(1e-3);
  });

  it('stays put with scaling at every width', () => {
    for (const s of study) {
      expect(s.scaled.largestWeight).toBeGreaterThan(0.1);
      expect(s.scaled.largestWeight).toBeLessThan(0.35);
      expect(s.scaled.gradient).toBeGreaterThan(0.25);
      expect(s.scaled.gradient).toBeLessThan(0.35);
    }
  });

  it('gives every first row weights that sum to 1', () => {
    for (const s of study) {
      for (const summary of [s.raw, s.scaled]) {
        expect(Math.abs(summary.firstRow.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
        expect(summary.firstRow).toHaveLength(keys);
        expect(summary.firstScores).toHaveLength(keys);
      }
    }
  });
});

describe('URL choices', () => {
  it('reads a width of the scale and refuses anything else', () => {
    expect(WIDTH_SPEC.parse('256')).toBe(256);
    expect(WIDTH_SPEC.fallback).toBe(64);
    for (const raw of ['3', '2048', '0', '-4', '1e3', '64.0', '', '<script>', '9'.repeat(10_000)]) {
      expect(WIDTH_SPEC.parse(raw), raw.slice(0, 12)).toBeUndefined();
    }
    expect(WIDTH_SPEC.format(1024)).toBe('1024');
  });

  it('reads on and off and nothing else', () => {
    expect(SCALING_SPEC.parse('off')).toBe(false);
    expect(SCALING_SPEC.parse(' ON ')).toBe(true);
    for (const raw of ['', 'yes', 'constructor', 'toString', '<b>off</b>']) {
      expect(SCALING_SPEC.parse(raw), raw).toBeUndefined();
    }
    expect(SCALING_SPEC.format(false)).toBe('off');
    expect(SCALING_SPEC.fallback).toBe(true);
  });
});
