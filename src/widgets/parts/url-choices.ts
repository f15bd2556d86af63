import type { ParamSpec } from './url-param.svelte';

/**
 * The choices the softmax, weighted-sum and matrix-form figures keep in the URL: the chosen word and the
 * softmax temperature. Plain specs for urlParam(), so they can be tested without a browser.
 */

/** The temperature slider runs over log₂ T in quarter steps, from T = 1/8 to T = 32. */
export const LOG2_T_MIN = -3;
export const LOG2_T_MAX = 5;
export const LOG2_T_STEP = 0.25;

/** The slider position nearest to T (T itself when it is one of the steps). snapTemperature(1.1) → 2^0.25 */
export function snapTemperature(t: number): number {
  const log = Math.min(LOG2_T_MAX, Math.max(LOG2_T_MIN, Math.log2(t)));
  return 2 ** (Math.round(log / LOG2_T_STEP) * LOG2_T_STEP);
}

/** T as the page shows it and the URL keeps it: at most 4 significant digits. formatTemperature(2 ** 0.25) → '1.189' */
export function formatTemperature(t: number): string {
  return String(Number(t.toPrecision(4)));
}

/** A temperature from the URL: a plain decimal number within the slider's range, snapped to its steps. */
export function parseTemperature(raw: string): number | undefined {
  if (!/^\d{1,3}(\.\d{1,6})?$/.test(raw.trim())) return undefined;
  const t = Number(raw);
  const log = Math.log2(t);
  // Half a step of slack at each end, so a rounded end value (0.125, 32) is accepted.
  if (!(log >= LOG2_T_MIN - LOG2_T_STEP / 2 && log <= LOG2_T_MAX + LOG2_T_STEP / 2)) return undefined;
  return snapTemperature(t);
}

// The key is 'T', not 'temperature': urlParam's registry is shared by every page during the build, and another
// page already keeps a different temperature under 'temperature'.
export const TEMPERATURE_SPEC: ParamSpec<number> = {
  key: 'T',
  fallback: 1,
  parse: parseTemperature,
  format: formatTemperature,
  label: 'temperature',
};

/** The word every figure starts from: the pronoun the model resolves. */
export const DEFAULT_WORD = 'it';

/**
 * A word from the URL, as the figures label tokens: the word itself, or "word (position)" for a word that occurs
 * more than once ("the (5)"). Anything else (markup, long text) is refused here; whether the word is in the
 * sentence is decided by chosenToken, because the sentence can change after the page loads.
 */
export function parseWord(raw: string): string | undefined {
  return /^[a-z']{1,20}( \(\d{1,2}\))?$|^[.,!?;:]( \(\d{1,2}\))?$/.test(raw) ? raw : undefined;
}

export const WORD_SPEC: ParamSpec<string> = {
  key: 'word',
  fallback: DEFAULT_WORD,
  parse: parseWord,
  format: (w) => w,
  label: 'word',
};

/**
 * Which token a figure shows for the chosen word: its position among the sentence's token labels, or the
 * pronoun's position when the word is not in this sentence (then `missing` names it, for a visible note).
 * chosenToken(['the', 'animal', 'it'], 'animal', 2) → { index: 1 }
 */
export function chosenToken(
  labels: readonly string[],
  word: string,
  pronoun: number,
): { index: number; missing?: string } {
  const index = labels.indexOf(word);
  if (index >= 0) return { index };
  if (word === DEFAULT_WORD) return { index: pronoun };
  return { index: pronoun, missing: word };
}
