import { describe, expect, it } from 'vitest';
import { fromRows, row, softmaxJacobianNorm, softmaxRows } from '../../../src/core';
import { headResult, resolve, SOURCE_SENTENCE, WIDE_TWIN } from '../../../src/model';
import { createTrainer } from '../../../src/model/trainer';
import { pointerAt, wholePercent } from './claims-helpers';

// What content/scaling.mdx says about the trained model's pointer head at "it", before and after ÷√8.
const soft = (z: number[]) => row(softmaxRows(fromRows([z])), 0);
function atIt(sentence: string) {
  const v = pointerAt(sentence);
  const raw = row(v.head.scores, v.resolution.pronoun);
  const scaled = row(v.head.scaled, v.resolution.pronoun);
  const index = (word: string) => v.resolution.tokens.indexOf(word);
  return { raw, scaled, withScaling: soft(scaled), without: soft(raw), index };
}
const tired = atIt(SOURCE_SENTENCE);
const wide = atIt(WIDE_TWIN);

describe('scaling article: the trained pointer head with and without ÷√8', () => {
  it('with the division "animal" keeps 86 % and the runner-up "street" 5.1 %; without, 99.9 % and 0.035 %', () => {
    const [animal, street] = [tired.index('animal'), tired.index('street')];
    expect(wholePercent(tired.withScaling[animal]!)).toBe(86);
    expect(tired.withScaling[street]!).toBeCloseTo(0.051, 3);
    expect(tired.without[animal]!).toBeCloseTo(0.999, 3);
    expect(tired.without[street]!).toBeCloseTo(0.00035, 5);
    // street is the runner-up in both
    const second = (w: number[]) => w.indexOf([...w].sort((a, b) => b - a)[1]!);
    expect(second(tired.withScaling)).toBe(street);
    expect(second(tired.without)).toBe(street);
  });

  it('the gradient ‖∂softmax‖ at "it" is 0.17 with the division and 0.0011 without: about 150 times less', () => {
    const [a, b] = [softmaxJacobianNorm(tired.scaled), softmaxJacobianNorm(tired.raw)];
    expect(a).toBeCloseTo(0.17, 2);
    expect(b).toBeCloseTo(0.0011, 4);
    expect(Math.round(a / b / 10) * 10).toBe(150);
  });

  it('"too wide" is sharper: 99 % on "street" with the division, 100 % to four digits without', () => {
    expect(wholePercent(wide.withScaling[wide.index('street')]!)).toBe(99);
    expect(wide.without[wide.index('street')]!).toBeGreaterThan(0.99995);
  });

  it('untrained (seeds 1–3) the head spreads "it" evenly: no weight above 13 % (an even split is 8.3 %)', () => {
    for (const seed of [1, 2, 3]) {
      const r = resolve(createTrainer(seed).weights(), SOURCE_SENTENCE);
      const w = row(headResult(r, { layer: 1, head: 0 }).weights, r.pronoun);
      expect(Math.max(...w)).toBeLessThan(0.13);
    }
  });

  it('training spread the scaled scores of "it" from under 1 to about 12 units', () => {
    const range = (s: number[]) => Math.max(...s) - Math.min(...s);
    expect(Math.round(range(tired.scaled))).toBe(12);
    for (const seed of [1, 2, 3]) {
      const r = resolve(createTrainer(seed).weights(), SOURCE_SENTENCE);
      expect(range(row(headResult(r, { layer: 1, head: 0 }).scaled, r.pronoun))).toBeLessThan(1);
    }
  });
});
