/**
 * The terms of the matrix form O = softmax(QKᵀ/√d_k)·V that the reader can point at: the class KaTeX puts on
 * each term (\htmlClass) and the matrix of the figure it stands for. Shared by the build-time typesetting
 * (src/components/typeset-formula.ts) and the island (MatrixForm.svelte), so the two always agree.
 */
export const TERMS = [
  { id: 'q', tex: 'Q', name: 'Q', description: 'the queries, one row per word' },
  { id: 'k', tex: 'K^{\\top}', name: 'K transposed', description: 'the keys, one column per word' },
  {
    id: 'scaled',
    tex: '\\sqrt{d_k}',
    name: '√dk, the square root of d k',
    description: 'divides the scores QKᵀ, one row per query word',
  },
  { id: 'weights', tex: '\\mathrm{softmax}', name: 'softmax', description: 'the attention weights' },
  { id: 'v', tex: 'V', name: 'V', description: 'the values, one row per word' },
  { id: 'out', tex: 'O', name: 'O', description: 'the output, one row per word' },
] as const;

export type TermId = (typeof TERMS)[number]['id'];

/** The class KaTeX gives a term's element. termClass('q') → 'term-q' */
export function termClass(id: TermId): string {
  return `term-${id}`;
}

/** The term an element's class list names, if any. termOf('enclosing term-v') → 'v' */
export function termOf(className: string): TermId | undefined {
  return TERMS.find((t) => className.split(/\s+/).includes(termClass(t.id)))?.id;
}

const mark = (id: TermId) => `\\htmlClass{${termClass(id)}}{${TERMS.find((t) => t.id === id)!.tex}}`;

/** The TeX of the formula with every term marked; no term sits inside another. */
export const FORMULA_TEX =
  `${mark('out')} = ${mark('weights')}\\!\\left(\\frac{${mark('q')}\\,${mark('k')}}{${mark('scaled')}}\\right)` +
  `${mark('v')}`;

/** The formula in words, for the accessible name of the formula as a whole. */
export const FORMULA_WORDS =
  'O equals softmax of Q times K transposed, divided by the square root of d k, times V';
