import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decodeAttribute,
  MovedStyles,
  policy,
  rewritePage,
  withMetaPolicy,
} from '../../../src/integrations/csp';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('rewritePage', () => {
  it('moves every style attribute to a data-s rule, shared by equal declarations', () => {
    const styles = new MovedStyles();
    const { html } = rewritePage(
      '<span class="strut" style="height:2.7em"></span><i style="height:2.7em">x</i><b style=\'top:-3em\'>y</b>',
      styles,
    );
    expect(html).not.toContain('style=');
    const names = [...html.matchAll(/data-s="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toHaveLength(3);
    expect(names[0]).toBe(names[1]);
    expect(styles.size).toBe(2);
    expect(styles.css()).toContain(`[data-s="${names[0]}"]:not(#_#_#_){height:2.7em}`);
  });

  it('decodes entities, so a quoted font name reaches the stylesheet as the browser read it', () => {
    const styles = new MovedStyles();
    rewritePage('<p style="font-family:&quot;A B&quot;;color:red">x</p>', styles);
    expect(styles.css()).toContain('{font-family:"A B";color:red}');
    expect(decodeAttribute('&#39;&#x41;&amp;&lt;')).toBe("'A&<");
  });

  it('leaves scripts, styles, comments and attribute values that merely mention style= alone', () => {
    const page =
      '<script>const a = \'<b style="x">\';</script><style>p{color:red}</style><!-- <i style="x"> -->' +
      '<astro-island props="{&quot;html&quot;:&quot;&lt;b style=\\&quot;x\\&quot;&gt;&quot;}"></astro-island>';
    const { html, scriptHashes, styleHashes } = rewritePage(page, new MovedStyles());
    expect(html).toBe(page);
    expect(scriptHashes).toEqual([hash('const a = \'<b style="x">\';')]);
    expect(styleHashes).toEqual([hash('p{color:red}')]);
  });

  it('hashes only inline scripts that run', () => {
    const { scriptHashes } = rewritePage(
      '<script type="module" src="/a.js"></script><script type="application/json">{}</script><script type="module">1</script>',
      new MovedStyles(),
    );
    expect(scriptHashes).toEqual([hash('1')]);
  });

  it.each([
    ['<button onclick="go()">', /inline event handler \(onclick=…\)/],
    ['<a href="javascript:go()">', /javascript: URL in href/],
    ['<p style="}body{display:none">', /brace/],
  ])('refuses what no hash can allow: %s', (page, message) => {
    expect(() => rewritePage(page, new MovedStyles(), 'x.html')).toThrow(message);
  });
});

describe('policy', () => {
  it('lists the hashes once, allows nothing inline, and names frame-ancestors only in a header', () => {
    const meta = policy({ scriptHashes: ["'sha256-b'", "'sha256-a'", "'sha256-b'"], styleHashes: [] });
    expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
    expect(meta).toContain("style-src 'self';");
    expect(meta).not.toContain('unsafe-inline');
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).toContain("img-src 'self' data: blob:;");
    expect(policy({ scriptHashes: [], styleHashes: [], header: true })).toContain("frame-ancestors 'none'");
  });

  it('goes in right after <meta charset>, before any script, and links the moved styles in the head', () => {
    const page = withMetaPolicy(
      '<html><head><meta charset="utf-8"><script>1</script></head></html>',
      "script-src 'self'",
      '/_astro/s.css',
    );
    expect(page).toBe(
      '<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src \'self\'">' +
        '<script>1</script><link rel="stylesheet" href="/_astro/s.css"></head></html>',
    );
  });
});
