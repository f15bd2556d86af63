/**
 * A matrix that remembers how it was computed (micrograd's Value, one matrix at a time). Each op creates its
 * result with the tensors it read as parents and a backward step that adds d(loss)/d(parent) into the parents'
 * grad from its own grad. Row-major like the core's Matrix, so a Tensor can be handed to the core as it is.
 */
export class Tensor {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
  readonly grad: Float64Array;
  readonly parents: readonly Tensor[];
  backwardStep: () => void = () => {};

  constructor(rows: number, cols: number, data: Float64Array, parents: readonly Tensor[] = []) {
    if (data.length !== rows * cols) {
      throw new Error(`Tensor: ${rows}×${cols} needs ${rows * cols} numbers, got ${data.length}`);
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data;
    this.grad = new Float64Array(data.length);
    this.parents = parents;
  }

  /**
   * Fills in the grad of every tensor this one was computed from. The seed is d(loss)/d(this): 1 for a 1×1
   * loss (the default); tests pass any seed to check ops whose result is not a scalar.
   */
  backward(seed?: ArrayLike<number>): void {
    if (seed === undefined && this.data.length !== 1) {
      throw new Error(`backward: a ${this.rows}×${this.cols} result needs a seed gradient`);
    }
    this.grad.set(seed ?? [1]);
    for (const node of topologicalOrder(this).reverse()) node.backwardStep();
  }
}

/** Parents before children, so walking it backwards reaches each tensor after all its users. */
function topologicalOrder(root: Tensor): Tensor[] {
  const order: Tensor[] = [];
  const seen = new Set<Tensor>();
  const visit = (node: Tensor): void => {
    if (seen.has(node)) return;
    seen.add(node);
    node.parents.forEach(visit);
    order.push(node);
  };
  visit(root);
  return order;
}

/** A leaf tensor (a parameter or a constant) from numbers read row by row. tensor(1, 2, [3, 4]) */
export function tensor(rows: number, cols: number, data?: ArrayLike<number>): Tensor {
  const values = data === undefined ? new Float64Array(rows * cols) : Float64Array.from(data);
  return new Tensor(rows, cols, values);
}

/** '3×4', as error messages write shapes. */
export function shapeOf(t: { rows: number; cols: number }): string {
  return `${t.rows}×${t.cols}`;
}
