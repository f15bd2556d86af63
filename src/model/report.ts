import { row } from '../core';
import { acceptanceSets, accuracyOn, type AcceptanceSet } from './evaluation';
import { encode } from './encode';
import { forward, type HeadAddress } from './forward';
import { headRoles, resolverOf, type HeadRole } from './head-roles';
import { resolve } from './resolve';
import { SOURCE_SENTENCE, WIDE_TWIN } from './sentences';
import type { Weights } from './weights';

/** Every figure the model's acceptance criteria name, for the training command's printout and the tests. */
export interface ModelReport {
  readonly accuracy: Record<AcceptanceSet, number>;
  /** Winograd's template with the positions switched off. */
  readonly winogradWithoutPositions: number;
  readonly roles: HeadRole[];
  readonly resolver: HeadAddress;
  /** Share of the running example's grid where the resolver's largest weight at the pronoun is on the referent. */
  readonly resolverOnReferent: number;
  /** The resolver's row at "it" in the source sentence. */
  readonly sourceRow: { readonly tokens: string[]; readonly weights: number[] };
  readonly source: string;
  readonly twin: string;
  /** Accuracy on the running example's grid with each head silenced in turn. */
  readonly ablation: { readonly head: HeadAddress; readonly accuracy: number }[];
}

function answer(weights: Weights, sentence: string): string {
  const result = resolve(weights, sentence);
  return result.tokens[result.referent]!;
}

export function resolverOnReferent(weights: Weights, resolver: HeadAddress): number {
  const examples = acceptanceSets().mainTemplate;
  let right = 0;
  for (const e of examples) {
    const head = forward(weights, encode(weights.vocabulary, e.tokens), e.pronoun).layers[resolver.layer]!
      .heads[resolver.head]!;
    const weightsAtPronoun = row(head.weights, e.pronoun);
    if (weightsAtPronoun.indexOf(Math.max(...weightsAtPronoun)) === e.referent) right += 1;
  }
  return right / examples.length;
}

export function modelReport(weights: Weights): ModelReport {
  const sets = acceptanceSets();
  const roles = headRoles(weights);
  const resolver = resolverOf(roles);
  const source = resolve(weights, SOURCE_SENTENCE);
  const accuracy = Object.fromEntries(
    Object.entries(sets).map(([name, examples]) => [name, accuracyOn(weights, examples)]),
  ) as Record<AcceptanceSet, number>;
  return {
    accuracy,
    winogradWithoutPositions: accuracyOn(weights, sets.winograd, { positions: false }),
    roles,
    resolver,
    resolverOnReferent: resolverOnReferent(weights, resolver),
    sourceRow: {
      tokens: source.tokens,
      weights: row(source.layers[resolver.layer]!.heads[resolver.head]!.weights, source.pronoun),
    },
    source: answer(weights, SOURCE_SENTENCE),
    twin: answer(weights, WIDE_TWIN),
    ablation: roles.map((r) => ({
      head: { layer: r.layer, head: r.head },
      accuracy: accuracyOn(weights, sets.mainTemplate, { ablate: [r] }),
    })),
  };
}
