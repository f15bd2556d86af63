import { matmulTransposeB } from './matmul';
import { type Matrix } from './matrix';
import { sinusoidalPositions } from './positions';

/**
 * PE·PEᵀ for the sinusoidal positions 0…length−1 in d dimensions: entry (m, n) = PE(m)·PE(n). For even d it is
 * Σᵢ cos((m − n)·ωᵢ), a function of the offset m − n alone, with d/2 on the diagonal.
 * positionSimilarity(2, 2) → [[1, cos 1], [cos 1, 1]]
 */
export function positionSimilarity(length: number, dModel: number): Matrix {
  const pe = sinusoidalPositions(length, dModel);
  return matmulTransposeB(pe, pe);
}
