#!/usr/bin/env bash
# Webhooks: Monday's run of the 2,000-unit remind site to a generic webhook on 127.0.0.1
# (about 4,000 digests, one POST each) — wall time and max RSS. The server is Python's
# threading HTTP server with keep-alive, logging nothing; every run starts from a copy of
# the same ledger, so repeated runs measure the same work.
#   REMIND_BENCH_KEEP=1 keeps the work folder; WEBHOOK_BENCH_BASE=DIR reuses one.
set -euo pipefail
T="${TAIZHANG_BIN:-$PWD/.build/release/taizhang}"
work=${WEBHOOK_BENCH_BASE:-$(mktemp -d)}
[ -n "${REMIND_BENCH_KEEP:-}${WEBHOOK_BENCH_BASE:-}" ] || trap 'rm -rf "$work"' EXIT
row() { printf '| %-44s | %14s | %14s |\n' "$1" "$2" "$3"; }

source "$(dirname "$0")/lib/remind_site.sh"
if [ ! -f "$work/base.sqlite" ]; then
  remind_site "$work" "$work/ledger/taizhang.sqlite" 2000
  cp "$work/ledger/taizhang.sqlite" "$work/base.sqlite"
fi
/usr/bin/python3 -u -c '
import http.server, socketserver
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else a kept-alive connection waits 40 ms per reply
    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"] or 0))
        self.send_response(200); self.send_header("Content-Length", "2"); self.end_headers(); self.wfile.write(b"ok")
    def log_message(self, *a): pass
class S(socketserver.ThreadingMixIn, http.server.HTTPServer): daemon_threads = True
s = S(("127.0.0.1", 0), H); print(s.server_port, flush=True); s.serve_forever()
' >"$work/port" &
server=$!
trap 'kill $server 2>/dev/null || true; [ -n "${REMIND_BENCH_KEEP:-}${WEBHOOK_BENCH_BASE:-}" ] || rm -rf "$work"' EXIT
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.1; done
cat >"$work/webhook.toml" <<TOML
log = "$work/webhook.log"
[channels.hook]
type = "webhook"
url = "http://127.0.0.1:$(cat "$work/port")/hook"
TOML
# The measured command, also usable on its own: sh WORK/run.sh
cat >"$work/run.sh" <<SH
cp "$work/base.sqlite" "$work/run.sqlite" && rm -f "$work/run.sqlite-wal" "$work/run.sqlite-shm"
exec "$T" remind --config "$work/webhook.toml" --db "$work/run.sqlite" --now 2026-10-12
SH
/usr/bin/time -v -o "$work/time.txt" sh "$work/run.sh" >"$work/summary.txt" || true
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); printf "%.2f", a[n] + (n > 1 ? a[n-1] * 60 : 0)}' "$work/time.txt")
rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.txt")
messages=$(grep -o '发出 [0-9]* 条消息' "$work/summary.txt" || echo "?")
row "remind to a webhook, 2,000 units ($messages)" "${wall} s" ""
row "remind to a webhook, max RSS" "${rss} MB" ""
