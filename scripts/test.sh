#!/usr/bin/env bash
# Set up (if needed, chromium included) and run the whole suite: lint, unit, build and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
.venv/bin/python -m pip check  # every declared dependency is installed, at a version that fits
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
