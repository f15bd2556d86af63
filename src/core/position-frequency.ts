/**
 * The angular frequency ω of column c of the sinusoidal positions in d dimensions: columns 2i and 2i+1 (sin and
 * cos of pair i) both turn at ω = 1/10000^(2i/d) radians per position; one turn takes 2π/ω positions.
 * positionFrequency(0, 32) → 1, positionFrequency(2, 4) → 1/100
 */
export function positionFrequency(column: number, dModel: number): number {
  if (!Number.isInteger(column) || !Number.isInteger(dModel) || column < 0 || column >= dModel) {
    throw new Error(`positionFrequency: column ${column} of d = ${dModel} — needs a whole column in 0…d−1`);
  }
  return 1 / Math.pow(10000, (2 * Math.floor(column / 2)) / dModel);
}
