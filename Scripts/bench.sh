#!/usr/bin/env bash
# Builds in release mode and runs every benchmark in Scripts/bench/, printing one table.
# Benchmarks measure; they do not fail the build when a target is missed.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh >/dev/null
# Statically linked, as a production binary should be: it starts about twice as fast.
swift build -c release --static-swift-stdlib --product taizhang >/dev/null
swift build -c release --static-swift-stdlib --product tzbench >/dev/null
export TZBENCH_BIN="$PWD/.build/release/tzbench"
export TAIZHANG_BIN="$PWD/.build/release/taizhang"
printf '| %-44s | %14s | %14s |\n' "benchmark" "measured" "target"
printf '|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..46})" "$(printf -- '-%.0s' {1..16})" "$(printf -- '-%.0s' {1..16})"
for b in Scripts/bench/*.sh; do
  bash "$b"
done
