#!/bin/sh
# tests/golden/run.sh - runs the golden tests: every tests/golden/**/*.t file.
#
#   sh tests/golden/run.sh RKT [--update] [FILE.t...]
#
# RKT is the binary under test (`./rkt`, `./build-san/rkt`).  With FILE.t
# arguments only those files run.  --update (for maintainers, never used by
# `make test`) rewrites in place the expected exit/stdout/stderr of the
# cases that fail; review the result with `git diff` before committing it.
#
# A .t file holds several cases.  Lines before the first case are comments.
#
#   === TITLE                      starts a case
#   $ rkt check main.rkt           the command (lines of the case header
#                                  other than `$ ` lines are comments)
#   --- main.rkt                   a file written into the case's directory
#   ...content...                  (NAME may hold subdirectories)
#   --- units.rkt < fixtures/F     a file written with the content of the
#                                  shared fixture tests/golden/fixtures/F
#   --- exit 1                     expected exit status; absent means 0
#   --- stderr                     expected stderr, exactly
#   ...
#   --- stdout                     expected stdout, exactly
#
# A fixture is a file kept once under tests/golden/fixtures/ for the cases
# that need the same input: `--- NAME < fixtures/PATH` writes NAME with the
# fixture's bytes, unchanged, and takes no content lines of its own (blank
# lines aside).  Write the fixture under the name the cases gave the file,
# so messages naming it read the same.  Only a file comes from a fixture;
# the path starts with `fixtures/` and holds no `.` or `..` component.
#
# A section runs up to the next `--- ` line, `=== ` line or end of file.
# Trailing empty lines of a section are ignored, in the expected text and in
# the actual output alike, and a written file ends with one newline.  An
# absent stdout or stderr section is not compared.  Several `$ ` lines make
# one script, run with `sh -c`; its exit status is the last command's.
#
# Each case runs in a fresh temporary directory holding its files, with
# stdin from /dev/null, NO_COLOR=1, RKT_PATH=$ROOT/rules (so `impor "sakip"`
# finds the repo's rules for any build) and a 10 s timeout.  A leading
# `rkt` of a command line becomes the binary's absolute path, and `rkt` is
# also on PATH for later words (`... | rkt fmt -`).  $ROOT (the repo root)
# and $CASEDIR (the case's directory) can be used in commands; in the
# actual output those two paths are written back as `$ROOT` and `$CASEDIR`
# before comparing, so expected texts do not depend on the checkout.
# A sanitizer report on stderr always fails the case.
set -u

