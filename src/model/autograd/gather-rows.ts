import { Tensor, shapeOf } from './tensor';

/**
 * Rows of a table by index: the embedding lookup. gatherRows(E, [2, 0]) → [E[2], E[0]].
 * Backward: each picked row's gradient is added back to its table row (twice if picked twice).
 */
export function gatherRows(table: Tensor, indices: readonly number[]): Tensor {
  const { cols } = table;
  const data = new Float64Array(indices.length * cols);
  indices.forEach((index, r) => {
    if (!Number.isInteger(index) || index < 0 || index >= table.rows) {
      throw new Error(`gatherRows: index ${index} is outside the rows of a ${shapeOf(table)} table`);
    }
    data.set(table.data.subarray(index * cols, (index + 1) * cols), r * cols);
  });
  const out = new Tensor(indices.length, cols, data, [table]);
  out.backwardStep = () => {
    indices.forEach((index, r) => {
      for (let j = 0; j < cols; j++) table.grad[index * cols + j]! += out.grad[r * cols + j]!;
    });
  };
  return out;
}
