/** The largest seed the trainer takes (the worker checks |seed| < 2³¹). */
export const MAX_SEED = 2 ** 31 - 1;

/**
 * A seed as a reader types it or a link carries it — one parser for both: a whole number from 0 to MAX_SEED,
 * white space around it ignored; anything else (signs, decimals, exponents, 0x…) is undefined.
 * parseSeed(' 42 ') → 42, parseSeed('4.2') → undefined
 */
export function parseSeed(raw: string): number | undefined {
  const text = raw.trim();
  if (!/^\d{1,10}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= MAX_SEED ? n : undefined;
}
