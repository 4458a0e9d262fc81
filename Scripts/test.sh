#!/usr/bin/env bash
# Runs the whole test suite from nothing: installs what is missing, builds, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build --build-tests
# Tests that run the CLI find the binary here.
export TAIZHANG_BIN="$PWD/.build/debug/taizhang"
swift test --skip-build
