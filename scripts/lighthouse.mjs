// Lighthouse (mobile: a mid-range phone on a slow 4G network, simulated) on every page of a build, as a table:
// performance score, First Contentful Paint, Speed Index, Cumulative Layout Shift, Largest Contentful Paint and
// Total Blocking Time.
// Run: npm run lighthouse [-- DIR [PAGE …] [--runs=N]]   (DIR defaults to $OUT_DIR or dist; build it first; PAGE as
// 'softmax/' to measure some pages only; --runs=N measures each page N times and shows Lighthouse's median run,
// the one with median FCP and TTI: one run's score moved by up to 15 points on a 2-core machine). Not part of
// npm test: Lighthouse's timings move with the machine's load, so it is a measurement to read, not a test to pass.
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { measureArgs, serveBuild } from './measure-build.mjs';
import { builtPages } from './pages.mjs';

const { dir, only, runs } = measureArgs(1);
const chromePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const { base, origin, ready, stop } = serveBuild(dir, Number(process.env.LIGHTHOUSE_PORT ?? 4800));

let chrome;
try {
  await ready();
  chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const rows = [];
  for (const page of builtPages(dir).filter((p) => only.length === 0 || only.includes(p))) {
    const all = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${origin}${page}`, {
        port: chrome.port,
        onlyCategories: ['performance'],
        logLevel: 'error',
        output: 'json',
      });
      if (result) all.push(result.lhr);
    }
    // A run without FCP or TTI (the page did not settle in Lighthouse's time) has no score to take the median of.
    const valid = filterToValidRuns(all);
    const lhr = valid.length > 0 ? computeMedianRun(valid) : all.at(-1);
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    rows.push({
      page: `/${page}`,
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      'FCP s': (audit('first-contentful-paint') / 1000).toFixed(1),
      'SI s': (audit('speed-index') / 1000).toFixed(1),
      CLS: audit('cumulative-layout-shift').toFixed(3),
      'LCP s': (audit('largest-contentful-paint') / 1000).toFixed(1),
      'TBT ms': Math.round(audit('total-blocking-time')),
      ...(runs > 1 ? { 'valid runs': valid.length } : {}),
    });
    console.error(`measured /${page}`);
  }
  console.log(
    `Lighthouse, mobile, on ${dir}/ (built for ${base})${runs > 1 ? `, median of ${runs} runs` : ''}:`,
  );
  console.table(rows);
} finally {
  chrome?.kill();
  stop();
}
