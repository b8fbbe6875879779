#!/bin/sh
# bench/scanpeer.sh - writes the peer scanner of `rkt check` (bench/run.sh).
#
#   sh bench/scanpeer.sh grammar/rkt.l > scanpeer.l
#
# The peer is rkt's own scanner with nothing to do: the definitions, start
# conditions and patterns of grammar/rkt.l as they are, every action
# replaced by nothing but its unconditional state changes (a `BEGIN(X)`
# at the top level of the action, so that a string is still one token);
# the <<EOF>> rules dropped (the end of input ends the scan); the options
# that tie the scanner to the parser (bison-bridge, bison-locations,
# extra-type) and the C code blocks dropped; and a main that reads each
# file whole, as rkt does, and scans a copy of it (yy_scan_bytes) with
# one call of yylex to its end.  A directory argument means every *.rkt
# below it.  Built with rkt's flex flags (-Cf), it is what reading the
# same bytes with rkt's token classes costs, measured in the same run;
# generated from the grammar, it follows every change to it.
#
# What it cannot follow: a state change made under a condition (the `}`
# that closes an `{expr}` inside a string returns to the string only when
# one is open); the benchmark's plans have no interpolated string.
set -eu
[ $# -eq 1 ] || { echo "usage: sh bench/scanpeer.sh grammar/rkt.l" >&2; exit 2; }

awk '
function out(s) { print s }

# The end of the pattern that starts line s: the first blank outside a
# quoted string, a character class or an escape.
function pattern_end(s,    i, c, n, inq, incl) {
    n = length(s); inq = 0; incl = 0
    for (i = 1; i <= n; i++) {
        c = substr(s, i, 1)
        if (c == "\\") { i++; continue }
        if (inq) { if (c == "\"") inq = 0; continue }
        if (incl) { if (c == "]") incl = 0; continue }
        if (c == "\"") { inq = 1; continue }
        if (c == "[") {
            incl = 1
            if (substr(s, i + 1, 1) == "^") i++
            if (substr(s, i + 1, 1) == "]") i++
            continue
        }
        if (c == " " || c == "\t") return i - 1
    }
    return n
}

# Scans action text t for braces outside C strings, characters and
# comments; updates depth, and collects the BEGIN(X) found at depth 1.
function scan_action(t,    i, c, n, rest) {
    n = length(t)
    for (i = 1; i <= n; i++) {
        c = substr(t, i, 1)
        if (incomment) {
            if (c == "*" && substr(t, i + 1, 1) == "/") { incomment = 0; i++ }
            continue
        }
        if (c == "/" && substr(t, i + 1, 1) == "*") { incomment = 1; i++; continue }
        if (c == "/" && substr(t, i + 1, 1) == "/") return
        if (c == "\"" || c == "\047") {
            q = c
            for (i++; i <= n; i++) {
                c = substr(t, i, 1)
                if (c == "\\") { i++; continue }
                if (c == q) break
            }
            continue
        }
        if (c == "{") { depth++; continue }
        if (c == "}") { depth--; continue }
        if (depth == 1 && substr(t, i, 6) == "BEGIN(") {
            rest = substr(t, i)
            match(rest, /^BEGIN\([A-Za-z_0-9]*\)/)
            if (RSTART) { begins = begins " " substr(rest, 1, RLENGTH) ";"; i += RLENGTH - 1 }
        }
    }
}

function emit_rule() {
    if (pat ~ /<<EOF>>$/) return               # the end of input ends the scan
    printf "%s\t{%s }\n", pat, begins
}

BEGIN { section = 1; skip = ""; inaction = 0 }

section == 1 {
    if ($0 == "%%") {
        section = 2
        out("%top{")
        out("#include <dirent.h>")
        out("#include <fcntl.h>")
        out("#include <ftw.h>")
        out("#include <stdio.h>")
        out("#include <stdlib.h>")
        out("#include <string.h>")
        out("#include <sys/stat.h>")
        out("#include <unistd.h>")
        out("}")
        out("%%")
        next
    }
    if (skip == "top") { if ($0 == "}") skip = ""; next }
    if (skip == "code") { if ($0 == "%}") skip = ""; next }
    if ($0 ~ /^%top\{/) { skip = "top"; next }
    if ($0 == "%{") { skip = "code"; next }
    if ($0 ~ /^%option/) {
        gsub(/extra-type="[^"]*"/, "")
        line = "%option"
        for (i = 2; i <= NF; i++)
            if ($i != "bison-bridge" && $i != "bison-locations" && $i !~ /^extra-type=/)
                line = line " " $i
        if (line != "%option") out(line)
        next
    }
    out($0)
    next
}

section == 2 && inaction {
    scan_action($0)
    if (depth <= 0) { inaction = 0; emit_rule() }
    next
}

section == 2 {
    if ($0 == "%%") { section = 3; exit }
    if ($0 ~ /^[ \t]/ || $0 == "") next         # comments between rules
    if ($0 ~ /^<[A-Za-z_0-9,]+>\{[ \t]*$/ || $0 == "}") { out($0); next }   # a start-condition scope
    e = pattern_end($0)
    pat = substr($0, 1, e)
    act = substr($0, e + 1)
    sub(/^[ \t]+/, "", act)
    begins = ""; depth = 0; incomment = 0
    if (act == "|") { print pat "\t|"; next }
    if (substr(act, 1, 1) == "{") {
        scan_action(act)
        if (depth > 0) { inaction = 1; next }
    } else {
        depth = 1; scan_action(act)
    }
    emit_rule()
    next
}
' "$1"

cat <<'EOF'
%%
/* The peer's main: scans each file to its end; prints files and bytes. */
static long nfiles, nbytes;

static void scan_file(const char *path)
{
    int fd = open(path, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0) {
        perror(path);
        exit(2);
    }
    char *text = malloc((size_t)st.st_size + 1);
    size_t len = 0;
    ssize_t n;
    if (!text) {
        perror("malloc");
        exit(2);
    }
    while (len < (size_t)st.st_size && (n = read(fd, text + len, (size_t)st.st_size - len)) > 0)
        len += (size_t)n;
    close(fd);
    yyscan_t sc;
    if (yylex_init(&sc) != 0) {
        perror("yylex_init");
        exit(2);
    }
    YY_BUFFER_STATE b = yy_scan_bytes(text, (int)len, sc);
    while (yylex(sc) != 0)
        ;
    yy_delete_buffer(b, sc);
    yylex_destroy(sc);
    free(text);
    nfiles++;
    nbytes += (long)len;
}

static int visit(const char *path, const struct stat *st, int kind, struct FTW *ftw)
{
    size_t n = strlen(path);
    (void)ftw;
    if (kind == FTW_F && S_ISREG(st->st_mode) && n > 4 && !strcmp(path + n - 4, ".rkt"))
        scan_file(path);
    return 0;
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
            nftw(argv[i], visit, 16, FTW_PHYS);
        else
            scan_file(argv[i]);
    }
    printf("files=%ld bytes=%ld\n", nfiles, nbytes);
    return 0;
}
EOF
