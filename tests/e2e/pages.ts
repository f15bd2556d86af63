import { DIST } from '../../playwright.config';
import { builtPages as pagesOf } from '../../scripts/pages.mjs';

/** Every HTML page of a built site, as URL paths relative to its base: ['', 'why-attention/', '404.html', …]. */
export function builtPages(dir = DIST): string[] {
  return pagesOf(dir);
}
