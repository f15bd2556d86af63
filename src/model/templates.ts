/**
 * Sentence templates. Slots are written {animal}, {place}, {intensifier}, {adjective}; every template has one
 * "it" whose referent the adjective decides. Words are separated by single spaces, punctuation included, so a
 * template splits into tokens exactly as the core's tokenize would split the sentence.
 */

/** The running example of the site: "the animal didn't cross the street because it was too tired". */
export const MAIN_TEMPLATE = "the {animal} didn't cross the {place} because it was {intensifier} {adjective}";

/** Templates the model trains on: other verbs and connectives, the place as subject, the clause first. */
export const TRAINING_TEMPLATES: readonly string[] = [
  MAIN_TEMPLATE,
  "the {animal} wouldn't walk across the {place} because it was {intensifier} {adjective}",
  "the {animal} couldn't climb the {place} since it was {intensifier} {adjective}",
  'the {place} was not crossed by the {animal} because it was {intensifier} {adjective}',
  "because it was {intensifier} {adjective} , the {animal} didn't cross the {place}",
  'the {animal} stopped at the {place} as it was {intensifier} {adjective}',
  'the {animal} never reached the {place} because it was {intensifier} {adjective}',
];

/**
 * Never trained on: its words all occur in training, but never in this order (clause first with "since",
 * verb of another template), so accuracy on it measures generalisation to a new sentence shape.
 */
export const HELD_OUT_TEMPLATE =
  "since it was {intensifier} {adjective} , the {animal} couldn't climb the {place}";
