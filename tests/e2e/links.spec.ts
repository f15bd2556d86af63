import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './pages';
import { DIST, DIST_BASE } from '../../playwright.config';

// Every href/src in every built page that points inside the site must name a file that exists in the build.
function brokenLinks(dir: string, base: string): string[] {
  const broken: string[] = [];
  for (const page of builtPages(dir)) {
    const file = join(dir, page.endsWith('/') || page === '' ? `${page}index.html` : page);
    const html = readFileSync(file, 'utf8');
    const pageUrl = new URL(`${base}${page}`, 'http://site.test');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const url = new URL(match[1]!.replaceAll('&amp;', '&'), pageUrl);
      if (url.origin !== 'http://site.test') continue;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page}: ${match[1]} is outside the base ${base}`);
        continue;
      }
      const rest = decodeURIComponent(url.pathname.slice(base.length));
      const target = join(dir, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest);
      if (!existsSync(target)) broken.push(`${page}: ${match[1]}`);
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!readFileSync(target, 'utf8').includes(`id="${id}"`))
          broken.push(`${page}: ${match[1]} (no #${id})`);
      }
    }
  }
  return broken;
}

test('every internal link in dist/ resolves', () => {
  expect(brokenLinks(DIST, '/')).toEqual([]);
});

test('every internal link in a build under /attention/ resolves and stays under the base', () => {
  expect(brokenLinks(DIST_BASE, '/attention/')).toEqual([]);
});
