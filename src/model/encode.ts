/** Token → vocabulary index; throws naming the first unknown token (resolve checks all of them first). */
export function encode(vocabulary: readonly string[], tokens: readonly string[]): number[] {
  return tokens.map((token) => {
    const id = vocabulary.indexOf(token);
    if (id < 0) throw new Error(`encode: "${token}" is not in the vocabulary`);
    return id;
  });
}
