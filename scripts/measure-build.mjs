// What the measuring scripts (lighthouse.mjs, hydration-time.mjs) share: their command line (DIR [PAGE …]
// [--runs=N]) and serving the built site with astro preview while they measure it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { builtBase } from './page-weight.mjs';

/** DIR (default $OUT_DIR or dist), the PAGEs asked for (none: all) and N; exits with a message on bad input. */
export function measureArgs(defaultRuns) {
  let parsed;
  try {
    parsed = parseArgs({
      options: { runs: { type: 'string', default: String(defaultRuns) } },
      allowPositionals: true,
    });
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
  return { dir, only, runs };
}

/**
 * `dir` served by astro preview on `port`, under the base it was built for: { base, origin, ready, stop }.
 * await ready() before the first request; stop() when done (also after an error).
 */
export function serveBuild(dir, port) {
  const base = builtBase(dir);
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
  async function ready() {
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(origin)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`astro preview did not answer on ${origin} within a minute`);
  }
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
  return { base, origin, ready, stop };
}
