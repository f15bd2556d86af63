// The JavaScript each built page makes the browser download, gzipped: its module scripts, every island's component
// and renderer, and everything those import, followed through the bundle. Run: npm run size [-- DIR]
// (DIR defaults to $OUT_DIR or dist; a build made with BASE_PATH is recognised from its pages.)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The base path a build was made with, read from its home page's asset links: '/' or e.g. '/attention/'. */
export function builtBase(dir) {
  const home = join(dir, 'index.html');
  if (!existsSync(home)) return '/';
  return /\s(?:src|href)="(\/(?:[^"/]+\/)*)_astro\//.exec(readFileSync(home, 'utf8'))?.[1] ?? '/';
}

/** Page path → { files, gzip } for every HTML page under `dir`, built with base path `base`. */
export function pageWeights(dir = 'dist', base = builtBase(dir)) {
  /** @type {Record<string, { files: number, gzip: number }>} */
  const result = {};
  for (const page of htmlFiles(dir)) {
    const html = readFileSync(join(dir, page), 'utf8');
    const entries = [
      ...[...html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*\stype="module"/g)].map((m) => m[1]),
    ].map((url) => join(dir, url.slice(base.length)));
    const files = new Set();
    const visit = (file) => {
      if (files.has(file)) return;
      files.add(file);
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
        visit(join(dirname(file), m[1]));
      }
    };
    entries.forEach(visit);
    // Scripts inlined into the page (theme, island loader) count too.
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1])
      .join('');
    const gzip =
      [...files].reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0) +
      (inline ? gzipSync(inline).length : 0);
    result[
      page
        .replace(/index\.html$/, '')
        .split(sep)
        .join(posix.sep)
    ] = { files: files.size, gzip };
  }
  return result;
}

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(
      `There is no built site in ${dir}/ to measure. Build it first (npm run build), or name a build: npm run size -- dist-base`,
    );
    process.exit(1);
  }
  const base = builtBase(dir);
  const rows = Object.entries(pageWeights(dir, base));
  console.log(`JavaScript each page loads from ${relative('.', dir) || '.'}/ (built for ${base}; gzip):`);
  for (const [page, { files, gzip }] of rows) {
    console.log(`  /${page.padEnd(28)} ${(gzip / 1024).toFixed(1).padStart(7)} KB in ${files} file(s)`);
  }
}
