import type { Example } from './corpus';
import { encode } from './encode';
import { forward } from './forward';
import type { Weights } from './weights';
import { ANIMALS, PLACES, type Kind } from './words';

/** How the pointer head at "it" splits its attention, averaged over examples of one adjective kind. */
export interface PointerFigures {
  readonly count: number;
  /** Mean weight on the referent. */
  readonly onReferent: number;
  /** Mean weight on the other noun (the one "it" does not refer to). */
  readonly onOther: number;
  /** onReferent / onOther: how many times more weight the referent gets than the other noun. */
  readonly ratio: number;
}

const NOUNS = new Set<string>([...ANIMALS, ...PLACES]);

/** Position of the noun that is not the referent. */
function otherNoun(example: Example): number {
  return example.tokens.findIndex((t, i) => NOUNS.has(t) && i !== example.referent);
}

/** The pointer's figures for the examples of the given kind ('animal': tired, scared…; 'place': wide, busy…). */
export function pointerFigures(weights: Weights, examples: readonly Example[], kind: Kind): PointerFigures {
  const chosen = examples.filter((e) => e.kind === kind);
  let onReferent = 0;
  let onOther = 0;
  for (const example of chosen) {
    const { probabilities } = forward(weights, encode(weights.vocabulary, example.tokens), example.pronoun);
    const referent = probabilities[example.referent]!;
    const other = probabilities[otherNoun(example)]!;
    onReferent += referent;
    onOther += other;
  }
  const n = chosen.length;
  return { count: n, onReferent: onReferent / n, onOther: onOther / n, ratio: onReferent / onOther };
}
