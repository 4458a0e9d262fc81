#!/usr/bin/env bash
# The main job from nothing: installs what is missing, builds taizhang, and on the embedded
# SQLite default creates a demo ledger (a bureau over four schools, a hospital under the
# health commission, a community under its street office, people in their roles, three
# months of ledger entries with some work left overdue), then renders every unit's monthly
# report and the bureau's quarterly circular into ./demo-out/reports/ in all five formats.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build --product taizhang
bin="$PWD/.build/debug/taizhang"
out="$PWD/demo-out"
data="$PWD/Scripts/demo"               # the demo's units, people and roles
rm -rf "$out"
mkdir -p "$out"
export TAIZHANG_DB="$out/ledger.sqlite"
step() { printf '\n== %s\n$ taizhang %s\n' "$1" "${*:2}"; "$bin" "${@:2}"; }

"$bin" --version
step "A snippet in the plugin sandbox" lua -e 'return "台账", 1 + 1, {ok = true}'
printf '\n== The sandbox stops a runaway script (exit 1 is expected)\n'
"$bin" lua -e 'while true do end' --timeout 200 || true

step "A make-up working Saturday" calendar day 2026-10-10
step "The Spring Festival holiday" calendar day 2026-02-16
step "October 2026" calendar month 2026-10
step "When is the last workday of each month?" \
  calendar next "monthly on last workday" --from 2026-01-01 --count 12

step "The plugins and what they hold" plugin list
step "Their self-tests, on a virtual clock" plugin test
step "The reports they offer" report list
step "A new ledger" init
step "Import the units: a bureau and its schools, a hospital, a community" unit import "$data/units.csv"
step "Their people" person import "$data/people.csv"
step "Who holds which role" role import "$data/roles.csv"
step "The units" unit list

printf '\n== Three months of ledger entries (September to November 2026)\n'
/usr/bin/python3 "$data/ledger.py" "$bin" "$out/ledger-entries.csv"
step "Bring them in as the past ledger they are, each entry kept on its day" \
  record import "$out/ledger-entries.csv" --historical
printf '检查人：刘建国；教学楼、宿舍楼、食堂均无隐患\n' > "$out/校舍安全检查记录.txt"
step "Record the term-start building check with its sheet" record safety.building_check --unit qy-shiyan-xx \
  --period 2026-T2 --note "开学前校舍安全检查，未发现隐患" --value 隐患数=0 \
  --evidence "$out/校舍安全检查记录.txt" --by sy-zj
printf '\n== Who did what, and when (the last entries)\n$ taizhang audit --unit qy-shiyan-xx | tail -4\n'
"$bin" audit --unit qy-shiyan-xx | tail -4
step "The school's checklist for November, as of the 23rd" \
  checklist --unit qy-shiyan-xx --period 2026-11 --today 2026-11-23
step "What the school has overdue and due this week" agenda --unit qy-shiyan-xx --today 2026-11-23 --days 7
printf '\n== A CSV with one bad row is refused whole (exit 1 is expected)\n'
"$bin" unit import "$PWD/Tests/CLITests/Fixtures/bureau/units-bad-row.csv" || true

# Reminders: the site config names the channels (here one outbox folder); cron would run
# `taizhang remind` every morning. --now picks the morning.
printf '[channels.outbox]\ntype = "outbox"\nfolder = "%s/outbox"\n' "$out" > "$out/config.toml"
export TAIZHANG_CONFIG="$out/config.toml"
step "What Monday morning's reminder run would send" remind --now 2026-11-23T08:00 --dry-run
step "Monday morning: one digest per person into the outbox" remind --now 2026-11-23T08:00
step "Run again the same morning: nothing is sent twice" remind --now 2026-11-23T08:30
step "Thursday, after two missed mornings: the run catches up and escalates" \
  remind --now 2026-11-26T08:00
printf '\n== One of the digests\n'
sed -n '1,200p' "$(ls "$out"/outbox/*.json | head -1)" | /usr/bin/python3 -c \
  'import json,sys; m=json.load(sys.stdin); print(m.get("subject","")); print(m.get("text",""))' | head -25
step "The health of the set-up, as of Saturday" doctor --now 2026-11-28T09:00 || true

reports="$out/reports"
step "Every unit's November reports in all five formats" report all --period 2026-11 --out "$reports" \
  --format docx --format html --format md --format csv --format json
for format in docx html md csv json; do
  "$bin" report circular --unit qy-jyj --period 2026-Q4 --date 2026-11-30 --format "$format" \
    -o "$reports/qy-jyj/circular-2026-Q4.$format" >/dev/null
done
printf '\n== The bureau'"'"'s quarterly circular, as of 30 November\n'
sed -n '1,20p' "$reports/qy-jyj/circular-2026-Q4.md"
step "A consistent backup" backup "$out/backup"

printf '\nThe ledger is in %s; its evidence and backup beside it.\n' "$out"
printf 'Reports: %s/<unit>/ — e.g.\n' "$reports"
printf 'Reminder digests: %s/outbox/ (%s files); the run log: %s\n' "$out" \
  "$(ls "$out/outbox" | wc -l)" "$(ls "$out"/*.log 2>/dev/null | head -1)"
printf '  %s\n' "$reports/qy-shiyan-xx/monthly-2026-11.docx" "$reports/qy-rmyy/progress-2026-11.html" \
  "$reports/qy-hepinglu-sq/progress-2026-11.md" "$reports/qy-jyj/circular-2026-Q4.docx"
