import type { Matrix } from '../core';
import { mapWeights, type ModelShape, type Weights } from './weights';

/** How the trained weights are stored: plain JSON, each matrix a flat row-major list of rounded numbers. */
export interface WeightsJson {
  readonly format: 1;
  /** How they were made, for the record: seed, steps, options. */
  readonly training: Record<string, unknown>;
  readonly shape: ModelShape;
  readonly vocabulary: readonly string[];
  readonly embedding: readonly number[];
  readonly layers: readonly {
    readonly heads: readonly { wq: number[]; wk: number[]; wv: number[] }[];
    wo: number[];
  }[];
  readonly readout: readonly number[];
}

/** Four decimals keep every acceptance figure while the file stays far below its 100 KB budget. */
export const DECIMALS = 4;

function rounded(m: Matrix, decimals: number): number[] {
  const factor = 10 ** decimals;
  // `+ 0` turns -0 into 0 so the file never holds "-0".
  return Array.from(m.data, (x) => Math.round(x * factor) / factor + 0);
}

/** The weights as JSON-ready data, rounded to `decimals` places. */
export function toWeightsJson(
  weights: Weights,
  shape: ModelShape,
  training: Record<string, unknown>,
  decimals = DECIMALS,
): WeightsJson {
  const flat = mapWeights(weights, (m) => ({ ...m, numbers: rounded(m, decimals) }));
  return {
    format: 1,
    training,
    shape,
    vocabulary: weights.vocabulary,
    embedding: flat.embedding.numbers,
    layers: flat.layers.map((layer) => ({
      heads: layer.heads.map(({ wq, wk, wv }) => ({ wq: wq.numbers, wk: wk.numbers, wv: wv.numbers })),
      wo: layer.wo.numbers,
    })),
    readout: flat.readout.numbers,
  };
}

function matrixOf(name: string, numbers: readonly number[] | undefined, rows: number, cols: number): Matrix {
  if (!Array.isArray(numbers) || numbers.length !== rows * cols || !numbers.every(Number.isFinite)) {
    throw new Error(`weights: ${name} must hold ${rows}×${cols} = ${rows * cols} finite numbers`);
  }
  return { rows, cols, data: Float64Array.from(numbers) };
}

/** Weights from their JSON form; throws naming the first matrix whose size does not fit the shape. */
export function fromWeightsJson(json: WeightsJson): Weights {
  const { dModel, heads, dHead } = json.shape;
  const words = json.vocabulary.length;
  if (json.layers.length !== heads.length)
    throw new Error(`weights: expected ${heads.length} layers, got ${json.layers.length}`);
  return {
    vocabulary: [...json.vocabulary],
    embedding: matrixOf('embedding', json.embedding, words, dModel),
    layers: json.layers.map((layer, l) => {
      const count = heads[l]!;
      if (layer.heads.length !== count) throw new Error(`weights: layer ${l} needs ${count} heads`);
      return {
        heads: layer.heads.map((head, h) => ({
          wq: matrixOf(`layer ${l} head ${h} wq`, head.wq, dModel, dHead),
          wk: matrixOf(`layer ${l} head ${h} wk`, head.wk, dModel, dHead),
          wv: matrixOf(`layer ${l} head ${h} wv`, head.wv, dModel, dHead),
        })),
        wo: matrixOf(`layer ${l} wo`, layer.wo, count * dHead, dModel),
      };
    }),
    readout: matrixOf('readout', json.readout, dModel, words),
  };
}
