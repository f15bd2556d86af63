import { pca2, row, type Matrix } from '../core';
import type { Weights } from './weights';
import { ANIMALS, PLACES, type Kind } from './words';

/** The learned embeddings of the nouns on a 2-D map, and how well it separates animals from places. */
export interface EmbeddingMap {
  readonly words: string[];
  readonly kinds: Kind[];
  /** n×2: the nouns' embeddings projected by the core's pca2. */
  readonly points: Matrix;
  readonly explained: [number, number];
  /** Share of nouns whose 2-D point is nearer the centroid of its own kind than of the other kind. */
  readonly nearestCentroidAccuracy: number;
}

type Point = [number, number];

function pointAt(points: Matrix, i: number): Point {
  return [points.data[2 * i]!, points.data[2 * i + 1]!];
}

function centroid(points: Point[]): Point {
  const sx = points.reduce((s, p) => s + p[0], 0);
  const sy = points.reduce((s, p) => s + p[1], 0);
  return [sx / points.length, sy / points.length];
}

function distance2(a: Point, b: Point): number {
  return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
}

/** pca2 of the animal and place embeddings, with the nearest-centroid accuracy of the 2-D points. */
export function embeddingMap(weights: Weights): EmbeddingMap {
  const words = [...ANIMALS, ...PLACES];
  const kinds = words.map((_, i): Kind => (i < ANIMALS.length ? 'animal' : 'place'));
  const rows = words.map((w) => row(weights.embedding, weights.vocabulary.indexOf(w)));
  const nouns: Matrix = {
    rows: words.length,
    cols: weights.embedding.cols,
    data: Float64Array.from(rows.flat()),
  };
  const { points, explained } = pca2(nouns);
  const located = words.map((_, i) => pointAt(points, i));
  const centres = {
    animal: centroid(located.filter((_, i) => kinds[i] === 'animal')),
    place: centroid(located.filter((_, i) => kinds[i] === 'place')),
  };
  const correct = located.filter((p, i) => {
    const own = kinds[i] === 'animal' ? centres.animal : centres.place;
    const other = kinds[i] === 'animal' ? centres.place : centres.animal;
    return distance2(p, own) < distance2(p, other);
  }).length;
  return { words, kinds, points, explained, nearestCentroidAccuracy: correct / words.length };
}
