/**
 * Row and column labels for tokens: a word that occurs more than once gets its position, so "the" and "the" can be
 * told apart in a table. tokenLabels(['the', 'cat', 'the']) → ['the (1)', 'cat', 'the (3)']
 */
export function tokenLabels(tokens: readonly string[]): string[] {
  return tokens.map((t, i) => (tokens.indexOf(t) !== tokens.lastIndexOf(t) ? `${t} (${i + 1})` : t));
}
