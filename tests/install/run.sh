#!/bin/sh
# tests/install/run.sh - checks what `make install` installed, as a user
# of the library sees it (CLI.md "The library").
#
#   sh tests/install/run.sh WORK
#
# WORK holds two installs made by `make test-install`: WORK/usr (make
# install PREFIX=WORK/usr) and WORK/stage (make install PREFIX=/opt/rkt
# DESTDIR=WORK/stage).  Checks: every file is in place (the command, rules,
# man page, lib/librkt.so.0, the librkt.so link to it, librkt.a,
# include/rkt.h, lib/pkgconfig/rkt.pc, share/locale/id/LC_MESSAGES/rkt.mo,
# the bash, zsh and fish completions; the installed rkt speaks Indonesian
# with --bahasa id and its bash completion completes --jenis); rkt.pc names the PREFIX and the
# version of rkt.h; a C program (check_bkhit.c) built with `pkg-config
# --cflags --libs rkt` needs librkt.so.0, runs with LD_LIBRARY_PATH and
# exits 0 on examples/bkhit, and reports the version pkg-config does; the
# same program linked with librkt.a needs no librkt; `readelf -d` shows
# SONAME librkt.so.0; the symbols librkt.so.0 exports (nm -D
# --defined-only) all start with rkt_ and are exactly the functions rkt.h
# declares; librkt.a defines no global symbol but rkt_ ones; the DESTDIR
# install put everything under WORK/stage/opt/rkt and its rkt.pc says
# prefix=/opt/rkt.
set -u

