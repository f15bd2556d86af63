import { shape, type Matrix } from './matrix';

/**
 * Matrices with equal row counts placed side by side, in order; zero widths are fine, no parts throw.
 * concatColumns([[[1]], [[2, 3]]]) → [[1, 2, 3]]
 */
export function concatColumns(parts: readonly Matrix[]): Matrix {
  const first = parts[0];
  if (first === undefined) throw new Error('concatColumns: no matrices given');
  const rows = first.rows;
  const bad = parts.find((p) => p.rows !== rows);
  if (bad !== undefined) {
    throw new Error(`concatColumns: ${parts.map(shape).join(', ')} — every part needs ${rows} rows`);
  }
  const cols = parts.reduce((sum, p) => sum + p.cols, 0);
  const out = new Float64Array(rows * cols);
  let offset = 0;
  for (const p of parts) {
    for (let i = 0; i < rows; i++) out.set(p.data.subarray(i * p.cols, (i + 1) * p.cols), i * cols + offset);
    offset += p.cols;
  }
  return { rows, cols, data: out };
}
