#!/usr/bin/env bash
# Installs whatever taizhang needs that this machine lacks (Debian packages listed in
# Scripts/apt-packages.txt). Idempotent: a second run installs nothing. Runs apt-get as
# root, or through sudo when not root.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

wanted=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/apt-packages.txt" | awk '{print $1}')
missing=()
for p in $wanted; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all $(echo $wanted | wc -w) packages present"
else
  echo "setup: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v swift >/dev/null || { echo "setup: the Swift toolchain (6.x) is not on PATH" >&2; exit 1; }
