#!/usr/bin/env bash
# Create .venv and install Debate Digest with its test tools. Idempotent: re-running is cheap.
# Usage: bash scripts/setup.sh [--browser]   (--browser also installs Debian's chromium and, with
# npm, the pinned axe-core of tests/browser/package-lock.json for the browser tests)
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'

if [[ "${1:-}" == "--browser" ]] && ! command -v chromium >/dev/null 2>&1; then
  # Browser tests drive Debian's chromium through Playwright; no browser is ever downloaded.
  sudo_cmd=""
  [[ "$(id -u)" != 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

if [[ "${1:-}" == "--browser" ]]; then
  # axe-core for tests/test_accessibility.py, exactly as locked; outside the published site.
  # Re-installed only when the lock file changed since the last install.
  lock=tests/browser/package-lock.json
  installed=tests/browser/node_modules/.package-lock.json
  if [[ ! -f "$installed" || "$lock" -nt "$installed" ]]; then
    command -v npm >/dev/null 2>&1 || { echo "setup.sh: npm (7 or later) is needed for axe-core" >&2; exit 1; }
    npm ci --prefix tests/browser --no-audit --no-fund --silent
  fi
fi
