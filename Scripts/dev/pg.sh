#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and benchmarks, from Debian's packages:
#   eval "$(Scripts/dev/pg.sh start)"   # prints `export TAIZHANG_TEST_PG=… PGDIR=…`
#   Scripts/dev/pg.sh stop "$PGDIR"
# The cluster lives in a new temporary folder owned by an unprivileged user (initdb
# refuses root): `postgres` when it exists, else `nobody`. It listens on 127.0.0.1 only,
# on a free port, with trust authentication for the `taizhang` role.
set -euo pipefail

bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$dir" ] || { echo "pg.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 2; }
  echo "$dir"
}

as_owner() {  # run a command as the cluster's owner
  local owner=$1; shift
  if [ "$(id -u)" = 0 ]; then runuser -u "$owner" -- "$@"; else "$@"; fi
}

free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

start() {
  local bin owner dir port
  bin=$(bindir)
  owner=$(id -un)
  if [ "$(id -u)" = 0 ]; then owner=postgres; id postgres >/dev/null 2>&1 || owner=nobody; fi
  dir=$(mktemp -d /tmp/taizhang-pg.XXXXXX)
  chmod 755 "$dir"
  chown "$owner" "$dir"
  port=$(free_port)
  as_owner "$owner" "$bin/initdb" -D "$dir/data" -U taizhang --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$owner" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$owner" "$bin/createdb" -h 127.0.0.1 -p "$port" -U taizhang taizhang
  echo "export TAIZHANG_TEST_PG=postgres://taizhang@127.0.0.1:$port/taizhang?sslmode=disable"
  echo "export PGDIR=$dir"
}

stop() {
  local dir=${1:-${PGDIR:-}} bin owner
  [ -n "$dir" ] && [ -d "$dir/data" ] || { echo "pg.sh: no cluster at '$dir'" >&2; exit 2; }
  bin=$(bindir)
  owner=$(stat -c %U "$dir")
  as_owner "$owner" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: Scripts/dev/pg.sh start | stop DIR" >&2; exit 2 ;;
esac
