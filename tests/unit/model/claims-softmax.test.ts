import { describe, expect, it } from 'vitest';
import { row, softmaxJacobianNorm, softmaxRows } from '../../../src/core';
import { SOURCE_SENTENCE, WIDE_TWIN } from '../../../src/model';
import { pointerAt, wholePercent } from './claims-helpers';

// What content/softmax.mdx says about the trained model's pointer head at "it", measured on the committed weights.
const tired = pointerAt(SOURCE_SENTENCE);
const wide = pointerAt(WIDE_TWIN);

describe('softmax article: the pie of "it"', () => {
  it('"too tired": animal 86 %, street, cross and didn’t 4–5 % each, every other word under 1 %', () => {
    expect(wholePercent(tired.on('animal'))).toBe(86);
    expect([tired.on('street'), tired.on('cross'), tired.on("didn't")].map(wholePercent)).toEqual([5, 5, 4]);
    const named = ['animal', 'street', 'cross', "didn't"];
    tired.resolution.tokens.forEach((t, j) => {
      if (!named.includes(t)) expect(tired.weights[j]).toBeLessThan(0.01);
    });
  });

  it('"too wide": street takes 99 %', () => {
    expect(wholePercent(wide.on('street'))).toBe(99);
    expect(Math.max(...wide.weights)).toBe(wide.on('street'));
  });

  it('the scores behind the two pies differ in every entry', () => {
    const same = tired.head.scores.data.filter((x, i) => Math.abs(x - wide.head.scores.data[i]!) < 1e-9);
    expect(same).toHaveLength(0);
  });

  it('animal leads street by about 2.8 in scaled score, so e^2.8 ≈ 17 times its weight', () => {
    const s = row(tired.head.scaled, tired.resolution.pronoun);
    const gap = s[1]! - s[5]!;
    expect(gap).toBeCloseTo(2.8, 1);
    expect(Math.round(tired.on('animal') / tired.on('street'))).toBe(17);
  });

  it('at T = 1/2 the pie of "it" is nearly solid: animal 99 %', () => {
    const half = row(softmaxRows(tired.head.scaled, 0.5), tired.resolution.pronoun);
    expect(wholePercent(half[1]!)).toBe(99);
  });

  it('the softmax’s Jacobian at "it": 0.17 for "tired" (an even split of 12 words gives 0.28), 0.015 for "wide"', () => {
    const at = (v: typeof tired) => softmaxJacobianNorm(row(v.head.scaled, v.resolution.pronoun));
    expect(at(tired)).toBeCloseTo(0.17, 2);
    expect(softmaxJacobianNorm(Array<number>(12).fill(0))).toBeCloseTo(0.28, 2);
    expect(at(wide)).toBeCloseTo(0.015, 3);
  });
});
