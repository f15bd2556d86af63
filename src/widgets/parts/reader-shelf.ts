/**
 * The reader's own shelf in the soft-lookup figure: a hand-made query and three items, each with a key and a value,
 * 2 to 4 numbers wide; kept in the URL as one `_`-separated list of numbers so a link reproduces it.
 */

export const ITEMS = ['animal', 'street', 'because'] as const;
export const MIN_DIMS = 2;
export const MAX_DIMS = 4;
/** The largest number a reader may type, either sign: keeps every score far from overflow. */
export const LIMIT = 100;

export interface ReaderShelf {
  readonly dims: number;
  readonly query: number[];
  readonly keys: number[][];
  readonly values: number[][];
}

/**
 * Two made-up features: key 1 = "I name something that can be tired", key 2 = "… that can be wide"; value 1 =
 * "animal meaning", value 2 = "place meaning". The query is what "it … tired" looks for.
 */
export const DEFAULT_SHELF: ReaderShelf = {
  dims: 2,
  query: [2, 0],
  keys: [
    [2, 0],
    [0, 2],
    [0.5, 0.5],
  ],
  values: [
    [1, 0],
    [0, 1],
    [0, 0],
  ],
};

/** The shelf with every vector cut or zero-padded to `dims` numbers. */
export function resize(shelf: ReaderShelf, dims: number): ReaderShelf {
  const fit = (v: readonly number[]) => Array.from({ length: dims }, (_, i) => v[i] ?? 0);
  return { dims, query: fit(shelf.query), keys: shelf.keys.map(fit), values: shelf.values.map(fit) };
}

/** A number as the reader typed it, or a message saying why it cannot be used. */
export function readNumber(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'is empty' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: 'is not a number' };
  if (Math.abs(value) > LIMIT) return { ok: false, message: `must be between −${LIMIT} and ${LIMIT}` };
  return { ok: true, value };
}

/** "2_2_0_2_0_0_2_…": dims, then the query, the keys and the values, row by row. */
export function formatShelf(shelf: ReaderShelf): string {
  return [shelf.dims, ...shelf.query, ...shelf.keys.flat(), ...shelf.values.flat()].join('_');
}

/** The shelf a URL holds, or undefined when it is not a well-formed one. */
export function parseShelf(raw: string): ReaderShelf | undefined {
  const parts = raw.split('_');
  const dims = Number(parts[0]);
  if (!Number.isInteger(dims) || dims < MIN_DIMS || dims > MAX_DIMS) return undefined;
  if (parts.length !== 1 + dims * (1 + 2 * ITEMS.length)) return undefined;
  const numbers: number[] = [];
  for (const part of parts.slice(1)) {
    if (!/^-?\d+(\.\d+)?$/.test(part)) return undefined;
    const read = readNumber(part);
    if (!read.ok) return undefined;
    numbers.push(read.value);
  }
  const take = (start: number) => numbers.slice(start, start + dims);
  const rows = (start: number) => ITEMS.map((_, i) => take(start + i * dims));
  return {
    dims,
    query: take(0),
    keys: rows(dims),
    values: rows(dims * (1 + ITEMS.length)),
  };
}
