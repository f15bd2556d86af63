// Runs before dev, build and test: on a Node older than Astro 7 needs, stop with one clear line
// instead of a stack trace from deep inside Astro. Plain JS so that any Node can run it.
import { fileURLToPath } from 'node:url';

/** The message for an unsupported Node version, or undefined when `version` (e.g. '22.13.0') is new enough. */
export function nodeVersionProblem(version) {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 13)) return undefined;
  return `This site needs Node.js >= 22.13 (you have ${version}). Install Node 24 (see .nvmrc), e.g. \`nvm install\`, or https://nodejs.org.`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problem = nodeVersionProblem(process.versions.node);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
