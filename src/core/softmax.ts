import { shape, type Matrix } from './matrix';

/**
 * softmax(m / T) row by row: out[i][j] = exp(m[i][j]/T) / Σₖ exp(m[i][k]/T). Each row sums to 1.
 * Stable for any finite logits (±1000 included): the row maximum is subtracted before exp.
 * Decided edge cases:
 * - -Infinity gets weight 0 (that is how a mask works); a row that is all -Infinity throws.
 * - +Infinity entries share the row's weight equally, the rest get 0 (the limit as those logits grow).
 * - a NaN anywhere in a row makes that whole row NaN, as in numpy and tfjs.
 * - temperature must be finite and > 0 (T → 0 tends to argmax, large T to uniform); anything else throws.
 * - 0 rows give 0 rows; a row with no entries throws (it cannot sum to 1).
 * softmaxRows([[0, Math.log(3)]]) → [[0.25, 0.75]]
 */
export function softmaxRows(m: Matrix, temperature = 1): Matrix {
  if (!(temperature > 0 && temperature < Infinity)) {
    throw new Error(`softmaxRows: temperature must be finite and > 0, got ${temperature}`);
  }
  if (m.rows > 0 && m.cols === 0) {
    throw new Error(`softmaxRows: ${shape(m)} — a row with no entries cannot sum to 1`);
  }
  const out = new Float64Array(m.data.length);
  for (let i = 0; i < m.rows; i++) {
    const logits = m.data.subarray(i * m.cols, (i + 1) * m.cols);
    const weights = out.subarray(i * m.cols, (i + 1) * m.cols);
    const max = rowMax(logits);
    if (max === -Infinity) {
      throw new Error(`softmaxRows: row ${i} of ${shape(m)} is all -Infinity — no entry can take the weight`);
    }
    if (Number.isNaN(max)) weights.fill(NaN);
    else if (max === Infinity) shareAmongInfinities(logits, weights);
    else expNormalise(logits, max, temperature, weights);
  }
  return { rows: m.rows, cols: m.cols, data: out };
}

/** The largest entry, or NaN if any entry is NaN. */
function rowMax(logits: Float64Array): number {
  let max = -Infinity;
  for (const x of logits) {
    if (Number.isNaN(x)) return NaN;
    if (x > max) max = x;
  }
  return max;
}

function shareAmongInfinities(logits: Float64Array, weights: Float64Array): void {
  const count = logits.filter((x) => x === Infinity).length;
  logits.forEach((x, j) => (weights[j] = x === Infinity ? 1 / count : 0));
}

function expNormalise(logits: Float64Array, max: number, temperature: number, weights: Float64Array): void {
  let sum = 0;
  for (let j = 0; j < logits.length; j++) {
    // Subtracting the max makes every exponent ≤ 0, so exp cannot overflow and the max entry gets exp(0) = 1.
    const e = Math.exp((logits[j]! - max) / temperature);
    weights[j] = e;
    sum += e;
  }
  for (let j = 0; j < weights.length; j++) weights[j]! /= sum;
}
