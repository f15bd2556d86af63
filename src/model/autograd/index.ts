/** Reverse-mode autograd on matrices, micrograd style: each op's backward sits beside its forward. */
export { Tensor, tensor, shapeOf } from './tensor';
export { add } from './add';
export { concatCols } from './concat-cols';
export { crossEntropy } from './cross-entropy';
export { gatherRows } from './gather-rows';
export { matmul } from './matmul';
export { mean } from './mean';
export { pickRow } from './pick-row';
export { scale } from './scale';
export { softmaxRows } from './softmax-rows';
export { transpose } from './transpose';
