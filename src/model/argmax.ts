/** Index of the largest entry (the first one on ties). argmax([1, 3, 2]) → 1 */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}
