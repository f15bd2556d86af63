import { createRandom, type Random } from '../core';
import { Tensor, add, crossEntropy, mean, scale, tensor } from './autograd';
import { createAdam } from './adam';
import { sampleExample, type CorpusParts, type Example } from './corpus';
import { argmax } from './argmax';
import { encode } from './encode';
import { accuracyOn } from './evaluation';
import { forwardGraph, readoutGraph } from './forward-graph';
import { HELD_OUT_PAIRS, OBJECT_PAIRS, TRAINING_PAIRS } from './pairs';
import { OBJECT_TEMPLATES, TRAINING_TEMPLATES, WINOGRAD_TEMPLATE } from './templates';
import { MASK, VOCABULARY } from './vocabulary';
import { initialWeights, mapWeights, matricesOf, type Weights } from './weights';

export interface TrainingOptions {
  readonly batchSize: number;
  readonly learningRate: number;
  /**
   * The embeddings' learning rate as a multiple of learningRate. Under Adam a faster rate acts like an
   * embedding multiplier (Vaswani et al. scale embeddings by √d_model), which makes the embeddings outgrow the
   * positions added to them; at 1 they stay comparable, and word order keeps its say.
   */
  readonly embeddingRate: number;
  /** Std of the initial word embeddings; small, so the learned structure is not buried under the init. */
  readonly embeddingStd: number;
  /** The learning rate decays as decaySteps / (decaySteps + step), which keeps long runs stable. */
  readonly decaySteps: number;
  /** Label smoothing ε of the readout's cross-entropy (Vaswani et al. use 0.1). */
  readonly labelSmoothing: number;
  /** AdamW's decoupled weight decay on the projections and the readout. */
  readonly weightDecay: number;
  /** The same on the embeddings (per step, independent of their faster learning rate). */
  readonly embeddingDecay: number;
  /**
   * Weight of the masked-word loss beside the pronoun's. Each training sentence also hides one other word
   * behind [mask] and asks the readout of that position for it — BERT's masked-language-model task, which gives
   * the heads reasons to read a word's neighbours, not only the pronoun's referent.
   */
  readonly maskedWordWeight: number;
  /** Size of the fixed sample that evaluate() scores (half unseen noun pairs, half Winograd's template). */
  readonly evaluationSize: number;
}

export const TRAINING_OPTIONS: TrainingOptions = {
  batchSize: 16,
  learningRate: 0.01,
  embeddingRate: 1,
  embeddingStd: 0.01,
  decaySteps: 600,
  labelSmoothing: 0.1,
  weightDecay: 0.3,
  embeddingDecay: 0.3,
  maskedWordWeight: 0.3,
  evaluationSize: 128,
};

/** The sentences training draws from: every training template and noun pair, no held-out one. */
export const TRAINING_CORPUS: CorpusParts = {
  templates: TRAINING_TEMPLATES,
  pairs: TRAINING_PAIRS,
  objectTemplates: OBJECT_TEMPLATES,
  objectPairs: OBJECT_PAIRS,
};

/**
 * What evaluate() scores: noun pairs never trained on, in the training templates, and Winograd's template with every
 * object pair — the second half is a trained template, so this is a test of progress, not of generalisation.
 */
const EVALUATION_CORPUS: CorpusParts = {
  templates: TRAINING_TEMPLATES,
  pairs: HELD_OUT_PAIRS,
  objectTemplates: [WINOGRAD_TEMPLATE],
  objectPairs: OBJECT_PAIRS,
};

export interface StepResult {
  /** Steps taken so far, this one included. */
  readonly step: number;
  /** The batch's mean loss before this step's update. */
  readonly loss: number;
  /** Share of the batch whose readout named the referent, before the update. */
  readonly accuracy: number;
}

export interface Trainer {
  step(): StepResult;
  /** Share of a fixed sample the model resolves right: half unseen noun pairs, half Winograd's (trained) template. */
  evaluate(): number;
  /** A copy of the current weights, as core matrices. */
  weights(): Weights;
}

const MASK_ID = VOCABULARY.indexOf(MASK);

function exampleLoss(params: Weights<Tensor>, example: Example, masked: number, options: TrainingOptions) {
  const ids = encode(VOCABULARY, example.tokens);
  const hidden = ids[masked]!;
  ids[masked] = MASK_ID;
  const written = forwardGraph(params, ids);
  const logits = readoutGraph(params, written, example.pronoun);
  const word = VOCABULARY.indexOf(example.referentWord);
  const eps = options.labelSmoothing;
  const loss = add(
    crossEntropy(logits, word, eps),
    scale(crossEntropy(readoutGraph(params, written, masked), hidden, eps), options.maskedWordWeight),
  );
  return { loss, correct: argmax(logits.data) === word };
}

/** A position to hide behind [mask]: any word but the pronoun and its referent. */
function maskedPosition(random: Random, example: Example): number {
  const candidates = example.tokens
    .map((_, i) => i)
    .filter((i) => i !== example.pronoun && i !== example.referent);
  return candidates[Math.floor(random.uniform() * candidates.length)]!;
}

function copy(m: Tensor) {
  return { rows: m.rows, cols: m.cols, data: Float64Array.from(m.data) };
}

/**
 * A deterministic trainer: the seed fixes the initial weights and every batch. Pure TypeScript with no Node or
 * DOM API, so a Web Worker can drive it one step at a time.
 */
/**
 * The weights createTrainer(seed, overrides) starts from, without building a trainer (its optimisers and its
 * evaluation set): what the training figure shows before the reader trains. Both draw them first from
 * createRandom(seed), so they are the same numbers.
 */
export function initialModelWeights(seed: number, overrides: Partial<TrainingOptions> = {}): Weights {
  return initialWeights(createRandom(seed), VOCABULARY, { ...TRAINING_OPTIONS, ...overrides });
}

export function createTrainer(seed: number, overrides: Partial<TrainingOptions> = {}): Trainer {
  const options = { ...TRAINING_OPTIONS, ...overrides };
  const random = createRandom(seed);
  const params = mapWeights(initialWeights(random, VOCABULARY, options), (m) =>
    tensor(m.rows, m.cols, m.data),
  );
  const projections = matricesOf(params).filter((m) => m !== params.embedding);
  const { learningRate, weightDecay } = options;
  const optimisers = [
    createAdam([params.embedding], {
      learningRate: learningRate * options.embeddingRate,
      weightDecay: options.embeddingDecay / options.embeddingRate,
    }),
    createAdam(projections, { learningRate, weightDecay }),
  ];
  // A stream of its own, so evaluating never changes which batches training sees.
  const evaluationRandom = createRandom(seed + 1);
  const evaluationSet = Array.from({ length: options.evaluationSize }, () =>
    sampleExample(evaluationRandom, EVALUATION_CORPUS),
  );
  let steps = 0;
  return {
    step() {
      const batch = Array.from({ length: options.batchSize }, () => sampleExample(random, TRAINING_CORPUS));
      const results = batch.map((example) =>
        exampleLoss(params, example, maskedPosition(random, example), options),
      );
      const loss = mean(results.map((r) => r.loss));
      loss.backward();
      const decay = options.decaySteps / (options.decaySteps + steps);
      optimisers.forEach((o) => o.step(decay));
      steps += 1;
      const accuracy = results.filter((r) => r.correct).length / batch.length;
      return { step: steps, loss: loss.data[0]!, accuracy };
    },
    evaluate: () => accuracyOn(mapWeights(params, copy), evaluationSet),
    weights: () => mapWeights(params, copy),
  };
}
