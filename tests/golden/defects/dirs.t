# Golden tests of a directory named as FILE (CLI.md: every *.rkt below
# it): each folder is walked once, by device and inode, so a symlink loop
# ends; a folder below it that cannot be read is a usage error (exit 2),
# not a silent gap.  Format: tests/golden/run.sh.  Cases titled "fixed
# bug" keep a fixed bug from coming back; their comment says what went
# wrong.

=== fixed bug: a symlink to a folder above looped (100 s and 500 MB)
# rencana/unit/naik leads back to rencana: the walk followed it again and
# again, two ways at each level (naik and lain), until the path was too
# long.  Each folder is walked once now, by the first path in path order
# (rencana/lain before rencana/unit).
$ mkdir -p rencana/unit && ln -s .. rencana/unit/naik && ln -s unit rencana/lain
$ rkt check rencana
--- rencana/unit/satuan.rkt
satuan persen : persen
aturan "Selalu" { jika 1 > 0 maka info "x" }
--- exit 0
--- stderr
rencana/lain/satuan.rkt:1:8: warning[W003]: satuan 'persen' is declared but never used
    1 | satuan persen : persen
      |        ^~~~~~

=== a folder reached twice by symlinks gives its files once, by the first path
$ mkdir -p rencana && ln -s bersama rencana/a && ln -s bersama rencana/z
$ rkt check rencana 2>&1 | grep '^rencana'
--- rencana/bersama/satuan.rkt
satuan persen : persen
--- stdout
rencana/a/satuan.rkt:1:8: warning[W003]: satuan 'persen' is declared but never used

=== fixed bug: an unreadable folder below a directory argument was skipped with exit 0
# Run as the user nobody (setpriv, util-linux), since root reads any
# folder, in a folder of its own that nobody may enter.  When setpriv
# cannot switch user here (no setpriv, no privilege, or the binary is
# out of nobody's reach), the case is skipped: it prints the expected
# text itself.
$ d=$(mktemp -d "${TMPDIR:-/tmp}/rkt-akses.XXXXXX") && chmod 755 "$d" && cd "$d" || exit 9
$ mkdir -p rencana/unit rencana/tertutup && chmod 000 rencana/tertutup
$ printf 'satuan persen : persen\naturan "x" { jika 1 > 0 maka info "x" }\n' > rencana/unit/satuan.rkt
$ as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; }
$ if as_nobody "$RKT" --version >/dev/null 2>&1; then
$   as_nobody "$RKT" check rencana; st=$?
$   as_nobody "$RKT" check rencana/tertutup; echo "exit $?"
$ else
$   printf "rkt: cannot read 'rencana/tertutup': Permission denied\n" >&2; echo "exit 2"
$   printf "rkt: cannot read 'rencana/tertutup': Permission denied\n" >&2; st=2
$ fi
$ cd / && rm -rf "$d"; exit $st
--- exit 2
--- stdout
exit 2
--- stderr
rkt: cannot read 'rencana/tertutup': Permission denied
rkt: cannot read 'rencana/tertutup': Permission denied
