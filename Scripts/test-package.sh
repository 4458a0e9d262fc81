#!/usr/bin/env bash
# Tests the installed layout and the Debian package for real, from an already-built binary
# ($TAIZHANG_BIN, else .build/debug/taizhang; the release build is for install.sh and
# package-deb.sh run by hand): install.sh into a temp prefix and run the binary through
# PATH from /, build the .deb, check its contents and conffiles, unpack it and run
# `plugin list`, `init`, `doctor` and `remind --dry-run` from the unpacked tree, run the
# backup script's pruning, and check the systemd units. Called by Scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
bin=${TAIZHANG_BIN:-$repo/.build/debug/taizhang}
[ -x "$bin" ] || { echo "test-package: $bin 不存在；先 swift build" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
pass() { echo "ok   - $*"; }
fail() { echo "FAIL - $*"; failures=$((failures + 1)); }
check() { # description, then a command that must succeed
  local what=$1; shift
  if "$@" >"$tmp/out" 2>&1; then pass "$what"; else fail "$what"; sed 's/^/       /' "$tmp/out" | head -n 20; fi
}
contains() { grep -qF -- "$2" "$1"; }
# Every run starts from / with no user config and no taizhang environment.
tz() { (cd / && env -u TAIZHANG_DB -u TAIZHANG_CONFIG -u TAIZHANG_PLUGIN_PATH -u XDG_CONFIG_HOME \
  -u XDG_DATA_HOME HOME="$tmp/home" PATH="$tz_path:$PATH" taizhang "$@"); }
mkdir -p "$tmp/home"
plugins="bureau community hospital school"
lists_shipped_plugins() { local p; tz plugin list >"$tmp/list" 2>&1 || return 1
  for p in $plugins; do grep -qw "$p" "$tmp/list" || { cat "$tmp/list"; return 1; }; done; }

echo "# install.sh --prefix $tmp/x"
check "install.sh installs from a prebuilt binary" Scripts/install.sh --prefix "$tmp/x" --binary "$bin"
for f in bin/taizhang share/taizhang/plugins/calendar/plugin.lua share/taizhang/plugins/_lib \
  share/taizhang/plugins/_meta share/doc/taizhang/README.md share/doc/taizhang/help/taizhang-remind.txt \
  share/man/man1/taizhang.1.gz share/man/man1/taizhang-unit-add.1.gz \
  share/doc/taizhang/help/taizhang-finding-reopen.txt share/man/man1/taizhang-finding-verify.1.gz \
  share/bash-completion/completions/taizhang share/zsh/site-functions/_taizhang \
  share/fish/vendor_completions.d/taizhang.fish; do
  check "installed $f" test -e "$tmp/x/$f"
done
for p in $plugins; do check "installed plugin $p" test -f "$tmp/x/share/taizhang/plugins/$p/plugin.lua"; done
check "the man page renders" sh -c "zcat '$tmp/x/share/man/man1/taizhang-remind.1.gz' | grep -q '^.TH TAIZHANG-REMIND 1'"
tz_path="$tmp/x/bin"
check "through PATH from /, plugin list shows the four shipped plugins" lists_shipped_plugins
mkdir -p "$tmp/links" && ln -s "$tmp/x/bin/taizhang" "$tmp/links/taizhang"
tz_path="$tmp/links"
check "through a symlink, plugin list shows the four shipped plugins" lists_shipped_plugins

# A prefix of its own keeps its site files under it: PREFIX/etc/taizhang/config.toml makes
# it a system install whose ledger is PREFIX/var/lib/taizhang/taizhang.sqlite.
mkdir -p "$tmp/x/etc/taizhang"
printf '[channels.outbox]\ntype = "outbox"\nfolder = "%s/outbox"\n' "$tmp" >"$tmp/x/etc/taizhang/config.toml"
tz_path="$tmp/x/bin"
tz init >/dev/null 2>&1 || true
tz doctor --json >"$tmp/doctor.json" 2>"$tmp/doctor.err" || true
check "doctor finds the prefix's system config" contains "$tmp/doctor.json" "\"config\" : \"$tmp/x/etc/taizhang/config.toml\""
check "doctor's ledger is in PREFIX/var/lib/taizhang" contains "$tmp/doctor.json" "\"ledger\" : \"$tmp/x/var/lib/taizhang/taizhang.sqlite\""
check "doctor names its real binary" contains "$tmp/doctor.json" "\"binary\" : \"$tmp/x/bin/taizhang\""
if command -v python3 >/dev/null; then
  check "doctor --json is one JSON document" python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$tmp/doctor.json"
fi

echo "# package-deb.sh"
if Scripts/package-deb.sh --binary "$bin" --out "$tmp" --fast >"$tmp/deb.out" 2>&1; then
  deb=$(tail -n 1 "$tmp/deb.out")
  version=$(sed -n 's/^public let taizhangVersion = "\(.*\)"$/\1/p' Sources/Host/Support/Version.swift)
  check "the package is named taizhang_VERSION_ARCH.deb" test "$(basename "$deb")" = "taizhang_${version}_$(dpkg --print-architecture).deb"
  dpkg-deb -I "$deb" >"$tmp/info"
  dpkg-deb -c "$deb" >"$tmp/contents"
  dpkg-deb -I "$deb" conffiles >"$tmp/conffiles"
  check "control: Package taizhang, Version $version" sh -c "grep -q '^ Package: taizhang' '$tmp/info' && grep -q '^ Version: $version' '$tmp/info'"
  check "control: depends on liblua5.4 and adduser" sh -c "grep '^ Depends:' '$tmp/info' | grep -q liblua5.4 && grep '^ Depends:' '$tmp/info' | grep -q adduser"
  check "conffiles: the config and /etc/default/taizhang" sh -c "grep -qx /etc/taizhang/config.toml '$tmp/conffiles' && grep -qx /etc/default/taizhang '$tmp/conffiles'"
  for f in ./usr/bin/taizhang ./usr/share/taizhang/plugins/calendar/plugin.lua ./usr/share/taizhang/plugins/school/plugin.lua \
    ./usr/lib/systemd/system/taizhang-remind.service ./usr/lib/systemd/system/taizhang-remind.timer \
    ./usr/lib/systemd/system/taizhang-backup.service ./usr/lib/systemd/system/taizhang-backup.timer \
    ./usr/libexec/taizhang/backup ./etc/taizhang/config.toml ./etc/default/taizhang ./var/lib/taizhang/ \
    ./usr/share/doc/taizhang/copyright ./usr/share/doc/taizhang/operations.md; do
    check "contains $f" sh -c "awk '{print \$6}' '$tmp/contents' | grep -qx -- '$f'"
  done
  check "every file is owned by root" sh -c "! awk '{print \$2}' '$tmp/contents' | grep -v '^root/root$'"
  check "no file outside /usr, /etc and /var/lib/taizhang" sh -c "! awk '{print \$6}' '$tmp/contents' | grep -Ev '^\\./(\$|usr/|etc/|var/\$|var/lib/\$|var/lib/taizhang/\$)'"

  root="$tmp/root"
  dpkg-deb -x "$deb" "$root"
  tz_path="$root/usr/bin"
  check "unpacked, through PATH from /: plugin list shows the four shipped plugins" lists_shipped_plugins
  # As postinst does: the system config (ROOT/etc) puts the ledger in ROOT/var/lib/taizhang.
  check "unpacked: init creates the system ledger" tz init
  check "unpacked: the ledger is ROOT/var/lib/taizhang/taizhang.sqlite" test -f "$root/var/lib/taizhang/taizhang.sqlite"
  tz doctor >"$tmp/doctor.txt" 2>&1 && status=0 || status=$?
  check "unpacked: doctor runs (exit 0 or 1, never 2)" test "$status" -le 1
  check "unpacked: doctor reads the shipped example config" contains "$tmp/doctor.txt" "配置文件：$root/etc/taizhang/config.toml"
  check "unpacked: doctor shows the shipped plugin folder" contains "$tmp/doctor.txt" "插件目录：$root/usr/share/taizhang/plugins"
  # remind --dry-run on a ledger with a directory, in a temp folder.
  ledger="$tmp/ledger/taizhang.sqlite"
  tz init --db "$ledger" >/dev/null
  for pair in unit:units person:people role:roles; do
    tz "${pair%%:*}" import "$repo/Tests/CLITests/Fixtures/remind/${pair#*:}.csv" --db "$ledger" >/dev/null
  done
  tz remind --dry-run --db "$ledger" --now 2026-10-12 >"$tmp/remind.txt" 2>&1 && status=0 || status=$?
  check "unpacked: remind --dry-run runs with the example config" test "$status" -eq 0
  check "unpacked: remind --dry-run lists digests" sh -c "grep -q '张晓燕' '$tmp/remind.txt' || { cat '$tmp/remind.txt'; false; }"

  # The backup script: a new backup, backups older than KEEP_DAYS pruned, others kept.
  backups="$tmp/backups"
  mkdir -p "$backups/taizhang-old" "$backups/taizhang-recent" "$backups/other-old"
  touch -d '20 days ago' "$backups/taizhang-old" "$backups/other-old"
  touch -d '3 days ago' "$backups/taizhang-recent"
  (cd / && env TAIZHANG_DB="$ledger" TAIZHANG_BACKUP_DIR="$backups" TAIZHANG_BACKUP_KEEP_DAYS=14 HOME="$tmp/home" \
    "$root/usr/libexec/taizhang/backup") >"$tmp/backup.out" 2>&1 && status=0 || status=$?
  check "backup script succeeds" test "$status" -eq 0
  check "backup script wrote a new backup" sh -c "ls -d '$backups'/taizhang-20* >/dev/null"
  check "backup script pruned the 20-day-old backup" test ! -e "$backups/taizhang-old"
  check "backup script kept the 3-day-old backup and other folders" test -d "$backups/taizhang-recent" -a -d "$backups/other-old"
  env TAIZHANG_DB="$ledger" TAIZHANG_BACKUP_DIR="$backups" TAIZHANG_BACKUP_KEEP_DAYS=abc \
    "$root/usr/libexec/taizhang/backup" >"$tmp/backup.out" 2>&1 && status=0 || status=$?
  check "backup script refuses KEEP_DAYS=abc with exit 2" test "$status" -eq 2

  # systemd-analyze verify needs the ExecStart programs and the targets the units hang
  # from: --root is the unpacked tree with the host's own units added (ours win). The man
  # pages of Documentation= are checked above as files, not through man(1).
  if command -v systemd-analyze >/dev/null && systemd-analyze --version >/dev/null 2>&1 &&
    [ -d /usr/lib/systemd/system ]; then
    cp -rn /usr/lib/systemd/system/. "$root/usr/lib/systemd/system/" 2>/dev/null || true
    if timeout 60 systemd-analyze verify --man=no --root="$root" "$root"/usr/lib/systemd/system/taizhang-* >"$tmp/verify" 2>&1 &&
      ! grep -v -e '^$' "$tmp/verify" | grep -q .; then
      pass "systemd-analyze verify: the units are clean"
    else
      fail "systemd-analyze verify"; sed 's/^/       /' "$tmp/verify"
    fi
    check "the remind timer fires at 08:00 Asia/Shanghai" sh -c \
      "systemd-analyze calendar --iterations=1 '*-*-* 08:00:00 Asia/Shanghai' | grep -q 'Next elapse'"
  else
    echo "note - systemd-analyze is not available here: the units were NOT verified (not counted as a pass)"
  fi
  # dpkg -i for real, into a throwaway Debian root (made once with debootstrap, e.g.
  # `debootstrap --variant=minbase --include=adduser,liblua5.4-0,libsqlite3-0,systemd
  # bookworm ROOT`), named by TAIZHANG_TEST_DEBIAN_ROOT. Install, check postinst's work,
  # remove (data stays), purge (config goes, ledger moved into backups).
  # Swift reads its arguments from /proc, so the root needs /proc mounted (root only).
  chr=${TAIZHANG_TEST_DEBIAN_ROOT:-}
  if [ -n "$chr" ] && [ -x "$chr/usr/bin/dpkg" ] && mount -t proc proc "$chr/proc" 2>/dev/null; then
    trap 'umount "$chr/proc" 2>/dev/null; rm -rf "$tmp"' EXIT
    in_root() { chroot "$chr" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"; }
    cp "$deb" "$chr/tmp/taizhang.deb"
    check "dpkg -i installs the package (postinst: user, ledger, timers)" in_root dpkg -i /tmp/taizhang.deb
    check "postinst created the system user taizhang" in_root getent passwd taizhang
    # Names as the root knows them: the host has no user taizhang.
    check "postinst created the ledger, owned by taizhang" test "$(in_root stat -c %U /var/lib/taizhang/taizhang.sqlite)" = taizhang
    check "the config is root:taizhang 0640" test "$(in_root stat -c %U:%G:%a /etc/taizhang/config.toml)" = root:taizhang:640
    check "postinst enabled the remind timer" test -L "$chr/etc/systemd/system/timers.target.wants/taizhang-remind.timer"
    check "installed: plugin list as taizhang from /" sh -c "chroot '$chr' runuser -u taizhang -- env -i PATH=/usr/bin:/bin HOME=/var/lib/taizhang taizhang plugin list | grep -qw hospital"
    chroot "$chr" runuser -u taizhang -- env -i PATH=/usr/bin:/bin HOME=/var/lib/taizhang taizhang doctor >"$tmp/doctor-root.txt" 2>&1 || true
    check "installed: doctor uses /etc/taizhang/config.toml and /var/lib/taizhang" sh -c \
      "grep -q '配置文件：/etc/taizhang/config.toml' '$tmp/doctor-root.txt' && grep -q '台账数据库：/var/lib/taizhang/taizhang.sqlite' '$tmp/doctor-root.txt' || { cat '$tmp/doctor-root.txt'; false; }"
    check "dpkg -r removes the program" in_root dpkg -r taizhang
    check "after remove, the ledger and config stay" test -f "$chr/var/lib/taizhang/taizhang.sqlite" -a -f "$chr/etc/taizhang/config.toml"
    check "dpkg -P purges" in_root dpkg -P taizhang
    check "after purge, /etc/taizhang is gone" test ! -e "$chr/etc/taizhang"
    check "after purge, the ledger is kept in backups/purged-*" sh -c "ls '$chr'/var/lib/taizhang/backups/purged-*/taizhang.sqlite"
    rm -rf "$chr/var/lib/taizhang" "$chr/tmp/taizhang.deb"
    in_root deluser --quiet taizhang >/dev/null 2>&1 || true
    umount "$chr/proc" 2>/dev/null || true
  else
    echo "note - dpkg -i into a throwaway root NOT run: set TAIZHANG_TEST_DEBIAN_ROOT to a debootstrapped Debian 12 root (and run as root, to mount its /proc)"
  fi
  if command -v lintian >/dev/null; then
    lintian --tag-display-limit 0 "$deb" >"$tmp/lintian" 2>&1 || true
    echo "note - lintian findings (informational):"; sed 's/^/       /' "$tmp/lintian"
  else
    echo "note - lintian is not installed: the package was not linted (apt-get install lintian)"
  fi
else
  fail "package-deb.sh builds the package"; sed 's/^/       /' "$tmp/deb.out"
fi

if [ "$failures" -gt 0 ]; then
  echo "test-package: $failures failed"
  exit 1
fi
echo "test-package: all passed"
