/**
 * A reader's choice (the sentence, the chosen word, a slider) kept in the page URL, so a link reproduces the view.
 * Every widget on the page that asks for the same key gets the same reactive object: islands hydrate separately
 * but share this module, so changing the choice in one widget updates the others.
 */
export interface ParamSpec<T> {
  /** The query-string key, e.g. 'sentence'. */
  readonly key: string;
  readonly fallback: T;
  /** The value for a raw URL string, or undefined when it is not acceptable. */
  parse(raw: string): T | undefined;
  format(value: T): string;
  /** How the note names this choice: 'sentence', 'temperature'. */
  readonly label: string;
}

import { INVISIBLE, readQuery, writeQuery } from './query-string';

const MAX_ECHO = 60;

export class UrlParam<T> {
  value: T = $state() as T;
  /** Set when the URL held a value that could not be used; shown by the widgets. */
  note: string | undefined = $state(undefined);
  /** The link's unusable value as the note quotes it, for a widget that shows it isolated in a <bdi>. */
  rejected: string | undefined = $state(undefined);
  /**
   * True while the value is the one the link gave (false once the reader chooses): a widget that finds the value
   * doesn't fit (a ?word= not in the reader's new sentence) says "the link's …" only when this is true.
   */
  fromLink = $state(false);
  #loaded = false;

  constructor(readonly spec: ParamSpec<T>) {
    this.value = spec.fallback;
  }

  /** Reads the URL once, in the browser; call it from an $effect so the server-rendered default hydrates first. */
  load(): void {
    if (this.#loaded) return;
    this.#loaded = true;
    const raw = readQuery(this.spec.key);
    if (raw === null) return;
    const value = this.spec.parse(raw);
    if (value === undefined) {
      // Invisible characters (a U+202E would mirror the rest of the note) are left out of the echo.
      const visible = raw.replace(INVISIBLE, '').trim();
      const shown = visible.length > MAX_ECHO ? `${visible.slice(0, MAX_ECHO)}…` : visible;
      this.rejected = shown;
      this.note =
        shown === ''
          ? `The link’s ${this.spec.label} is empty, so this is the default instead.`
          : `The link’s ${this.spec.label} “${shown}” can’t be shown here, so this is the default instead.`;
    } else {
      this.value = value;
      this.fromLink = true;
    }
  }

  /** The reader's new choice: shown at once and written to the URL (the default is left out of it). */
  set(value: T): void {
    this.value = value;
    this.note = undefined;
    this.rejected = undefined;
    this.fromLink = false;
    const text = this.spec.format(value);
    writeQuery(this.spec.key, text === this.spec.format(this.spec.fallback) ? undefined : text);
  }
}

// A plain registry, not reactive state: each entry's value is the reactive part. Only in the browser, where one
// module instance serves one page; at build time every page renders in the same process, and a shared entry would
// hand one page's choice (and its parse rules) to another page that uses the same key.
const params: Record<string, UrlParam<unknown>> = {};

/** The page's shared parameter for spec.key, created on first use (a fresh one for each server render). */
export function urlParam<T>(spec: ParamSpec<T>): UrlParam<T> {
  if (typeof window === 'undefined') return new UrlParam(spec);
  params[spec.key] ??= new UrlParam(spec) as UrlParam<unknown>;
  return params[spec.key] as UrlParam<T>;
}