usage() { echo "usage: sh tests/golden/run.sh RKT [--update] [FILE.t...]" >&2; exit 2; }
[ $# -ge 1 ] || usage

ROOT=$(cd "$(dirname "$0")/../.." && pwd -P) || exit 2
arg=$1; bin=$1; shift
case $bin in
    */*) ;;
    *) bin=$(command -v "$bin") || { echo "golden: no binary '$arg'" >&2; exit 2; } ;;
esac
case $bin in /*) ;; *) bin=$(pwd -P)/$bin ;; esac
if [ ! -x "$bin" ] || [ -d "$bin" ]; then
    echo "golden: '$bin' is not an executable" >&2; exit 2
fi

update=0
work=$(mktemp -d "${TMPDIR:-/tmp}/rkt-golden.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 141' PIPE
trap 'exit 143' TERM
: > "$work/files"
for a in "$@"; do
    case $a in
        --update) update=1 ;;
        -*) usage ;;
        /*) printf '%s\n' "$a" >> "$work/files" ;;
        *) printf '%s\n' "$(pwd -P)/$a" >> "$work/files" ;;
    esac
done
if [ ! -s "$work/files" ]; then
    find "$ROOT/tests/golden" -type f -name '*.t' | LC_ALL=C sort > "$work/files"
fi

mkdir "$work/bin" "$work/p" "$work/u"
ln -s "$bin" "$work/bin/rkt"
# The binary, quoted for a shell command line.
qbin="'$(printf '%s' "$bin" | sed "s/'/'\\\\''/g")'"

export NO_COLOR=1 ROOT
RKT=$bin; export RKT
RKT_PATH=$ROOT/rules; export RKT_PATH
PATH=$work/bin:$PATH; export PATH
# A sanitizer build's reports must not pass for an expected exit 1.
ASAN_OPTIONS="exitcode=86${ASAN_OPTIONS:+:$ASAN_OPTIONS}"; export ASAN_OPTIONS
UBSAN_OPTIONS="exitcode=86${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"; export UBSAN_OPTIONS

if diff -u --label a --label b /dev/null /dev/null >/dev/null 2>&1; then
    labels=1
else
    labels=0
fi

# Splits a .t file into $out: N.title, N.cmd, N.meta and section files sK.
# N.meta lines: `L line`, `X status`, `O sK` (stdout), `E sK` (stderr),
# `F sK NAME` (a file; sK.from holds its fixture's path when it has one),
# `B why` (a malformed line).  Trailing empty lines of sections are dropped.
PARSE_AWK='
function close_sec() {
    if (cur != "") close(cur)
    cur = ""; pend = 0
}
function end_case() {
    close_sec()
    if (n > 0) { close(meta); close(cmdf) }
}
/^===( |$)/ {
    end_case()
    n++; hdr = 1
    meta = out "/" n ".meta"; cmdf = out "/" n ".cmd"
    printf "L %d\n", NR > meta
    printf "" > cmdf
    t = substr($0, 5); sub(/[ \t\r]+$/, "", t)
    tf = out "/" n ".title"
    print t > tf; close(tf)
    next
}
n == 0 { next }
/^--- / {
    close_sec(); hdr = 0
    name = substr($0, 5); sub(/[ \t\r]+$/, "", name)
    if (name ~ /^exit( |$)/) {
        v = name; sub(/^exit */, "", v)
        printf "X %s\n", v > meta
        next
    }
    from = ""
    if (match(name, / +< +[^ ]+$/)) {
        from = substr(name, RSTART); sub(/^ +< +/, "", from)
        name = substr(name, 1, RSTART - 1)
    }
    ns++
    cur = out "/s" ns
    printf "" > cur
    if (from != "" && (name == "stdout" || name == "stderr"))
        printf "B only a file can come from a fixture, not %s\n", name > meta
    else if (name == "stdout") printf "O s%d\n", ns > meta
    else if (name == "stderr") printf "E s%d\n", ns > meta
    else {
        printf "F s%d %s\n", ns, name > meta
        if (from != "") { ff = cur ".from"; print from > ff; close(ff) }
    }
    next
}
hdr {
    if (substr($0, 1, 2) == "$ ") print substr($0, 3) > cmdf
    next
}
cur == "" { next }
$0 == "" { pend++; next }
{
    while (pend > 0) { print "" > cur; pend-- }
    print > cur
}
END { end_case(); print n > (out "/count") }
'

# Normalises actual output: the paths of the root and the case directory
# become $ROOT and $CASEDIR; trailing empty lines are dropped.
NORM_AWK='
function repl(s, from, to,    r, i) {
    if (from == "") return s
    r = ""
    while ((i = index(s, from)) > 0) {
        r = r substr(s, 1, i - 1) to
        s = substr(s, i + length(from))
    }
    return r s
}
{
    s = repl($0, c1, "$CASEDIR"); s = repl(s, c2, "$CASEDIR")
    s = repl(s, r1, "$ROOT"); s = repl(s, r2, "$ROOT")
    if (s == "") { pend++; next }
    while (pend > 0) { print ""; pend-- }
    print s
}
'

