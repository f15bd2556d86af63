import { matrix, shape, type Matrix } from './matrix';
import { type Random } from './random';

/**
 * The rows of m in a new order: row i of the result is row order[i] of m — the product P·m with the permutation
 * matrix P whose row i has its 1 in column order[i]. Throws unless order holds each of 0…rows−1 exactly once.
 * permuteRows([[1], [2], [3]], [2, 0, 1]) → [[3], [1], [2]]
 */
export function permuteRows(m: Matrix, order: readonly number[]): Matrix {
  if (!isPermutation(order, m.rows)) {
    throw new Error(
      `permuteRows: ${shape(m)} with order [${order.slice(0, 8).join(', ')}${order.length > 8 ? ', …' : ''}] — ` +
        `the order must hold each of 0…${m.rows - 1} exactly once`,
    );
  }
  const out = matrix(m.rows, m.cols);
  order.forEach((from, to) => out.data.set(m.data.subarray(from * m.cols, (from + 1) * m.cols), to * m.cols));
  return out;
}

/** True when order holds each of 0…n−1 exactly once. isPermutation([1, 0], 2) → true */
export function isPermutation(order: readonly number[], n: number): boolean {
  if (order.length !== n) return false;
  const seen = new Set<number>();
  for (const i of order) {
    if (!Number.isInteger(i) || i < 0 || i >= n || seen.has(i)) return false;
    seen.add(i);
  }
  return true;
}

/** Where each row went: inverse[order[i]] = i. inversePermutation([2, 0, 1]) → [1, 2, 0] */
export function inversePermutation(order: readonly number[]): number[] {
  if (!isPermutation(order, order.length)) {
    throw new Error(
      `inversePermutation: [${order.join(', ')}] is not a permutation of 0…${order.length - 1}`,
    );
  }
  const inverse = new Array<number>(order.length);
  order.forEach((from, to) => (inverse[from] = to));
  return inverse;
}

/** A uniformly random order of 0…n−1 (Fisher–Yates) drawn from a seeded stream. randomPermutation(3, createRandom(1)) */
export function randomPermutation(n: number, random: Random): number[] {
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`randomPermutation: n = ${n} must be a whole number ≥ 0`);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random.uniform() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
