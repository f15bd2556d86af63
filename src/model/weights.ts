import type { Matrix, Random } from '../core';

/** The sizes of the model; small on purpose so it trains in a browser tab in seconds. */
export interface ModelShape {
  readonly dModel: number;
  /** Heads per layer, one entry per layer. */
  readonly heads: readonly number[];
  readonly dHead: number;
}

/**
 * Four heads in layer 1, one in layer 2. The answer is read from what layer 2 writes at the pronoun, so that one
 * head must find the referent; with four heads there, each learned a share of the same job and none mattered.
 */
export const MODEL_SHAPE: ModelShape = { dModel: 32, heads: [4, 1], dHead: 8 };

/**
 * Everything the model learns. Generic in the matrix type so training (autograd Tensors) and inference (core
 * Matrices) share one layout.
 */
export interface Weights<M extends Matrix = Matrix> {
  readonly vocabulary: readonly string[];
  /** vocabulary × d_model: one row per word. */
  readonly embedding: M;
  readonly layers: readonly { readonly heads: readonly { wq: M; wk: M; wv: M }[]; readonly wo: M }[];
  /** d_model × vocabulary: decodes what the last layer writes at the pronoun into the word it stands for. */
  readonly readout: M;
}

/** Gaussian entries with the given std, drawn in row-major order from one random stream. */
function gaussian(random: Random, rows: number, cols: number, std: number): Matrix {
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < data.length; i++) data[i] = std * random.normal();
  return { rows, cols, data };
}

export interface InitOptions {
  /** Std of the word embeddings; small keeps the learned classes apart in the 2-D map. */
  readonly embeddingStd: number;
}

/** Fresh weights: projections with std 1/√fan-in, embeddings with options.embeddingStd. */
export function initialWeights(
  random: Random,
  vocabulary: readonly string[],
  options: InitOptions,
  shape: ModelShape = MODEL_SHAPE,
): Weights {
  const { dModel, dHead } = shape;
  const projection = (rows: number, cols: number): Matrix =>
    gaussian(random, rows, cols, 1 / Math.sqrt(rows));
  const embedding = gaussian(random, vocabulary.length, dModel, options.embeddingStd);
  const layers = shape.heads.map((heads) => ({
    heads: Array.from({ length: heads }, () => ({
      wq: projection(dModel, dHead),
      wk: projection(dModel, dHead),
      wv: projection(dModel, dHead),
    })),
    wo: projection(heads * dHead, dModel),
  }));
  return { vocabulary, embedding, layers, readout: projection(dModel, vocabulary.length) };
}

/** The same weights with every matrix converted by f (e.g. to Tensors for training, or copied). */
export function mapWeights<A extends Matrix, B extends Matrix>(
  weights: Weights<A>,
  f: (m: A) => B,
): Weights<B> {
  return {
    vocabulary: weights.vocabulary,
    embedding: f(weights.embedding),
    layers: weights.layers.map((layer) => ({
      heads: layer.heads.map(({ wq, wk, wv }) => ({ wq: f(wq), wk: f(wk), wv: f(wv) })),
      wo: f(layer.wo),
    })),
    readout: f(weights.readout),
  };
}

/** Every matrix, in a fixed order (for the optimiser and for serialisation). */
export function matricesOf<M extends Matrix>(weights: Weights<M>): M[] {
  return [
    weights.embedding,
    ...weights.layers.flatMap((layer) => [
      ...layer.heads.flatMap(({ wq, wk, wv }) => [wq, wk, wv]),
      layer.wo,
    ]),
    weights.readout,
  ];
}
