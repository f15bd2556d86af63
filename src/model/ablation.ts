import { fill, type Example } from './corpus';
import { accuracyOn } from './evaluation';
import type { HeadAddress } from './forward';
import { ALL_PAIRS, OBJECT_PAIRS, type NounPair } from './pairs';
import { MAIN_TEMPLATE, WINOGRAD_TEMPLATE } from './templates';
import type { Weights } from './weights';
import { ADJECTIVES, INTENSIFIERS, SIZE_ADJECTIVES } from './words';

/**
 * A fixed quarter of a template's grid, small enough to score in the browser on every click: every noun pair with
 * every adjective, the intensifier taken in rotation ((pair + adjective) mod 4), so each intensifier occurs as
 * often as the others with every pair and every adjective.
 */
function rotated(template: string, pairs: readonly NounPair[], adjectives: readonly string[]): Example[] {
  return pairs.flatMap((pair, p) =>
    adjectives.map((adjective, a) =>
      fill(template, {
        ...pair,
        pronoun: 'it',
        intensifier: INTENSIFIERS[(p + a) % INTENSIFIERS.length]!,
        adjective,
      }),
    ),
  );
}

/** How many sentences each sample holds. */
export const RUNNING_EXAMPLE_SAMPLE_SIZE = ALL_PAIRS.length * ADJECTIVES.length;
export const WINOGRAD_SAMPLE_SIZE = OBJECT_PAIRS.length * SIZE_ADJECTIVES.length;

/** The running example's template: 64 animal–place pairs × 12 adjectives = 768 of its 3,072 sentences. */
export function runningExampleSample(): Example[] {
  return rotated(MAIN_TEMPLATE, ALL_PAIRS, ADJECTIVES);
}

/** Winograd's template ("the trophy didn't fit in the suitcase …"): 56 object pairs × big/small = 112 of 448. */
export function winogradSample(): Example[] {
  return rotated(WINOGRAD_TEMPLATE, OBJECT_PAIRS, SIZE_ADJECTIVES);
}

export interface AblationAccuracy {
  /** Share of runningExampleSample() the model answers right with the heads silenced. */
  readonly runningExample: number;
  /** Share of winogradSample() it answers right. */
  readonly winograd: number;
}

/** How often the model still finds the referent with `ablate` silenced, on the two fixed samples. */
export function ablationAccuracy(
  model: Weights,
  ablate: readonly HeadAddress[],
  samples: { runningExample: readonly Example[]; winograd: readonly Example[] } = {
    runningExample: runningExampleSample(),
    winograd: winogradSample(),
  },
): AblationAccuracy {
  return {
    runningExample: accuracyOn(model, samples.runningExample, { ablate }),
    winograd: accuracyOn(model, samples.winograd, { ablate }),
  };
}

/**
 * ablationAccuracy for one model and the default samples, remembered per set of silenced heads (a widget asks again
 * whenever a checkbox changes; there are only 2^heads sets). `intact`, when given, is taken as the score with no
 * head silenced: ablationAccuracy(model, []) computed elsewhere, e.g. on the server, so a figure starting in the
 * browser does not score the 880 sentences again.
 */
export function ablationScorer(
  model: Weights,
  intact?: AblationAccuracy,
): (ablate: readonly HeadAddress[]) => AblationAccuracy {
  const samples = { runningExample: runningExampleSample(), winograd: winogradSample() };
  const scored = new Map<string, AblationAccuracy>(intact ? [['', intact]] : []);
  return (ablate) => {
    const key = ablate
      .map((a) => `${a.layer}.${a.head}`)
      .sort()
      .join(',');
    let result = scored.get(key);
    if (!result) {
      result = ablationAccuracy(model, ablate, samples);
      scored.set(key, result);
    }
    return result;
  };
}
