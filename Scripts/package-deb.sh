#!/usr/bin/env bash
# Builds taizhang_VERSION_ARCH.deb with dpkg-deb alone (no network, no debhelper):
# the installed layout under /usr (Scripts/install.sh --prefix /usr), the example config
# /etc/taizhang/config.toml and /etc/default/taizhang as conffiles, the systemd units and
# timers, the backup script, and the maintainer scripts of packaging/debian/.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: Scripts/package-deb.sh [--binary FILE] [--out DIR] [--fast]

  --binary FILE  package this already-built binary (default: build a release one).
  --out DIR      where the .deb goes (default: the current folder).
  --fast         compress lightly (gzip -1 instead of xz), for tests.
EOF
}

binary=
out=$PWD
compress=(-Zxz)
while [ $# -gt 0 ]; do
  case "$1" in
    --binary) binary=${2:?--binary needs a file}; shift 2 ;;
    --binary=*) binary=${1#*=}; shift ;;
    --out) out=${2:?--out needs a folder}; shift 2 ;;
    --out=*) out=${1#*=}; shift ;;
    --fast) compress=(-Zgzip -z1); shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "package-deb.sh: 不认识的参数 \"$1\"" >&2; usage >&2; exit 2 ;;
  esac
done
[ -z "$binary" ] || binary=$(readlink -f "$binary")
out=$(readlink -f "$out")

cd "$(dirname "$0")/.."
# The version has one home: Sources/Host/Support/Version.swift.
version=$(sed -n 's/^public let taizhangVersion = "\(.*\)"$/\1/p' Sources/Host/Support/Version.swift)
[ -n "$version" ] || { echo "package-deb.sh: 在 Version.swift 中找不到版本号" >&2; exit 1; }
arch=$(dpkg --print-architecture)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage="$work/root"
Scripts/install.sh --prefix /usr --destdir "$stage" ${binary:+--binary "$binary"} >/dev/null

# A binary linked to a Swift toolchain's shared runtime runs only where that toolchain is.
if ldd "$stage/usr/bin/taizhang" | grep -q 'libswiftCore\.so'; then
  echo "package-deb.sh: 注意：$binary 依赖 Swift 工具链的共享运行库，包只能在装了同一工具链的机器上运行（仅供测试）；发布请用 swift build -c release --static-swift-stdlib" >&2
fi
# Debian ships binaries stripped; the Swift metadata sections stay (they are allocated).
strip --strip-unneeded --remove-section=.comment "$stage/usr/bin/taizhang"
install -d "$stage/etc/taizhang" "$stage/etc/default" "$stage/var/lib/taizhang" \
  "$stage/usr/lib/systemd/system" "$stage/usr/libexec/taizhang" "$stage/DEBIAN"
install -m 0644 packaging/debian/config.toml "$stage/etc/taizhang/config.toml"
install -m 0644 packaging/debian/default "$stage/etc/default/taizhang"
install -m 0644 packaging/systemd/*.service packaging/systemd/*.timer "$stage/usr/lib/systemd/system/"
install -m 0755 packaging/backup "$stage/usr/libexec/taizhang/backup"
install -m 0644 packaging/debian/copyright "$stage/usr/share/doc/taizhang/copyright"
printf 'taizhang (%s) stable; urgency=medium\n\n  * Release %s.\n\n -- taizhang maintainers <taizhang@example.cn>  %s\n' \
  "$version" "$version" "$(date -R -d @"${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}")" |
  gzip -9n > "$stage/usr/share/doc/taizhang/changelog.gz"

# Depends: the Debian packages of the shared libraries the binary links (liblua5.4 …).
depends=$(ldd "$stage/usr/bin/taizhang" | awk '/=> \// {print $3}' | while read -r lib; do
  dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null || true
done | cut -d: -f1 | sort -u | grep -v '^libc6$' | paste -sd, - | sed 's/,/, /g')
depends="libc6${depends:+, $depends}"
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size/" -e "s/@DEPENDS@/$depends/" \
  packaging/debian/control.in > "$stage/DEBIAN/control"
install -m 0644 packaging/debian/conffiles "$stage/DEBIAN/conffiles"
install -m 0755 packaging/debian/postinst packaging/debian/prerm packaging/debian/postrm "$stage/DEBIAN/"
(cd "$stage" && find . -type f ! -path './DEBIAN/*' ! -path './etc/*' -printf '%P\0' | sort -z |
  xargs -0 md5sum) > "$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/md5sums"

deb="$out/taizhang_${version}_${arch}.deb"
dpkg-deb --build --root-owner-group "${compress[@]}" "$stage" "$deb" >/dev/null
echo "$deb"
