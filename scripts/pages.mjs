// The pages of a built site, for the scripts and the end-to-end tests.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page of a built site, as URL paths relative to its base: ['', 'why-attention/', '404.html', …]. */
export function builtPages(dir) {
  const pages = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return pages.map((p) => (p === 'index.html' ? '' : p.replace(/index\.html$/, ''))).sort();
}
