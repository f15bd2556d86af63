import { matmul, matmulTransposeB } from './matmul';
import { shape, type Matrix } from './matrix';
import { softmaxRows } from './softmax';

export type Mask = 'none' | 'causal';

export interface AttentionOptions {
  /** 'causal': query i may only look at keys 0…i. Default 'none'. */
  readonly mask?: Mask | undefined;
  /** Divide scores by √d_k. Default true. */
  readonly scale?: boolean | undefined;
}

export interface AttentionResult {
  /** Q·Kᵀ, n×m: row i = query i, column j = key j. Never masked. */
  readonly scores: Matrix;
  /** scores/√d_k (a copy of scores when scale is off), with -Infinity above the diagonal when causal. */
  readonly scaled: Matrix;
  /** softmaxRows(scaled): row i says how much query i takes from each value; rows sum to 1. */
  readonly weights: Matrix;
  /** weights·V, n×d_v: one blended value per query. */
  readonly output: Matrix;
}

/**
 * Scaled dot-product attention with row vectors: q n×d_k, k m×d_k, v m×d_v.
 * Throws on mismatched shapes, on d_k = 0, on queries without keys, and on a causal mask when n ≠ m.
 * 0 queries give empty results. NaN/±Infinity follow softmaxRows: a NaN score turns its query's weights NaN.
 * attention([[1, 0]], [[1, 0], [0, 1]], [[1], [0]], { scale: false }).weights → [[e/(e+1), 1/(e+1)]]
 */
export function attention(q: Matrix, k: Matrix, v: Matrix, options: AttentionOptions = {}): AttentionResult {
  const mask = options.mask ?? 'none';
  const scaleOn = options.scale ?? true;
  checkShapes(q, k, v, mask);
  const scores = matmulTransposeB(q, k);
  const scaled = scaleAndMask(scores, scaleOn ? Math.sqrt(q.cols) : 1, mask);
  const weights = softmaxRows(scaled);
  return { scores, scaled, weights, output: matmul(weights, v) };
}

function checkShapes(q: Matrix, k: Matrix, v: Matrix, mask: string): void {
  const shapes = `q ${shape(q)}, k ${shape(k)}, v ${shape(v)}`;
  if (mask !== 'none' && mask !== 'causal') {
    throw new Error(`attention: mask must be 'none' or 'causal', got '${mask}'`);
  }
  if (q.cols !== k.cols) throw new Error(`attention: ${shapes} — q and k need the same width d_k`);
  if (k.rows !== v.rows) throw new Error(`attention: ${shapes} — k and v need one row per key`);
  if (q.cols === 0) throw new Error(`attention: ${shapes} — d_k is 0, there is nothing to compare`);
  if (q.rows > 0 && k.rows === 0) throw new Error(`attention: ${shapes} — queries need at least one key`);
  if (mask === 'causal' && q.rows !== k.rows) {
    throw new Error(`attention: ${shapes} — a causal mask needs one key per query`);
  }
}

function scaleAndMask(scores: Matrix, divisor: number, mask: Mask): Matrix {
  const { rows, cols } = scores;
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const hidden = mask === 'causal' && j > i;
      out[i * cols + j] = hidden ? -Infinity : scores.data[i * cols + j]! / divisor;
    }
  }
  return { rows, cols, data: out };
}
