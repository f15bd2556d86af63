/**
 * Hostile sentences typed by a reader: on every page with the sentence form, each sentence is typed into it and
 * submitted. Counts page errors, console errors, injected markup, figures that stopped, and submissions after
 * which the page lost the reader's sentence or showed no word about what went wrong. Not part of npm test (it
 * takes minutes); run it on a served build:
 *   npx astro preview --port 4950 & node scripts/fuzz-sentences.mjs http://127.0.0.1:4950/ [count]
 */
import { chromium } from 'playwright';

const [origin = 'http://127.0.0.1:4321/', count = '200'] = process.argv.slice(2);
const PAGES = ['softmax/', 'scores/', 'all-words-at-once/', 'multi-head-attention/', 'positional-encoding/'];
const FIXED = [
  '<script>window.__pwned=1</script> it was tired',
  '"><img src=x onerror="window.__pwned=1"> it',
  'The animal didn’t cross the street because it was too tired.',
  'The zebra didn’t cross the street because it was too tired.',
  '\u202EThe animal didn’t cross the street because it was too tired.',
  'The\u200B animal\u200D didn’t cross the street because it was too tired.',
  'it it it it',
  'The animal didn’t cross the street because it was too tired and it was too wide.',
  '   ',
  '🐕🐕 it',
  'x'.repeat(600),
  'The dogs didn’t cross the street because they were too tired.',
];
const WORDS = ['the', 'animal', 'street', 'it', 'was', 'too', 'tired', 'wide', 'because', 'didn’t', 'cross'];
const ODD = ['<b>', '&amp;', '"', "'", '\u202E', '\u200B', '\u0000', '🐕', 'zebra', '[mask]', '\t', 'ا', '𝑥'];

/** A small seeded generator, so a run can be repeated: mulberry32. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(20261202);
const pick = (list) => list[Math.floor(next() * list.length)];
const mixed = Array.from({ length: Math.max(0, Number(count) - FIXED.length) }, () =>
  Array.from({ length: 1 + Math.floor(next() * 16) }, () => (next() < 0.7 ? pick(WORDS) : pick(ODD))).join(
    next() < 0.9 ? ' ' : '',
  ),
);
const SENTENCES = [...FIXED, ...mixed];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--no-first-run'],
});
let cases = 0;
const failures = [];
for (const [i, sentence] of SENTENCES.entries()) {
  const path = PAGES[i % PAGES.length];
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  await page.goto(`${origin}${path}`);
  const form = page.locator('form.sentence-bar');
  await form.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => !document.querySelector('form.sentence-bar')?.closest('astro-island[ssr]'),
  );
  const input = form.getByLabel('Sentence');
  await input.fill(sentence);
  await form.getByRole('button', { name: 'Show' }).click();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  cases += 1;
  const state = await page.evaluate(() => ({
    pwned: Boolean(window.__pwned) || document.querySelector('img[src="x"]') !== null,
    said:
      document.querySelector('form.sentence-bar [role="alert"], form.sentence-bar [role="status"]')
        ?.textContent ?? '',
    kept: document.querySelector('#sentence-input')?.value ?? '',
  }));
  // Every island on the page still runs (nothing threw while drawing the new sentence).
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    }
  });
  await page
    .waitForFunction(() => !document.querySelector('astro-island[ssr]'), null, { timeout: 15_000 })
    .catch(() => undefined);
  const stopped = await page.locator('astro-island[ssr]').count();
  if (state.pwned) errors.push('injected markup ran or was inserted');
  if (stopped) errors.push(`${stopped} island(s) never started`);
  if (state.kept === '' && sentence.trim() !== '') errors.push('the reader’s sentence was lost');
  if (errors.length) failures.push({ path, sentence: sentence.slice(0, 50), errors });
  await page.close();
}
await browser.close();
console.log(`${cases} hostile sentences on ${PAGES.length} pages: ${failures.length} failed`);
for (const f of failures) console.log(`  /${f.path} ${JSON.stringify(f.sentence)}: ${f.errors.join('; ')}`);
process.exit(failures.length ? 1 : 0);
