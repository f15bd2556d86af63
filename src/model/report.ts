import { embeddingMap } from './embedding-map';
import { acceptanceSets, accuracyOn, type Accuracy } from './evaluation';
import { pointerFigures, type PointerFigures } from './pointer-figures';
import { resolve } from './resolve';
import { SOURCE_SENTENCE, WIDE_TWIN } from './sentences';
import type { Weights } from './weights';

/** Every figure the acceptance criteria name, for the training command's printout. */
export interface ModelReport {
  readonly heldOutPairs: Accuracy;
  readonly heldOutTemplate: Accuracy;
  readonly mainTemplate: Accuracy;
  readonly pointer: { readonly animal: PointerFigures; readonly place: PointerFigures };
  readonly source: { readonly answer: string; readonly weight: number };
  readonly twin: { readonly answer: string; readonly weight: number };
  readonly mapAccuracy: number;
}

function answer(weights: Weights, sentence: string) {
  const result = resolve(weights, sentence);
  return { answer: result.tokens[result.referent]!, weight: result.probabilities[result.referent]! };
}

export function modelReport(weights: Weights): ModelReport {
  const sets = acceptanceSets();
  return {
    heldOutPairs: accuracyOn(weights, sets.heldOutPairs),
    heldOutTemplate: accuracyOn(weights, sets.heldOutTemplate),
    mainTemplate: accuracyOn(weights, sets.mainTemplate),
    pointer: {
      animal: pointerFigures(weights, sets.mainTemplate, 'animal'),
      place: pointerFigures(weights, sets.mainTemplate, 'place'),
    },
    source: answer(weights, SOURCE_SENTENCE),
    twin: answer(weights, WIDE_TWIN),
    mapAccuracy: embeddingMap(weights).nearestCentroidAccuracy,
  };
}
