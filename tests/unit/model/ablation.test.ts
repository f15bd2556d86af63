import { describe, expect, it } from 'vitest';
import { row } from '../../../src/core';
import { loadPretrained, POINTER, resolve, SOURCE_SENTENCE, type HeadAddress } from '../../../src/model';
import {
  ablationAccuracy,
  ablationScorer,
  RUNNING_EXAMPLE_SAMPLE_SIZE,
  runningExampleSample,
  WINOGRAD_SAMPLE_SIZE,
  winogradSample,
} from '../../../src/model/ablation';
import { acceptanceSets, accuracyOn, answerOf } from '../../../src/model/evaluation';
import { INTENSIFIERS } from '../../../src/model/words';

const model = loadPretrained();
const { mainTemplate, winograd } = acceptanceSets();
const L1 = (head: number): HeadAddress => ({ layer: 0, head });
const key = (e: { tokens: readonly string[] }) => e.tokens.join(' ');

describe('the ablation samples', () => {
  it('are a quarter of each grid: every pair with every adjective, each intensifier equally often', () => {
    const main = runningExampleSample();
    const objects = winogradSample();
    expect(main).toHaveLength(768);
    expect(objects).toHaveLength(112);
    const grid = new Set(mainTemplate.map(key));
    expect(main.every((e) => grid.has(key(e)))).toBe(true);
    expect(new Set(main.map(key)).size).toBe(768);
    const wGrid = new Set(winograd.map(key));
    expect(objects.every((e) => wGrid.has(key(e)))).toBe(true);
    for (const intensifier of INTENSIFIERS) {
      expect(main.filter((e) => e.tokens.includes(intensifier))).toHaveLength(768 / 4);
      expect(objects.filter((e) => e.tokens.includes(intensifier))).toHaveLength(112 / 4);
    }
    expect(main.filter((e) => e.kind === 'animal')).toHaveLength(384);
  });

  it('give the full grids’ accuracy within one percentage point, whichever heads are silenced', () => {
    // No head; L1H1; L1H2; L1H2 + L1H4; L1H2–L1H4; L1H1 + L2H1 (the full grids take a second each).
    const settings = [[], [L1(0)], [L1(1)], [L1(1), L1(3)], [L1(1), L1(2), L1(3)], [L1(0), POINTER]];
    for (const ablate of settings) {
      const sample = ablationAccuracy(model, ablate);
      expect(Math.abs(sample.runningExample - accuracyOn(model, mainTemplate, { ablate }))).toBeLessThan(
        0.01,
      );
      expect(Math.abs(sample.winograd - accuracyOn(model, winograd, { ablate }))).toBeLessThan(0.01);
    }
  }, 30_000);
});

// What the article "Multi-head attention" says about silencing heads, measured on the full grids.
describe('silencing heads (the article’s claims)', () => {
  const grid = (ablate: HeadAddress[]) => accuracyOn(model, mainTemplate, { ablate });
  const wino = (ablate: HeadAddress[]) => accuracyOn(model, winograd, { ablate });

  it('with no head silenced the model answers every sentence of both grids', () => {
    expect(grid([])).toBe(1);
    expect(wino([])).toBe(1);
  });

  it('without layer 2’s only head nothing reaches the readout: 0 % on both', () => {
    expect(POINTER).toEqual({ layer: 1, head: 0 });
    expect(grid([POINTER])).toBe(0);
    expect(wino([POINTER])).toBe(0);
  });

  it('without L1H1 (the adjective head) both fall to about a coin flip, ~51 %', () => {
    expect(grid([L1(0)])).toBeCloseTo(0.51, 2);
    expect(wino([L1(0)])).toBeCloseTo(0.51, 2);
  }, 20_000);

  it('without L1H1 the running example answers the animal whatever the adjective', () => {
    const answers = mainTemplate.map((e) => answerOf(model, e, { ablate: [L1(0)] }));
    const animal = answers.filter((a, i) => mainTemplate[i]!.tokens[a] === mainTemplate[i]!.tokens[1]).length;
    expect(animal / answers.length).toBeGreaterThan(0.85);
    const placeRight = mainTemplate.filter((e, i) => e.kind === 'place' && answers[i] === e.referent).length;
    expect(placeRight / 1536).toBeLessThan(0.15);
  }, 20_000);

  it('any one of L1H2–L1H4 can go with nothing lost', () => {
    for (const h of [1, 2, 3]) {
      expect(grid([L1(h)])).toBe(1);
      expect(wino([L1(h)])).toBe(1);
    }
  }, 30_000);

  it('the two templates react differently to silencing two or three of them', () => {
    // L1H2 and L1H4 together: the running example barely notices, Winograd’s template loses about an eighth.
    expect(grid([L1(1), L1(3)])).toBeGreaterThan(0.96);
    expect(wino([L1(1), L1(3)])).toBeCloseTo(0.88, 2);
    // L1H2, L1H3 and L1H4 together: the other way round.
    expect(grid([L1(1), L1(2), L1(3)])).toBeCloseTo(0.91, 2);
    expect(wino([L1(1), L1(2), L1(3)])).toBeGreaterThan(0.98);
  }, 30_000);
});

describe('ablationScorer', () => {
  it('gives ablationAccuracy and remembers it, whatever the order of the heads', () => {
    const score = ablationScorer(model);
    const first = score([L1(1), L1(0)]);
    expect(first).toEqual(ablationAccuracy(model, [L1(0), L1(1)]));
    expect(score([L1(0), L1(1)])).toBe(first);
    expect(RUNNING_EXAMPLE_SAMPLE_SIZE).toBe(runningExampleSample().length);
    expect(WINOGRAD_SAMPLE_SIZE).toBe(winogradSample().length);
  });

  it('takes a given score with no head silenced as it is, and still scores every other set', () => {
    const intact = { runningExample: 0.25, winograd: 0.5 };
    const score = ablationScorer(model, intact);
    expect(score([])).toBe(intact);
    expect(score([L1(2)])).toEqual(ablationAccuracy(model, [L1(2)]));
  });
});

// The article's sentences about the page's own sentence, measured.
describe('the running sentence, head by head', () => {
  const at = (ablate: HeadAddress[] = []) => resolve(model, SOURCE_SENTENCE, { ablate });

  it('at "it": L1H1 looks most at "tired", L1H2 and L1H4 at "street", L1H3 at "was", layer 2 at "animal"', () => {
    const r = at();
    const top = (l: number, h: number) => {
      const w = row(r.layers[l]!.heads[h]!.weights, r.pronoun);
      return r.tokens[w.indexOf(Math.max(...w))];
    };
    expect([top(0, 0), top(0, 1), top(0, 2), top(0, 3), top(1, 0)]).toEqual([
      'tired',
      'street',
      'was',
      'street',
      'animal',
    ]);
    expect(row(r.layers[0]!.heads[2]!.weights, r.pronoun)[8]).toBeGreaterThan(0.6);
  });

  it('without L1H1 the answer flips to "street"; without layer 2’s head every word is equally likely', () => {
    const flipped = at([L1(0)]);
    expect(flipped.tokens[flipped.referent]).toBe('street');
    const mute = at([POINTER]);
    expect(mute.decoded.probability).toBeCloseTo(1 / model.vocabulary.length, 12);
  });
});
