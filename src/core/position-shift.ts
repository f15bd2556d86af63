import { matrix, type Matrix } from './matrix';
import { positionFrequency } from './position-frequency';

/**
 * The d×d matrix R_k with PE(pos + k) = PE(pos)·R_k for the sinusoidal positions (row vectors), for every pos:
 * block diagonal, one 2×2 rotation by k·ωᵢ per (sin, cos) pair, ωᵢ = 1/10000^(2i/d). Needs an even d (an odd d
 * ends with a sin column that has no cos partner). k may be any real number, negative too.
 * positionShift(1, 2) → [[cos 1, −sin 1], [sin 1, cos 1]]
 */
export function positionShift(k: number, dModel: number): Matrix {
  if (!Number.isFinite(k)) throw new Error(`positionShift: offset ${k} must be a finite number`);
  if (!Number.isInteger(dModel) || dModel < 0 || dModel % 2 !== 0) {
    throw new Error(`positionShift: d = ${dModel} — needs an even whole number (sin and cos come in pairs)`);
  }
  const r = matrix(dModel, dModel);
  for (let c = 0; c < dModel; c += 2) {
    const angle = k * positionFrequency(c, dModel);
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    // [sin a, cos a]·[[cos, −sin], [sin, cos]] = [sin(a + b), cos(a + b)] with b = k·ω.
    r.data[c * dModel + c] = cos;
    r.data[c * dModel + c + 1] = -sin;
    r.data[(c + 1) * dModel + c] = sin;
    r.data[(c + 1) * dModel + c + 1] = cos;
  }
  return r;
}
