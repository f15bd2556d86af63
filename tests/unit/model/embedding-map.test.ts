import { describe, expect, it } from 'vitest';
import { embeddingMap } from '../../../src/model/embedding-map';
import { VOCABULARY } from '../../../src/model/vocabulary';
import { ANIMALS } from '../../../src/model/words';
import type { Weights } from '../../../src/model/weights';

function weightsWithEmbedding(rowOf: (word: string, index: number) => number[]): Weights {
  const rows = VOCABULARY.map(rowOf);
  const m = { rows: rows.length, cols: 3, data: Float64Array.from(rows.flat()) };
  return { vocabulary: VOCABULARY, embedding: m, layers: [], readout: m };
}

describe('embeddingMap', () => {
  it('separates nouns whose kind is their main direction', () => {
    const map = embeddingMap(
      weightsWithEmbedding((w, i) => [
        (ANIMALS as readonly string[]).includes(w) ? 3 : -3,
        Math.sin(i),
        Math.cos(i),
      ]),
    );
    expect(map.nearestCentroidAccuracy).toBe(1);
    expect(map.words).toHaveLength(16);
    expect(map.points.rows).toBe(16);
  });

  it('is near chance when the kind is not in the map', () => {
    const map = embeddingMap(weightsWithEmbedding((_, i) => [i % 2, (i * 7) % 5, 0]));
    expect(map.nearestCentroidAccuracy).toBeLessThan(0.9);
  });
});
