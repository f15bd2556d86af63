// The claims the article "Positional encoding" makes about the trained model, measured here.
import { describe, expect, it } from 'vitest';
import { createRandom, randomPermutation } from '../../../src/core';
import { loadPretrained, resolve, SOURCE_SENTENCE, SUITCASE_TWIN, TROPHY_SENTENCE } from '../../../src/model';
import { acceptanceSets, accuracyOn } from '../../../src/model/evaluation';
import { tagPath, tagScale } from '../../../src/model/position-tags';
import { wordMap } from '../../../src/model/word-map';
import { reorderedVectors, swapWords } from '../../../src/model/word-order';

const model = loadPretrained();
const answer = (sentence: string, positions: boolean) => {
  const r = resolve(model, sentence, { positions });
  return r.tokens[r.referent];
};
const sets = acceptanceSets();

describe('without positions the model reads a bag of words', () => {
  it('answers Winograd’s template at chance: 48.9 % without positions, 100 % with them', () => {
    expect(sets.winograd).toHaveLength(448);
    expect(accuracyOn(model, sets.winograd, { positions: false })).toBeCloseTo(0.489, 3);
    expect(accuracyOn(model, sets.winograd)).toBe(1);
  });

  it('gets the running-example grid right 54.0 % of the time without positions', () => {
    expect(accuracyOn(model, sets.mainTemplate, { positions: false })).toBeCloseTo(0.54, 3);
  });

  it('answers “street” for the tired animal without positions, “animal” with them', () => {
    expect(answer(SOURCE_SENTENCE, true)).toBe('animal');
    expect(answer(SOURCE_SENTENCE, false)).toBe('street');
  });

  it.each([
    [TROPHY_SENTENCE, 'trophy', 'suitcase', 'suitcase'],
    [SUITCASE_TWIN, 'suitcase', 'trophy', 'trophy'],
  ])(
    '“%s”: swapping the nouns flips the answer with positions and not without',
    (sentence, on, swappedOn, off) => {
      const tokens = resolve(model, sentence).tokens;
      const swapped = swapWords(tokens, 'trophy', 'suitcase').join(' ');
      expect([answer(sentence, true), answer(swapped, true)]).toEqual([on, swappedOn]);
      expect([answer(sentence, false), answer(swapped, false)]).toEqual([off, off]);
    },
  );
});

describe('reorderedVectors', () => {
  const tokens = resolve(model, SOURCE_SENTENCE).tokens;
  const order = randomPermutation(tokens.length, createRandom(1));

  it('without positions: every word keeps its vector, moved with it (equal up to rounding)', () => {
    const r = reorderedVectors(model, tokens, order, { positions: false });
    expect(r.largest).toBeLessThan(1e-12);
    expect(r.after).toHaveLength(tokens.length);
    expect(r.after[0]).toHaveLength(32);
    // the answer is the same word
    expect(r.reordered.tokens[r.reordered.referent]).toBe(r.original.tokens[r.original.referent]);
  });

  it('with positions: the vectors change', () => {
    const r = reorderedVectors(model, tokens, order, { positions: true });
    expect(r.largest).toBeGreaterThan(0.5);
    expect(r.change.filter((c) => c > 0.01)).toHaveLength(tokens.length);
  });

  it('in the original order nothing changes either way', () => {
    const same = tokens.map((_, i) => i);
    expect(reorderedVectors(model, tokens, same, { positions: true }).largest).toBe(0);
  });

  it('rejects an order that is not one', () => {
    expect(() => reorderedVectors(model, tokens, [0, 0], { positions: false })).toThrow(/is not an order/);
  });
});

describe('position tags next to word vectors', () => {
  it('‖PE‖ is √(32/2) = 4 at every position, about 3.4 times a median word vector', () => {
    const s = tagScale(model);
    expect(s.tagNorm).toBeCloseTo(4, 12);
    expect(s.embeddingNorms.median).toBeGreaterThan(1);
    expect(s.embeddingNorms.median).toBeLessThan(1.3);
    expect(s.ratio).toBeGreaterThan(3);
    expect(s.ratio).toBeLessThan(4);
    expect(tagPath(model, 'animal', 13).tagNorms.every((n) => Math.abs(n - 4) < 1e-12)).toBe(true);
  });

  it('puts the word on the embedding map’s own coordinates, moved by the same shift as every other word', () => {
    const map = wordMap(model);
    const path = tagPath(model, 'animal', 13);
    const at = map.words.indexOf('animal');
    expect(path.base[0]).toBeCloseTo(map.points[at]![0], 10);
    expect(path.base[1]).toBeCloseTo(map.points[at]![1], 10);
    path.points.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(path.base[0] + path.shifts[i]![0], 10);
      expect(p[1]).toBeCloseTo(path.base[1] + path.shifts[i]![1], 10);
    });
    // On the map the tag moves the word about as far as the map is wide: it is not a small nudge here.
    const width = Math.max(...map.points.map((p) => p[0])) - Math.min(...map.points.map((p) => p[0]));
    const largestShift = Math.max(...path.shifts.map(([x, y]) => Math.hypot(x, y)));
    expect(largestShift).toBeGreaterThan(0.5 * width);
  });
});
