#!/usr/bin/env bash
# Storage: 1,000,000 records across 2,000 units in batches of 10,000, then one unit-month.
set -euo pipefail
"$TZBENCH_BIN" storage --records 1000000 --units 2000 --batch 10000
