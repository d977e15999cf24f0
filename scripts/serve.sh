#!/usr/bin/env bash
# Set up (if needed) and serve the bundled digest at http://127.0.0.1:8000 with live reload.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/mkdocs serve --dirty "$@"  # only what an edit changes: docs/site.md
