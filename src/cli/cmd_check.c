/*
 * cmd_check.c - `rkt check`: load, parse, resolve, run every check of
 * LANGUAGE.md §6 and every static rule, and render the diagnostics in the
 * chosen format.  Also the shared front half of eval/explain/test
 * (cmd_load), and `rkt help`.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cmd.h"
#include "out/escape.h"
#include "cli/outfile.h"

bool cmd_color(const RktOpts *o, FILE *f)
{
    if (o->color >= 0)
        return o->color == 1;
    const char *nc = getenv("NO_COLOR");
    return !(nc && *nc) && isatty(fileno(f));
}

/* E001..E010 are the scanner's and the parser's. */
bool cmd_has_syntax_errors(const DgList *d)
{
    for (int i = 0; i < d->n; i++)
        if (d->v[i].code[0] == 'E' && atoi(d->v[i].code + 1) <= 10)
            return true;
    return false;
}

int cmd_load(const RktOpts *o, Program *p, Model **m)
{
    ld_init(p);
    p->incdirs = xcalloc((size_t)o->nincdirs + 1, sizeof *p->incdirs);
    for (int i = 0; i < o->nincdirs; i++)
        p->incdirs[i] = o->incdirs[i];
    p->nincdirs = o->nincdirs;
    p->diags.werror = o->werror;
    *m = NULL;
    if (o->nfiles == 0) {
        out_textf(stderr, "rkt: %s needs at least one FILE or directory; try 'rkt help %s'\n", o->cmd, o->cmd);
        return EXIT_USAGE;
    }
    if (ld_load_args(p, o->files, o->nfiles, 0) != 0)
        return EXIT_USAGE;
    if (p->diags.limit)
        return EXIT_USAGE;
    /* After a syntax error the tree is partial: semantic checks would only
     * report its gaps again, so they wait until the syntax is right. */
    if (!cmd_has_syntax_errors(&p->diags))
        *m = sm_build(p);
    return EXIT_OK;
}

int cmd_status(const DgList *d)
{
    if (d->limit)
        return EXIT_USAGE;
    return dg_failed(d) ? EXIT_INPUT : EXIT_OK;
}

static int check_format(const char *f, DgFormat *out)
{
    if (!f || strcmp(f, "human") == 0 || strcmp(f, "text") == 0) *out = DGF_HUMAN;
    else if (strcmp(f, "json") == 0) *out = DGF_JSON;
    else if (strcmp(f, "github") == 0) *out = DGF_GITHUB;
    else if (strcmp(f, "sarif") == 0) *out = DGF_SARIF;
    else return -1;
    return 0;
}

int cmd_check(const RktOpts *o)
{
    DgFormat fmt;
    if (check_format(o->format, &fmt) != 0) {
        out_textf(stderr, "rkt: check --format takes human, json, github or sarif, not '%s'\n", o->format);
        return EXIT_USAGE;
    }
    Program p;
    Model *m;
    int rc = cmd_load(o, &p, &m);
    if (rc == EXIT_OK) {
        if (m)     /* every plan's static rules, also when another has errors */
            cmd_static_rules(m, &p.diags);
        rc = cmd_status(&p.diags);
        if (fmt == DGF_HUMAN)
            dg_render(stderr, fmt, &p.diags, &p.src, cmd_color(o, stderr));
        else
            rc = cmd_render_out(o, fmt, &p) ? EXIT_USAGE : rc;
    } else if (p.diags.n) {
        dg_render(stderr, DGF_HUMAN, &p.diags, &p.src, cmd_color(o, stderr));
    }
    sm_free(m);
    ld_free(&p);
    return rc;
}

FILE *cmd_out_open(const RktOpts *o, CmdOut *out)
{
    memset(out, 0, sizeof *out);
    out->f = open_memstream(&out->buf, &out->len);
    if (!out->f) {
        perror("rkt: open_memstream");
        exit(EXIT_USAGE);
    }
    return out->f;
}

/* The run's input files, for -o to refuse: every file loaded (sources,
 * imports, data) and every FILE and --data named.  Malloc'd; the paths
 * are p's and o's. */
static const char **cmd_inputs(const RktOpts *o, const Program *p, int *n)
{
    int cap = (p ? p->src.n : 0) + o->nfiles + o->ndata + 1;
    const char **v = xcalloc((size_t)cap, sizeof *v);
    *n = 0;
    for (int i = 0; p && i < p->src.n; i++)
        v[(*n)++] = p->src.v[i]->path;      /* as shown; relative to the cwd */
    for (int i = 0; i < o->nfiles; i++)
        v[(*n)++] = o->files[i];
    for (int i = 0; i < o->ndata; i++)
        v[(*n)++] = o->data[i];
    return v;
}

int cmd_out_close(const RktOpts *o, CmdOut *out, const Program *p)
{
    if (fclose(out->f) != 0) {
        free(out->buf);
        out_textf(stderr, "rkt: cannot write the output: %s\n", strerror(errno));
        return -1;
    }
    int n;
    const char **inputs = o->output ? cmd_inputs(o, p, &n) : NULL;
    int rc = of_write_file(o->output, out->buf, out->len, inputs, o->output ? n : 0);
    free(inputs);
    free(out->buf);
    return rc;
}

/* Machine formats go to stdout, or atomically to -o FILE. */
int cmd_render_out(const RktOpts *o, DgFormat fmt, Program *p)
{
    CmdOut out;
    FILE *f = cmd_out_open(o, &out);
    dg_render(f, fmt, &p->diags, &p->src, false);
    return cmd_out_close(o, &out, p);
}

static const char *const help_text =
    "usage: rkt COMMAND [OPTIONS] FILE...\n"
    "\n"
    "commands:\n"
    "  check FILE...                 parse and check plans, rules and tests\n"
    "  eval FILE... --data CSV       evaluate realisasi, capaian, roll-ups, rules\n"
    "  explain FILE... --data CSV CODE\n"
    "                                show how one value was obtained\n"
    "  test FILE...                  run the uji blocks\n"
    "  help [COMMAND]                this text\n"
    "\n"
    "options:\n"
    "  --format F        check: human|json|github|sarif; eval: table|csv|json|md;\n"
    "                    test: text|json|junit\n"
    "  --data CSV        realisation data (repeatable)\n"
    "  --periode P       2025, 2025-TW2, 2025-S1, 2025-06 (default: the plan year)\n"
    "  --rencana CODE    the rkt or pk plan to evaluate\n"
    "  --semua           eval every rkt/pk plan loaded, in one pass over the data\n"
    "  --angka id        read data numbers as 25.945 = 25945, 81,5 = 81.5\n"
    "  --run PATTERN     test: only tests whose name contains PATTERN\n"
    "  -I DIR            add DIR to the rules search path\n"
    "  -o FILE           write output to FILE (atomically)\n"
    "  --werror          warnings make the exit status 1\n"
    "  --color WHEN      auto, always or never\n"
    "\n"
    "exit status: 0 done, 1 the input has errors, 2 usage error or limit reached\n";

int cmd_help(const char *topic)
{
    (void)topic;
    fputs(help_text, stdout);
    return EXIT_OK;
}
