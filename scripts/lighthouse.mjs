// Lighthouse (mobile: a mid-range phone on a slow 4G network, simulated) on every page of a build, as a table:
// performance score, First Contentful Paint, Speed Index, Cumulative Layout Shift, Largest Contentful Paint and
// Total Blocking Time.
// Run: npm run lighthouse [-- DIR [PAGE …] [--runs=N]]   (DIR defaults to $OUT_DIR or dist; build it first; PAGE as
// 'softmax/' to measure some pages only; --runs=N measures each page N times and shows Lighthouse's median run,
// the one with median FCP and TTI: one run's score moved by up to 15 points on a 2-core machine). Not part of
// npm test: Lighthouse's timings move with the machine's load, so it is a measurement to read, not a test to pass.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { builtBase } from './page-weight.mjs';
import { builtPages } from './pages.mjs';

let parsed;
try {
  parsed = parseArgs({ options: { runs: { type: 'string', default: '1' } }, allowPositionals: true });
} catch (error) {
  console.error(`${error.message.split('. ')[0]}. The only option is --runs=N, N a whole number ≥ 1.`);
  process.exit(1);
}
const [dir = process.env.OUT_DIR ?? 'dist', ...only] = parsed.positionals;
const runs = Number(parsed.values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs=${parsed.values.runs}: N must be a whole number ≥ 1.`);
  process.exit(1);
}
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`There is no built site in ${dir}/ to measure. Build it first (npm run build).`);
  process.exit(1);
}
const base = builtBase(dir);
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4800);
const chromePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const server = spawn(
  'npx',
  ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
  {
    env: { ...process.env, OUT_DIR: dir, BASE_PATH: base },
    stdio: ['ignore', 'ignore', 'inherit'],
    // Its own process group, so that stopping it stops astro too, not only npx.
    detached: true,
  },
);
const origin = `http://127.0.0.1:${port}${base}`;

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${origin}why-attention/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro preview did not answer on ${origin} within a minute`);
}

let chrome;
try {
  await waitForServer();
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
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
