import katex from 'katex';
import { FORMULA_TEX } from '../widgets/parts/matrix-formula-terms';

/**
 * The interactive formula typeset at build time (only Astro components import this file, so KaTeX never reaches
 * the browser). KaTeX hides its HTML from screen readers and reads its MathML instead; here the HTML itself is
 * what the reader focuses, so it is kept visible to assistive technology and the MathML copy is left out.
 * \htmlClass needs `trust`; strict mode would warn about it as an HTML extension.
 */
export function renderInteractiveFormula(tex: string = FORMULA_TEX): string {
  const html = katex.renderToString(tex, {
    displayMode: true,
    output: 'html',
    throwOnError: true,
    strict: 'ignore',
    trust: (context) => context.command === '\\htmlClass',
  });
  return html.replace(' aria-hidden="true"', '');
}
