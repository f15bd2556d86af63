/**
 * Hostile links against a built site: every page with every query parameter the widgets read, all set to one
 * value a reader (or an attacker) might put in a link, for each value in VALUES. Each link is opened in a
 * fresh browser context with service workers blocked: a first visit, nothing kept from the link before, and
 * no worker precaching the whole site in the background on every link (that is the offline tests' business
 * and only loads the machine). Every island not yet hydrated is then scrolled into view in turn and given
 * ISLAND_MS to start. Counted per link: page errors, console errors, injected markup (window.__pwned set, or
 * the <img src=x> in the page), islands that never hydrated (by name), links that did not load, and pages
 * that did not settle within LINK_MS (a hang is a failure with the step it hung in, not a hang of the
 * fuzzer), or where a step threw (the page navigated away, say). A link the server refuses as too long (HTTP
 * 431 or 414) is counted apart: nothing of the site ran. Prints one summary and every failed link with its
 * reasons; exits 1 if any link failed. Not part of npm test (about 7 minutes on two cores); run it on a
 * served build, optionally on some pages only:
 *   OUT_DIR=dist-fuzz npx astro build
 *   OUT_DIR=dist-fuzz npx astro preview --port 4960 &
 *   node scripts/fuzz-urls.mjs http://127.0.0.1:4960/ dist-fuzz [scores/ softmax/ …]
 */
import { closes, hydratesWithin, launchBrowser, nextIsland, within } from './fuzz-browser.mjs';
import { builtPages } from './pages.mjs';

const [origin = 'http://127.0.0.1:4321/', dist = process.env.OUT_DIR ?? 'dist', ...only] =
  process.argv.slice(2);
const KEYS = [
  'sentence',
  'word',
  'T',
  'd',
  'dk',
  'k',
  'q',
  'v',
  'map',
  'mapword',
  'mine',
  'order',
  'pe',
  'scale',
  'seed',
  'shelf',
  'tagpos',
  'tagword',
];
const VALUES = [
  '',
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '\u202Eit was too tired',
  'it\u200B was\u200D too tired',
  '🐕🐕 it',
  'x'.repeat(10_000),
  '-1',
  'NaN',
  '1e308',
  '0x10',
  '[1,2',
  '%E0%A4%A',
  'The zebra didn’t cross the street because it was too tired.',
];
/** Time for one island to hydrate once it is in view, and for one whole link. */
const ISLAND_MS = 10_000;
const LINK_MS = 90_000;

let browser;
const launch = async () => (browser = await launchBrowser());

/**
 * One hostile link on its own page: 'refused' if the server turned it away, else undefined, with each problem
 * seen given to note(kind, text, islands). `step.at` names what it is doing, for a link that never settles.
 */
async function visit(page, url, note, step) {
  step.at = 'loading the page';
  let response;
  try {
    response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  } catch (error) {
    // Chromium reports a refused request line (431, no body) as a failed navigation.
    if (url.length > 16_000 && /ERR_HTTP_RESPONSE_CODE_FAILURE/.test(error.message)) return 'refused';
    note('load', `did not load: ${error.message.split('\n')[0].slice(0, 120)}`);
    return undefined;
  }
  // The server turned the link away before the site saw it (Node's preview server answers 431 to a request
  // line over 16 KB, as hosts do): nothing of ours ran, so it is neither a pass nor a failure of the site.
  if (response && (response.status() === 431 || response.status() === 414)) return 'refused';
  if (!response?.ok()) note('load', `HTTP ${response?.status()}`);

  // Every island still waiting is brought into view in turn and given ISLAND_MS to hydrate before the next.
  const unhydrated = [];
  for (;;) {
    step.at = 'finding the next island';
    const island = await nextIsland(page);
    if (!island) break;
    step.islands += 1;
    step.at = `waiting for ${island.name} to hydrate`;
    if (!(await hydratesWithin(page, ISLAND_MS)))
      unhydrated.push(island.hidden ? `${island.name} (hidden)` : island.name);
  }
  // Two frames, so an error thrown while drawing the first picture is in before the page is judged.
  step.at = 'waiting two frames';
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  step.at = 'looking for injected markup';
  const pwned = await page.evaluate(
    () => Boolean(window.__pwned) || document.querySelector('img[src="x"]') !== null,
  );
  if (pwned) note('injected', 'injected markup ran or was inserted');
  if (unhydrated.length) {
    const text = `island(s) never hydrated within ${ISLAND_MS / 1000} s in view: ${unhydrated.join(', ')}`;
    note('unhydrated', text, unhydrated.length);
  }
  return undefined;
}

