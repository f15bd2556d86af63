import { describe, expect, it } from 'vitest';
import { createRandom, row } from '../../../src/core';
import { MASK, MODEL_SHAPE, resolve } from '../../../src/model';
import { tensor } from '../../../src/model/autograd';
import { crossEntropy } from '../../../src/model/autograd/cross-entropy';
import { sampleExample } from '../../../src/model/corpus';
import { acceptanceSets, accuracyOn } from '../../../src/model/evaluation';
import { HELD_OUT_PAIRS, TRAINING_PAIRS } from '../../../src/model/pairs';
import { createTrainer, TRAINING_CORPUS, TRAINING_OPTIONS } from '../../../src/model/trainer';
import { MAIN_TEMPLATE, TRAINING_TEMPLATES } from '../../../src/model/templates';
import { matricesOf } from '../../../src/model/weights';
import { ANIMALS, OBJECTS, PLACES } from '../../../src/model/words';
import { model, pointerAt, wholePercent } from './claims-helpers';

// What content/where-weights-come-from.mdx says about the model, its data and its training. (The held-out
// accuracies it quotes, 95 % and 99 %, are pinned in claims-weighted-sum.test.ts.)
const sets = acceptanceSets();

describe('where the weights come from: the task', () => {
  it('89 words a reader can use (the vocabulary’s 90th entry is the training-only [mask])', () => {
    expect(model.vocabulary).toHaveLength(90);
    expect(model.vocabulary.at(-1)).toBe(MASK);
  });

  it('the word lists the article names', () => {
    expect(ANIMALS).toEqual(['animal', 'dog', 'cat', 'horse', 'cow', 'fox', 'goat', 'bird']);
    expect(PLACES).toEqual(['street', 'road', 'river', 'bridge', 'field', 'fence', 'wall', 'hill']);
    expect(OBJECTS).toEqual(['trophy', 'suitcase', 'box', 'bag', 'ball', 'basket', 'jar', 'cup']);
  });

  it('about half the training sentences are about two objects', () => {
    const random = createRandom(11);
    const drawn = Array.from({ length: 4000 }, () => sampleExample(random, TRAINING_CORPUS));
    const objects =
      drawn.filter((e) => e.kind === 'contained' || e.kind === 'container').length / drawn.length;
    expect(objects).toBeGreaterThan(0.47);
    expect(objects).toBeLessThan(0.53);
  });

  it('the two orders of the same words need different answers; without positions Winograd’s sentences fall to 49 %', () => {
    const a = resolve(model, "the box didn't fit in the bag because it was too big");
    const b = resolve(model, "the bag didn't fit in the box because it was too big");
    expect([...a.tokens].sort()).toEqual([...b.tokens].sort());
    expect([a.tokens[a.referent], b.tokens[b.referent]]).toEqual(['box', 'bag']);
    expect(wholePercent(accuracyOn(model, sets.winograd, { positions: false }))).toBe(49);
  });

  it('a held-out sentence: "animal" and "bridge" never meet in training, and the pointer puts 91 % on "bridge"', () => {
    expect(HELD_OUT_PAIRS).toContainEqual({ animal: 'animal', place: 'bridge' });
    expect(TRAINING_PAIRS).not.toContainEqual({ animal: 'animal', place: 'bridge' });
    const v = pointerAt('The animal didn’t cross the bridge because it was too steep.');
    expect(v.resolution.tokens[v.resolution.referent]).toBe('bridge');
    expect(wholePercent(v.on('bridge'))).toBe(91);
  });

  it('the running sentence is a training sentence', () => {
    expect(TRAINING_TEMPLATES).toContain(MAIN_TEMPLATE);
    expect(TRAINING_PAIRS).toContainEqual({ animal: 'animal', place: 'street' });
  });
});

describe('where the weights come from: the model and its training', () => {
  it('32 numbers per word, four heads of 8 then one, no MLP: 10,880 numbers in all', () => {
    expect(MODEL_SHAPE).toEqual({ dModel: 32, heads: [4, 1], dHead: 8 });
    expect(matricesOf(model).reduce((n, m) => n + m.rows * m.cols, 0)).toBe(10_880);
  });

  it('the objectives and the optimiser as the code has them', () => {
    expect(TRAINING_OPTIONS).toMatchObject({
      batchSize: 16,
      learningRate: 0.01,
      decaySteps: 600,
      labelSmoothing: 0.1,
      weightDecay: 0.3,
      embeddingDecay: 0.3,
      maskedWordWeight: 0.3,
      evaluationSize: 128,
    });
  });

  it('with smoothed targets even a perfect readout pays 0.77 per question, so the loss stays above 1.0', () => {
    const { labelSmoothing: eps, maskedWordWeight } = TRAINING_OPTIONS;
    const V = model.vocabulary.length;
    // The smoothed target itself as the prediction: logits log t give softmax = t, the least the loss can be.
    const target = Array.from({ length: V }, (_, j) => (j === 0 ? 1 - eps : 0) + eps / V);
    const floor = crossEntropy(tensor(1, V, Float64Array.from(target.map(Math.log))), 0, eps).data[0]!;
    const entropy = -target.reduce((s, t) => s + t * Math.log(t), 0);
    expect(floor).toBeCloseTo(entropy, 12);
    expect(floor).toBeCloseTo(0.77, 2);
    expect((1 + maskedWordWeight) * floor).toBeCloseTo(1.0, 1);
  });

  // 250 steps, not the 500 that 95 % takes: the article claims 85 % by step 250 (measured: 87.5 %; 86 % at step 230,
  // 90 % at 240). That it goes on to pass 95 % is what the e2e test train-model.spec.ts watches in the page.
  it('with the default seed the test accuracy passes 85 % within 250 steps, and the bar at "it" is on "animal"', () => {
    const trainer = createTrainer(1);
    const before = trainer.evaluate();
    for (let i = 0; i < 250; i++) trainer.step();
    expect(before).toBeLessThan(0.6);
    expect(trainer.evaluate()).toBeGreaterThanOrEqual(0.85);
    // The figure shows layer 2's head: its row at "it" now peaks on "animal".
    const r = resolve(trainer.weights(), 'The animal didn’t cross the street because it was too tired.');
    const w = row(r.layers[1]!.heads[0]!.weights, r.pronoun);
    expect(r.tokens[w.indexOf(Math.max(...w))]).toBe('animal');
  }, 60_000);
});
