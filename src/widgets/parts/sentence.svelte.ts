import { loadPretrained, resolve, SOURCE_SENTENCE, type Resolution } from '../../model';
import { ANIMAL_ADJECTIVES, PLACE_ADJECTIVES } from '../../model/words';
import { urlParam } from './url-param.svelte';

/** The running example, exactly as the source writes it. */
export { SOURCE_SENTENCE };

/** The trained model, loaded once per page and shared by every widget. */
export const model = loadPretrained();

export type { Resolution };
export type Attempt = { ok: true; result: Resolution } | { ok: false; message: string };

/** resolve() without throwing: its error message becomes something a widget can show. */
export function tryResolve(sentence: string): Attempt {
  try {
    return { ok: true, result: resolve(model, sentence) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The sentence every widget of an article reads, kept in the URL as ?sentence=… */
export function sentenceParam() {
  return urlParam<string>({
    key: 'sentence',
    fallback: SOURCE_SENTENCE,
    parse: (raw) => (tryResolve(raw).ok ? raw : undefined),
    format: (s) => s,
    label: 'sentence',
  });
}

export type Referent = 'animal' | 'place';
const SWITCH_TO = { animal: 'tired', place: 'wide' } as const;
const KIND = new Map<string, Referent>([
  ...ANIMAL_ADJECTIVES.map((a) => [a, 'animal'] as const),
  ...PLACE_ADJECTIVES.map((a) => [a, 'place'] as const),
]);

/** The last word of the sentence that is an adjective the model knows, with where it stands. */
function lastAdjective(sentence: string): { word: string; index: number } | undefined {
  const words = [...sentence.matchAll(/[A-Za-z]+/g)].filter((m) => KIND.has(m[0].toLowerCase()));
  const last = words.at(-1);
  return last && { word: last[0], index: last.index };
}

/** Which kind of noun the sentence's adjective describes, or undefined when it has none the model knows. */
export function adjectiveKind(sentence: string): Referent | undefined {
  const found = lastAdjective(sentence);
  return found && KIND.get(found.word.toLowerCase());
}

/** The sentence with its last known adjective replaced by "tired" (animal) or "wide" (place). */
export function withAdjective(sentence: string, kind: Referent): string {
  const found = lastAdjective(sentence);
  if (!found) return sentence;
  return sentence.slice(0, found.index) + SWITCH_TO[kind] + sentence.slice(found.index + found.word.length);
}
