#!/usr/bin/env bash
# The main job from nothing, as far as it goes today: installs what is missing, builds
# taizhang, and runs it on the embedded SQLite default — the plugin sandbox, the working-day
# calendar, and a bureau's ledger kept in ./demo-out/.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build --product taizhang
bin="$PWD/.build/debug/taizhang"
out="$PWD/demo-out"
data="$PWD/Tests/CLITests/Fixtures/bureau"   # the bureau the tests use: 20 schools
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
step "A new ledger" init
step "Import a bureau and its schools" unit import "$data/units.csv"
step "Their people" person import "$data/people.csv"
step "Who holds which role" role import "$data/roles.csv"
step "The units" unit list
printf '检查人：梁宇航、王立新；教学楼、宿舍楼、食堂均无隐患\n' > "$out/校舍安全检查记录.txt"
step "Record the term-start building check with its sheet" record safety.building_check --unit qy-shiyan-xx \
  --period 2026-T2 --note "开学前校舍安全检查，未发现隐患" --value 隐患数=0 \
  --evidence "$out/校舍安全检查记录.txt" --by safety-01
step "Who did what, and when" audit --unit qy-shiyan-xx
step "The school's checklist for the autumn term, as of 23 November" \
  checklist --unit qy-shiyan-xx --period 2026-T2 --today 2026-11-23
step "What the school has overdue and due this week" agenda --unit qy-shiyan-xx --today 2026-11-23 --days 7
printf '\n== A CSV with one bad row is refused whole (exit 1 is expected)\n'
"$bin" unit import "$data/units-bad-row.csv" || true
step "A consistent backup" backup "$out/backup"

printf '\nThe ledger is in %s; its evidence and backup beside it.\n' "$out"
