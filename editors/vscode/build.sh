#!/usr/bin/env bash
# The Maven build's steps for the VS Code extension (pom.xml): 'package' installs the pinned npm packages (npm ci,
# from the npm cache when it holds them) and writes target/assay.vsix (vsce; the grammar is generated first);
# 'test' runs the Node tests on that .vsix. Both are skipped, with a line saying so, where Node.js >= 20 and npm
# are missing: the rest of Assay builds without them (docs/editors.md).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
step=$1
need=20

skip() {
  echo "[vscode] $step skipped: $1. The VS Code extension needs Node.js >= $need with npm (docs/editors.md)."
  exit 0
}
command -v node >/dev/null 2>&1 || skip "no 'node' on the PATH"
command -v npm >/dev/null 2>&1 || skip "no 'npm' on the PATH"
major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge "$need" ] || skip "Node.js $(node --version) is older than $need"

case "$step" in
  package)
    npm ci --prefer-offline --no-audit --no-fund --loglevel=error
    npm run --silent package
    ;;
  test)
    [ -f target/assay.vsix ] || { echo "[vscode] target/assay.vsix is missing: run the package phase first" >&2; exit 1; }
    npm test
    ;;
  *)
    echo "usage: build.sh package|test" >&2
    exit 2
    ;;
esac
