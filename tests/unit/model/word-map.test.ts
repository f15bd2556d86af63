import { describe, expect, it } from 'vitest';
import { MASK, loadPretrained } from '../../../src/model';
import {
  WORD_GROUPS,
  cosine,
  embeddingOf,
  nearestWords,
  readableWords,
  wordGroup,
  wordMap,
  type WordGroup,
} from '../../../src/model/word-map';

const model = loadPretrained();
const ROUNDING = 1e-9;

const centroid = (points: [number, number][]) =>
  points.reduce(([x, y], [a, b]) => [x + a / points.length, y + b / points.length], [0, 0]);
const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(...a.map((x, i) => x - b[i]!));

describe('wordMap', () => {
  const map = wordMap(model);

  it('maps the 54 nouns and adjectives of the eight groups, centred, keeping a share of the variance', () => {
    expect(map.words).toHaveLength(54);
    const count = (g: WordGroup) => map.groups.filter((x) => x === g).length;
    expect(WORD_GROUPS.map((g) => count(g.group))).toEqual([8, 8, 8, 8, 8, 6, 6, 2]);
    const [cx, cy] = centroid(map.points);
    expect(Math.abs(cx) + Math.abs(cy)).toBeLessThan(ROUNDING);
    expect(map.explained[0]).toBeGreaterThanOrEqual(map.explained[1]);
    expect(map.explained[0] + map.explained[1]).toBeLessThanOrEqual(1 + ROUNDING);
  });

  it('never puts two words further apart than their full embeddings are (a projection only shrinks)', () => {
    map.words.forEach((a, i) =>
      map.words.forEach((b, j) => {
        const full = distance(embeddingOf(model, a), embeddingOf(model, b));
        expect(distance(map.points[i]!, map.points[j]!)).toBeLessThanOrEqual(full + ROUNDING);
      }),
    );
  });

  it('with "all" maps every word a reader can meet (not the mask token), the rest as "other"', () => {
    const all = wordMap(model, 'all');
    expect(all.words).toEqual(model.vocabulary.filter((w) => w !== MASK));
    expect(all.words).not.toContain(MASK);
    expect(readableWords(model)).toEqual(all.words);
    expect(all.groups[all.words.indexOf('because')]).toBe('other');
    expect(all.groups[all.words.indexOf('tired')]).toBe('animal-adjective');
  });
});

describe('wordGroup, cosine, nearestWords', () => {
  it('groups words by the word lists', () => {
    expect(['dog', 'river', 'dogs', 'rivers', 'jar', 'sleepy', 'icy', 'big', 'the'].map(wordGroup)).toEqual([
      'animal',
      'place',
      'animal-plural',
      'place-plural',
      'object',
      'animal-adjective',
      'place-adjective',
      'size-adjective',
      'other',
    ]);
  });

  it('cosine: known values, zero vectors, mismatched lengths', () => {
    expect(cosine([1, 0], [1, 1])).toBeCloseTo(Math.SQRT1_2, 12);
    expect(cosine([1, 2], [-2, -4])).toBeCloseTo(-1, 12);
    expect(cosine([0, 0], [1, 1])).toBe(0);
    expect(() => cosine([1], [1, 2])).toThrow(/lengths 1 and 2/);
  });

  it('nearestWords ranks by cosine, leaves the word itself out, and names an unknown word', () => {
    const among = wordMap(model).words;
    const near = nearestWords(model, 'tired', among, 5);
    expect(near).toHaveLength(5);
    expect(near.map((n) => n.word)).not.toContain('tired');
    for (let i = 1; i < near.length; i++) expect(near[i - 1]!.cosine).toBeGreaterThanOrEqual(near[i]!.cosine);
    expect(near[0]!.cosine).toBeCloseTo(
      cosine(embeddingOf(model, 'tired'), embeddingOf(model, near[0]!.word)),
      12,
    );
    expect(() => nearestWords(model, 'zebra', among)).toThrow(/"zebra" is not in the vocabulary/);
  });
});

