#!/bin/sh
# editors/vim/test.sh - the Vim files on the seed plan (make test-editors):
# a .rkt plan gets filetype rkt (its first line is a comment), a .rkt whose
# first line is `#lang racket` does not (Vim makes it racket or scheme); in the plan, `impor` (line 9) is a
# declaration, its string a string, `tahun` a property, 2025 a number,
# RENSTRA_BKHIT no keyword, a comment a comment, 25_945 one number.
# Skipped (exit 0, said so) when vim is not installed.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
command -v vim > /dev/null 2>&1 || { echo "vim: not installed, skipped"; exit 0; }
t=$(mktemp -d "${TMPDIR:-/tmp}/rkt-vim.XXXXXX") || exit 2
trap 'rm -rf "$t"' EXIT
printf '#lang racket\n(define x 1)\n' > "$t/racket.rkt"
# name of the syntax group at line, column of the current buffer
cat > "$t/probe.vim" <<'VIM'
function! Probe(l, c)
  return synIDattr(synID(a:l, a:c, 1), 'name')
endfunction
let out = []
execute 'edit' fnameescape($PLAN)
call add(out, 'ft=' . &filetype)
call add(out, Probe(9, 1) . ' ' . Probe(9, 8) . ' ' . Probe(17, 3) . ' ' . Probe(17, 12))
call add(out, Probe(18, 12) . '|' . Probe(1, 3) . ' ' . Probe(35, 16) . ' ' . Probe(35, 19))
execute 'edit' fnameescape($RACKET)
call add(out, 'racket is rkt: ' . (&filetype ==# 'rkt'))
call writefile(out, $OUT)
qall!
VIM
PLAN=$ROOT/examples/bkhit/rkt-2025.rkt RACKET=$t/racket.rkt OUT=$t/out \
    vim -Nu NONE -i NONE -es --cmd "set rtp^=$ROOT/editors/vim" --cmd 'filetype on' --cmd 'syntax on' \
    -S "$t/probe.vim" < /dev/null > /dev/null 2>&1
printf '%s\n' 'ft=rkt' 'rktDeclaration rktString rktProperty rktNumber' '|rktComment rktNumber rktNumber' \
    'racket is rkt: 0' > "$t/want"
if cmp -s "$t/want" "$t/out"; then
    echo "vim: filetype by content and syntax groups as expected"
else
    echo "vim: FAIL"; diff "$t/want" "$t/out"; exit 1
fi