[ $# -eq 1 ] || { echo "usage: sh tests/install/run.sh WORK" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
W=$(cd "$1" && pwd -P) || exit 2
P=$W/usr
CC=${CC:-cc}
for t in pkg-config readelf nm "$CC"; do
    command -v "$t" > /dev/null 2>&1 || { echo "install: '$t' is not installed (make deps installs it)" >&2; exit 2; }
done

passed=0
failed=0
ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
# check WHAT COMMAND...: one check, passed when COMMAND succeeds
check() {
    what=$1
    shift
    if "$@" > "$W/out" 2>&1; then ok; else fail "$what"; sed -n '1,20s/^/  /p' "$W/out"; fi
}

for f in bin/rkt share/man/man1/rkt.1 share/rkt/rules/sakip.rkt lib/librkt.so.0 lib/librkt.a \
         include/rkt.h lib/pkgconfig/rkt.pc share/locale/id/LC_MESSAGES/rkt.mo \
         share/bash-completion/completions/rkt share/zsh/site-functions/_rkt \
         share/fish/vendor_completions.d/rkt.fish; do
    check "$f is installed" test -f "$P/$f" -a ! -L "$P/$f"
done
# the installed command finds its catalogue (share/locale beside bin/)
printf 'satuan persen : persen\nrkt R "x" {\n  tahun 2025;\n}\n' > "$W/bad.rkt"
check "the installed rkt speaks Indonesian with --bahasa id" \
    sh -c "'$P/bin/rkt' check --bahasa id '$W/bad.rkt' 2>&1 | grep -q 'galat\[E001\]: karakter'"
check "the installed bash completion completes --jenis" \
    bash -c "source '$P/share/bash-completion/completions/rkt'; COMP_WORDS=(rkt report --jenis l); COMP_CWORD=3; _rkt; [ \"\${COMPREPLY[*]}\" = lkj ]"
check "lib/librkt.so is a link to librkt.so.0" test -L "$P/lib/librkt.so" -a "$(readlink "$P/lib/librkt.so" 2>/dev/null)" = librkt.so.0

PKG_CONFIG_PATH=$P/lib/pkgconfig; export PKG_CONFIG_PATH
flags=$(pkg-config --cflags --libs rkt 2>&1 | sed 's/ *$//')
check "pkg-config --cflags --libs rkt names the PREFIX ($flags)" \
    test "$flags" = "-I$P/include -L$P/lib -lrkt"
major=$(sed -n 's/^#define RKT_VERSION_MAJOR //p' "$ROOT/include/rkt.h")
minor=$(sed -n 's/^#define RKT_VERSION_MINOR //p' "$ROOT/include/rkt.h")
patch=$(sed -n 's/^#define RKT_VERSION_PATCH //p' "$ROOT/include/rkt.h")
version=$(pkg-config --modversion rkt 2>&1)
check "rkt.pc's version $version is rkt.h's $major.$minor.$patch" test "$version" = "$major.$minor.$patch"

# the program, linked with the shared library
# shellcheck disable=SC2086 # pkg-config's flags are words
check "check_bkhit.c builds with pkg-config --cflags --libs rkt" \
    $CC -std=c11 -Wall -Wextra -Wpedantic -Werror -o "$W/check_bkhit" "$ROOT/tests/install/check_bkhit.c" $flags
check "check_bkhit needs librkt.so.0" sh -c "readelf -d '$W/check_bkhit' | grep -q 'NEEDED.*\\[librkt.so.0\\]'"
LD_LIBRARY_PATH=$P/lib RKT_PATH=$P/share/rkt/rules "$W/check_bkhit" "$ROOT/examples/bkhit" > "$W/run.out" 2>&1
st=$?
if [ $st -eq 0 ]; then ok; else fail "check_bkhit examples/bkhit exits $st, not 0"; sed 's/^/  /' "$W/run.out"; fi
v=$(LD_LIBRARY_PATH=$P/lib "$W/check_bkhit" --version 2>&1)
check "the library linked says version $v, pkg-config $version" test "$v" = "$version"

# the same program, linked with the static archive
# shellcheck disable=SC2046,SC2086 # CC and pkg-config's flags are words
check "check_bkhit.c builds with librkt.a (pkg-config --static)" \
    $CC -std=c11 -o "$W/check_bkhit_static" "$ROOT/tests/install/check_bkhit.c" \
    $(pkg-config --cflags rkt) $(pkg-config --static --libs rkt | sed 's/-lrkt/-l:librkt.a/')
check "check_bkhit_static needs no librkt" sh -c "! readelf -d '$W/check_bkhit_static' | grep -q 'NEEDED.*librkt'"
RKT_PATH=$P/share/rkt/rules "$W/check_bkhit_static" "$ROOT/examples/bkhit" > "$W/run.out" 2>&1
st=$?
if [ $st -eq 0 ]; then ok; else fail "check_bkhit_static examples/bkhit exits $st, not 0"; sed 's/^/  /' "$W/run.out"; fi

# the soname and the exported symbols
check "readelf -d shows SONAME librkt.so.0" \
    sh -c "readelf -d '$P/lib/librkt.so.0' | grep -q '(SONAME).*\\[librkt.so.0\\]'"
nm -D --defined-only "$P/lib/librkt.so.0" | awk 'NF >= 3 { print $3 }' | LC_ALL=C sort > "$W/exported"
check "librkt.so.0 exports symbols" test -s "$W/exported"
check "librkt.so.0 exports only rkt_ symbols" sh -c "! grep -v '^rkt_' '$W/exported'"
sed -n 's/^RKT_API [^(]*[ *]\(rkt_[a-z0-9_]*\)(.*/\1/p' "$P/include/rkt.h" | LC_ALL=C sort > "$W/declared"
check "librkt.so.0 exports exactly the functions rkt.h declares" diff "$W/declared" "$W/exported"
nm -g --defined-only "$P/lib/librkt.a" | awk 'NF >= 3 { print $3 }' > "$W/archived"
check "librkt.a defines global symbols" test -s "$W/archived"
check "librkt.a defines no global symbol but rkt_ ones" sh -c "! grep -v '^rkt_' '$W/archived'"

# DESTDIR
S=$W/stage
for f in bin/rkt lib/librkt.so.0 lib/librkt.so lib/librkt.a include/rkt.h lib/pkgconfig/rkt.pc; do
    check "DESTDIR: opt/rkt/$f is installed" test -e "$S/opt/rkt/$f"
done
check "DESTDIR: nothing outside PREFIX" sh -c "[ \"\$(ls -A '$S')\" = opt ] && [ \"\$(ls -A '$S/opt')\" = rkt ]"
check "DESTDIR: rkt.pc says prefix=/opt/rkt" grep -qx 'prefix=/opt/rkt' "$S/opt/rkt/lib/pkgconfig/rkt.pc"

echo "install: $passed passed, $failed failed"
[ $failed -eq 0 ]
