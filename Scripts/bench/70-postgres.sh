#!/usr/bin/env bash
# PostgreSQL beside SQLite: storage inserts and unit-month lookups, and delivery runners
# (4 processes claiming with FOR UPDATE SKIP LOCKED) on both backends. A throwaway server
# from Scripts/dev/pg.sh runs for the length of this script; each step gets a fresh schema.
# To add a step on both backends, add a function taking (label, --db value) and call it
# from the loop at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
eval "$(Scripts/dev/pg.sh start)"
scratch=$(mktemp -d /tmp/tzbench-pg.XXXXXX)
trap 'Scripts/dev/pg.sh stop "$PGDIR"; rm -rf "$scratch"' EXIT

# A new, empty store of a backend: a SQLite file or a PostgreSQL schema.
fresh_db() {  # backend, name
  local name=$2
  case "$1" in
    sqlite) echo "$scratch/$name/taizhang.sqlite" ;;
    postgres) echo "$TAIZHANG_TEST_PG&schema=$name&evidence=$scratch/$name-evidence" ;;
  esac
}

storage_step() {  # backend
  if [ "$1" = postgres ]; then
    "$TZBENCH_BIN" storage --records 200000 --units 2000 --batch 10000 --db "$(fresh_db "$1" storage)"
  else
    "$TZBENCH_BIN" storage --records 200000 --units 2000 --batch 10000 --folder "$scratch"
  fi
}

claims_step() {  # backend
  "$TZBENCH_BIN" claims --deliveries 20000 --runners 4 --label "$1" --db "$(fresh_db "$1" claims)"
}

for backend in sqlite postgres; do
  storage_step "$backend"
  claims_step "$backend"
done
