/** A dense row-major matrix of float64 numbers: entry (i, j) lives at `data[i * cols + j]`. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** The shape as every error message writes it. shape(matrix(2, 3)) → '2×3' */
export function shape(m: Matrix): string {
  return `${m.rows}×${m.cols}`;
}

/**
 * A rows×cols matrix, zero-filled, or a copy of `data` read row by row (so later writes to `data` cannot leak in).
 * Zero rows or columns are allowed. matrix(2, 2, [1, 2, 3, 4]) → [[1, 2], [3, 4]]
 */
export function matrix(rows: number, cols: number, data?: ArrayLike<number>): Matrix {
  if (!isSize(rows) || !isSize(cols)) {
    throw new Error(`matrix: ${rows}×${cols} — sizes must be whole numbers ≥ 0`);
  }
  if (data === undefined) return { rows, cols, data: new Float64Array(rows * cols) };
  if (data.length !== rows * cols) {
    throw new Error(`matrix: ${rows}×${cols} needs ${rows * cols} numbers, got ${data.length}`);
  }
  return { rows, cols, data: Float64Array.from(data) };
}

/** A matrix from an array of equally long rows; [] gives 0×0. fromRows([[1, 2], [3, 4]]) → 2×2 */
export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const cols = rows[0]?.length ?? 0;
  rows.forEach((r, i) => {
    if (r.length !== cols) {
      throw new Error(
        `fromRows: row ${i} has ${r.length} numbers, row 0 has ${cols} — rows must be equally long`,
      );
    }
  });
  return matrix(rows.length, cols, rows.flat());
}

/** Plain nested arrays, e.g. to pass a matrix as an island prop; 0 rows give []. toRows(fromRows([[1, 2]])) → [[1, 2]] */
export function toRows(m: Matrix): number[][] {
  return Array.from({ length: m.rows }, (_, i) => row(m, i));
}

/** The n×n identity matrix. identity(2) → [[1, 0], [0, 1]] */
export function identity(n: number): Matrix {
  if (!isSize(n)) throw new Error(`identity: ${n}×${n} — the size must be a whole number ≥ 0`);
  const out = matrix(n, n);
  for (let i = 0; i < n; i++) out.data[i * n + i] = 1;
  return out;
}

/** Row i as a plain array (a copy). row(fromRows([[1, 2], [3, 4]]), 1) → [3, 4] */
export function row(m: Matrix, i: number): number[] {
  if (!Number.isInteger(i) || i < 0 || i >= m.rows) {
    throw new Error(`row: index ${i} is outside the rows of a ${shape(m)} matrix`);
  }
  return Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols));
}

function isSize(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
}
