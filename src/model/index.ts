/** The tiny transformer that resolves "it": the committed weights, and what they make of a sentence. */
import pretrained from './weights.json' with { type: 'json' };
import { fromWeightsJson, type WeightsJson } from './weights-json';
import type { Model } from './resolve';

export { MAX_CHARACTERS, MAX_TOKENS, resolve, type Model, type Resolution } from './resolve';
export { embeddingMap, type EmbeddingMap } from './embedding-map';
export { SOURCE_SENTENCE, WIDE_TWIN } from './sentences';
export { MODEL_SHAPE, POINTER, type Weights } from './weights';
export type { AttentionRow, SessionReport, SessionRequest } from './training-session';

/** The weights trained by `npm run train` and committed as src/model/weights.json. */
export function loadPretrained(): Model {
  return fromWeightsJson(pretrained as WeightsJson);
}
