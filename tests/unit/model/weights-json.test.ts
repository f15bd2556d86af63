import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core';
import { VOCABULARY } from '../../../src/model/vocabulary';
import { MODEL_SHAPE, initialWeights, matricesOf } from '../../../src/model/weights';
import { fromWeightsJson, toWeightsJson } from '../../../src/model/weights-json';

describe('toWeightsJson / fromWeightsJson', () => {
  const weights = initialWeights(createRandom(1), VOCABULARY, { embeddingStd: 1 });
  const json = toWeightsJson(weights, MODEL_SHAPE, { seed: 1 }, 4);

  it('round-trips every matrix to within the rounding', () => {
    const back = matricesOf(fromWeightsJson(json));
    matricesOf(weights).forEach((m, k) => {
      expect([back[k]!.rows, back[k]!.cols]).toEqual([m.rows, m.cols]);
      m.data.forEach((x, i) => expect(Math.abs(back[k]!.data[i]! - x)).toBeLessThanOrEqual(0.5e-4 + 1e-12));
    });
  });

  it('survives JSON text and never writes -0', () => {
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/-0[,\]]/);
    expect(fromWeightsJson(JSON.parse(text))).toEqual(fromWeightsJson(json));
  });

  it('reads layers of different head counts', () => {
    const back = fromWeightsJson(json);
    expect(back.layers.map((l) => l.heads.length)).toEqual([...MODEL_SHAPE.heads]);
    expect(() => fromWeightsJson({ ...json, shape: { ...json.shape, heads: [4, 4] } })).toThrow(
      'weights: layer 1 needs 4 heads',
    );
  });

  it('names a matrix whose size does not fit the shape', () => {
    const broken = { ...json, readout: json.readout.slice(1) };
    expect(() => fromWeightsJson(broken)).toThrow(/readout must hold 32×\d+ = \d+ finite numbers/);
  });
});
