/** A word of the page's sentence chosen in one figure and followed by the others, kept in the URL by its label. */
import type { ParamSpec } from './url-param.svelte';

/**
 * A word of the running sentence kept in the URL (?query=animal, ?key=the (5)) by its table label (see
 * tokenLabels). '' is the default, which each figure reads as "the usual word" (the pronoun, the top key).
 * A value that is not a word of the sentence at load time falls back to the default with a note.
 */
export function wordChoiceSpec(
  key: string,
  label: string,
  labelsNow: () => readonly string[],
): ParamSpec<string> {
  return {
    key,
    label,
    fallback: '',
    parse: (raw) => {
      const word = raw.trim().toLowerCase();
      return labelsNow().includes(word) ? word : undefined;
    },
    format: (word) => word,
  };
}

/** Where the chosen label stands, or `fallback` when there is no choice or the sentence no longer has it. */
export function chosenIndex(labels: readonly string[], chosen: string, fallback: number): number {
  const at = chosen === '' ? -1 : labels.indexOf(chosen);
  return at >= 0 ? at : fallback;
}
