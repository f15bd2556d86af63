/**
 * The page URL's query string, read and written without reloading or adding history entries.
 *
 * Writes are coalesced: a change lands at once while the page has written the URL fewer than WRITES_PER_SECOND
 * times in the last second, and otherwise together with every other change since, as soon as the second allows.
 * A slider held down thus makes at most ten history.replaceState calls a second, not sixty: browsers ignore
 * replaceState past 200 calls in 10 s, and the link would stop matching the view. The last value always lands,
 * and at once when the page is hidden or left.
 */

/** The most URL writes in any one second. */
export const WRITES_PER_SECOND = 10;

const pending = new Map<string, string | undefined>();
let timer: ReturnType<typeof setTimeout> | undefined;
/** When the URL was written in the last second, oldest first. */
const recent: number[] = [];

/** The raw value of ?key=…, or null when the URL has none (a write still waiting counts as written). */
export function readQuery(key: string): string | null {
  if (pending.has(key)) return pending.get(key) ?? null;
  return new URLSearchParams(window.location.search).get(key);
}

/** Writes every waiting change to the URL in one replaceState. */
export function flushQuery(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (pending.size === 0) return;
  const url = new URL(window.location.href);
  for (const [key, value] of pending) {
    if (value === undefined) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  }
  pending.clear();
  recent.push(performance.now());
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

let listening = false;

/** Sets ?key=value (undefined removes it), so a copied link reproduces what the reader sees. */
export function writeQuery(key: string, value: string | undefined): void {
  pending.set(key, value);
  if (!listening) {
    listening = true;
    window.addEventListener('pagehide', flushQuery);
    document.addEventListener('visibilitychange', flushQuery);
  }
  if (timer !== undefined) return;
  const now = performance.now();
  while (recent.length > 0 && recent[0]! <= now - 1000) recent.shift();
  if (recent.length < WRITES_PER_SECOND) flushQuery();
  // One millisecond past the moment the oldest write leaves the second, so timer rounding cannot squeeze in one more.
  else timer = setTimeout(flushQuery, recent[0]! + 1001 - now);
}

/**
 * Characters nobody sees: zero-width ones, direction controls (U+202E mirrors the text after it), the soft hyphen
 * and the byte-order mark. Text pasted from elsewhere, or a crafted link, can carry them.
 */
export const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/**
 * Text from a reader or a link, isolated for display inside a sentence (Unicode FSI … PDI, what <bdi> does), so
 * right-to-left text or a stray direction mark cannot reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text.replace(INVISIBLE, '')}\u2069`;
}
