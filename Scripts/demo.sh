#!/usr/bin/env bash
# The main job from nothing: installs what is missing, builds taizhang, and on the embedded
# SQLite default creates a demo ledger (a bureau over four schools, a hospital under the
# health commission, a community under its street office, people in their roles, three
# months of ledger entries with some work left overdue, an inspection of one school by the
# bureau with five problems taken through rectification, verification, return, escalation
# and supervision), then renders every unit's monthly reports, the school's 整改台账, the
# bureau's 整改督办通报 and quarterly circular into ./demo-out/reports/ in all five formats.
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
step() {
  if [ -n "$1" ]; then printf '\n== %s\n' "$1"; fi
  printf '$ taizhang %s\n' "${*:2}"
  "$bin" "${@:2}"
}

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

# Inspection and rectification (检查与整改): the bureau inspects the experimental primary
# school on Friday 6 November and finds five problems; each goes through its loop on its
# own day (--today). Deadlines: 较重 5, 一般 10, 严重 2 working days (the school plugin's
# findings.lua): 11-13, 11-20 and 11-10.
school=qy-shiyan-xx
step "The bureau inspects the school (督查)" inspection add --unit "$school" --kind 督查 --date 2026-11-06 \
  --by 宋玉兰,曹建华 --standard "平安校园与教学常规督查细则" --score 86 --today 2026-11-06
add() { "$bin" finding add --unit "$school" --inspection 1 --found 2026-11-06 --found-by 宋玉兰 --today 2026-11-06 "$@"; }
printf '\n== Five problems, each with measures, an owner and a deadline\n'
add --description "消防通道堆放杂物" --category 校园安全 --severity 较重 --within 5wd \
  --owner-role 总务主任 --owner sy-zj --measures "清理杂物，设置警示标识"
add --description "食堂留样记录不全" --category 食品安全 --severity 一般 --within 10wd \
  --owner-role 总务主任 --owner sy-zj --measures "补齐留样台账，落实双人留样"
add --description "教案检查记录不完整" --category 教学管理 --severity 一般 --within 10wd \
  --owner-role 教导主任 --owner sy-jd --measures "补齐各年级教案检查记录"
add --description "校门口减速带损坏" --category 校园安全 --severity 严重 --within 2wd \
  --owner-role 总务主任 --owner sy-zj --measures "联系施工单位修复"
add --description "校园文化墙破损" --category 文明创建与宣传 --severity 一般 --deadline 2026-12-11 \
  --owner-role 总务主任 --owner sy-zj --measures "重新设计制作文化墙"
step "Two rectified and closed (销号) by someone else" finding rectify 1 --on 2026-11-10 \
  --note "杂物已清理，已设警示标识" --by sy-zj --today 2026-11-10
step "" finding verify 1 --by sy-fx --on 2026-11-11 --today 2026-11-11
"$bin" finding rectify 2 --on 2026-11-16 --note "留样台账已补齐" --by sy-zj --today 2026-11-16 >/dev/null
step "" finding verify 2 --by sy-xz --on 2026-11-18 --today 2026-11-18
"$bin" finding rectify 3 --on 2026-11-18 --note "已补齐教案检查记录" --by sy-jd --today 2026-11-18 >/dev/null
step "One sent back (退回) and given until 4 December" finding reopen 3 --by sy-fx --on 2026-11-19 \
  --reason "三年级教案检查记录仍缺" --today 2026-11-19
"$bin" finding assign 3 --deadline 2026-12-04 --note "退回后限期至12月4日" --today 2026-11-19 >/dev/null
step "One still in time, rectified and waiting for its check" finding rectify 5 --on 2026-11-27 \
  --note "文化墙已重新制作" --by sy-zj --today 2026-11-27
step "One overdue since 11 November, put under supervision by the bureau (挂牌督办)" \
  finding supervise 4 --note "逾期未整改，区教育局挂牌督办" --today 2026-11-24
step "What is overdue below the bureau on 30 November" finding list --unit qy-jyj --tree --overdue \
  --date 2026-11-30 --today 2026-11-30
step "The sent-back problem and its history" finding show 3 --today 2026-11-30

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
printf '\n== The overdue problem escalated to the bureau (整改事项 in the digest)\n'
/usr/bin/python3 - "$out"/outbox/*.json <<'PY'
import json, sys
for path in sys.argv[1:]:
    m = json.load(open(path, encoding="utf-8"))
    if any(i["item"].startswith("finding#") and i["urgency"] == "escalated" for i in m["items"]):
        print(m["subject"]); print(m["text"]); break
PY
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

# The problems above were entered today, so a report as of 30 November does not count them
# (what is entered after the day judged is 补录, as for records); the rectification reports
# are therefore judged as of today.
today=$(TZ=Asia/Shanghai date +%F)
for format in docx html md csv json; do
  "$bin" report rectification --unit "$school" --period 2026-11 --date "$today" --format "$format" \
    -o "$reports/$school/rectification-2026-11.$format" >/dev/null
  "$bin" report supervision --unit qy-jyj --period 2026-11 --date "$today" --format "$format" \
    -o "$reports/qy-jyj/supervision-2026-11.$format" >/dev/null
  "$bin" report monthly --unit "$school" --period 2026-11 --date "$today" --format "$format" \
    -o "$reports/$school/monthly-2026-11-findings.$format" >/dev/null
done
printf '\n== The school'"'"'s 整改台账 for November, as of %s\n' "$today"
sed -n '1,40p' "$reports/$school/rectification-2026-11.md"
printf '\n== The bureau'"'"'s 整改督办通报, as of %s\n' "$today"
sed -n '1,30p' "$reports/qy-jyj/supervision-2026-11.md"
step "A consistent backup" backup "$out/backup"

printf '\nThe ledger is in %s; its evidence and backup beside it.\n' "$out"
printf 'Reports: %s/<unit>/ — e.g.\n' "$reports"
printf 'Reminder digests: %s/outbox/ (%s files); the run log: %s\n' "$out" \
  "$(ls "$out/outbox" | wc -l)" "$(ls "$out"/*.log 2>/dev/null | head -1)"
printf '  %s\n' "$reports/qy-shiyan-xx/monthly-2026-11.docx" "$reports/qy-rmyy/progress-2026-11.html" \
  "$reports/qy-hepinglu-sq/progress-2026-11.md" "$reports/qy-jyj/circular-2026-Q4.docx" \
  "$reports/qy-shiyan-xx/rectification-2026-11.docx" "$reports/qy-jyj/supervision-2026-11.docx"
