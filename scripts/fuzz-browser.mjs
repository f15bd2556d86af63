/**
 * What both fuzzers (fuzz-urls.mjs, fuzz-sentences.mjs) do with the browser: time limits that turn a hang into
 * an answer, a Chromium of this machine, and starting a page's islands one by one.
 */
import { chromium } from 'playwright';

/** `promise`, or `fallback` if it has not settled within `ms` (the timer is cleared if it settles first). */
export function within(promise, ms, fallback) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve(fallback), ms);
    }),
  ]);
}

/** Whether a context or the browser closed within 10 s (one whose page hangs may not). */
export function closes(thing) {
  const closed = thing.close().then(() => true);
  return within(closed, 10_000, false);
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--no-first-run'],
  });
}

/**
 * The next island still waiting (astro-island[ssr]) in document order, brought into view: an astro-island is
 * display: contents and has no box to scroll to, so the first element inside it that has one is scrolled. An
 * island that hydrates may hold new ones, so the page is asked afresh each time, skipping those already tried.
 * Returns its name and whether it had no box at all, or null when none is left.
 */
export function nextIsland(page) {
  return page.evaluate(() => {
    const tried = (window.__fuzzTried ??= new WeakSet());
    const next = [...document.querySelectorAll('astro-island[ssr]')].find((el) => !tried.has(el));
    if (!next) return null;
    tried.add(next);
    window.__fuzzIsland = next;
    const box = [...next.querySelectorAll('*')].find((el) => el.getClientRects().length > 0);
    box?.scrollIntoView({ block: 'center' });
    return { name: JSON.parse(next.getAttribute('opts') ?? '{}').name ?? '?', hidden: !box };
  });
}

/** Whether the island nextIsland last brought into view hydrates (or leaves the page) within `ms`. */
export function hydratesWithin(page, ms) {
  return page
    .waitForFunction(
      () => !window.__fuzzIsland.isConnected || !window.__fuzzIsland.hasAttribute('ssr'),
      null,
      { timeout: ms, polling: 100 },
    )
    .then(() => true)
    .catch(() => false);
}
