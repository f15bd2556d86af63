import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPretrained, resolve } from '../../../src/model';
import { embeddingMap } from '../../../src/model/embedding-map';
import { acceptanceSets, accuracyOn } from '../../../src/model/evaluation';
import { pointerFigures } from '../../../src/model/pointer-figures';
import { SOURCE_SENTENCE, WIDE_TWIN } from '../../../src/model/sentences';

// The thresholds of the issue, checked against the committed weights (src/model/weights.json).
const model = loadPretrained();
const sets = acceptanceSets();

describe('the committed model', () => {
  it('fits its 100 KB budget on disk', () => {
    expect(statSync(new URL('../../../src/model/weights.json', import.meta.url)).size).toBeLessThanOrEqual(
      100 * 1024,
    );
  });

  it('resolves held-out noun pairs ≥ 99 %', () => {
    expect(sets.heldOutPairs).toHaveLength(7 * 8 * 4 * 12);
    expect(accuracyOn(model, sets.heldOutPairs).pointer).toBeGreaterThanOrEqual(0.99);
  });

  it('resolves the held-out template ≥ 95 %', () => {
    expect(accuracyOn(model, sets.heldOutTemplate).pointer).toBeGreaterThanOrEqual(0.95);
  });

  it('resolves the main template over every animal × place × intensifier × adjective ≥ 99 %', () => {
    expect(sets.mainTemplate).toHaveLength(8 * 8 * 4 * 12);
    expect(accuracyOn(model, sets.mainTemplate).pointer).toBeGreaterThanOrEqual(0.99);
  });

  it('decodes the output vector of "it" into the referent word ≥ 99 %', () => {
    for (const examples of Object.values(sets))
      expect(accuracyOn(model, examples).readout).toBeGreaterThanOrEqual(0.99);
  });

  it.each(['animal', 'place'] as const)(
    'puts ≥ 0.9 of the pointer head on the referent, ≥ 10× the other noun (%s adjectives)',
    (kind) => {
      const figures = pointerFigures(model, sets.mainTemplate, kind);
      expect(figures.count).toBe(8 * 8 * 4 * 6);
      expect(figures.onReferent).toBeGreaterThanOrEqual(0.9);
      expect(figures.onReferent).toBeGreaterThanOrEqual(10 * figures.onOther);
    },
  );

  it('attends most to "animal" in the source sentence and to "street" in its twin', () => {
    const largest = (sentence: string) => {
      const { tokens, probabilities } = resolve(model, sentence);
      return tokens[probabilities.indexOf(Math.max(...probabilities))];
    };
    expect(largest(SOURCE_SENTENCE)).toBe('animal');
    expect(largest(WIDE_TWIN)).toBe('street');
  });

  it('separates animals from places on the 2-D map of its embeddings (nearest centroid ≥ 0.9)', () => {
    expect(embeddingMap(model).nearestCentroidAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});
