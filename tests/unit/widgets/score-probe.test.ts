import { describe, expect, it } from 'vitest';
import { dotTerms, row } from '../../../src/core';
import { SOURCE_SENTENCE, loadPretrained, pointerHead, resolve } from '../../../src/model';
import { probeKey, queryScores } from '../../../src/widgets/parts/score-probe';

const result = resolve(loadPretrained(), SOURCE_SENTENCE);
const head = pointerHead(result);
const n = result.tokens.length;
const TOLERANCE = 1e-9;

describe('score probe', () => {
  it('takes a query’s scores from the head: the top one is the model’s answer for “it”', () => {
    const { scores, top, axis } = queryScores(head, result.pronoun);
    expect(scores).toEqual(row(head.scores, result.pronoun));
    expect(top).toBe(result.referent);
    expect(axis.lo).toBeLessThanOrEqual(Math.min(0, ...scores));
    expect(axis.hi).toBeGreaterThanOrEqual(Math.max(0, ...scores));
  });

  it('takes every pair apart into products that sum to its score, with running totals and q·k = ‖q‖‖k‖cos θ', () => {
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const probe = probeKey(head, i, j);
        expect(probe.terms).toEqual(dotTerms(row(head.q, i), row(head.k, j)));
        expect(Math.abs(probe.terms.sum - row(head.scores, i)[j]!)).toBeLessThan(TOLERANCE);
        expect(Math.abs(probe.sums.at(-1)! - probe.terms.sum)).toBeLessThan(TOLERANCE);
        const { normQ, normK, cosine } = probe.shape;
        expect(Math.abs(normQ * normK * cosine - probe.terms.sum)).toBeLessThan(TOLERANCE);
        for (const v of [...probe.terms.terms, ...probe.sums]) {
          expect(v).toBeGreaterThanOrEqual(probe.axis.lo);
          expect(v).toBeLessThanOrEqual(probe.axis.hi);
        }
      }
  });
});