# Rewrites a .t file with the actual results kept in $upd: N.exit (a new
# status for an existing `--- exit` line), N.addexit (a `--- exit` line to
# add), N.out and N.err (new stdout/stderr section bodies).  Everything
# else, comments and blank lines included, is kept.
REWRITE_AWK='
function exists(f,    r, line) {
    r = (getline line < f)
    if (r >= 0) close(f)
    return r >= 0
}
function first(f,    line) {
    line = ""
    if ((getline line < f) > 0) { close(f); return line }
    return ""
}
function emit(s) {
    if (s == "") { blanks++; return }
    while (blanks > 0) { print ""; blanks-- }
    print s
}
function dump(f,    line) {
    while ((getline line < f) > 0) emit(line)
    close(f)
}
function end_sec() {
    if (skipping) { blanks += sb; skipping = 0; sb = 0 }
}
function end_case() {
    end_sec()
    if (n > 0 && !inserted && ax != "") { print "--- exit " ax; inserted = 1 }
}
/^===( |$)/ {
    end_case()
    n++; inserted = 0
    ux = exists(upd "/" n ".exit") ? first(upd "/" n ".exit") : ""
    ax = exists(upd "/" n ".addexit") ? first(upd "/" n ".addexit") : ""
    uo = exists(upd "/" n ".out"); ue = exists(upd "/" n ".err")
    emit($0)
    next
}
n > 0 && /^--- / {
    end_sec()
    name = substr($0, 5); sub(/[ \t\r]+$/, "", name)
    if (name ~ /^exit( |$)/) {
        emit(ux != "" ? "--- exit " ux : $0)
        next
    }
    if ((name == "stdout" || name == "stderr") && !inserted && ax != "") {
        emit("--- exit " ax); inserted = 1
    }
    emit($0)
    if (name == "stdout" && uo) { dump(upd "/" n ".out"); skipping = 1; sb = 0 }
    if (name == "stderr" && ue) { dump(upd "/" n ".err"); skipping = 1; sb = 0 }
    next
}
skipping { if ($0 == "") sb++; else sb = 0; next }
{ emit($0) }
END { end_case(); while (blanks > 0) { print ""; blanks-- } }
'

passed=0
failed=0
r1=$ROOT
r2=$(cd "$ROOT" && pwd -L)

# show_diff WHAT EXPECTED ACTUAL
show_diff() {
    if [ $labels = 1 ]; then
        diff -u --label "expected $1" --label "actual $1" "$2" "$3"
    else
        echo "--- expected $1 / +++ actual $1"
        diff -u "$2" "$3"
    fi
}

# has_section_marker FILE: the text would be read back as a new section.
has_section_marker() {
    grep -q -e '^--- ' -e '^===$' -e '^=== ' "$1"
}

