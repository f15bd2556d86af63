// Lighthouse (mobile: a mid-range phone on a slow 4G network, simulated) on every page of a build, as a table:
// performance score, First Contentful Paint, Speed Index, Cumulative Layout Shift, Largest Contentful Paint and
// Total Blocking Time.
// Run: npm run lighthouse [-- DIR [PAGE …]]   (DIR defaults to $OUT_DIR or dist; build it first; PAGE as
// 'softmax/' to measure some pages only). Not part of npm test:
// Lighthouse's timings move with the machine's load, so it is a measurement to read, not a test to pass.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtBase } from './page-weight.mjs';
import { builtPages } from './pages.mjs';

const [dir = process.env.OUT_DIR ?? 'dist', ...only] = process.argv.slice(2);
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
    const { lhr } = await lighthouse(`${origin}${page}`, {
      port: chrome.port,
      onlyCategories: ['performance'],
      logLevel: 'error',
      output: 'json',
    });
    const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
    rows.push({
      page: `/${page}`,
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      'FCP s': (audit('first-contentful-paint') / 1000).toFixed(1),
      'SI s': (audit('speed-index') / 1000).toFixed(1),
      CLS: audit('cumulative-layout-shift').toFixed(3),
      'LCP s': (audit('largest-contentful-paint') / 1000).toFixed(1),
      'TBT ms': Math.round(audit('total-blocking-time')),
    });
    console.error(`measured /${page}`);
  }
  console.log(`Lighthouse, mobile, on ${dir}/ (built for ${base}):`);
  console.table(rows);
} finally {
  chrome?.kill();
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
