import { ANIMALS, PLACES } from './words';

/** One animal and one place: the two candidate referents of "it". */
export interface NounPair {
  readonly animal: string;
  readonly place: string;
}

/**
 * Held out from training: animal i with place (i + 3) mod 8, one pair per animal and per place, so every
 * noun is still trained with seven partners and the held-out test asks only for new combinations.
 */
function isHeldOut(animalIndex: number, placeIndex: number): boolean {
  return placeIndex === (animalIndex + 3) % PLACES.length;
}

function pairsWhere(keep: (animalIndex: number, placeIndex: number) => boolean): NounPair[] {
  const pairs: NounPair[] = [];
  ANIMALS.forEach((animal, a) => {
    PLACES.forEach((place, p) => {
      if (keep(a, p)) pairs.push({ animal, place });
    });
  });
  return pairs;
}

export const ALL_PAIRS: readonly NounPair[] = pairsWhere(() => true);
export const TRAINING_PAIRS: readonly NounPair[] = pairsWhere((a, p) => !isHeldOut(a, p));
export const HELD_OUT_PAIRS: readonly NounPair[] = pairsWhere(isHeldOut);