await launch();
const pages = builtPages(dist)
  .filter((p) => !p.endsWith('.html'))
  .filter((p) => only.length === 0 || only.includes(p));
if (pages.length === 0)
  throw new Error(`no pages in ${dist}${only.length ? ` matching ${only.join(' ')}` : ''}`);
let links = 0;
const failures = [];
const refused = [];
const started = Date.now();
for (const path of pages) {
  for (const value of VALUES) {
    const query = KEYS.map((k) => `${k}=${encodeURIComponent(value)}`).join('&');
    const url = `${origin}${path}?${query}`;
    links += 1;
    const shown = JSON.stringify(value.slice(0, 16));
    const found = [];
    const step = { at: 'opening a context', over: false, islands: 0 };
    // Once the link is judged, whatever a hung page still reports (or throws as it is closed) is not counted.
    const note = (kind, text, islands = 0) => step.over || found.push({ kind, text, islands });
    const begun = Date.now();
    let context;
    const run = async () => {
      context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      page.on('pageerror', (e) => note('pageerror', `pageerror: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && note('console', `console: ${m.text()}`));
      return visit(page, url, note, step);
    };
    const outcome = await within(
      run().catch((error) => {
        note('other', `${step.at}: ${error.message.split('\n')[0].slice(0, 160)}`);
      }),
      LINK_MS,
      'stuck',
    );
    if (outcome === 'stuck') note('unsettled', `did not settle within ${LINK_MS / 1000} s (${step.at})`);
    step.over = true;
    // A context whose page hangs may not close either (nor one never opened): then the browser starts again.
    if (!context || !(await closes(context))) {
      await closes(browser);
      await launch();
    }
    const seconds = ((Date.now() - begun) / 1000).toFixed(1);
    if (outcome === 'refused') {
      refused.push({ path, value, length: url.length });
      process.stderr.write(`${links} /${path} ${shown}: refused by the server (${seconds} s)\n`);
      continue;
    }
    const verdict = found.length ? 'FAILED' : 'ok';
    process.stderr.write(
      `${links} /${path} ${shown}: ${verdict}, ${step.islands} islands scrolled to (${seconds} s)\n`,
    );
    if (found.length) failures.push({ path, value: value.slice(0, 40), found });
  }
}
await browser.close();

/** How many failed links had a problem of this kind. */
const withKind = (kind) => failures.filter((f) => f.found.some((p) => p.kind === kind)).length;
const islands = failures.flatMap((f) => f.found).reduce((n, p) => n + p.islands, 0);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`${links} hostile links (${pages.length} pages × ${VALUES.length} values) in ${minutes} min`);
console.log(
  `  opened: ${links - refused.length}; refused by the server as too long (HTTP 431/414): ${refused.length}`,
);
for (const value of new Set(refused.map((r) => r.value))) {
  const these = refused.filter((r) => r.value === value);
  const lengths = these.map((r) => r.length);
  console.log(
    `    ${JSON.stringify(value.slice(0, 12))}… (${value.length} characters; links of ` +
      `${Math.min(...lengths)}–${Math.max(...lengths)}) on ${these.map((r) => `/${r.path}`).join(' ')}`,
  );
}
const counts = [
  ['injected markup', withKind('injected')],
  ['page errors', withKind('pageerror')],
  ['console errors', withKind('console')],
  ['islands never hydrated', `${islands} on ${withKind('unhydrated')}`],
  ['did not settle', withKind('unsettled')],
  ['did not load', withKind('load')],
  ['other', withKind('other')],
];
console.log(`  failed: ${failures.length} (${counts.map(([what, n]) => `${what} ${n}`).join(', ')})`);
for (const f of failures) {
  const reasons = f.found.map((p) => p.text.slice(0, 300)).join('; ');
  console.log(`  /${f.path} ${JSON.stringify(f.value)}: ${reasons}`);
}
process.exit(failures.length ? 1 : 0);
