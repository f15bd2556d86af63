import { type Matrix } from './matrix';

/**
 * Sinusoidal positions of Vaswani et al. 2017, interleaved: PE[p][2i] = sin(p / 10000^(2i/d)),
 * PE[p][2i+1] = cos(p / 10000^(2i/d)). An odd d ends with a sin column. length or d of 0 gives an empty matrix.
 * sinusoidalPositions(2, 2) → [[0, 1], [sin 1, cos 1]]
 */
export function sinusoidalPositions(length: number, dModel: number): Matrix {
  if (!Number.isInteger(length) || !Number.isInteger(dModel) || length < 0 || dModel < 0) {
    throw new Error(`sinusoidalPositions: ${length}×${dModel} — length and dModel must be whole numbers ≥ 0`);
  }
  const out = new Float64Array(length * dModel);
  for (let p = 0; p < length; p++) {
    for (let c = 0; c < dModel; c++) {
      const i = Math.floor(c / 2);
      const angle = p / Math.pow(10000, (2 * i) / dModel);
      out[p * dModel + c] = c % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
  }
  return { rows: length, cols: dModel, data: out };
}
