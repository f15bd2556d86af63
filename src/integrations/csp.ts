/**
 * A strict Content-Security-Policy for built HTML, made from what the pages really contain.
 *
 * `script-src` without 'unsafe-inline' needs the hash of every inline script, and `style-src` without
 * 'unsafe-inline' refuses every `style="…"` attribute the HTML parser meets (KaTeX's typesetting, a Svelte
 * island's server-rendered state). So each page is rewritten: its style attributes become `data-s` attributes
 * matched by rules in one emitted stylesheet, and its inline scripts and style elements are hashed.
 * Code that sets styles later through the CSSOM (`el.style.cssText`, `style.setProperty`, which Svelte uses for
 * `style=` and `style:` after hydration) is allowed by CSP and still overrides those rules, as inline styles do.
 */
import { createHash } from 'node:crypto';

/** The attribute that replaces `style`; its value names a rule of the emitted stylesheet. */
export const STYLE_ATTRIBUTE = 'data-s';

/**
 * Raises a moved style's rule above any class or attribute selector a component may use (three IDs' worth), so a
 * declaration that used to be inline still wins; an inline style set by script still beats it.
 */
const OUTRANK = ':not(#_#_#_)';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** What one page needs from the policy, and its HTML with the style attributes moved out. */
export interface RewrittenPage {
  html: string;
  scriptHashes: string[];
  styleHashes: string[];
}

/** Collects the moved style declarations of every page: one rule per distinct declaration list. */
export class MovedStyles {
  readonly #rules = new Map<string, string>();

  /** The short name for a declaration list, e.g. 'height:2.7em' → 'k3f9a0c1'. */
  name(declarations: string): string {
    if (/[{}<]/.test(declarations)) {
      throw new Error(
        `csp: style attribute "${declarations}" has a brace or "<" — it cannot become a CSS rule`,
      );
    }
    const name = createHash('sha256').update(declarations).digest('hex').slice(0, 10);
    const known = this.#rules.get(name);
    if (known !== undefined && known !== declarations) {
      throw new Error(`csp: styles "${known}" and "${declarations}" share the name ${name}`);
    }
    this.#rules.set(name, declarations);
    return name;
  }

  get size(): number {
    return this.#rules.size;
  }

  /** The stylesheet: `[data-s="…"]:not(#_#_#_){…}` per declaration list, in a stable order. */
  css(): string {
    return [...this.#rules]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, declarations]) => `[${STYLE_ATTRIBUTE}="${name}"]${OUTRANK}{${declarations}}`)
      .join('\n');
  }
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };

/** An attribute value as the browser reads it: `&quot;` → `"`, `&#39;` → `'`. */
export function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n =
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return String.fromCodePoint(n);
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

// Comments, raw-text elements (kept as they are, scripts and styles hashed) and start tags (attributes checked).
const TOKEN =
  /<!--[\s\S]*?-->|<(script|style|textarea|title)\b([^>]*)>([\s\S]*?)<\/\1\s*>|<[a-zA-Z][^\s/>]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const unquote = (raw: string | undefined) =>
  raw === undefined ? '' : decodeAttribute(/^["']/.test(raw) ? raw.slice(1, -1) : raw);

/** Script types the browser runs (an absent type, JavaScript, a module). */
const runs = (attributes: string) => {
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return (
    type === undefined || type === 'module' || type === 'text/javascript' || type === 'application/javascript'
  );
};

/**
 * Rewrites one page: every `style="…"` becomes `data-s="name"` (its declarations go to `styles`), and the inline
 * scripts and `<style>` elements are hashed. Throws on inline event handlers and `javascript:` URLs, which no
 * hash can allow, naming the page.
 */
export function rewritePage(html: string, styles: MovedStyles, page = 'page'): RewrittenPage {
  const scriptHashes = new Set<string>();
  const styleHashes = new Set<string>();
  const out = html.replace(
    TOKEN,
    (
      token,
      raw: string | undefined,
      rawAttributes: string | undefined,
      body: string | undefined,
      tagAttributes,
    ) => {
      if (raw !== undefined) {
        const name = raw.toLowerCase();
        if (name === 'script' && !/\ssrc\s*=/i.test(rawAttributes ?? '') && runs(rawAttributes ?? '')) {
          scriptHashes.add(sha256(body ?? ''));
        }
        if (name === 'style') styleHashes.add(sha256(body ?? ''));
        return token;
      }
      if (tagAttributes === undefined || tagAttributes === '') return token;
      let moved = false;
      const attributes = (tagAttributes as string).replace(
        ATTRIBUTE,
        (attribute, space: string, name: string, value: string | undefined) => {
          const lower = name.toLowerCase();
          if (lower.startsWith('on')) {
            throw new Error(`csp: ${page} has an inline event handler (${name}=…) — attach it from a script`);
          }
          if (/^\s*javascript:/i.test(unquote(value))) {
            throw new Error(`csp: ${page} has a javascript: URL in ${name}=…`);
          }
          if (lower !== 'style') return attribute;
          const declarations = unquote(value).trim();
          moved = true;
          return declarations === '' ? '' : `${space}${STYLE_ATTRIBUTE}="${styles.name(declarations)}"`;
        },
      );
      return moved ? token.replace(tagAttributes, () => attributes) : token;
    },
  );
  return { html: out, scriptHashes: [...scriptHashes].sort(), styleHashes: [...styleHashes].sort() };
}

export interface PolicyParts {
  scriptHashes: Iterable<string>;
  styleHashes: Iterable<string>;
  /** Only a response header can say who may frame the page; a `<meta>` policy ignores frame-ancestors. */
  header?: boolean;
}

/**
 * The policy text. Pagefind compiles its WebAssembly search engine, hence 'wasm-unsafe-eval' (which allows
 * WebAssembly only, not JavaScript eval).
 */
export function policy({ scriptHashes, styleHashes, header = false }: PolicyParts): string {
  const scripts = [...new Set(scriptHashes)].sort();
  const inlineStyles = [...new Set(styleHashes)].sort();
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(' '),
    ["style-src 'self'", ...inlineStyles].join(' '),
    // blob: for a figure saved as PNG (its SVG is drawn into a canvas through a Blob URL).
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(header ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

/** The page with its policy as the first thing after `<meta charset>` (a meta policy covers what follows it). */
export function withMetaPolicy(html: string, content: string, stylesheet: string | undefined): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${content.replaceAll('"', '&quot;')}">`;
  const link = stylesheet === undefined ? '' : `<link rel="stylesheet" href="${stylesheet}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  let page = charset
    ? html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length)
    : html.replace(/<head>/i, `<head>${meta}`);
  if (link !== '') page = page.replace(/<\/head>/i, `${link}</head>`);
  return page;
}
