import { fromRows, matrix, row, type Matrix } from './matrix';
import { frobenius } from './norm';
import { softmaxRows } from './softmax';

/**
 * The Jacobian of p = softmax(z / T) with respect to the logits z: J[i][j] = ∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ) / T.
 * For attention's ÷√d_k, pass T = √d_k to get the gradient with respect to the raw scores.
 * Edge cases follow softmaxRows: temperature ≤ 0, no logits or all -Infinity throw; a NaN logit gives a NaN Jacobian. softmaxJacobian([0, 0]) → [[¼, -¼], [-¼, ¼]]
 */
export function softmaxJacobian(logits: readonly number[], temperature = 1): Matrix {
  const p = softmaxOf(logits, temperature);
  const n = p.length;
  const out = matrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) out.data[i * n + j] = (p[i]! * ((i === j ? 1 : 0) - p[j]!)) / temperature;
  }
  return out;
}

/**
 * The Frobenius norm of softmaxJacobian: how strongly the weights react to the logits at all. It tends to 0 as the
 * softmax saturates on one entry — the vanishing gradient that ÷√d_k prevents. softmaxJacobianNorm([0, 0]) → 0.5
 */
export function softmaxJacobianNorm(logits: readonly number[], temperature = 1): number {
  return frobenius(softmaxJacobian(logits, temperature));
}

function softmaxOf(logits: readonly number[], temperature: number): number[] {
  try {
    return row(softmaxRows(fromRows([logits]), temperature), 0);
  } catch (error) {
    // Re-throw under our own name so the message says which function the caller called.
    throw new Error(`softmaxJacobian: ${logits.length} logits — ${(error as Error).message}`, {
      cause: error,
    });
  }
}
