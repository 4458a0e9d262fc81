#!/usr/bin/env bash
# Plugins: cold load of the shipped plugins (target ≤ 30 ms); a year of items for 2,000 units.
set -euo pipefail
"$TZBENCH_BIN" plugins --plugins Plugins --units 2000
