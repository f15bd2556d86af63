import { symmetricEigen } from './eigen';
import { shape, type Matrix } from './matrix';

/** The two map directions of pca2 with the mean they are measured from, so that new points can go on the same map. */
export interface PrincipalAxes {
  readonly mean: number[];
  /** Two unit vectors of length d (the second all zeros when d = 1); each one's largest-magnitude entry positive. */
  readonly axes: [number[], number[]];
}

/**
 * The mean of the rows of m and the two directions of largest variance, oriented as pca2 orients them, so
 * projectOnAxes(a, row i of m) equals row i of pca2(m).points. No variance gives zero axes.
 * principalAxes([[0, 0], [2, 0]]) → mean [1, 0], axes [[1, 0], [0, 1]]
 */
export function principalAxes(m: Matrix): PrincipalAxes {
  if (!m.data.every(Number.isFinite))
    throw new Error(`principalAxes: ${shape(m)} — contains NaN or ±Infinity`);
  const { rows: n, cols: d } = m;
  const mean = Array.from({ length: d }, (_, j) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += m.data[i * d + j]!;
    return n === 0 ? 0 : sum / n;
  });
  const scatter = new Float64Array(d * d);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < d; a++) {
      const x = m.data[i * d + a]! - mean[a]!;
      for (let b = 0; b < d; b++) scatter[a * d + b]! += x * (m.data[i * d + b]! - mean[b]!);
    }
  }
  const { values, vectors } = symmetricEigen({ rows: d, cols: d, data: scatter });
  const total = values.reduce((s, x) => s + Math.max(x, 0), 0);
  const axis = (c: number): number[] => {
    if (c >= d || total === 0) return new Array<number>(d).fill(0);
    const v = Array.from({ length: d }, (_, k) => vectors.data[k * d + c]!);
    const largest = v.reduce((best, x) => (Math.abs(x) > Math.abs(best) ? x : best), 0);
    return largest < 0 ? v.map((x) => -x) : v;
  };
  return { mean, axes: [axis(0), axis(1)] };
}

/** A vector's place on the map: its offset from the mean along each axis. projectOnAxes(a, a.mean) → [0, 0] */
export function projectOnAxes({ mean, axes }: PrincipalAxes, v: readonly number[]): [number, number] {
  if (v.length !== mean.length) {
    throw new Error(`projectOnAxes: a vector of ${v.length} numbers on axes of ${mean.length}`);
  }
  const along = (axis: readonly number[]) => v.reduce((s, x, j) => s + (x - mean[j]!) * axis[j]!, 0);
  return [along(axes[0]), along(axes[1])];
}
