import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtBase, pageWeights } from '../../scripts/page-weight.mjs';

/** A one-page build made with `base`, loading one module script. */
function build(base: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'page-weight-'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, '_astro', 'a.js'), 'export const a = 1;');
  writeFileSync(join(dir, 'index.html'), `<script type="module" src="${base}_astro/a.js"></script>`);
  return dir;
}

describe('page weights', () => {
  it.each(['/', '/attention/', '/a/b/'])(
    'reads the base path %s from the pages and follows their scripts',
    (base) => {
      const dir = build(base);
      expect(builtBase(dir)).toBe(base);
      expect(pageWeights(dir)['']?.files).toBe(1);
    },
  );
});
