#!/usr/bin/env bash
# Runs the whole test suite from nothing: installs what is missing, builds, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
# The shipped plugins' Lua, statically (settings in .luacheckrc).
luacheck --quiet Plugins
swift build --build-tests
# Tests that run the CLI find the binary here.
export TAIZHANG_BIN="$PWD/.build/debug/taizhang"
swift test --skip-build
