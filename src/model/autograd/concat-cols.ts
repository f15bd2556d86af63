import { Tensor, shapeOf } from './tensor';

/** Matrices side by side, in order (the heads' outputs before wo). Backward: each part takes its columns back. */
export function concatCols(parts: readonly Tensor[]): Tensor {
  const rows = parts[0]?.rows ?? 0;
  const bad = parts.find((p) => p.rows !== rows);
  if (bad) throw new Error(`concatCols: ${parts.map(shapeOf).join(', ')} — row counts differ`);
  const cols = parts.reduce((sum, p) => sum + p.cols, 0);
  const data = new Float64Array(rows * cols);
  const offsets: number[] = [];
  let offset = 0;
  for (const part of parts) {
    offsets.push(offset);
    for (let i = 0; i < rows; i++) {
      data.set(part.data.subarray(i * part.cols, (i + 1) * part.cols), i * cols + offset);
    }
    offset += part.cols;
  }
  const out = new Tensor(rows, cols, data, parts);
  out.backwardStep = () => {
    parts.forEach((part, p) => {
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < part.cols; j++)
          part.grad[i * part.cols + j]! += out.grad[i * cols + offsets[p]! + j]!;
      }
    });
  };
  return out;
}
