/** The page URL's query string, read and written without reloading or adding history entries. */

/** The raw value of ?key=…, or null when the URL has none. */
export function readQuery(key: string): string | null {
  return new URLSearchParams(window.location.search).get(key);
}

/** Sets ?key=value in place (undefined removes it), so a copied link reproduces what the reader sees. */
export function writeQuery(key: string, value: string | undefined): void {
  const url = new URL(window.location.href);
  if (value === undefined) url.searchParams.delete(key);
  else url.searchParams.set(key, value);
  window.history.replaceState(window.history.state, '', url);
}
