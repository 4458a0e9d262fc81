#!/usr/bin/env bash
# Scheduling: expand one year of 60 items for 2,000 units (target ≤ 0.5 s).
set -euo pipefail
"$TZBENCH_BIN" scheduling --units 2000
