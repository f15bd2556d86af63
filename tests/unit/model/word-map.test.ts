import { describe, expect, it } from 'vitest';
import { loadPretrained } from '../../../src/model';
import {
  WORD_GROUPS,
  cosine,
  embeddingOf,
  nearestWords,
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

  it('maps the 28 nouns and adjectives of the four groups, centred, keeping a share of the variance', () => {
    expect(map.words).toHaveLength(28);
    const count = (g: WordGroup) => map.groups.filter((x) => x === g).length;
    expect([count('animal'), count('place'), count('animal-adjective'), count('place-adjective')]).toEqual([
      8, 8, 6, 6,
    ]);
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

  it('shows what the article claims: the two kinds of adjective in two separate clusters', () => {
    const of = (g: WordGroup) => map.points.filter((_, i) => map.groups[i] === g);
    const centres = { animal: centroid(of('animal-adjective')), place: centroid(of('place-adjective')) };
    for (const [own, other] of [
      ['animal', 'place'],
      ['place', 'animal'],
    ] as const) {
      for (const p of of(`${own}-adjective`)) {
        expect(distance(p, centres[own])).toBeLessThan(distance(p, centres[other]));
      }
    }
  });

  it('with "all" maps every vocabulary word, the rest as "other"', () => {
    const all = wordMap(model, 'all');
    expect(all.words).toEqual([...model.vocabulary]);
    expect(all.groups[all.words.indexOf('because')]).toBe('other');
    expect(all.groups[all.words.indexOf('tired')]).toBe('animal-adjective');
  });
});

describe('wordGroup, cosine, nearestWords', () => {
  it('groups words by the word lists', () => {
    expect(['dog', 'river', 'sleepy', 'icy', 'the'].map(wordGroup)).toEqual([
      'animal',
      'place',
      'animal-adjective',
      'place-adjective',
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

describe('what the embeddings article says about the trained embeddings', () => {
  const groups = WORD_GROUPS.map((g) => g.words.map((w) => embeddingOf(model, w)));
  const mean = (vs: number[][]) => vs[0]!.map((_, c) => vs.reduce((s, v) => s + v[c]!, 0) / vs.length);
  const centres = groups.map(mean);

  it('in all 16 numbers, each of the 28 words is nearer the centre of its own group than of any other', () => {
    groups.forEach((vectors, g) =>
      vectors.forEach((v, i) => {
        const distances = centres.map((c) => distance(v, c));
        expect(distances.indexOf(Math.min(...distances)), WORD_GROUPS[g]!.words[i]).toBe(g);
      }),
    );
  });

  it('the adjectives for places are shorter vectors than the adjectives for animals', () => {
    const length = (vs: number[][]) => vs.reduce((s, v) => s + Math.hypot(...v), 0) / vs.length;
    const byGroup = Object.fromEntries(WORD_GROUPS.map((g, i) => [g.group, length(groups[i]!)]));
    expect(byGroup['place-adjective']).toBeLessThan(byGroup['animal-adjective']!);
  });

  it('the nearest neighbours of “wide” among the 28 words are adjectives for places', () => {
    const near = nearestWords(model, 'wide', wordMap(model).words, 3);
    expect(near.map((n) => wordGroup(n.word))).toEqual([
      'place-adjective',
      'place-adjective',
      'place-adjective',
    ]);
  });
});
