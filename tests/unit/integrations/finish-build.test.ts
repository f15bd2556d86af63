import { describe, expect, it } from 'vitest';
import { precacheList } from '../../../src/integrations/finish-build';

describe('precacheList', () => {
  it('keeps pages by their address, every script and the search index, one font format, no unused UI', () => {
    expect(
      precacheList([
        '404.html',
        '_astro/KaTeX_Main-Regular.B22Nviop.woff2',
        '_astro/KaTeX_Main-Regular.Dr94JaBh.woff',
        '_astro/KaTeX_Main-Regular.ypZvNtVU.ttf',
        '_astro/train-worker-B_Aabi7L.js',
        '_headers',
        'index.html',
        'pagefind/fragment/en_1.pf_fragment',
        'pagefind/pagefind-ui.js',
        'pagefind/pagefind.js',
        'pagefind/wasm.en.pagefind',
        'sitemap-index.xml',
        'softmax/index.html',
        'sw.js',
      ]),
    ).toEqual([
      '404.html',
      '_astro/KaTeX_Main-Regular.B22Nviop.woff2',
      '_astro/train-worker-B_Aabi7L.js',
      './',
      'pagefind/fragment/en_1.pf_fragment',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
      'softmax/',
    ]);
  });
});
