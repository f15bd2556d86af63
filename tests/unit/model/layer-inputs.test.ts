import { describe, expect, it } from 'vitest';
import { row } from '../../../src/core';
import { loadPretrained, MODEL_SHAPE, POINTER, pointerHead, resolve } from '../../../src/model';
import { headWeights, layerInputs } from '../../../src/model/layer-inputs';
import { matricesOf } from '../../../src/model/weights';

const TOLERANCE = 1e-9;
const model = loadPretrained();
const resolution = resolve(model, 'The animal didn’t cross the street because it was too tired.');
const inputs = layerInputs(model, resolution);
const d = model.embedding.cols;

/** Vaswani et al.'s sinusoid, written out here rather than taken from the core. */
const sinusoid = (p: number, c: number) => {
  const angle = p / 10000 ** ((2 * Math.floor(c / 2)) / d);
  return c % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
};

/** Row vector · matrix by hand: Σᵢ x[i]·w[i][j]. */
const times = (x: number[], w: { rows: number; cols: number; data: Float64Array }) =>
  Array.from({ length: w.cols }, (_, j) => x.reduce((s, xi, i) => s + xi * w.data[i * w.cols + j]!, 0));

const expectNear = (actual: number[], expected: number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(Math.abs(a - expected[i]!), `entry ${i}`).toBeLessThan(TOLERANCE));
};

describe('layerInputs', () => {
  it('gives one input per layer, n×d_model each', () => {
    expect(inputs).toHaveLength(model.layers.length);
    for (const input of inputs) {
      for (const m of [input.embedding, input.position, input.added, input.x]) {
        expect([m.rows, m.cols]).toEqual([resolution.tokens.length, d]);
      }
    }
  });

  it('layer 1 reads embedding + position, with nothing added yet', () => {
    const first = inputs[0]!;
    expect(Array.from(first.added.data).every((x) => x === 0)).toBe(true);
    resolution.tokens.forEach((token, p) => {
      const embedded = row(model.embedding, model.vocabulary.indexOf(token));
      expectNear(
        row(first.x, p),
        embedded.map((e, c) => e + sinusoid(p, c)),
      );
    });
  });

  it('layer 2 reads layer 1’s input plus layer 1’s output (the residual path)', () => {
    const [first, second] = inputs;
    resolution.tokens.forEach((_, p) => {
      const out = row(resolution.layers[0]!.output, p);
      expectNear(
        row(second!.x, p),
        row(first!.x, p).map((x, c) => x + out[c]!),
      );
    });
  });

  it('x · W_Q, x · W_K, x · W_V of the pointer head are the q, k, v that resolve() used', () => {
    const x = inputs[POINTER.layer]!.x;
    const head = pointerHead(resolution);
    const weights = headWeights(model, POINTER);
    resolution.tokens.forEach((_, p) => {
      expectNear(times(row(x, p), weights.wq), row(head.q, p));
      expectNear(times(row(x, p), weights.wk), row(head.k, p));
      expectNear(times(row(x, p), weights.wv), row(head.v, p));
    });
  });

  it('does not change the resolution it reads', () => {
    const before = Array.from(resolution.layers[0]!.output.data);
    layerInputs(model, resolution);
    expect(Array.from(resolution.layers[0]!.output.data)).toEqual(before);
  });
});

describe('headWeights', () => {
  it('gives each head’s own three d_model × d_head matrices, and names a head the model lacks', () => {
    const first = headWeights(model, { layer: 0, head: 0 });
    expect([first.wq.rows, first.wq.cols]).toEqual([MODEL_SHAPE.dModel, MODEL_SHAPE.dHead]);
    expect(headWeights(model, { layer: 0, head: 1 }).wq).not.toBe(first.wq);
    expect(() => headWeights(model, { layer: 1, head: 3 })).toThrow(
      'headWeights: the model has no layer 2, head 4',
    );
  });
});

/** The shapes the embeddings article quotes. */
describe('what the embeddings article says about the model’s size', () => {
  it('four heads in layer 1, one in layer 2, and the pointer head is layer 2’s', () => {
    expect(model.layers.map((l) => l.heads.length)).toEqual([4, 1]);
    expect(POINTER).toEqual({ layer: 1, head: 0 });
  });

  it('W_Q, W_K, W_V are 32 × 8; one head’s three are 768 numbers; the whole model 10,880', () => {
    const { wq, wk, wv } = headWeights(model, POINTER);
    for (const w of [wq, wk, wv]) expect([w.rows, w.cols]).toEqual([32, 8]);
    expect(3 * wq.rows * wq.cols).toBe(768);
    expect(matricesOf(model).reduce((s, m) => s + m.rows * m.cols, 0)).toBe(10_880);
  });
});
