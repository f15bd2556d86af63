/**
 * Sentence templates. Slots: {animal} and {place} (or {a} and {b}: "the {a} didn't fit in the {b}"),
 * {pronoun} with its verb {be}, {intensifier} and {adjective}; the adjective decides the referent. Words are
 * separated by single spaces, punctuation included, so a template splits into tokens as tokenize would.
 */

/** The running example of the site: "the animal didn't cross the street because it was too tired". */
export const MAIN_TEMPLATE =
  "the {animal} didn't cross the {place} because {pronoun} {be} {intensifier} {adjective}";

/** Animal-and-place templates the model trains on: other verbs and connectives, the place first, clause first. */
export const TRAINING_TEMPLATES: readonly string[] = [
  MAIN_TEMPLATE,
  "the {animal} wouldn't walk across the {place} because {pronoun} {be} {intensifier} {adjective}",
  "the {animal} couldn't climb the {place} since {pronoun} {be} {intensifier} {adjective}",
  "because {pronoun} {be} {intensifier} {adjective} , the {animal} didn't cross the {place}",
  'the {animal} stopped at the {place} as {pronoun} {be} {intensifier} {adjective}',
  'the {animal} never reached the {place} because {pronoun} {be} {intensifier} {adjective}',
  'the {place} stopped the {animal} because {pronoun} {be} {intensifier} {adjective}',
];

/**
 * Never trained on: its words all occur in training, but never in this order (clause first with "since",
 * verb of another template), so accuracy on it measures generalisation to a new sentence shape.
 */
export const HELD_OUT_TEMPLATE =
  "since {pronoun} {be} {intensifier} {adjective} , the {animal} couldn't climb the {place}";

/** Winograd's own sentence: "The trophy didn't fit in the suitcase because it was too big." */
export const WINOGRAD_TEMPLATE =
  "the {a} didn't fit in the {b} because {pronoun} {be} {intensifier} {adjective}";

/** Templates where {a} doesn't fit in {b}: "big" points at {a}, "small" at {b}, whichever objects they are. */
export const OBJECT_TEMPLATES: readonly string[] = [
  WINOGRAD_TEMPLATE,
  "the {a} wouldn't go into the {b} because {pronoun} {be} {intensifier} {adjective}",
  "the {a} couldn't fit inside the {b} as {pronoun} {be} {intensifier} {adjective}",
  "because {pronoun} {be} {intensifier} {adjective} , the {a} didn't fit in the {b}",
];
