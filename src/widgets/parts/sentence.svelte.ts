import { tokenize } from '../../core';
import {
  loadPretrained,
  MASK,
  MAX_CHARACTERS,
  MAX_TOKENS,
  resolve,
  SOURCE_SENTENCE,
  type Resolution,
} from '../../model';
import { ANIMAL_ADJECTIVES, PLACE_ADJECTIVES } from '../../model/words';
import { INVISIBLE, isolate } from './query-string';
import { WORD_SPEC } from './url-choices';
import { urlParam, type UrlParam } from './url-param.svelte';

/** The running example, exactly as the source writes it. */
export { SOURCE_SENTENCE };

/** The trained model, loaded once per page and shared by every widget. */
export const model = loadPretrained();

/** The one length limit for a sentence, everywhere (the box, the URL, the message): the model's. */
export const SENTENCE_LIMIT = MAX_CHARACTERS;

/** The pronouns the model resolves, as a reader would list them: “it” or “it” or “they”. */
const PRONOUNS = ['it', 'they'].filter((p) => model.vocabulary.includes(p));
export const PRONOUN_LIST = PRONOUNS.map((p) => `“${p}”`).join(' or ');

export type { Resolution };

/** The words a reader may use: the vocabulary without the training task's mask token. */
const KNOWN_WORDS = model.vocabulary.filter((w) => w !== MASK);

/** Why the model could not read a sentence, in the terms a reader can act on. */
export type SentenceProblem =
  | { reason: 'empty' }
  | { reason: 'too-long'; limit: number; length: number; unit: 'characters' | 'words' }
  | { reason: 'unknown-words'; words: string[] }
  | { reason: 'no-pronoun' }
  | { reason: 'other' };

export type Attempt =
  { ok: true; result: Resolution } | { ok: false; problem: SentenceProblem; message: string };

// How a message names the invisible characters it removed from a sentence.
const INVISIBLE_NAMES: Record<string, string> = {
  '\u00AD': 'soft hyphen',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2060': 'word joiner',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\uFEFF': 'zero-width no-break space',
};

/** A sentence without invisible characters and with single spaces, and the names of what was removed. */
export function cleanSentence(raw: string): { text: string; removed: string[] } {
  const found: string[] = raw.match(INVISIBLE) ?? [];
  const removed = found
    .filter((c, i) => found.indexOf(c) === i)
    .map((c) => {
      const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      const name = INVISIBLE_NAMES[c];
      return name ? `${code} (${name})` : code;
    });
  return { text: raw.replace(INVISIBLE, '').normalize('NFC').replace(/\s+/gu, ' ').trim(), removed };
}

/** A reader's text as a message shows it: at most 24 characters, isolated so it cannot reorder the words around it. */
export function shown(text: string): string {
  const clean = cleanSentence(text).text;
  return `“${isolate(clean.length > 24 ? `${clean.slice(0, 24)}…` : clean)}”`;
}

