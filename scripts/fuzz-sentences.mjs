/**
 * Hostile sentences typed by a reader: the FIXED sentences, then seeded random mixes of the model's words and
 * odd characters, [count] cases in all (default 200), dealt in turn to the pages with the sentence form. Each
 * page is opened once, in a context with service workers blocked, and every figure on it hydrated (each
 * island scrolled into view in turn); then its sentences are typed into the form and submitted with Show one
 * after another, as a reader would. (A sentence given in the link, with the figures hydrating after it, is
 * fuzz-urls.mjs's job.) A case fails on: a page error; a console error; injected markup (window.__pwned set,
 * or the <img src=x> in the page); the reader's sentence gone from the box; a sentence refused with no alert
 * saying why, or taken with one; a sentence taken while the box still shows it as typed (invisible
 * characters, extra spaces) rather than as the figures read it; a sentence taken but not in the link
 * (?sentence=); a figure that says it can't read a sentence the form took; a case that did not settle within
 * CASE_MS; a page that did not open (or hydrate) within PAGE_MS. After a failed case its page is opened
 * afresh, so one failure does not spill into the next case. Prints a summary (cases, failures by reason) and
 * every failed case with its reasons; exits 1 if any failed. Not part of npm test (about a minute for 120
 * cases); run it on a served build:
 *   OUT_DIR=dist-fuzz npx astro build
 *   OUT_DIR=dist-fuzz npx astro preview --port 4960 &
 *   node scripts/fuzz-sentences.mjs http://127.0.0.1:4960/ [count]
 */
import { closes, hydratesWithin, launchBrowser, nextIsland, within } from './fuzz-browser.mjs';

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
/** Time to open a page and hydrate its figures, for one island in view to hydrate, and for one case. */
const PAGE_MS = 60_000;
const ISLAND_MS = 10_000;
const CASE_MS = 20_000;

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
const SENTENCES = [...FIXED, ...mixed].slice(0, Number(count));

const firstLine = (error) => error.message.split('\n')[0].slice(0, 160);

let browser;
const launch = async () => (browser = await launchBrowser());

/**
 * A page with the sentence form, opened and with every island hydrated: each one still waiting is scrolled
 * into view in turn (an astro-island is display: contents, so the first element inside it with a box) and
 * given ISLAND_MS. The problems it reports go to `sink.note`, which the current case points at its own list.
 */
