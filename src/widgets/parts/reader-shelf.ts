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

/** Which number of the shelf an edit is for: the query's, or an item's key or value. */
export type ShelfSpot = { vector: 'query' } | { vector: 'keys' | 'values'; item: number };

/** The number at a spot, dimension c. numberAt(DEFAULT_SHELF, { vector: 'keys', item: 1 }, 1) → 2 */
export function numberAt(shelf: ReaderShelf, spot: ShelfSpot, c: number): number {
  return spot.vector === 'query' ? shelf.query[c]! : shelf[spot.vector][spot.item]![c]!;
}

/** The shelf with one number replaced; the input is not changed. */
export function withNumber(shelf: ReaderShelf, spot: ShelfSpot, c: number, value: number): ReaderShelf {
  const put = (v: readonly number[]) => v.map((x, i) => (i === c ? value : x));
  if (spot.vector === 'query') return { ...shelf, query: put(shelf.query) };
  const rows = shelf[spot.vector].map((v, i) => (i === spot.item ? put(v) : [...v]));
  return { ...shelf, [spot.vector]: rows };
}

/** What to do with a field's text: use the number, report why it cannot be used, or wait for more typing. */
export type EditOutcome =
  { kind: 'use'; value: number } | { kind: 'refuse'; message: string } | { kind: 'wait' };

/**
 * A field's text while typing (final = false) or on leaving the field (final = true): a number is used as soon as
 * it reads in its plain form ("1.5", not "1." or "1.50", which are still being typed), and always on leaving;
 * what is not a usable number waits while typing and is refused, with the message, on leaving.
 * readEdit('1.', false) → { kind: 'wait' }, readEdit('500', true) → refuse 'must be between −100 and 100'
 */
export function readEdit(text: string, final: boolean): EditOutcome {
  const read = readNumber(text);
  if (!read.ok) return final ? { kind: 'refuse', message: read.message } : { kind: 'wait' };
  if (!final && String(read.value) !== text.trim()) return { kind: 'wait' };
  return { kind: 'use', value: read.value };
}
