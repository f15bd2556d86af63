import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, row } from '../../../src/core';
import { loadPretrained } from '../../../src/model';
import { encode } from '../../../src/model/encode';
import { forward } from '../../../src/model/forward';
import { initialWeights } from '../../../src/model/weights';
import { VOCABULARY } from '../../../src/model/vocabulary';

const model = loadPretrained();
const SENTENCE = "the dog didn't cross the road because it was too tired".split(' ');
const ids = encode(model.vocabulary, SENTENCE);
const PRONOUN = 7;
const CLOSE = 1e-12;

describe('forward options', () => {
  it('ablate: [] and no options give the same numbers', () => {
    expect(forward(model, ids, PRONOUN, { ablate: [] }).decoded).toEqual(
      forward(model, ids, PRONOUN).decoded,
    );
  });

  it("silencing layer 2's only head leaves the readout nothing: every word equally likely", () => {
    const { decoded, layers } = forward(model, ids, PRONOUN, { ablate: [{ layer: 1, head: 0 }] });
    decoded.forEach((p) => expect(p).toBeCloseTo(1 / model.vocabulary.length, 12));
    expect(layers[1]!.concat.data.every((x) => x === 0)).toBe(true);
  });

  it('a silenced head keeps its attention but writes zeros; the other heads are untouched in that layer', () => {
    const plain = forward(model, ids, PRONOUN);
    const silenced = forward(model, ids, PRONOUN, { ablate: [{ layer: 0, head: 2 }] });
    const layer = silenced.layers[0]!;
    expect(layer.heads[2]!.weights.data).toEqual(plain.layers[0]!.heads[2]!.weights.data);
    for (let i = 0; i < ids.length; i++) {
      const r = row(layer.concat, i);
      expect(r.slice(16, 24).every((x) => x === 0)).toBe(true);
      expect(r.slice(0, 16)).toEqual(row(plain.layers[0]!.concat, i).slice(0, 16));
    }
    expect(silenced.decoded).not.toEqual(plain.decoded);
  });

  it('without positions, permuting the words permutes every layer output row for row (equivariance)', () => {
    const weights = initialWeights(createRandom(9), VOCABULARY, { embeddingStd: 1 });
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...ids.keys()], { minLength: ids.length, maxLength: ids.length }),
        (order) => {
          const shuffled = order.map((i) => ids[i]!);
          const a = forward(weights, ids, PRONOUN, { positions: false });
          const b = forward(weights, shuffled, order.indexOf(PRONOUN), { positions: false });
          a.layers.forEach((layer, l) => {
            order.forEach((from, to) => {
              const x = row(layer.output, from);
              const y = row(b.layers[l]!.output, to);
              x.forEach((v, j) => expect(Math.abs(v - y[j]!)).toBeLessThan(CLOSE));
            });
          });
          a.decoded.forEach((p, j) => expect(Math.abs(p - b.decoded[j]!)).toBeLessThan(CLOSE));
        },
      ),
      { numRuns: 20 },
    );
  });

  it('with positions, the same permutation changes the outputs', () => {
    const order = ids.map((_, i) => (i === 0 ? 1 : i === 1 ? 0 : i));
    const shuffled = order.map((i) => ids[i]!);
    const a = forward(model, ids, PRONOUN);
    const b = forward(model, shuffled, PRONOUN);
    const moved = row(b.layers[1]!.output, PRONOUN);
    const diff = Math.max(...row(a.layers[1]!.output, PRONOUN).map((v, j) => Math.abs(v - moved[j]!)));
    expect(diff).toBeGreaterThan(1e-3);
  });
});
