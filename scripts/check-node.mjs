// Runs before dev, build and test: on a Node older than Astro 7 needs, stop with one clear line
// instead of a stack trace from deep inside Astro. Plain JS so that any Node can run it.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This site needs Node.js >= 22.12 (you have ${process.versions.node}). Install Node 24 (see .nvmrc), e.g. \`nvm install\`, or https://nodejs.org.`,
  );
  process.exit(1);
}
