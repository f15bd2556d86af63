/** What a search box for words finds, as a pure function the map (and any word list) can share. */

/**
 * The words a search box finds: an exact match alone, else the words that start with the text, else those that
 * contain it (case and surrounding spaces ignored); none for empty text. findWords(['dog', 'dogs', 'hedgehog'], 'dog') → [0]
 */
export function findWords(words: readonly string[], text: string): number[] {
  const wanted = text.trim().toLowerCase();
  if (wanted === '') return [];
  const lower = words.map((w) => w.toLowerCase());
  const exact = lower.indexOf(wanted);
  if (exact >= 0) return [exact];
  const starting = lower.flatMap((w, i) => (w.startsWith(wanted) ? [i] : []));
  if (starting.length > 0) return starting;
  return lower.flatMap((w, i) => (w.includes(wanted) ? [i] : []));
}
