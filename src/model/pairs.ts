import { ANIMALS, OBJECTS, PLACES } from './words';

/** Two candidate referents of the pronoun: an animal and a place, or an object {a} that doesn't fit in {b}. */
export type NounPair =
  { readonly animal: string; readonly place: string } | { readonly a: string; readonly b: string };

export type AnimalPlacePair = { readonly animal: string; readonly place: string };
export type ObjectPair = { readonly a: string; readonly b: string };

/**
 * Held out from training: animal i with place (i + 3) mod 8, one pair per animal and per place, so every
 * noun is still trained with seven partners and the held-out test asks only for new combinations.
 */
function isHeldOut(animalIndex: number, placeIndex: number): boolean {
  return placeIndex === (animalIndex + 3) % PLACES.length;
}

function pairsWhere(keep: (animalIndex: number, placeIndex: number) => boolean): AnimalPlacePair[] {
  const pairs: AnimalPlacePair[] = [];
  ANIMALS.forEach((animal, a) => {
    PLACES.forEach((place, p) => {
      if (keep(a, p)) pairs.push({ animal, place });
    });
  });
  return pairs;
}

export const ALL_PAIRS: readonly AnimalPlacePair[] = pairsWhere(() => true);
export const TRAINING_PAIRS: readonly AnimalPlacePair[] = pairsWhere((a, p) => !isHeldOut(a, p));
export const HELD_OUT_PAIRS: readonly AnimalPlacePair[] = pairsWhere(isHeldOut);

/** Every ordered pair of two different objects: both "the box didn't fit in the bag" and the other way round. */
export const OBJECT_PAIRS: readonly ObjectPair[] = OBJECTS.flatMap((a) =>
  OBJECTS.filter((b) => b !== a).map((b) => ({ a, b })),
);
