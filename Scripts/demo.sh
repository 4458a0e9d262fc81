#!/usr/bin/env bash
# The main job from nothing: installs what is missing, builds taizhang and runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
swift build --product taizhang
bin=.build/debug/taizhang
"$bin" --version
"$bin" --help
echo
echo "== a snippet in the plugin sandbox"
"$bin" lua -e 'return "台账", 1 + 1, {ok = true}'
