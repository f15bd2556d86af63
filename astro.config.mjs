// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import finishBuild from './src/integrations/finish-build';
import seen from './src/integrations/seen';

// BASE_PATH lets the same sources build for a sub-path (GitHub Pages project sites: /repo-name/).
const base = process.env.BASE_PATH ?? '/';
// OUT_DIR keeps a second build (the base-path check in the tests) from overwriting dist/.
const outDir = process.env.OUT_DIR ?? './dist';
// SITE_URL is the absolute origin the site is served from; sitemap, canonical links and Open Graph need it.
const site = process.env.SITE_URL ?? 'https://example.org';
if (!process.env.SITE_URL && process.argv.includes('build')) {
  console.log(
    `SITE_URL is not set: canonical links and the sitemap use ${site} (set SITE_URL=https://… to change it).`,
  );
}

/** The largest stylesheet put into the page rather than linked. */
const INLINE_CSS_BYTES = 8192;
/** The largest page script (the theme button's, the service worker's registration) put into the page. */
const INLINE_SCRIPT_BYTES = 2048;

/** rehype-katex only warns about a formula it can't typeset and draws a red error box; stop the build instead. */
function failOnMathErrors() {
  /** @param {unknown} _tree @param {import('vfile').VFile} file */
  return (_tree, file) => {
    const error = file.messages.find((m) => m.source === 'rehype-katex');
    if (error) throw new Error(`${file.path}: ${error.reason} — ${String(error.cause ?? '')}`);
  };
}

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // finishBuild last: it works on the finished pages (CSP, search index, service worker).
  integrations: [mdx(), svelte(), sitemap(), seen(), finishBuild()],
  vite: {
    build: {
      // Small stylesheets go into the page (finish-build hashes them for the CSP): an article linked ~20 files of
      // a few hundred bytes each, and on a slow phone network every extra request held back the first paint.
      // So do the two page scripts of under 1 KB every page ran, each a request and a round trip on a first
      // visit. Astro never inlines a script that imports anything (a dynamic import would keep Vite's unreplaced
      // __VITE_PRELOAD__ placeholder: the search page's Pagefind import broke on it once), so islands and the
      // search stay files. Fonts and images are cached better as files.
      assetsInlineLimit: (file, content) =>
        (file.endsWith('.css') && content.length <= INLINE_CSS_BYTES) ||
        (file.endsWith('.js') && content.length <= INLINE_SCRIPT_BYTES),
      rolldownOptions: {
        // @astrojs/mdx marks each article module with "use astro:head-inject", which Astro reads before bundling;
        // the bundler's notice that it drops the directive is expected, and a newcomer should not learn to ignore it.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      // output: 'html' keeps the typeset HTML and drops the hidden MathML copy's duplicate reading;
      // KaTeX's own MathML ('htmlAndMathml') is what screen readers use, so keep the default.
      rehypePlugins: [[rehypeKatex, { strict: 'error' }], failOnMathErrors],
    }),
  },
});
