import { describe, expect, it } from 'vitest';
import { renderInteractiveFormula } from '../../../src/components/typeset-formula';
import { FORMULA_TEX, TERMS, termClass, termOf } from '../../../src/widgets/parts/matrix-formula-terms';

describe('the interactive formula', () => {
  const html = renderInteractiveFormula();

  it('marks every term exactly once, none inside another', () => {
    for (const { id } of TERMS) {
      expect(FORMULA_TEX.split(`\\htmlClass{${termClass(id)}}`)).toHaveLength(2);
      expect(html.split(`class="enclosing ${termClass(id)}"`)).toHaveLength(2);
    }
    // No marked term contains another: the text between a term's opening and its closing brace has no \htmlClass.
    for (const part of FORMULA_TEX.split('\\htmlClass').slice(1)) {
      const body = part.slice(part.indexOf('}{') + 2);
      let depth = 1;
      let i = 0;
      for (; i < body.length && depth > 0; i++) depth += body[i] === '{' ? 1 : body[i] === '}' ? -1 : 0;
      expect(body.slice(0, i)).not.toContain('\\htmlClass');
    }
  });

  it('is typeset HTML only, visible to assistive technology (the island makes its terms focusable)', () => {
    expect(html).toContain('class="katex-html"');
    expect(html).not.toContain('aria-hidden');
    expect(html).not.toContain('<math');
    expect(html).not.toContain('katex-error');
  });

  it('reads a term back from a class list', () => {
    expect(termOf('enclosing term-q')).toBe('q');
    expect(termOf('enclosing term-weights lit')).toBe('weights');
    expect(termOf('enclosing term-qq')).toBeUndefined();
    expect(termOf('mord')).toBeUndefined();
  });

  it('trusts no HTML command but \\htmlClass: the others come out as inert text', () => {
    const link = renderInteractiveFormula('\\href{javascript:alert(1)}{x}');
    expect(link).not.toContain('<a');
    expect(link).not.toContain('javascript:');
    expect(renderInteractiveFormula('\\htmlId{x}{y}')).not.toContain('id="x"');
  });
});
