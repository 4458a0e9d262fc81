#!/usr/bin/env bash
# Installs taizhang into PREFIX (default /usr/local), under DESTDIR when staging a package:
#   PREFIX/bin/taizhang                          the binary (release, static Swift stdlib)
#   PREFIX/share/taizhang/plugins/               the shipped plugins (_lib, _meta, calendar, units)
#   PREFIX/share/doc/taizhang/                   README, docs/*.md, help/*.txt (each command's --help)
#   PREFIX/share/man/man1/taizhang*.1.gz         the same help as man pages
#   PREFIX/share/bash-completion/completions/taizhang, zsh and fish completions
# The binary finds the plugins from its own real path, so it works through PATH, a symlink
# or from any folder. Site files: see docs/operations.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: Scripts/install.sh [--prefix DIR] [--destdir DIR] [--binary FILE]

  --prefix DIR   where it is installed (default /usr/local; /usr for a system install).
  --destdir DIR  stage the files under DIR instead of / (for packaging).
  --binary FILE  install this already-built binary instead of building a release one.
EOF
}

prefix=/usr/local
destdir=
binary=
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
    --prefix=*) prefix=${1#*=}; shift ;;
    --destdir) destdir=${2:?--destdir needs a folder}; shift 2 ;;
    --destdir=*) destdir=${1#*=}; shift ;;
    --binary) binary=${2:?--binary needs a file}; shift 2 ;;
    --binary=*) binary=${1#*=}; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "install.sh: 不认识的参数 \"$1\"" >&2; usage >&2; exit 2 ;;
  esac
done
case "$prefix" in
  /*) ;;
  *) echo "install.sh: --prefix 须是绝对路径，而不是 \"$prefix\"" >&2; exit 2 ;;
esac
prefix=${prefix%/}

cd "$(dirname "$0")/.."
if [ -z "$binary" ]; then
  swift build -c release --static-swift-stdlib --product taizhang
  binary="$(swift build -c release --static-swift-stdlib --show-bin-path)/taizhang"
fi
if [ ! -x "$binary" ]; then
  echo "install.sh: $binary 不是可执行文件；先构建（swift build -c release --static-swift-stdlib）或用 --binary 指定" >&2
  exit 2
fi

root="$destdir$prefix"
share="$root/share"
install -d "$root/bin" "$share/taizhang" "$share/doc/taizhang/help" "$share/man/man1" \
  "$share/bash-completion/completions" "$share/fish/vendor_completions.d"
install -m 0755 "$binary" "$root/bin/taizhang"

# The shipped plugins replace the previous ones wholesale: a file dropped upstream must
# not linger. Site plugins live elsewhere (the config's `plugins`), never here.
rm -rf "$share/taizhang/plugins"
cp -R Plugins "$share/taizhang/plugins"
find "$share/taizhang/plugins" -type d -exec chmod 0755 {} +
find "$share/taizhang/plugins" -type f -exec chmod 0644 {} +

install -m 0644 README.md docs/*.md "$share/doc/taizhang/"

# The binary documents itself: each command's --help as text and as a man page. A broken
# user config must not get in the way, so it reads an empty one.
empty_config=$(mktemp)
trap 'rm -f "$empty_config"' EXIT
run() { env TAIZHANG_CONFIG="$empty_config" HOME=/nonexistent "$root/bin/taizhang" "$@"; }
subcommands() { run "$@" --help | awk '/^SUBCOMMANDS:/ {on=1; next} on && /^  [a-z]/ {sub(/,$/, "", $1); print $1} on && /^$/ {exit}'; }
man_page() { # NAME TITLE < help text
  printf '.TH %s 1 "" "taizhang %s" "taizhang"\n.SH NAME\n%s\n.SH DESCRIPTION\n.nf\n' \
    "$(echo "$1" | tr '[:lower:]' '[:upper:]')" "$version" "$1 \\- $2"
  sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
  printf '.fi\n.SH SEE ALSO\ntaizhang(1), /usr/share/doc/taizhang/operations.md\n'
}
version=$(run --version)
document() { # words of the command path
  local name help abstract
  # Commands nest three deep at most; deeper means the SUBCOMMANDS list was misread.
  [ $# -le 3 ] || { echo "install.sh: misread subcommands under: taizhang $*" >&2; exit 1; }
  name=$(echo "taizhang $*" | sed 's/ *$//; s/ /-/g')
  help=$(run "$@" --help)
  abstract=$(echo "$help" | sed -n 's/^OVERVIEW: //p' | head -n 1)
  echo "$help" > "$share/doc/taizhang/help/$name.txt"
  echo "$help" | man_page "$name" "${abstract:-taizhang $*}" | gzip -9n > "$share/man/man1/$name.1.gz"
  local sub
  for sub in $(subcommands "$@"); do
    [ "$sub" = help ] || document "$@" "$sub"
  done
}
document
chmod 0644 "$share/doc/taizhang/help/"*.txt "$share/man/man1/"*.1.gz

# Completions where bash-completion, zsh and fish look for them.
zsh_dir="$share/zsh/site-functions"
[ "$prefix" = /usr ] && zsh_dir="$share/zsh/vendor-completions"
install -d "$zsh_dir"
# bash-completion sources the file; a #! line would only mislead.
run --generate-completion-script bash | sed '1{/^#!/d}' > "$share/bash-completion/completions/taizhang"
run --generate-completion-script zsh > "$zsh_dir/_taizhang"
run --generate-completion-script fish > "$share/fish/vendor_completions.d/taizhang.fish"
chmod 0644 "$share/bash-completion/completions/taizhang" "$zsh_dir/_taizhang" \
  "$share/fish/vendor_completions.d/taizhang.fish"

echo "installed taizhang $version into $root"
