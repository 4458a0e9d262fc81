#!/usr/bin/env bash
# Reports: one unit's monthly summary end to end (target ≤ 100 ms); a quarterly roll-up
# over 2,000 schools (target ≤ 5 s).
set -euo pipefail
"$TZBENCH_BIN" reports --plugins Plugins --units 2000