async function openPage(path, sink) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (e) => sink.note('pageerror', `pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && sink.note('console', `console: ${m.text()}`));
  const ready = (async () => {
    await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 30_000 });
    const waiting = [];
    for (let island = await nextIsland(page); island; island = await nextIsland(page))
      if (!(await hydratesWithin(page, ISLAND_MS))) waiting.push(island.name);
    if (waiting.length) throw new Error(`island(s) never hydrated: ${waiting.join(', ')}`);
    const form = page.locator('form.sentence-bar');
    await form.scrollIntoViewIfNeeded({ timeout: 5_000 });
    return {
      context,
      page,
      form,
      fallback: await form.getByLabel('Sentence').inputValue({ timeout: 5_000 }),
    };
  })();
  const opened = await within(
    ready.catch((error) => error),
    PAGE_MS,
    new Error(`did not open within ${PAGE_MS / 1000} s`),
  );
  if (opened instanceof Error) {
    // A page that hangs may not close: then the whole browser has to start again.
    opened.wedged = !(await closes(context));
    throw opened;
  }
  return opened;
}

// A sentence as the form takes it, as cleanSentence in src/widgets/parts/sentence.svelte.ts does: without
// invisible characters, normalised, with single spaces.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
const cleaned = (text) => text.replace(INVISIBLE, '').normalize('NFC').replace(/\s+/gu, ' ').trim();

/** In the page: whether ?sentence= holds the sentence taken (or nothing, when that is the page's default). */
function inLink([taken, fallback]) {
  const linked = new URLSearchParams(location.search).get('sentence');
  return linked === taken || (linked === null && taken === fallback);
}

/** One sentence typed and shown on an open page; each problem goes to note(kind, text). */
async function tryCase({ page, form, fallback }, sentence, note) {
  const input = form.getByLabel('Sentence');
  await input.fill(sentence, { timeout: 5_000 });
  await form.getByRole('button', { name: 'Show', exact: true }).click({ timeout: 5_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const state = await page.evaluate(() => {
    const bar = document.querySelector('form.sentence-bar');
    const alerts = [...document.querySelectorAll('[role="alert"]')].filter(
      (a) => a.textContent.trim() !== '',
    );
    return {
      pwned: Boolean(window.__pwned) || document.querySelector('img[src="x"]') !== null,
      refused: bar.querySelector('#sentence-input').getAttribute('aria-invalid') === 'true',
      said: alerts.filter((a) => bar.contains(a)).map((a) => a.textContent.trim()),
      figures: alerts.filter((a) => !bar.contains(a)).map((a) => a.textContent.trim()),
      kept: bar.querySelector('#sentence-input').value,
    };
  });
  if (state.pwned) note('injected', 'injected markup ran or was inserted');
  if (state.kept === '' && sentence.trim() !== '') note('lost', 'the reader’s sentence was lost');
  if (state.refused) {
    if (state.said.length === 0) note('unexplained', 'refused with no alert saying why');
    return;
  }
  if (state.said.length)
    note('unexplained', `taken, yet the form says: ${state.said.join(' / ').slice(0, 120)}`);
  if (state.figures.length) {
    note('figure', `a figure can’t read the sentence the form took: ${state.figures[0].slice(0, 120)}`);
  }
  // Taken: the box shows the sentence as taken, and the link holds it (or nothing when it is the page's
  // default; URL writes are at most ten a second, so the link is given a moment).
  const taken = cleaned(sentence);
  if (state.kept !== taken) {
    note('box', `taken as ${JSON.stringify(taken.slice(0, 40))}, but the box still shows it as typed`);
  }
  const linked = await page
    .waitForFunction(inLink, [taken, fallback], { timeout: 2_000, polling: 100 })
    .then(() => true)
    .catch(() => false);
  if (!linked) note('link', 'taken, but ?sentence= in the link does not hold it');
}

/** The pages open, by path. */
const open = new Map();
/** A new browser, when a page that hangs kept its context from closing: every page is opened afresh. */
async function restart() {
  open.clear();
  await closes(browser);
  await launch();
}

await launch();
const started = Date.now();
const failures = [];
let cases = 0;
/** Where the open pages' reports go: the current case's note, or nowhere between cases. */
const sinks = new Map();
for (const [i, sentence] of SENTENCES.entries()) {
  const path = PAGES[i % PAGES.length];
  cases += 1;
  const found = [];
  let over = false;
  const note = (kind, text) => over || found.push({ kind, text });
  const begun = Date.now();
  if (!sinks.has(path)) sinks.set(path, { note: () => undefined });
  sinks.get(path).note = note;
  let outcome;
  try {
    if (!open.has(path)) open.set(path, await openPage(path, sinks.get(path)));
    outcome = await within(
      tryCase(open.get(path), sentence, note).catch((error) => {
        note('other', firstLine(error));
      }),
      CASE_MS,
      'stuck',
    );
  } catch (error) {
    note('open', `the page did not open: ${firstLine(error)}`);
    if (error.wedged) await restart();
  }
  if (outcome === 'stuck') note('unsettled', `did not settle within ${CASE_MS / 1000} s`);
  over = true;
  sinks.get(path).note = () => undefined;
  const seconds = ((Date.now() - begun) / 1000).toFixed(1);
  process.stderr.write(`${cases} /${path} ${JSON.stringify(sentence.slice(0, 24))}: `);
  process.stderr.write(`${found.length ? 'FAILED' : 'ok'} (${seconds} s)\n`);
  if (found.length === 0) continue;
  failures.push({ path, sentence: sentence.slice(0, 50), found });
  // A failed case leaves the page in doubt: the next case on it starts from a freshly opened page.
  const spent = open.get(path);
  open.delete(path);
  if (spent && !(await closes(spent.context))) await restart();
}
await closes(browser);

const reasons = {
  pageerror: 'page errors',
  console: 'console errors',
  injected: 'injected markup',
  lost: 'sentence lost',
  unexplained: 'refused without a word, or taken with an alert',
  box: 'taken but the box shows it as typed',
  link: 'taken but not in the link',
  figure: 'a figure could not read a sentence the form took',
  unsettled: 'did not settle',
  open: 'page did not open',
  other: 'other',
};
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(
  `${cases} hostile sentences on ${PAGES.length} pages in ${minutes} min: ${failures.length} failed`,
);
const byReason = Object.entries(reasons).map(([kind, label]) => {
  return `${label}: ${failures.filter((f) => f.found.some((p) => p.kind === kind)).length}`;
});
console.log(`  ${byReason.join('; ')}`);
for (const f of failures) {
  console.log(
    `  /${f.path} ${JSON.stringify(f.sentence)}: ${f.found.map((p) => p.text.slice(0, 300)).join('; ')}`,
  );
}
process.exit(failures.length ? 1 : 0);
