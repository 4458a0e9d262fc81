#!/usr/bin/env bash
# Rendering: a typical monthly summary (10 tables, 2 charts, 50 paragraphs) in every format.
set -euo pipefail
"$TZBENCH_BIN" rendering