/** What the embeddings article says about the trained embedding table; measured on the committed weights. */
describe('what the embeddings article says about the trained embeddings', () => {
  const words = wordMap(model).words;
  const of = (g: WordGroup) => WORD_GROUPS.find((x) => x.group === g)!.words;
  const meanCosine = (a: readonly string[], b: readonly string[]) => {
    const pairs = a.flatMap((x) =>
      b.filter((y) => y !== x).map((y) => cosine(embeddingOf(model, x), embeddingOf(model, y))),
    );
    return pairs.reduce((s, c) => s + c, 0) / pairs.length;
  };
  const length = (ws: readonly string[]) =>
    ws.reduce((s, w) => s + Math.hypot(...embeddingOf(model, w)), 0) / ws.length;

  it('a table of 90 rows (89 words and the training-only mask token) and 32 columns', () => {
    expect(model.vocabulary).toHaveLength(90);
    expect(readableWords(model)).toHaveLength(89);
    expect(model.embedding.rows).toBe(90);
    expect(model.embedding.cols).toBe(32);
  });

  it('the map of the 54 grouped words keeps a little over a third of their spread (about 37 %)', () => {
    const kept = wordMap(model).explained;
    expect(kept[0] + kept[1]).toBeGreaterThan(0.35);
    expect(kept[0] + kept[1]).toBeLessThan(0.39);
  });

  it('the two kinds of adjective are tight bundles (mean cosine over 0.9) pointing away from each other', () => {
    expect(meanCosine(of('animal-adjective'), of('animal-adjective'))).toBeGreaterThan(0.9);
    expect(meanCosine(of('place-adjective'), of('place-adjective'))).toBeGreaterThan(0.9);
    expect(meanCosine(of('animal-adjective'), of('place-adjective'))).toBeLessThan(-0.25);
    for (const g of ['animal-adjective', 'place-adjective'] as const)
      for (const w of of(g))
        expect(
          nearestWords(model, w, words, 3).map((n) => wordGroup(n.word)),
          w,
        ).toEqual([g, g, g]);
  });

  it('on the map the two adjective bundles lie at opposite ends of the first axis, the nouns between them', () => {
    const map = wordMap(model);
    const centreOf = (g: WordGroup) => centroid(map.points.filter((_, i) => map.groups[i] === g));
    const [animalAdjective, placeAdjective] = [
      centreOf('animal-adjective')[0],
      centreOf('place-adjective')[0],
    ];
    expect(Math.sign(animalAdjective)).toBe(-Math.sign(placeAdjective));
    const [lo, hi] = [Math.min(animalAdjective, placeAdjective), Math.max(animalAdjective, placeAdjective)];
    for (const g of ['animal', 'place', 'animal-plural', 'place-plural', 'object'] as const) {
      const x = centreOf(g)[0];
      expect(x, g).toBeGreaterThan(lo / 2);
      expect(x, g).toBeLessThan(hi / 2);
    }
  });

  it('“big” sits with the adjectives for animals; “small” with neither bundle', () => {
    expect(nearestWords(model, 'big', words, 3).map((n) => wordGroup(n.word))).toEqual([
      'animal-adjective',
      'animal-adjective',
      'animal-adjective',
    ]);
    expect(meanCosine(['big'], of('animal-adjective'))).toBeGreaterThan(0.8);
    expect(nearestWords(model, 'small', words, 1)[0]!.cosine).toBeLessThan(0.4);
  });

  it('the nouns are not sorted by kind: two animals are about as unlike as an animal and a place', () => {
    expect(meanCosine(of('animal'), of('animal'))).toBeLessThan(0.15);
    expect(meanCosine(of('place'), of('place'))).toBeLessThan(0.2);
    expect(Math.abs(meanCosine(of('animal'), of('place')))).toBeLessThan(0.05);
  });

  it('leave one noun out: the nearer group centre names its kind for only 12 of the 16 singular nouns', () => {
    const mean = (vs: number[][]) => vs[0]!.map((_, c) => vs.reduce((s, v) => s + v[c]!, 0) / vs.length);
    const kinds = [of('animal'), of('place')];
    let right = 0;
    kinds.forEach((own, k) =>
      own.forEach((w) => {
        const centres = kinds.map((g) => mean(g.filter((x) => x !== w).map((x) => embeddingOf(model, x))));
        const d = centres.map((c) => distance(embeddingOf(model, w), c));
        if (d.indexOf(Math.min(...d)) === k) right += 1;
      }),
    );
    expect(right).toBe(12);
  });

  it('the plural places are the tightest and shortest group of nouns', () => {
    const nouns = ['animal', 'place', 'animal-plural', 'place-plural', 'object'] as const;
    const tightness = nouns.map((g) => meanCosine(of(g), of(g)));
    expect(Math.max(...tightness)).toBe(tightness[3]);
    expect(tightness[3]).toBeGreaterThan(0.6);
    const lengths = nouns.map((g) => length(of(g)));
    expect(Math.min(...lengths)).toBe(lengths[3]);
  });
});
