#!/usr/bin/env bash
# LuaRuntime: calls across the Swift/Lua boundary, the cost of the limits, cold start.
set -euo pipefail
"$TZBENCH_BIN" lua
"$TZBENCH_BIN" cold-start --binary "$TAIZHANG_BIN"
