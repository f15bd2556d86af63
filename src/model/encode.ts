/** Token → vocabulary index; throws naming the first unknown token (resolve checks all of them first). */
export function encode(vocabulary: readonly string[], tokens: readonly string[]): number[] {
  return tokens.map((token) => {
    const id = vocabulary.indexOf(token);
    if (id < 0) throw new Error(`encode: "${token}" is not in the vocabulary`);
    return id;
  });
}

/** Index of the largest entry (the first one on ties). argmax([1, 3, 2]) → 1 */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}
