import { describe, expect, it } from 'vitest';
import { row } from '../../../src/core';
import { MODEL_SHAPE, POINTER, SOURCE_SENTENCE, WIDE_TWIN } from '../../../src/model';
import { model, pointerAt, wholePercent } from './claims-helpers';

// What content/all-words-at-once.mdx (and the figures' captions, "layer 2's only head") say about the model.
const tired = pointerAt(SOURCE_SENTENCE);
const wide = pointerAt(WIDE_TWIN);
const n = tired.resolution.tokens.length;
const maxima = (v: typeof tired) => Array.from({ length: n }, (_, i) => Math.max(...row(v.head.weights, i)));

describe('all words at once: the model and its pointer head', () => {
  it('four heads in layer 1, one in layer 2, of width d_k = 8; the pointer is layer 2’s only head', () => {
    expect(MODEL_SHAPE.heads).toEqual([4, 1]);
    expect(model.layers.map((l) => l.heads.length)).toEqual([4, 1]);
    expect(POINTER).toEqual({ layer: 1, head: 0 });
    expect(tired.head.q.cols).toBe(8);
  });

  it('no row of the weights matrix is one-hot: row maxima run from 22 % (the second "the") to 94 % ("was")', () => {
    const m = maxima(tired);
    expect(wholePercent(Math.min(...m))).toBe(22);
    expect(tired.resolution.tokens[m.indexOf(Math.min(...m))]).toBe('the');
    expect(m.indexOf(Math.min(...m))).toBe(4);
    expect(wholePercent(Math.max(...m))).toBe(94);
    expect(tired.resolution.tokens[m.indexOf(Math.max(...m))]).toBe('was');
  });

  it('switching the adjective moves the row of "it" from animal (86 %) to street (99 %)', () => {
    expect(wholePercent(tired.on('animal'))).toBe(86);
    expect(wholePercent(wide.on('street'))).toBe(99);
  });

  it('other rows change with it, except those of "was" and of the adjective, which move by under 2 points', () => {
    const change = Array.from({ length: n }, (_, i) =>
      Math.max(...row(tired.head.weights, i).map((w, j) => Math.abs(w - row(wide.head.weights, i)[j]!))),
    );
    const tokens = tired.resolution.tokens;
    tokens.forEach((t, i) => {
      if (i === 8 || i === 10) expect(change[i], t).toBeLessThan(0.02);
      else expect(change[i], t).toBeGreaterThan(0.1);
    });
  });
});
