#!/usr/bin/env bash
# Installs everything sisc needs on a fresh machine with Node.js >= 20.19, then builds it.
# Used by the README's Quick start and by .ci/run. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error(`sisc needs Node.js >= 20.19 (found ${process.versions.node})`); process.exit(1) }'

# pnpm, exactly the version package.json names (corepack is not used: it fails here)
want=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
  npm install -g "pnpm@$want" --no-audit --no-fund --loglevel=error
fi

# Debian's Chromium for the browser tests and `--format pdf`, the Japanese fonts every page, PDF
# and screenshot needs (without them every Japanese glyph is a tofu box; BIZ UDPGothic is TrueType
# with a real bold, so the PDF embeds it as a named font), and poppler-utils (pdftotext, pdffonts)
# for the PDF tests; never a downloaded browser.
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing="$missing fonts-noto-cjk"
dpkg -s fonts-morisawa-bizud-gothic >/dev/null 2>&1 || missing="$missing fonts-morisawa-bizud-gothic"
dpkg -s poppler-utils >/dev/null 2>&1 || missing="$missing poppler-utils"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "note: missing Debian packages:$missing; the browser tests need them (sudo apt-get install -y$missing)" >&2
  fi
fi

pnpm install --frozen-lockfile --reporter=silent
pnpm -s build >/dev/null
echo "sisc is set up: try 'pnpm sisc --help'" >&2
