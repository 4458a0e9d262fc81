#!/usr/bin/env bash
# Remind: one daily run over 2,000 units of the four types (targets ≤ 1 s, ≤ 200 MB max
# RSS); side by side with Debian's remind(1) and taskwarrior on the same due dates; and a
# cold `taizhang remind --dry-run` on an empty store (target ≤ 15 ms).
set -euo pipefail
T="${TAIZHANG_BIN:-$PWD/.build/release/taizhang}"
work=$(mktemp -d)
[ -n "${REMIND_BENCH_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
row() { printf '| %-44s | %14s | %14s |\n' "$1" "$2" "$3"; }
now_ms() { date +%s%3N; }

# 2,000 units of four types under 20 bureaus, two people per unit (see lib/remind_site.py);
# Friday's run sets the watermarks; Monday's is the measured daily run.
source "$(dirname "$0")/lib/remind_site.sh"
db="$work/ledger/taizhang.sqlite"
remind_site "$work" "$db" 2000
/usr/bin/time -v -o "$work/time.txt" "$T" remind --config "$work/config.toml" --db "$db" --now 2026-10-12 >"$work/summary.txt"
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); printf "%.2f", a[n] + (n > 1 ? a[n-1] * 60 : 0)}' "$work/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.txt")
sent=$(/usr/bin/python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"select count(*) from delivery where date(sent_at/1000+8*3600,'unixepoch')='2026-10-12'\").fetchone()[0])" "$db")
row "remind daily run, 2,000 units ($sent sent)" "${wall} s" "≤ 1 s"
row "remind daily run, max RSS" "${rss} MB" "≤ 200 MB"

# The same due dates for remind(1) and taskwarrior: one entry per delivery of the run.
/usr/bin/python3 - "$db" "$work" <<'PY'
import json, sqlite3, sys, datetime
db, w = sys.argv[1], sys.argv[2]
rows = sqlite3.connect(db).execute(
    "select unit_id, item_id, message from delivery where date(sent_at/1000+8*3600,'unixepoch')='2026-10-12'").fetchall()
months = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
with open(f"{w}/reminders.rem", "w") as rem, open(f"{w}/tasks.json", "w") as tasks:
    for unit, item, message in rows:
        due = datetime.date.fromisoformat(json.loads(message)["due"])
        rem.write(f"REM {due.day} {months[due.month-1]} {due.year} +3 MSG {unit} {item} %b\n")
        tasks.write(json.dumps({"description": f"{unit} {item}", "status": "pending",
            "due": due.strftime("%Y%m%dT000000Z"), "entry": "20261001T000000Z"}) + "\n")
PY
n=$(wc -l <"$work/reminders.rem")
ms_of() { local s e; s=$(now_ms); "$@" >/dev/null 2>&1 || true; e=$(now_ms); echo $((e - s)); }
taizhang_ms=$(awk -v w="$wall" 'BEGIN {printf "%.0f", w * 1000}')
if command -v remind >/dev/null; then
  r=$(ms_of remind -q "$work/reminders.rem" 2026-10-12)
  row "remind(1), $n entries, one day" "$r ms" "ratio $(awk -v a="$taizhang_ms" -v b="$r" 'BEGIN {printf "%.1f", a / (b > 0 ? b : 1)}')×"
fi
if command -v task >/dev/null; then
  export HOME="$work/home" TASKDATA="$work/home/.task" TASKRC="$work/home/.taskrc"
  mkdir -p "$TASKDATA" && printf 'data.location=%s\nconfirmation=off\nverbose=nothing\n' "$TASKDATA" >"$TASKRC"
  task rc.hooks=off import "$work/tasks.json" >/dev/null 2>&1
  t=$(ms_of task rc.hooks=off rc.gc=off due:before:2026-10-16 list)
  row "taskwarrior, $n tasks, due/overdue report" "$t ms" "ratio $(awk -v a="$taizhang_ms" -v b="$t" 'BEGIN {printf "%.1f", a / (b > 0 ? b : 1)}')×"
fi

# Cold dry run on an empty store: the median of 21 starts.
empty="$work/empty/taizhang.sqlite"
"$T" init --db "$empty" >/dev/null
times=()
for _ in $(seq 21); do
  times+=("$(ms_of "$T" remind --db "$empty" --dry-run --now 2026-10-12 --config "$work/config.toml")")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 11p)
row "remind --dry-run, empty store, cold start" "$median ms" "≤ 15 ms"
