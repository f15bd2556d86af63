/**
 * What the score probe shows of one head: a query's scores against every key (q·k before scaling), and one pair's
 * score taken apart into its per-dimension products, running total, lengths and angle, with the bar axes.
 * probeKey(head, 1, 0).terms.sum === row(head.scores, 1)[0]
 */
import { dotTerms, row, type HeadResult } from '../../core';
import { argmax } from '../../model/argmax';
import { extentWithZero, geometry, runningSums } from './dot-product';

/** Query `qi`'s scores against every key, the top key, and the axis their bars share (always holding 0). */
export function queryScores(head: HeadResult, qi: number) {
  const scores = row(head.scores, qi);
  return { scores, top: argmax(scores), axis: extentWithZero(scores) };
}

/** Score (qi, ki) taken apart: q and k, the products q_i·k_i and their sum, the running totals and their axis, and
 *  the geometry ‖q‖ ‖k‖ cos θ. */
export function probeKey(head: HeadResult, qi: number, ki: number) {
  const q = row(head.q, qi);
  const k = row(head.k, ki);
  const terms = dotTerms(q, k);
  const sums = runningSums(terms.terms);
  return { q, k, terms, sums, axis: extentWithZero([...terms.terms, ...sums]), shape: geometry(q, k) };
}
