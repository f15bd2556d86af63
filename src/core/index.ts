// The attention core: plain TypeScript, no DOM, nothing else of ours. Row vectors throughout (see GUIDE.md).
export { add } from './add';
export { attention, type AttentionOptions, type AttentionResult, type Mask } from './attention';
export { concatColumns } from './concat';
export { attentionCost, rnnCost, type Cost } from './cost';
export { dotTerms } from './dot-terms';
export { symmetricEigen } from './eigen';
export { headCost, type HeadCost } from './head-cost';
export { matmul, matmulTransposeB } from './matmul';
export { maxAbsDifference } from './max-difference';
export { fromRows, identity, matrix, row, shape, toRows, type Matrix } from './matrix';
export {
  multiHeadAttention,
  type HeadResult,
  type HeadWeights,
  type MultiHeadResult,
  type MultiHeadWeights,
} from './multi-head';
export { frobenius } from './norm';
export { pca2 } from './pca';
export { inversePermutation, isPermutation, permuteRows, randomPermutation } from './permute';
export { positionFrequency } from './position-frequency';
export { positionShift } from './position-shift';
export { positionSimilarity } from './position-similarity';
export { sinusoidalPositions } from './positions';
export { principalAxes, projectOnAxes, type PrincipalAxes } from './principal-axes';
export { createRandom, randomMatrix, type Random } from './random';
export {
  rnnForward,
  rnnInfluence,
  rnnInfluenceAcrossGaps,
  rnnInfluences,
  seededRnn,
  type RnnParams,
} from './rnn';
export { scale } from './scale';
export { softmaxRows } from './softmax';
export { softmaxJacobian, softmaxJacobianNorm } from './softmax-jacobian';
export { tokenize } from './tokenize';
export { transpose } from './transpose';
export { wordVectors } from './word-vectors';
