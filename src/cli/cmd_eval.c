/*
 * cmd_eval.c - `rkt eval` and `rkt explain` on the library: the plan (or
 * every plan, --semua) evaluated against the data, the results in the
 * chosen format on stdout or -o; the diagnostics on stderr.
 */
#include <string.h>
#include <sys/stat.h>

#include "cli/cmd.h"
#include "cli/msg.h"

static int eval_format(const RktOpts *o, rkt_format *f)
{
    const char *s = o->format;
    if (!s)
        *f = RKT_FORMAT_TABLE;
    else if (strcmp(s, "table") == 0) *f = RKT_FORMAT_TABLE;
    else if (strcmp(s, "csv") == 0) *f = RKT_FORMAT_CSV;
    else if (strcmp(s, "json") == 0) *f = RKT_FORMAT_JSON;
    else if (strcmp(s, "md") == 0) *f = RKT_FORMAT_MD;
    else {
        rkt_textf(stderr, cli_tr("rkt: %s --format takes table, csv, json or md, not '%s'\n"), o->cmd, s);
        return -1;
    }
    return 0;
}

static rkt_eval_options eval_options(const RktOpts *o, rkt_format fmt, FILE *f)
{
    return (rkt_eval_options){.plan = o->rencana, .all = o->semua, .periode = o->periode, .format = fmt,
                              .flags = cmd_color(o, f) && !o->output ? RKT_COLOR : 0};
}

/* Runs one of eval and explain with the output handled alike. */
static int run(const RktOpts *o, rkt_format fmt, const char *code)
{
    rkt_session *s = cmd_session(o);
    if (!s)
        return EXIT_USAGE;
    CmdOut out;
    FILE *f = cmd_out_open(o, &out);
    rkt_eval_options eo = eval_options(o, fmt, f);
    int rc = code ? rkt_explain_write(s, &eo, code, f) : rkt_eval_write(s, &eo, f);
    /* a run that wrote nothing leaves -o untouched */
    bool wrote = rc != EXIT_USAGE && (rc == EXIT_OK || ftell(f) > 0 || !o->output);
    if (cmd_out_close(o, &out, wrote && rc != EXIT_USAGE, s) != 0)
        rc = EXIT_USAGE;
    cmd_say_error(s);
    cmd_diagnostics(o, s);
    rkt_close(s);
    return rc;
}

int cmd_eval(const RktOpts *o)
{
    rkt_format fmt;
    if (eval_format(o, &fmt) != 0)
        return EXIT_USAGE;
    return run(o, fmt, NULL);
}

/* explain FILE... CODE: the last argument that is not a path is CODE. */
int cmd_explain(const RktOpts *o)
{
    RktOpts oo = *o;
    struct stat st;
    if (oo.nfiles < 2 || stat(oo.files[oo.nfiles - 1], &st) == 0) {
        rkt_textf(stderr, cli_tr("rkt: explain needs FILE... and the CODE to explain; try 'rkt help explain'\n"));
        return EXIT_USAGE;
    }
    const char *code = oo.files[--oo.nfiles];
    return run(&oo, RKT_FORMAT_TABLE, code);
}
