#!/usr/bin/env bash
# Runs the whole test suite from nothing: installs what is missing, builds, tests.
# A throwaway PostgreSQL server (Scripts/dev/pg.sh) runs for the length of the tests so
# the storage suites run on both backends; it is stopped on exit, pass or fail.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
# The shipped plugins' Lua, statically (settings in .luacheckrc).
luacheck --quiet Plugins
swift build --build-tests
# Tests that run the CLI find the binary here.
export TAIZHANG_BIN="$PWD/.build/debug/taizhang"
eval "$(Scripts/dev/pg.sh start)"
trap 'Scripts/dev/pg.sh stop "$PGDIR"' EXIT
swift test --skip-build
# The installed layout and the Debian package, from the debug binary just built
# (TAIZHANG_TEST_DEBIAN_ROOT=ROOT adds dpkg -i into a debootstrapped root).
Scripts/test-package.sh
