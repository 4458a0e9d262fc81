#!/usr/bin/env bash
# PostgreSQL beside SQLite: storage inserts and unit-month lookups, delivery runners
# (4 processes claiming with FOR UPDATE SKIP LOCKED), the quarterly roll-up over 2,000
# schools, and the daily remind run over 2,000 and 20,000 units, on both backends. A throwaway server
# from Scripts/dev/pg.sh runs for the length of this script; each step gets a fresh schema.
# To add a step on both backends, add a function taking (label, --db value) and call it
# from the loop at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
T="${TAIZHANG_BIN:-$PWD/.build/release/taizhang}"
source Scripts/bench/lib/remind_site.sh
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

reports_step() {  # backend
  "$TZBENCH_BIN" reports --plugins Plugins --units 2000 --label "$1" --db "$(fresh_db "$1" reports)"
}

# A row as tzbench prints the others here: left-aligned, padded by characters (printf
# pads by bytes, so "—" and "≤" would shift the columns).
row() {
  local cells=() cell width
  for cell in "$1:44" "$2:14" "$3:14"; do
    width=${cell##*:}; cell=${cell%:*}
    width=$((width - $(printf %s "$cell" | LC_ALL=C.UTF-8 wc -m)))
    cells+=("$cell$(printf '%*s' $((width > 0 ? width : 0)) '')")
  done
  echo "| ${cells[0]} | ${cells[1]} | ${cells[2]} |"
}

# The daily remind run as 50-remind.sh measures it (the same site, Friday's run first to
# set the watermarks, Monday's timed), on a backend and at a number of units. A 20,000-unit
# run sends hundreds of thousands of deliveries, so each size is measured once.
remind_step() {  # backend, units
  local backend=$1 units=$2 work db wall rss sent shown
  work="$scratch/remind-$backend-$units"
  db=$(fresh_db "$backend" "remind_$units")
  remind_site "$work" "$db" "$units"
  /usr/bin/time -v -o "$work/time.txt" \
    "$T" remind --config "$work/config.toml" --db "$db" --now 2026-10-12 >"$work/summary.txt"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); printf "%.1f", a[n] + (n > 1 ? a[n-1] * 60 : 0) + (n > 2 ? a[n-2] * 3600 : 0)}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {m=$2/1024; if (m >= 1024) printf "%.1f GB", m/1024; else printf "%.0f MB", m}' "$work/time.txt")
  # Deliveries sent on Monday, a day in UTC+8 as the store keeps sent_at in epoch ms.
  case "$backend" in
    sqlite)
      sent=$(/usr/bin/python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select count(*) from delivery where date(sent_at/1000+8*3600,'unixepoch')='2026-10-12'\").fetchone()[0])" "$db") ;;
    postgres)
      # fresh_db's URL carries taizhang's own parameters, which psql refuses: the server
      # URL and the schema name instead.
      sent=$(psql "$TAIZHANG_TEST_PG" -XAtqc "select count(*) from remind_$units.delivery where (timestamp 'epoch' + (sent_at/1000 + 8*3600) * interval '1 second')::date = date '2026-10-12'") ;;
  esac
  shown=$(echo "$units" | sed -E ':a; s/([0-9])([0-9]{3})($|,)/\1,\2\3/; ta')
  row "remind daily run, $shown units, $backend ($sent sent)" "$wall s / $rss" "—"
}

for backend in sqlite postgres; do
  storage_step "$backend"
  claims_step "$backend"
  reports_step "$backend"
  remind_step "$backend" 2000
  remind_step "$backend" 20000
done
