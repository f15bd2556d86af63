/**
 * The last step of `astro build`, on the finished files: a strict Content-Security-Policy in every page (and a
 * `_headers` file for hosts that read one), the Pagefind search index, and a service worker that keeps the whole
 * build for offline reading.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { MovedStyles, policy, rewritePage, withMetaPolicy } from './csp';

/** Every file under `dir`, as '/'-separated paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * What the service worker keeps: everything a reader can reach, but only one format of each KaTeX font (every
 * browser with service workers reads woff2) and none of Pagefind's ready-made UIs, which the site doesn't use.
 * Pages are listed by the address a reader opens: 'softmax/' for softmax/index.html.
 */
export function precacheList(files: string[]): string[] {
  return files
    .filter((f) => !/\.(woff|ttf)$/.test(f))
    .filter((f) => !/^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f))
    .filter((f) => !/^(sw\.js|_headers|sitemap-.*\.xml)$/.test(f))
    .map((f) => (f === 'index.html' ? './' : f.replace(/(^|\/)index\.html$/, '$1')));
}

/** The service worker's source with its file list and a version that changes when any listed file does. */
export function serviceWorker(dir: string, files: string[]): string {
  const hash = createHash('sha256');
  for (const f of files)
    hash.update(f).update(readFileSync(join(dir, f.endsWith('/') || f === './' ? `${f}index.html` : f)));
  const version = hash.digest('hex').slice(0, 12);
  const source = readFileSync(fileURLToPath(new URL('./service-worker.js', import.meta.url)), 'utf8');
  return `const VERSION = ${JSON.stringify(version)};\nconst FILES = ${JSON.stringify(files)};\n${source}`;
}

async function searchIndex(dir: string): Promise<number> {
  // KaTeX's typeset HTML and MathML, and the figures' drawings, read as noise in a result's snippet.
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.katex', 'svg'] });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}

export default function finishBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'finish-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir: dirUrl, logger }) => {
        const dir = fileURLToPath(dirUrl);
        const styles = new MovedStyles();
        const pages = filesUnder(dir).filter((f) => f.endsWith('.html'));
        const rewritten = pages.map((page) => ({
          page,
          ...rewritePage(readFileSync(join(dir, page), 'utf8'), styles, page),
        }));
        const css = styles.css();
        const sheet = `_astro/moved-styles.${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
        writeFileSync(join(dir, sheet), css);
        for (const { page, html, scriptHashes, styleHashes } of rewritten) {
          const content = policy({ scriptHashes, styleHashes });
          writeFileSync(join(dir, page), withMetaPolicy(html, content, `${base}${sheet}`));
        }
        const header = policy({
          scriptHashes: rewritten.flatMap((p) => p.scriptHashes),
          styleHashes: rewritten.flatMap((p) => p.styleHashes),
          header: true,
        });
        writeFileSync(
          join(dir, '_headers'),
          [
            `${base}*`,
            `  Content-Security-Policy: ${header}`,
            '  X-Content-Type-Options: nosniff',
            '  Referrer-Policy: strict-origin-when-cross-origin',
            '',
          ].join('\n'),
        );
        logger.info(`CSP: ${pages.length} pages, ${styles.size} style attributes moved to ${sheet}`);

        const indexed = await searchIndex(dir);
        logger.info(`search index: ${indexed} articles`);

        const files = precacheList(filesUnder(dir));
        writeFileSync(join(dir, 'sw.js'), serviceWorker(dir, files));
        logger.info(`service worker: ${files.length} files kept for offline reading`);
      },
    },
  };
}
