#!/usr/bin/env bash
# Create .venv and install Debate Digest with its test tools. Idempotent: re-running is cheap.
# Usage: bash scripts/setup.sh [--browser]   (--browser also installs Debian's chromium for the browser tests)
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
