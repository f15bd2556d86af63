// How long the main thread is blocked while the figures start, on a slow phone: for every page of a build, the
// longest task from navigation until the islands in the first screen have hydrated ("first screen"), then for each
// island further down the longest task while it hydrates once scrolled into view. 4× CPU throttling on a 412 px
// phone, median of N loads. A long task here is what Lighthouse's Total Blocking Time adds up. The islands are
// scrolled in one by one in page order, as a reader would meet them, so the shared modules are warm by the later ones.
// Run: npm run hydration-time [-- DIR [PAGE …] [--runs=N]]   (DIR defaults to $OUT_DIR or dist; build it first).
// The numbers move with the machine's load: compare two builds on the same idle machine, not with other machines.
// Not part of npm test.
import { closes, hydratesWithin, launchBrowser, nextIsland } from './fuzz-browser.mjs';
import { measureArgs, serveBuild } from './measure-build.mjs';
import { builtPages } from './pages.mjs';

const { dir, only, runs } = measureArgs(5);
const { origin, ready, stop } = serveBuild(dir, Number(process.env.HYDRATION_PORT ?? 4810));

/** Long tasks of the page so far, as [start, duration] in ms. */
const tasks = (page) => page.evaluate(() => window.__longTasks);
const longestSince = (all, t0) => Math.max(0, ...all.filter(([start]) => start >= t0).map(([, d]) => d));

/** Waits a frame and 300 ms more, so the tasks that follow a hydration (layout, effects) are counted too. */
const settle = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));

/** One load of `url`: the longest task of the first screen, then of each island as it hydrates. */
async function measureOnce(browser, url) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    isMobile: true,
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    // The first screen has settled when no island that intersects it is still waiting.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('astro-island[ssr]')].every((island) =>
          [...island.children].every((c) => c.getBoundingClientRect().top >= innerHeight),
        ),
      null,
      { timeout: 30_000, polling: 100 },
    );
    await settle(page);
    const measured = [['first screen', longestSince(await tasks(page), 0)]];
    for (let island = await nextIsland(page); island; island = await nextIsland(page)) {
      const t0 = await page.evaluate(() => performance.now());
      const hydrated = await hydratesWithin(page, 20_000);
      await settle(page);
      measured.push([island.name, hydrated ? longestSince(await tasks(page), t0) : NaN]);
    }
    return measured;
  } finally {
    await closes(context);
  }
}

// The browser reports tasks of over 50 ms only, so 0 means "none that long".
const shown = (ms) => (ms === 0 ? '< 50' : Math.round(ms));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

let browser;
try {
  await ready();
  browser = await launchBrowser();
  const rows = [];
  for (const path of builtPages(dir).filter((p) => only.length === 0 || only.includes(p))) {
    const loads = [];
    for (let run = 0; run < runs; run++) loads.push(await measureOnce(browser, `${origin}${path}`));
    // Islands keep their order from load to load; the same figure twice on a page is told apart by its place.
    loads[0].forEach(([name], i) => {
      const values = loads.map((load) => load[i]?.[1] ?? NaN);
      rows.push({
        page: `/${path}`,
        what: name,
        'longest task ms': values.some(Number.isNaN) ? 'did not hydrate' : shown(median(values)),
      });
    });
    console.error(`measured /${path}`);
  }
  console.log(`Longest main-thread task at 4× CPU on a phone, ${dir}/, median of ${runs} loads:`);
  console.table(rows);
} finally {
  await browser?.close();
  stop();
}
