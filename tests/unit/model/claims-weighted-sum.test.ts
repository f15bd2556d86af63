import { describe, expect, it } from 'vitest';
import { row, softmaxRows, toRows } from '../../../src/core';
import { HEAD_ROLES, POINTER, resolve, SOURCE_SENTENCE, WIDE_TWIN } from '../../../src/model';
import { ablationAccuracy } from '../../../src/model/ablation';
import { acceptanceSets, accuracyOn } from '../../../src/model/evaluation';
import { HELD_OUT_PAIRS, TRAINING_PAIRS } from '../../../src/model/pairs';
import { rankedWords, readoutWith } from '../../../src/model/readout';
import { HELD_OUT_TEMPLATE, MAIN_TEMPLATE, TRAINING_TEMPLATES } from '../../../src/model/templates';
import { model, pointerAt, wholePercent } from './claims-helpers';

// What content/weighted-sum.mdx says about the trained model, measured on the committed weights.
const tired = pointerAt(SOURCE_SENTENCE);
const wide = pointerAt(WIDE_TWIN);
const sets = acceptanceSets();

/** |output of "it" − value vector of word| / |value vector of word|. */
function distanceToValue(v: typeof tired, word: string): number {
  const o = row(v.head.output, v.resolution.pronoun);
  const value = toRows(v.head.v)[v.resolution.tokens.indexOf(word)]!;
  return Math.hypot(...o.map((x, c) => x - value[c]!)) / Math.hypot(...value);
}
const readoutAt = (v: typeof tired, weights: number[]) =>
  rankedWords(model, readoutWith(model, v.resolution, POINTER, weights), 1)[0]!;
const atT = (v: typeof tired, T: number) => row(softmaxRows(v.head.scaled, T), v.resolution.pronoun);

describe('weighted-sum article: the flashlight on the trained model', () => {
  it('"tired": 86 % on animal, and the output of "it" lies within 12 % of animal’s value vector', () => {
    expect(wholePercent(tired.on('animal'))).toBe(86);
    expect(distanceToValue(tired, 'animal')).toBeCloseTo(0.12, 2);
    for (const word of tired.resolution.tokens.filter((t) => t !== 'animal'))
      expect(distanceToValue(tired, word)).toBeGreaterThan(0.6);
  });

  it('"wide": 99 % on street, and the output is street’s value vector to within 1 %', () => {
    expect(wholePercent(wide.on('street'))).toBe(99);
    expect(distanceToValue(wide, 'street')).toBeLessThan(0.015);
  });

  it('the readout names the referent: animal (54 %) and street (65 %)', () => {
    expect(tired.resolution.decoded).toMatchObject({ word: 'animal' });
    expect(wholePercent(tired.resolution.decoded.probability)).toBe(54);
    expect(wide.resolution.decoded).toMatchObject({ word: 'street' });
    expect(wholePercent(wide.resolution.decoded.probability)).toBe(65);
  });

  it('the running sentence is a training sentence; unseen pairs 95 %, the unseen sentence shape 99 %', () => {
    expect(TRAINING_TEMPLATES).toContain(MAIN_TEMPLATE);
    expect(TRAINING_PAIRS).toContainEqual({ animal: 'animal', place: 'street' });
    expect(wholePercent(accuracyOn(model, sets.heldOutPairs))).toBe(95);
    expect(wholePercent(accuracyOn(model, sets.heldOutTemplate))).toBe(99);
  });

  it('"tired": the readout still says animal at T = 2 (23 %), and at T = 4 a word not in the sentence, "wall"', () => {
    const two = readoutAt(tired, atT(tired, 2));
    expect(two.word).toBe('animal');
    expect(wholePercent(two.probability)).toBe(23);
    expect(readoutAt(tired, atT(tired, 4)).word).toBe('wall');
    expect(tired.resolution.tokens).not.toContain('wall');
  });

  it('with an even beam, "tired" decodes as "wall" and "wide" still as "street"', () => {
    const n = tired.resolution.tokens.length;
    const even = Array<number>(n).fill(1 / n);
    expect(readoutAt(tired, even).word).toBe('wall');
    expect(readoutAt(wide, even).word).toBe('street');
  });

  it('layer 2 has one head, so the readout sees only what this head writes; layer 1 joins 4 × 8 = 32 numbers', () => {
    expect(model.layers[1]!.heads).toHaveLength(1);
    expect([model.layers[1]!.wo.rows, model.layers[1]!.wo.cols]).toEqual([8, 32]);
    expect([model.layers[0]!.wo.rows, model.layers[0]!.wo.cols]).toEqual([32, 32]);
  });

  it('layer 1, head 1 carries the adjective to "it": 45 % on "tired", 49 % on "wide", 50 % on average', () => {
    const l1h1 = (v: typeof tired) => row(v.resolution.layers[0]!.heads[0]!.weights, v.resolution.pronoun);
    expect(wholePercent(l1h1(tired)[10]!)).toBe(45);
    expect(wholePercent(l1h1(wide)[10]!)).toBe(49);
    const role = HEAD_ROLES.find((r) => r.layer === 0 && r.head === 0)!;
    expect(role.role).toBe('adjective');
    expect(wholePercent(role.value)).toBe(50);
  });

  // On the quarter sample of the grid that ablation.test.ts checks against the full grid (within 1 point).
  it('silencing layer 1, head 1 drops the running example to about 51 % (chance); any other head leaves 100 %', () => {
    expect(ablationAccuracy(model, [{ layer: 0, head: 0 }]).runningExample).toBeCloseTo(0.51, 1);
    for (const head of [1, 2, 3])
      expect(ablationAccuracy(model, [{ layer: 0, head }]).runningExample).toBe(1);
  });

  it('the held-out examples it quotes are held out, and resolved right', () => {
    expect(HELD_OUT_PAIRS).toContainEqual({ animal: 'animal', place: 'bridge' });
    const bridge = resolve(model, "the animal didn't cross the bridge because it was too steep");
    expect(bridge.tokens[bridge.referent]).toBe('bridge');
    expect(TRAINING_TEMPLATES.some((t) => t.startsWith('since'))).toBe(false);
    expect(HELD_OUT_TEMPLATE.startsWith('since {pronoun}')).toBe(true);
    const hill = resolve(model, "since it was too tired , the dog couldn't climb the hill");
    expect(hill.tokens[hill.referent]).toBe('dog');
  });

  it('"wide": the values of cross, because and it point much the same way as street’s (cosine > 0.85)', () => {
    const values = toRows(wide.head.v);
    const cos = (a: number[], b: number[]) =>
      a.reduce((s, x, i) => s + x * b[i]!, 0) / Math.hypot(...a) / Math.hypot(...b);
    const street = values[wide.resolution.tokens.indexOf('street')]!;
    for (const word of ['cross', 'because', 'it'])
      expect(cos(values[wide.resolution.tokens.indexOf(word)]!, street), word).toBeGreaterThan(0.85);
  });
});
