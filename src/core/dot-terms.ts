/**
 * The elementwise products whose sum is the dot product a·b (e.g. one query against one key), plus that sum.
 * Empty vectors give no terms and sum 0; IEEE rules apply (0·Infinity = NaN). dotTerms([1, 2], [3, 4]) → { terms: [3, 8], sum: 11 }
 */
export function dotTerms(a: readonly number[], b: readonly number[]): { terms: number[]; sum: number } {
  if (a.length !== b.length) throw new Error(`dotTerms: ${a.length} · ${b.length} — vector lengths differ`);
  const terms = a.map((x, i) => x * b[i]!);
  return { terms, sum: terms.reduce((s, t) => s + t, 0) };
}
