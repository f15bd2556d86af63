import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// No browser can be downloaded on our machines: use Debian's Chromium when it is there.
const executablePath =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// The site built at the root (dist/) and under a sub-path (dist-base/, BASE_PATH=/attention/). E2E_PORT, E2E_DIST and
// E2E_DIST_BASE let two people test their own builds on one machine without sharing servers or folders.
const port = Number(process.env['E2E_PORT'] ?? 4321);
export const DIST = process.env['E2E_DIST'] ?? 'dist';
export const DIST_BASE = process.env['E2E_DIST_BASE'] ?? 'dist-base';
export const ROOT = `http://127.0.0.1:${port}/`;
export const BASED = `http://127.0.0.1:${port + 1}/attention/`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two browsers at once on a 2-core machine take 26 % less time than one (measured: 476 s → 352 s for the whole
  // suite); E2E_WORKERS=1 when sharing the machine.
  workers: Number(process.env['E2E_WORKERS'] ?? 2),
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    baseURL: ROOT,
    trace: 'off',
    // A service worker would fetch the whole site in the background of every test; offline.spec.ts allows it.
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Our machines have no internet: keep Chromium from trying to reach its own services.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  // Never test a server these tests did not start (a dev server left running would be tested instead of the build):
  // if the port is taken, Playwright stops and says so. Choose others with E2E_PORT.
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
      env: { OUT_DIR: DIST },
      // astro preview 404s on `/` under a base and on paths without a trailing slash: wait on a real page.
      url: `${ROOT}why-attention/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port + 1} --ignore-lock`,
      env: { BASE_PATH: '/attention/', OUT_DIR: DIST_BASE },
      url: `${BASED}why-attention/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
