import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attentionCost,
  headCost,
  matmul,
  multiHeadAttention,
  randomMatrix,
  row,
  shape,
} from '../../../src/core';
import { loadPretrained, MODEL_SHAPE, resolve, SOURCE_SENTENCE } from '../../../src/model';

const size = (max: number) => fc.integer({ min: 0, max });

describe('headCost', () => {
  it('counts four heads of 8 over 12 tokens of width 32 by hand', () => {
    const cost = headCost(12, 32, 4, 8);
    // 3·32·(4·8) weights in W_Q, W_K, W_V and (4·8)·32 in W_O
    expect(cost.parameters).toEqual({ projections: 3072, output: 1024, total: 4096 });
    expect(cost.flops).toEqual({
      projections: 2 * 3 * 12 * 32 * 32, // 73,728
      scores: 2 * 4 * 12 * 12 * 8, // 9,216
      weightedSum: 2 * 4 * 12 * 12 * 8,
      softmax: 5 * 4 * 12 * 12, // 2,880
      output: 2 * 12 * 32 * 32, // 24,576
      total: 119_616,
    });
    expect(headCost(12, 32, 1, 32).flops.total).toBe(117_456);
  });

  it('is each head’s attentionCost plus the output projection', () => {
    fc.assert(
      fc.property(size(40), size(64), fc.integer({ min: 1, max: 16 }), size(16), (n, d, h, dHead) => {
        const cost = headCost(n, d, h, dHead);
        expect(cost.flops.total).toBe(h * attentionCost(n, d, dHead).flops + 2 * n * h * dHead * d);
      }),
    );
  });

  it('h heads of width w cost what one head of width h·w costs: the same parameters and matrix products', () => {
    fc.assert(
      fc.property(size(40), size(64), fc.integer({ min: 1, max: 16 }), size(16), (n, d, h, w) => {
        const split = headCost(n, d, h, w);
        const wide = headCost(n, d, 1, h * w);
        expect(split.parameters).toEqual(wide.parameters);
        const { softmax, total, ...products } = split.flops;
        const { softmax: wideSoftmax, total: wideTotal, ...wideProducts } = wide.flops;
        expect(products).toEqual(wideProducts);
        // Only the softmax grows: each head has its own n×n map to normalise.
        expect(softmax).toBe(h * wideSoftmax);
        expect(total - wideTotal).toBe((h - 1) * wideSoftmax);
      }),
    );
  });

  it('counts as many parameters as the trained model’s layer 1 holds', () => {
    const model = loadPretrained();
    const layer = model.layers[0]!;
    const entries =
      layer.heads.reduce((s, { wq, wk, wv }) => s + wq.data.length + wk.data.length + wv.data.length, 0) +
      layer.wo.data.length;
    const { dModel, heads, dHead } = MODEL_SHAPE;
    expect(headCost(12, dModel, heads[0]!, dHead).parameters.total).toBe(entries);
    expect(entries).toBe(4 * dModel * dModel);
  });

  it('rejects sizes that are not whole numbers ≥ 0', () => {
    expect(() => headCost(12, 32, -1, 8)).toThrow('headCost: heads = -1 — sizes must be whole numbers ≥ 0');
    expect(() => headCost(12, 32, 4, 2.5)).toThrow('headCost: dHead = 2.5');
  });
});

describe('what the cost counts, in the core and the model', () => {
  it('concat puts head h’s output in columns h·d_head … (h+1)·d_head − 1, in head order', () => {
    const x = randomMatrix(5, 6, 1);
    const heads = [0, 1, 2].map((h) => ({
      wq: randomMatrix(6, 2, 10 + h),
      wk: randomMatrix(6, 2, 20 + h),
      wv: randomMatrix(6, 2, 30 + h),
    }));
    const result = multiHeadAttention(x, { heads, wo: randomMatrix(6, 6, 40) });
    for (let i = 0; i < 5; i++) {
      const concatRow = row(result.concat, i);
      result.heads.forEach((head, h) =>
        expect(concatRow.slice(2 * h, 2 * h + 2)).toEqual(row(head.output, i)),
      );
    }
  });

  it('the model’s W_O is (heads·d_head)×d_model and its layer output is concat·W_O', () => {
    const model = loadPretrained();
    const resolution = resolve(model, SOURCE_SENTENCE);
    model.layers.forEach((layer, l) => {
      const h = MODEL_SHAPE.heads[l]!;
      expect(shape(layer.wo)).toBe(`${h * MODEL_SHAPE.dHead}×${MODEL_SHAPE.dModel}`);
      const { concat, heads, output } = resolution.layers[l]!;
      expect(concat.cols).toBe(h * MODEL_SHAPE.dHead);
      heads.forEach((head, k) =>
        expect(row(concat, 7).slice(k * MODEL_SHAPE.dHead, (k + 1) * MODEL_SHAPE.dHead)).toEqual(
          row(head.output, 7),
        ),
      );
      expect(Array.from(output.data)).toEqual(Array.from(matmul(concat, layer.wo).data));
    });
  });
});
