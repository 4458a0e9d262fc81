#!/usr/bin/env bash
# Differential test of the budgeted pattern functions (Sources/CLuaSandbox/patterns.c)
# against Debian's Lua 5.4: builds Scripts/dev/patterns-harness.c with the real liblua5.4
# and runs the committed corpus plus random fuzzing. A developer tool, not part of the build.
# Usage: Scripts/dev/patterns-diff.sh [ITERATIONS] [SEED]
#        Scripts/dev/patterns-diff.sh --bench   (speed against lua5.4's own functions)
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${TMPDIR:-/tmp}/tz-patterns-harness"
gcc -std=c99 -O2 -Wall -Wextra -Werror -g \
  -I/usr/include/lua5.4 -ISources/CLuaSandbox/include -ISources/CLuaSandbox \
  Scripts/dev/patterns-harness.c Sources/CLuaSandbox/patterns.c \
  Sources/CLuaSandbox/pattern_matcher.c -llua5.4 -o "$out"
if [[ "${1:-}" == "--bench" ]]; then
  exec "$out" Scripts/dev/patterns-bench.lua
fi
"$out" Scripts/dev/patterns-diff.lua Tests/LuaRuntimeTests/Fixtures/patterns_corpus.lua \
  "${1:-20000}" "${2:-1}"
# The corpus must also run as-is in the real interpreter.
lua5.4 Tests/LuaRuntimeTests/Fixtures/patterns_corpus.lua > /dev/null