# run_case T REL N: runs case N of the .t file T (shown as REL).
run_case() {
    t=$1; rel=$2; n=$3; p=$work/p
    line=$(sed -n 's/^L //p' "$p/$n.meta")
    title=$(cat "$p/$n.title")
    d=$work/case
    rm -rf "$d" && mkdir "$d" || exit 2
    c1=$d; c2=$(cd "$d" && pwd -P)
    exp_exit=0; has_exit=0; exp_out=; exp_err=; bad=

    while read -r kind sec name; do
        case $kind in
            X)  exp_exit=$sec; has_exit=1
                case $sec in ''|*[!0-9]*) bad="'--- exit' needs a number" ;; esac ;;
            O)  exp_out=$p/$sec ;;
            E)  exp_err=$p/$sec ;;
            B)  bad="$sec $name" ;;
            F)  case "/$name/" in
                    //|*/../*|*/./*) bad="bad file name '$name'" ;;
                esac
                case $name in /*) bad="bad file name '$name'" ;; esac
                src=$p/$sec
                if [ -z "$bad" ] && [ -f "$p/$sec.from" ]; then
                    from=$(cat "$p/$sec.from")
                    case "/$from/" in
                        /fixtures/*) ;;
                        *) bad="a fixture's path starts with 'fixtures/': '$from'" ;;
                    esac
                    case "/$from/" in
                        *//*|*/../*|*/./*) bad="bad fixture path '$from'" ;;
                    esac
                    src=$ROOT/tests/golden/$from
                    if [ -n "$bad" ]; then
                        :
                    elif [ -s "$p/$sec" ]; then
                        bad="'--- $name < $from' takes no content lines"
                    elif [ ! -f "$src" ] || [ ! -r "$src" ]; then
                        bad="no fixture '$from' in tests/golden"
                    fi
                fi
                if [ -z "$bad" ]; then
                    mkdir -p "$d/$(dirname "$name")" && cp "$src" "$d/$name" || bad="cannot write '$name'"
                fi ;;
        esac
    done < "$p/$n.meta"
    [ -s "$p/$n.cmd" ] || bad="no '\$ ' command line"
    if [ -n "$bad" ]; then
        echo "FAIL $rel:$line: $title"
        echo "  malformed case: $bad"
        failed=$((failed + 1))
        return
    fi

    script=$(while IFS= read -r l; do
        case $l in
            rkt) printf '%s\n' "$qbin" ;;
            'rkt '*) printf '%s%s\n' "$qbin" "${l#rkt}" ;;
            *) printf '%s\n' "$l" ;;
        esac
    done < "$p/$n.cmd")

    (cd "$d" && CASEDIR=$d && export CASEDIR &&
        exec timeout -k 5 10 sh -c "$script") \
        < /dev/null > "$work/out.raw" 2> "$work/err.raw"
    st=$?
    awk -v c1="$c1" -v c2="$c2" -v r1="$r1" -v r2="$r2" "$NORM_AWK" \
        "$work/out.raw" > "$work/out"
    awk -v c1="$c1" -v c2="$c2" -v r1="$r1" -v r2="$r2" "$NORM_AWK" \
        "$work/err.raw" > "$work/err"

    why=; fixable=1; ex_bad=0; out_bad=0; err_bad=0
    if [ $st = 124 ] || [ $st = 137 ]; then
        why="timed out after 10 s"; fixable=0
    elif grep -q -e 'Sanitizer' -e 'runtime error:' "$work/err"; then
        why="sanitizer report on stderr"; fixable=0
    fi
    [ "$st" = "$exp_exit" ] || ex_bad=1
    if [ -n "$exp_out" ] && ! cmp -s "$exp_out" "$work/out"; then out_bad=1; fi
    if [ -n "$exp_err" ] && ! cmp -s "$exp_err" "$work/err"; then err_bad=1; fi
    if [ -z "$why" ] && [ $ex_bad = 0 ] && [ $out_bad = 0 ] && [ $err_bad = 0 ]; then
        passed=$((passed + 1))
        return
    fi

    failed=$((failed + 1))
    echo "FAIL $rel:$line: $title"
    [ -z "$why" ] || echo "  $why"
    [ $ex_bad = 0 ] || echo "  exit status: expected $exp_exit, got $st"
    [ $out_bad = 0 ] || show_diff stdout "$exp_out" "$work/out"
    [ $err_bad = 0 ] || show_diff stderr "$exp_err" "$work/err"
    if [ $ex_bad = 1 ] && [ -z "$exp_err" ] && [ -s "$work/err" ]; then
        echo "  stderr was:"
        sed -n '1,20s/^/    /p' "$work/err"
    fi

    [ $update = 1 ] || return
    if [ $fixable = 0 ]; then
        echo "  (not updated: $why)"
        return
    fi
    if { [ $out_bad = 1 ] && has_section_marker "$work/out"; } ||
       { [ $err_bad = 1 ] && has_section_marker "$work/err"; }; then
        echo "  (not updated: the output has lines starting with '--- ' or '=== ')"
        return
    fi
    if [ $ex_bad = 1 ]; then
        if [ $has_exit = 1 ]; then
            echo "$st" > "$work/u/$n.exit"
        else
            echo "$st" > "$work/u/$n.addexit"
        fi
    fi
    [ $out_bad = 0 ] || cp "$work/out" "$work/u/$n.out"
    [ $err_bad = 0 ] || cp "$work/err" "$work/u/$n.err"
    updates=$((updates + 1))
}

while IFS= read -r t; do
    case $t in "$ROOT"/*) rel=${t#"$ROOT"/} ;; *) rel=$t ;; esac
    if [ ! -r "$t" ]; then
        echo "FAIL $rel: cannot read the file"
        failed=$((failed + 1))
        continue
    fi
    rm -rf "$work/p" "$work/u" && mkdir "$work/p" "$work/u" || exit 2
    awk -v out="$work/p" "$PARSE_AWK" "$t" || exit 2
    count=$(cat "$work/p/count")
    updates=0
    i=1
    while [ "$i" -le "$count" ]; do
        run_case "$t" "$rel" "$i"
        i=$((i + 1))
    done
    if [ $update = 1 ] && [ $updates -gt 0 ]; then
        awk -v upd="$work/u" "$REWRITE_AWK" "$t" > "$work/new.t" &&
            cat "$work/new.t" > "$t" &&
            echo "updated $rel ($updates case(s))"
    fi
done < "$work/files"

echo "golden: $passed passed, $failed failed"
[ $failed = 0 ]
