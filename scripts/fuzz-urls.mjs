/**
 * Hostile links against a built site: every page with every query parameter the widgets read, set to values a
 * reader (or an attacker) might put in a link. Counts page errors, console errors, injected markup and pages whose
 * figures failed to render. Not part of npm test (it takes minutes); run it on a served build:
 *   npx astro preview --port 4950 & node scripts/fuzz-urls.mjs http://127.0.0.1:4950/ [dist]
 */
import { chromium } from 'playwright';
import { builtPages } from './pages.mjs';

const [origin = 'http://127.0.0.1:4321/', dist = process.env.OUT_DIR ?? 'dist'] = process.argv.slice(2);
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

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-background-networking', '--no-first-run'],
});
const pages = builtPages(dist).filter((p) => !p.endsWith('.html'));
let cases = 0;
const failures = [];
const refused = [];
/** One hostile link: 'refused' if the server turned it away, else the problems seen on the page. */
async function visit(page, url, errors) {
  let response;
  try {
    response = await page.goto(url, { waitUntil: 'load' });
  } catch (error) {
    // Chromium reports a refused request line (431, no body) as a failed navigation.
    if (url.length > 16_000 && /ERR_HTTP_RESPONSE_CODE_FAILURE/.test(error.message)) return 'refused';
    errors.push(`did not load: ${error.message.split('\n')[0].slice(0, 120)}`);
    return undefined;
  }
  // The server turned the link away before the site saw it (Node's preview server answers 431 to a request line
  // over 16 KB, as hosts do): nothing of ours ran, so it is neither a pass nor a failure of the site.
  if (response && (response.status() === 431 || response.status() === 414)) return 'refused';
  if (!response?.ok()) errors.push(`HTTP ${response?.status()}`);
  // Scroll through so every client:visible island hydrates with the hostile values (a frame, or 100 ms if the
  // browser holds frames back).
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await Promise.race([
        new Promise((r) => requestAnimationFrame(() => r(undefined))),
        new Promise((r) => setTimeout(r, 100)),
      ]);
    }
  });
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  await page
    .waitForFunction(() => !document.querySelector('astro-island[ssr]'), null, { timeout: 15_000 })
    .catch(() => undefined);
  const pwned = await page.evaluate(
    () => Boolean(window.__pwned) || document.querySelector('img[src="x"]') !== null,
  );
  const islands = await page.locator('astro-island[ssr]').count();
  if (pwned) errors.push('injected markup ran or was inserted');
  if (islands > 0) errors.push(`${islands} island(s) never hydrated`);
  return undefined;
}

async function freshPage(errors) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  return page;
}

for (const path of pages) {
  const errors = [];
  let page = await freshPage(errors);
  for (const value of VALUES) {
    const query = KEYS.map((k) => `${k}=${encodeURIComponent(value)}`).join('&');
    errors.length = 0;
    cases += 1;
    const url = `${origin}${path}?${query}`;
    process.stderr.write(`${cases} /${path} ${JSON.stringify(value.slice(0, 16))}\n`);
    const outcome = await Promise.race([
      visit(page, url, errors),
      new Promise((r) => setTimeout(() => r('stuck'), 90_000)),
    ]);
    if (outcome === 'refused') {
      refused.push(`/${path} ${JSON.stringify(value.slice(0, 12))}… (${url.length} characters)`);
      // Chromium goes on to its own error page after a refusal: the next link gets a new page.
      await page.close().catch(() => undefined);
      page = await freshPage(errors);
      errors.length = 0;
      continue;
    }
    if (outcome === 'stuck') {
      errors.push('the page did not settle within 90 s');
      await page.close().catch(() => undefined);
      page = await freshPage(errors);
    }
    if (errors.length) failures.push({ path, value: value.slice(0, 40), errors: [...errors] });
  }
  await page.close();
}
await browser.close();
console.log(
  `${cases - refused.length} hostile links on ${pages.length} pages: ${failures.length} failed` +
    (refused.length ? `; ${refused.length} more refused by the server as too long` : ''),
);
for (const f of failures) console.log(`  /${f.path} ${JSON.stringify(f.value)}: ${f.errors.join('; ')}`);
process.exit(failures.length ? 1 : 0);
