/*
 * cmd_check.c - `rkt check`: every check of docs/language.md#checks and every
 * static rule, the diagnostics in the chosen format; and what the
 * commands share (cmd.h): the session, messages, output files, help.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cmd.h"
#include "cli/msg.h"

bool cmd_color(const RktOpts *o, FILE *f)
{
    if (o->color >= 0)
        return o->color == 1;
    const char *nc = getenv("NO_COLOR");
    return !(nc && *nc) && isatty(fileno(f));
}

/* RKT_THREADS: the worker threads of a run (0 or unset: one per
 * processor); the output never depends on it. */
static int threads(void)
{
    const char *t = getenv("RKT_THREADS");
    return t && *t ? atoi(t) : 0;
}

rkt_session *cmd_session(const RktOpts *o)
{
    if (o->nfiles == 0) {
        rkt_textf(stderr, cli_tr("rkt: %s needs at least one FILE or directory; try 'rkt help %s'\n"), o->cmd, o->cmd);
        return NULL;
    }
    rkt_options opt = {.search_path = o->incdirs, .nsearch_path = o->nincdirs, .root = o->akar, .threads = threads(),
                       .bahasa = o->bahasa,
                       .flags = (o->angka_id ? RKT_ANGKA_ID : 0) | (o->werror ? RKT_WERROR : 0)};
    rkt_session *s = rkt_open(&opt);
    for (int i = 0; i < o->nfiles; i++)
        rkt_add_file(s, o->files[i]);
    for (int i = 0; i < o->ndata; i++)
        rkt_add_data_file(s, o->data[i]);
    return s;
}

void cmd_say_error(const rkt_session *s)
{
    const char *m = rkt_errmsg(s);
    for (const char *p = m; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char line[4096];            /* the library's reasons are short */
        snprintf(line, sizeof line, "%.*s", (int)n, p);
        rkt_textf(stderr, "rkt: %s\n", line);     /* they repeat paths and codes */
        p += n + (nl != NULL);
    }
}

void cmd_diagnostics(const RktOpts *o, rkt_session *s)
{
    rkt_diagnostics_write(s, RKT_FORMAT_HUMAN, cmd_color(o, stderr) ? RKT_COLOR : 0, stderr);
}

static int check_format(const char *f, rkt_format *out)
{
    if (!f || strcmp(f, "human") == 0 || strcmp(f, "text") == 0) *out = RKT_FORMAT_HUMAN;
    else if (strcmp(f, "json") == 0) *out = RKT_FORMAT_JSON;
    else if (strcmp(f, "github") == 0) *out = RKT_FORMAT_GITHUB;
    else if (strcmp(f, "sarif") == 0) *out = RKT_FORMAT_SARIF;
    else return -1;
    return 0;
}

int cmd_check(const RktOpts *o)
{
    rkt_format fmt;
    if (check_format(o->format, &fmt) != 0) {
        rkt_textf(stderr, cli_tr("rkt: check --format takes human, json, github or sarif, not '%s'\n"), o->format);
        return EXIT_USAGE;
    }
    rkt_session *s = cmd_session(o);
    if (!s)
        return EXIT_USAGE;
    int rc = rkt_check(s);
    cmd_say_error(s);
    if (fmt == RKT_FORMAT_HUMAN || rc == EXIT_USAGE) {
        cmd_diagnostics(o, s);
    } else {
        /* machine formats go to stdout, or atomically to -o FILE */
        CmdOut out;
        FILE *f = cmd_out_open(o, &out);
        rkt_diagnostics_write(s, fmt, 0, f);
        if (cmd_out_close(o, &out, true, s) != 0)
            rc = EXIT_USAGE;
    }
    rkt_close(s);
    return rc;
}

static void cmd_oom(void)
{
    fputs(cli_tr("rkt: out of memory\n"), stderr);
    exit(EXIT_USAGE);
}

/* Results that go to a file or a pipe go in 64 KiB writes, not stdio's
 * 4 KiB: copying a unit layout's eval --semua (80 MB) to stdout took
 * ~2,500 write calls, each a trap on a virtual machine (the pipeline's
 * scratch files took the other 8,000: pipeline.c, scratch_file).  A terminal keeps its line buffering.  The
 * stream is new, or stdout with nothing written yet (setvbuf comes
 * first); glibc takes a size only with a buffer, and a command opens one
 * output. */
static FILE *cmd_out_buffered(FILE *f)
{
    static char buf[1 << 16];
    static bool used;
    if (!used && !isatty(fileno(f))) {
        used = true;
        setvbuf(f, buf, _IOFBF, sizeof buf);
    }
    return f;
}

FILE *cmd_out_open(const RktOpts *o, CmdOut *out)
{
    memset(out, 0, sizeof *out);
    if (!o->output)
        return out->f = cmd_out_buffered(stdout);
    /* the FILE arguments and --data are known now; the imports are
     * checked on close */
    const char **in = calloc((size_t)o->nfiles + (size_t)o->ndata + 1, sizeof *in);
    if (!in)
        cmd_oom();
    int k = 0;
    for (int i = 0; i < o->nfiles; i++)
        in[k++] = o->files[i];
    for (int i = 0; i < o->ndata; i++)
        in[k++] = o->data[i];
    out->opened = of_open(&out->of, o->output, in, k) == 0;
    free(in);
    /* refused: the run still goes on (its diagnostics are worth
     * having) into a sink, and the status is 2 */
    int fd = out->opened ? dup(out->of.fd) : -1;
    out->f = fd >= 0 ? fdopen(fd, "w") : tmpfile();
    if (!out->f)
        cmd_oom();
    return cmd_out_buffered(out->f);
}

int cmd_out_close(const RktOpts *o, CmdOut *out, bool keep, const rkt_session *s)
{
    if (!o->output)
        return 0;                   /* stdout: of_stdout_end, at the end */
    int e = fclose(out->f) != 0 ? errno : 0;
    if (!out->opened)
        return -1;
    if (e && !out->of.err)
        out->of.err = e;
    int n = 0;
    while (s && rkt_file(s, n))
        n++;
    const char **in = calloc((size_t)n + 1, sizeof *in);
    if (!in)
        cmd_oom();
    for (int i = 0; i < n; i++)
        in[i] = rkt_file(s, i);     /* as shown; relative to the cwd */
    int bad = keep ? of_check_inputs(&out->of, in, n) : 0;
    free(in);
    if (!keep || bad) {
        of_abort(&out->of);
        return bad ? -1 : 0;
    }
    return of_commit(&out->of);
}
