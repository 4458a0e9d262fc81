# Sourced by the remind benchmarks: builds the bench site in a ledger and runs Friday's
# remind, so the next run measured (Monday's) is an ordinary daily run.
#   remind_site WORK DB UNITS   (uses $T, the taizhang binary)
# Leaves WORK/config.toml (an outbox channel in WORK/outbox, the log in WORK/remind.log).
remind_site() {
  local work=$1 db=$2 units=$3
  /usr/bin/python3 "$(dirname "${BASH_SOURCE[0]}")/remind_site.py" "$work" "$units"
  "$T" init --db "$db" >/dev/null
  "$T" unit import "$work/units.csv" --db "$db" >/dev/null
  "$T" person import "$work/people.csv" --db "$db" >/dev/null
  "$T" role import "$work/roles.csv" --db "$db" >/dev/null
  cat >"$work/config.toml" <<TOML
log = "$work/remind.log"
[channels.outbox]
type = "outbox"
folder = "$work/outbox"
TOML
  "$T" remind --config "$work/config.toml" --db "$db" --now 2026-10-09 >/dev/null
}
