import { row } from '../core';
import { enumerateExamples, type Example } from './corpus';
import { encode } from './encode';
import { forward, type HeadAddress } from './forward';
import { ALL_PAIRS, OBJECT_PAIRS } from './pairs';
import { MAIN_TEMPLATE, WINOGRAD_TEMPLATE } from './templates';
import type { Weights } from './weights';
import { NOUNS, SIZE_ADJECTIVES } from './words';

/** What a head can be measured to do: where its attention goes, on average over a corpus. */
export type Role =
  'previous word' | 'next word' | 'own word' | 'referent' | 'other noun' | 'adjective' | 'nouns';

/** How each role is measured, in the words the site shows. */
export const ROLE_STATISTICS: Readonly<Record<Role, string>> = {
  'previous word': 'mean weight of each word on the word before it',
  'next word': 'mean weight of each word on the word after it',
  'own word': 'mean weight of each word on itself',
  referent: 'mean weight of the pronoun on the noun it refers to',
  'other noun': 'mean weight of the pronoun on the other noun',
  adjective: 'mean weight of the pronoun on the adjective',
  nouns: 'mean weight of each word on the two nouns together',
};

export interface HeadRole extends HeadAddress {
  /** The statistic that stands out most above what an even spread of attention would give. */
  readonly role: Role;
  /** Its value: a share of the head's attention, between 0 and 1. */
  readonly value: number;
  /** value divided by what the same statistic gives for attention spread evenly over the sentence. */
  readonly lift: number;
  /** Every statistic, for the numbers table. */
  readonly statistics: Readonly<Record<Role, number>>;
}

/** The corpus the roles are measured on: the running example's whole grid and all of Winograd's. */
export function roleCorpus(): Example[] {
  return [
    ...enumerateExamples([MAIN_TEMPLATE], ALL_PAIRS),
    ...enumerateExamples([WINOGRAD_TEMPLATE], OBJECT_PAIRS, SIZE_ADJECTIVES),
  ];
}

const NOUN_SET = new Set(NOUNS);

/** One sentence's statistics for one head's weights (n×n, rows = queries), and their even-spread baselines. */
function sentenceStatistics(weights: number[][], example: Example): Record<Role, [number, number]> {
  const n = weights.length;
  const p = example.pronoun;
  const adjective = example.tokens.findIndex((t, i) => i > p && t !== 'was' && t !== 'were' && i === p + 3);
  const nouns = example.tokens.map((t, i) => (NOUN_SET.has(t) ? i : -1)).filter((i) => i >= 0);
  const other = nouns.find((i) => i !== example.referent)!;
  const mean = (values: number[]): number => values.reduce((s, v) => s + v, 0) / values.length;
  const queries = weights.map((_, i) => i);
  return {
    'previous word': [mean(queries.slice(1).map((i) => weights[i]![i - 1]!)), 1 / n],
    'next word': [mean(queries.slice(0, -1).map((i) => weights[i]![i + 1]!)), 1 / n],
    'own word': [mean(queries.map((i) => weights[i]![i]!)), 1 / n],
    referent: [weights[p]![example.referent]!, 1 / n],
    'other noun': [weights[p]![other]!, 1 / n],
    adjective: [adjective >= 0 ? weights[p]![adjective]! : 0, 1 / n],
    nouns: [mean(queries.map((i) => nouns.reduce((s, j) => s + weights[i]![j]!, 0))), nouns.length / n],
  };
}

/**
 * Every head's measured role: run the model on roleCorpus(), average each statistic and its even-spread
 * baseline, and name the head by the statistic with the largest lift (value / baseline).
 */
export function headRoles(model: Weights, corpus: readonly Example[] = roleCorpus()): HeadRole[] {
  const roles = Object.keys(ROLE_STATISTICS) as Role[];
  const sums = model.layers.map((layer) =>
    layer.heads.map(
      () => Object.fromEntries(roles.map((r) => [r, [0, 0]])) as Record<Role, [number, number]>,
    ),
  );
  for (const example of corpus) {
    const result = forward(model, encode(model.vocabulary, example.tokens), example.pronoun);
    result.layers.forEach((layer, l) =>
      layer.heads.forEach((head, h) => {
        const weights = Array.from({ length: head.weights.rows }, (_, i) => row(head.weights, i));
        const stats = sentenceStatistics(weights, example);
        for (const r of roles) {
          sums[l]![h]![r][0] += stats[r][0] / corpus.length;
          sums[l]![h]![r][1] += stats[r][1] / corpus.length;
        }
      }),
    );
  }
  return sums.flatMap((layer, l) =>
    layer.map((s, h) => {
      const best = roles.reduce((a, b) => (s[b][0] / s[b][1] > s[a][0] / s[a][1] ? b : a));
      const statistics = Object.fromEntries(roles.map((r) => [r, s[r][0]])) as Record<Role, number>;
      return { layer: l, head: h, role: best, value: s[best][0], lift: s[best][0] / s[best][1], statistics };
    }),
  );
}

/** The head the site presents as resolving the pronoun: the one whose role is the referent, with the most lift. */
export function resolverOf(roles: readonly HeadRole[]): HeadAddress {
  const candidates = roles.filter((r) => r.role === 'referent');
  if (candidates.length === 0)
    throw new Error('resolverOf: no head attends from the pronoun to its referent');
  const best = candidates.reduce((a, b) => (b.lift > a.lift ? b : a));
  return { layer: best.layer, head: best.head };
}
