import {
  matmulTransposeB,
  matrix,
  randomMatrix,
  row,
  scale,
  softmaxJacobianNorm,
  softmaxRows,
  type Matrix,
} from '../../core';
import type { ParamSpec } from './url-param.svelte';

/** The widths the scaling explorer steps through: 1, 2, 4, …, 1024 (a log scale, one step per doubling). */
export const WIDTHS = Array.from({ length: 11 }, (_, e) => 2 ** e);

/** The seeded experiment the explorer shows; the caption names these numbers. */
export const SCALING_SETUP = { seed: 7, queries: 128, keys: 16 } as const;

/** What softmax does with one set of scores: the numbers the explorer shows for ÷√d_k on or off. */
export interface SoftmaxSummary {
  /** Population standard deviation of every score softmax receives (all queries × all keys). */
  readonly std: number;
  /** The largest weight of each query's row, the median over the queries: 1 means one key takes everything. */
  readonly largestWeight: number;
  /** ‖∂softmax/∂(its input)‖ (Frobenius, core softmaxJacobianNorm), the median over the queries. */
  readonly gradient: number;
  /** The first query's weights over the keys. */
  readonly firstRow: number[];
  /** The first query's scores as softmax receives them. */
  readonly firstScores: number[];
}

export interface WidthResult {
  readonly dk: number;
  /** Softmax of the raw scores q·k. */
  readonly raw: SoftmaxSummary;
  /** Softmax of q·k/√d_k. */
  readonly scaled: SoftmaxSummary;
}

/** The first `cols` columns of m: the same vectors, cut to a smaller width. leadingColumns(4×8, 2) → 4×2 */
export function leadingColumns(m: Matrix, cols: number): Matrix {
  if (!Number.isInteger(cols) || cols < 0 || cols > m.cols) {
    throw new Error(`leadingColumns: ${cols} columns of a ${m.rows}×${m.cols} matrix`);
  }
  const out = matrix(m.rows, cols);
  for (let i = 0; i < m.rows; i++) out.data.set(m.data.subarray(i * m.cols, i * m.cols + cols), i * cols);
  return out;
}

/** Standard deviation around the mean of all entries (population form, divide by N). std([1, 3]) → 1 */
export function std(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return NaN;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i]!;
  mean /= n;
  let sq = 0;
  for (let i = 0; i < n; i++) sq += (values[i]! - mean) ** 2;
  return Math.sqrt(sq / n);
}

/** The middle value (the mean of the two middle values for an even count). median([3, 1, 2]) → 2 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function summarise(logits: Matrix): SoftmaxSummary {
  const weights = softmaxRows(logits);
  const largest: number[] = [];
  const gradient: number[] = [];
  for (let i = 0; i < logits.rows; i++) {
    largest.push(Math.max(...row(weights, i)));
    gradient.push(softmaxJacobianNorm(row(logits, i)));
  }
  return {
    std: std(logits.data),
    largestWeight: median(largest),
    gradient: median(gradient),
    firstRow: row(weights, 0),
    firstScores: row(logits, 0),
  };
}

/**
 * Seeded random queries and keys with unit-variance entries (core randomMatrix: queries from `seed`, keys from
 * seed + 1), drawn once at the widest width and cut to each width d_k, so a wider d_k adds dimensions to the same
 * vectors. For each width: what softmax makes of the raw scores and of the scores ÷ √d_k.
 * scalingStudy(7, 32, 16, [1, 1024])[1].raw.largestWeight → close to 1 (saturated)
 */
export function scalingStudy(
  seed: number,
  queries: number,
  keys: number,
  widths: readonly number[] = WIDTHS,
): WidthResult[] {
  const widest = Math.max(...widths);
  const q = randomMatrix(queries, widest, seed);
  const k = randomMatrix(keys, widest, seed + 1);
  return widths.map((dk) => {
    const scores = matmulTransposeB(leadingColumns(q, dk), leadingColumns(k, dk));
    return { dk, raw: summarise(scores), scaled: summarise(scale(scores, 1 / Math.sqrt(dk))) };
  });
}

/** ?dk=64: a width of the explorer's log scale (1, 2, 4, …, 1024); anything else falls back to 64 with a note. */
export const WIDTH_SPEC: ParamSpec<number> = {
  key: 'dk',
  label: 'width d_k',
  fallback: 64,
  parse: (raw) => {
    const dk = /^\d{1,4}$/.test(raw.trim()) ? Number(raw) : NaN;
    return WIDTHS.includes(dk) ? dk : undefined;
  },
  format: String,
};

/** ?scale=off: whether the explorer divides by √d_k ('on', the default, or 'off'). */
export const SCALING_SPEC: ParamSpec<boolean> = {
  key: 'scale',
  label: 'scaling choice',
  fallback: true,
  parse: (raw) => {
    const word = raw.trim().toLowerCase();
    return word === 'on' ? true : word === 'off' ? false : undefined;
  },
  format: (on) => (on ? 'on' : 'off'),
};
