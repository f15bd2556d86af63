import { type Matrix } from './matrix';

/** The Frobenius norm √(Σ m[i][j]²); 0 for an empty matrix. frobenius([[3, 4]]) → 5 */
export function frobenius(m: Matrix): number {
  let sum = 0;
  for (const x of m.data) sum += x * x;
  return Math.sqrt(sum);
}