/** "a", "a and b", "a, b and c" */
function listed(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The plain-language message for a problem; every one names the problem and a way out. */
export function problemMessage(problem: SentenceProblem): string {
  switch (problem.reason) {
    case 'empty':
      return `The sentence is empty. Type a sentence with ${PRONOUN_LIST} in it, or press Reset.`;
    case 'too-long':
      return `The sentence has ${problem.length} ${problem.unit}; the model reads at most ${problem.limit}. Shorten it, or press Reset.`;
    case 'unknown-words': {
      const words = problem.words.slice(0, 5).map(shown);
      const more = problem.words.length > 5 ? ` and ${problem.words.length - 5} more` : '';
      const verb = problem.words.length === 1 ? 'isn’t a word' : 'aren’t words';
      return `${listed(words)}${more} ${verb} this model knows. It knows only the ${KNOWN_WORDS.length} words of its training sentences, such as ${suggestions('', 6).join(', ')}.`;
    }
    case 'no-pronoun':
      return `The model works out what ${PRONOUN_LIST} refers to, so the sentence needs ${PRONOUNS.length > 1 ? 'one of them' : 'one'}.`;
    case 'other':
      return 'The model can’t read this sentence. Try another one, or press Reset.';
  }
}

/** Edit distance, for suggesting known words close to an unknown one. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}

/** Up to `count` words the model knows, the closest in spelling to `word` first (the commonest nouns for ''). */
export function suggestions(word: string, count = 8): string[] {
  const known = KNOWN_WORDS.filter((w) => /^[\p{L}']+$/u.test(w) && !PRONOUNS.includes(w));
  if (word === '') {
    const preferred = ['dog', 'cat', 'animal', 'street', 'river', 'road', 'tired', 'wide'];
    return [...preferred.filter((w) => known.includes(w)), ...known].slice(0, count);
  }
  return [...known].sort((a, b) => distance(word, a) - distance(word, b) || (a < b ? -1 : 1)).slice(0, count);
}

/** The sentence with its first `word` (a token, in any case) replaced by `by`. */
export function replaceWord(sentence: string, word: string, by: string): string {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
  const found = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(sentence);
  return found
    ? sentence.slice(0, found.index) + by + sentence.slice(found.index + found[0].length)
    : sentence;
}

/** Too long in characters, or else in words (the model also caps the tokens it reads). */
function tooLong(sentence: string, limit: number | undefined): SentenceProblem {
  if (sentence.length > (limit ?? SENTENCE_LIMIT)) {
    return {
      reason: 'too-long',
      limit: limit ?? SENTENCE_LIMIT,
      length: sentence.length,
      unit: 'characters',
    };
  }
  return { reason: 'too-long', limit: MAX_TOKENS, length: tokenize(sentence).length, unit: 'words' };
}

/** The problem a resolve() error names. The model's ResolveError carries it; a plain Error is read by its words. */
function problemOf(error: unknown, sentence: string): SentenceProblem {
  if (error instanceof Error && 'reason' in error) {
    const e = error as Error & { reason: string; words?: string[]; limit?: number };
    switch (e.reason) {
      case 'empty':
      case 'no-pronoun':
        return { reason: e.reason };
      case 'too-long':
        return tooLong(sentence, e.limit);
      case 'unknown-words':
        return { reason: 'unknown-words', words: e.words ?? [] };
    }
    return { reason: 'other' };
  }
  const message = error instanceof Error ? error.message : '';
  if (/empty/.test(message)) return { reason: 'empty' };
  if (/too long/.test(message)) return tooLong(sentence, undefined);
  if (/unknown word/.test(message)) {
    const tokens = tokenize(sentence).filter((t) => !model.vocabulary.includes(t));
    const words = tokens.filter((t, i) => tokens.indexOf(t) === i);
    return { reason: 'unknown-words', words };
  }
  if (/no "it"|no pronoun/.test(message)) return { reason: 'no-pronoun' };
  return { reason: 'other' };
}

/**
 * resolve() without throwing: a sentence the model cannot read becomes a problem and a message for the reader
 * (the model's own Error messages are for developers). Invisible characters are removed first.
 */
export function tryResolve(sentence: string): Attempt {
  const text = cleanSentence(sentence).text;
  const attempt = recent.get(text) ?? attemptResolve(text);
  recent.delete(text);
  recent.set(text, attempt);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return attempt;
}

// Every figure of a page reads the same sentence (and some its tired/wide twin too), and each ran the model on it
// again as it started: the answers for the last few sentences used are kept, by cleaned text. Figures only read a
// Resolution, never change it.
const RECENT = 8;
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache that nothing watches, not state
const recent = new Map<string, Attempt>();

// Every figure hydrates on the source sentence (the URL's is read after): resolve it while the figures' modules
// load, in the task that evaluates them, not inside the first figure's hydration (client:seen yields in between).
if (typeof window !== 'undefined') tryResolve(SOURCE_SENTENCE);

function attemptResolve(text: string): Attempt {
  try {
    return { ok: true, result: resolve(model, text) };
  } catch (error) {
    const problem = problemOf(error, text);
    return { ok: false, problem, message: problemMessage(problem) };
  }
}

/** The sentence every widget of an article reads, kept in the URL as ?sentence=… */
export function sentenceParam() {
  return urlParam<string>({
    key: 'sentence',
    fallback: SOURCE_SENTENCE,
    parse: (raw) => {
      const { text } = cleanSentence(raw);
      return tryResolve(text).ok ? text : undefined;
    },
    format: (s) => s,
    label: 'sentence',
  });
}

/**
 * The page's ?sentence= and ?word= (and any further URL choices the figure keeps, e.g. the temperature), each read
 * from the URL once the server-rendered default has hydrated. Call it while a component initialises (it registers
 * an $effect): const { sentence, word } = useSentenceAndWord(urlParam(TEMPERATURE_SPEC))
 */
export function useSentenceAndWord(...others: readonly { load(): void }[]): {
  sentence: UrlParam<string>;
  word: UrlParam<string>;
} {
  const sentence = sentenceParam();
  const word = urlParam(WORD_SPEC);
  $effect(() => {
    sentence.load();
    word.load();
    for (const other of others) other.load();
  });
  return { sentence, word };
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
