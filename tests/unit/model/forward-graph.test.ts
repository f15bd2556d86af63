import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core';
import { Tensor, add, crossEntropy, softmaxRows, tensor } from '../../../src/model/autograd';
import { encode } from '../../../src/model/encode';
import { forward } from '../../../src/model/forward';
import { forwardGraph, readoutGraph } from '../../../src/model/forward-graph';
import { loadPretrained } from '../../../src/model';
import { VOCABULARY } from '../../../src/model/vocabulary';
import { initialWeights, mapWeights, matricesOf, type Weights } from '../../../src/model/weights';
import { expectGradientsMatch } from './autograd/gradient-check';

const AGREEMENT = 1e-9;
const SENTENCE = "the brown dog wouldn't walk across the road because it was very busy .".split(' ');

function toTensors(weights: Weights): Weights<Tensor> {
  return mapWeights(weights, (m) => tensor(m.rows, m.cols, m.data));
}

function expectAgreement(weights: Weights, tokens: string[]): void {
  const ids = encode(weights.vocabulary, tokens);
  const pronoun = tokens.findIndex((t) => t === 'it' || t === 'they');
  const core = forward(weights, ids, pronoun);
  const params = toTensors(weights);
  const readout = softmaxRows(readoutGraph(params, forwardGraph(params, ids), pronoun)).data;
  core.decoded.forEach((p, j) => expect(Math.abs(p - readout[j]!)).toBeLessThan(AGREEMENT));
}

describe('forwardGraph (training) and forward (through the core)', () => {
  it('agree to 1e-9 on fresh random weights', () => {
    const weights = initialWeights(createRandom(5), VOCABULARY, { embeddingStd: 1 });
    expectAgreement(weights, SENTENCE);
  });

  it('agree to 1e-9 on the committed weights', () => {
    expectAgreement(loadPretrained(), SENTENCE);
    expectAgreement(
      loadPretrained(),
      "because they were too tired , the cats didn't cross the wall".split(' '),
    );
    expectAgreement(loadPretrained(), "the box didn't fit in the jar because it was too big".split(' '));
  });
});

describe('forwardGraph', () => {
  it('has the gradient of finite differences through the whole model, with layers of different widths', () => {
    const vocabulary = ['the', 'dog', 'road', 'it', 'was', 'wide'];
    const shape = { dModel: 4, heads: [2, 1], dHead: 2 };
    const weights = toTensors(initialWeights(createRandom(3), vocabulary, { embeddingStd: 0.5 }, shape));
    const parameters = matricesOf(weights);
    const ids = [0, 1, 0, 2, 3, 4, 5];
    const build = (inputs: Tensor[]): Tensor => {
      let k = 0;
      const rebuilt = mapWeights(weights, () => inputs[k++]!);
      const written = forwardGraph(rebuilt, ids);
      return add(
        crossEntropy(readoutGraph(rebuilt, written, 4), 2, 0.1),
        crossEntropy(readoutGraph(rebuilt, written, 1), 1),
      );
    };
    expectGradientsMatch(build, parameters);
  });
});
