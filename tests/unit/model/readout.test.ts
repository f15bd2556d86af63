import { describe, expect, it } from 'vitest';
import { row, toRows } from '../../../src/core';
import { loadPretrained, MASK, POINTER, pointerHead, resolve } from '../../../src/model';
import { rankedWords, readoutWith } from '../../../src/model/readout';
import { SOURCE_SENTENCE, TROPHY_SENTENCE, WIDE_TWIN } from '../../../src/model/sentences';
import { expectClose, ROUNDING_TOLERANCE } from '../core/helpers';

const model = loadPretrained();

/** The readout by plain loops: o = w·V, written = o·W_O, softmax(written·readout). Layer 2 has one head. */
function byHand(weights: number[], v: number[][]): number[] {
  const o = v[0]!.map((_, c) => weights.reduce((s, w, j) => s + w * v[j]![c]!, 0));
  const wo = toRows(model.layers[1]!.wo);
  const written = wo[0]!.map((_, c) => o.reduce((s, x, k) => s + x * wo[k]![c]!, 0));
  const readout = toRows(model.readout);
  const logits = readout[0]!.map((_, c) => written.reduce((s, x, k) => s + x * readout[k]![c]!, 0));
  const max = Math.max(...logits);
  const e = logits.map((z) => Math.exp(z - max));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / total);
}

describe('readoutWith', () => {
  it.each([SOURCE_SENTENCE, WIDE_TWIN, TROPHY_SENTENCE])(
    'with the pointer head’s own weights it is the readout resolve used (%s)',
    (sentence) => {
      const r = resolve(model, sentence);
      const p = readoutWith(model, r, POINTER, row(pointerHead(r).weights, r.pronoun));
      const best = p.indexOf(Math.max(...p));
      expect(model.vocabulary[best]).toBe(r.decoded.word);
      expect(Math.abs(p[best]! - r.decoded.probability)).toBeLessThan(ROUNDING_TOLERANCE);
      expectClose(
        r.tokens.map((t) => p[model.vocabulary.indexOf(t)]!),
        r.wordProbabilities,
        ROUNDING_TOLERANCE,
      );
    },
  );

  it('follows the weights it is given, as a hand computation does', () => {
    const r = resolve(model, SOURCE_SENTENCE);
    const n = r.tokens.length;
    const v = toRows(pointerHead(r).v);
    for (const weights of [Array<number>(n).fill(1 / n), r.tokens.map((t) => (t === 'street' ? 1 : 0))]) {
      expectClose(readoutWith(model, r, POINTER, weights), byHand(weights, v), 1e-12);
    }
  });

  it('is a probability distribution over the vocabulary and does not change the resolution', () => {
    const r = resolve(model, SOURCE_SENTENCE);
    const before = [...r.layers[1]!.concat.data];
    const p = readoutWith(model, r, POINTER, Array<number>(r.tokens.length).fill(1 / r.tokens.length));
    expect(p).toHaveLength(model.vocabulary.length);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect([...r.layers[1]!.concat.data]).toEqual(before);
  });

  it('names what is wrong: a head the readout does not read, or weights that do not fit', () => {
    const r = resolve(model, SOURCE_SENTENCE);
    expect(() => readoutWith(model, r, { layer: 0, head: 0 }, [1])).toThrow(/reads layer 2/);
    expect(() => readoutWith(model, r, POINTER, [1])).toThrow(/1 weights for a 12-word sentence/);
  });
});

describe('rankedWords', () => {
  it('sorts the words by probability and never lists [mask]', () => {
    const p = model.vocabulary.map((w) =>
      w === MASK ? 0.5 : w === 'animal' ? 0.3 : 0.2 / (model.vocabulary.length - 2),
    );
    const ranked = rankedWords(model, p, 3);
    expect(ranked.map((d) => d.word)[0]).toBe('animal');
    expect(ranked.some((d) => d.word === MASK)).toBe(false);
    expect(ranked).toHaveLength(3);
    expect(ranked[1]!.probability).toBeGreaterThanOrEqual(ranked[2]!.probability);
  });
});
