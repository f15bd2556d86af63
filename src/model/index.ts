/** The tiny transformer that resolves "it": the committed weights, and what they make of a sentence. */
export {
  MAX_CHARACTERS,
  MAX_TOKENS,
  ResolveError,
  resolve,
  type Model,
  type Resolution,
  type ResolveFailure,
} from './resolve';
export type { NumberConflict } from './agreement';
export type { ForwardOptions, HeadAddress, LayerResult } from './forward';
export { headRoles, resolverOf, ROLE_STATISTICS, type HeadRole, type Role } from './head-roles';
export { embeddingMap, type EmbeddingMap } from './embedding-map';
export { PLURAL_SENTENCE, SOURCE_SENTENCE, SUITCASE_TWIN, TROPHY_SENTENCE, WIDE_TWIN } from './sentences';
export { MODEL_SHAPE, type Weights } from './weights';
export { MASK } from './vocabulary';
export type { AttentionRow, SessionReport, SessionRequest } from './training-session';
export { headResult } from './head-result';
export { HEAD_ROLES, POINTER, loadPretrained, pointerHead } from './pretrained';
