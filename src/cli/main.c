/*
 * main.c - the rkt command line: parses options into RktOpts and calls
 * the command, then checks that stdout was written.  Nothing else lives
 * here (docs/cli.md).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rkt.h"
#include "cli/cli.h"
#include "cli/outfile.h"
#include "cli/msg.h"

static int usage_error(const char *what, const char *arg)
{
    rkt_textf(stderr, cli_tr("rkt: %s '%s'; try 'rkt help'\n"), cli_tr(what), arg);
    return EXIT_USAGE;
}

static void push(const char ***v, int *n, const char *s)
{
    const char **w = realloc(*v, (size_t)(*n + 1) * sizeof **v);
    if (!w) {
        fputs(cli_tr("rkt: out of memory\n"), stderr);
        exit(EXIT_USAGE);
    }
    *v = w;
    (*v)[(*n)++] = s;
}

/* --opt VALUE or --opt=VALUE; returns the value or NULL. */
static const char *opt_value(int argc, char **argv, int *i, const char *name)
{
    size_t n = strlen(name);
    if (strncmp(argv[*i], name, n) != 0)
        return NULL;
    if (argv[*i][n] == '=')
        return argv[*i] + n + 1;
    if (argv[*i][n] != 0)
        return NULL;
    if (*i + 1 >= argc)
        return "";
    return argv[++*i];
}

static int parse_color(const char *v)
{
    if (strcmp(v, "auto") == 0) return -1;
    if (strcmp(v, "never") == 0) return 0;
    if (strcmp(v, "always") == 0) return 1;
    return -2;
}

static int run(RktOpts *o)
{
    const char *c = o->cmd;
    if (o->help) return cmd_help(c);
    if (strcmp(c, "completion") == 0) return cmd_completion(o);
    if (strcmp(c, "check") == 0) return cmd_check(o);
    if (strcmp(c, "eval") == 0) return cmd_eval(o);
    if (strcmp(c, "explain") == 0) return cmd_explain(o);
    if (strcmp(c, "test") == 0) return cmd_test(o);
    if (strcmp(c, "report") == 0) return cmd_report(o);
    if (strcmp(c, "fmt") == 0) return cmd_fmt(o);
    if (strcmp(c, "lsp") == 0) return cmd_lsp(o);
    return usage_error("unknown command", c);
}

static int parse(int argc, char **argv, RktOpts *o)
{
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i], *v;
        if ((v = opt_value(argc, argv, &i, "--data"))) push(&o->data, &o->ndata, v);
        else if ((v = opt_value(argc, argv, &i, "--periode"))) o->periode = v;
        else if ((v = opt_value(argc, argv, &i, "--format"))) o->format = v;
        else if ((v = opt_value(argc, argv, &i, "--rencana"))) o->rencana = v;
        else if ((v = opt_value(argc, argv, &i, "--run"))) o->run = v;
        else if ((v = opt_value(argc, argv, &i, "--akar"))) o->akar = v;
        else if ((v = opt_value(argc, argv, &i, "--jenis"))) o->jenis = v;
        else if ((v = opt_value(argc, argv, &i, "--bahasa"))) {
            if (strcmp(v, "id") != 0 && strcmp(v, "en") != 0)
                return usage_error("--bahasa takes id or en, not", v);
            o->bahasa = v;
        } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) o->help = true;
        else if ((v = opt_value(argc, argv, &i, "--color"))) {
            if ((o->color = parse_color(v)) == -2)
                return usage_error("--color takes auto, always or never, not", v);
        } else if ((v = opt_value(argc, argv, &i, "--angka-laporan"))) {
            if (strcmp(v, "en") != 0 && strcmp(v, "id") != 0)
                return usage_error("--angka-laporan takes id or en, not", v);
            o->angka_laporan_en = strcmp(v, "en") == 0;
        } else if ((v = opt_value(argc, argv, &i, "--angka"))) {
            if (strcmp(v, "id") != 0 && strcmp(v, "en") != 0)
                return usage_error("--angka takes id (25.945 = 25945, 81,5 = 81.5), not", v);
            o->angka_id = strcmp(v, "id") == 0;
        } else if (strcmp(a, "-o") == 0) {
            if (++i >= argc)
                return usage_error("a file name must follow", a);
            o->output = argv[i];
        } else if (strncmp(a, "-I", 2) == 0) {
            const char *dir = a[2] ? a + 2 : (++i < argc ? argv[i] : NULL);
            if (!dir)
                return usage_error("a directory must follow", a);
            push(&o->incdirs, &o->nincdirs, dir);
        } else if (strcmp(a, "--werror") == 0) o->werror = true;
        else if (strcmp(a, "--semua") == 0) o->semua = true;
        else if (strcmp(a, "-w") == 0) o->write = true;
        else if (strcmp(a, "--check") == 0) o->check = true;
        else if (a[0] == '-' && a[1] != 0) return usage_error("unknown option", a);
        else push(&o->files, &o->nfiles, a);
        if (v && !*v)
            return usage_error("a value must follow", a);
    }
    return EXIT_OK;
}

/* rkt help [--bahasa L] [COMMAND]: the first word that is no option. */
static const char *help_topic(int argc, char **argv)
{
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--bahasa") == 0)
            i++;
        else if (argv[i][0] != '-')
            return argv[i];
    }
    return NULL;
}

static int finish(int rc)
{
    rc = of_stdout_end(rc);
    cli_lang_end();
    return rc;
}

int main(int argc, char **argv)
{
    cli_lang_init(argc, argv);
    if (argc < 2)
        return cmd_help(NULL), finish(EXIT_USAGE);
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
        printf("rkt %s\n", RKT_VERSION);
        return finish(EXIT_OK);
    }
    if (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
        return finish(cmd_help(help_topic(argc, argv)));
    RktOpts o = {.cmd = argv[1], .color = -1};
    int rc = parse(argc, argv, &o);
    if (rc == EXIT_OK)
        rc = run(&o);
    free(o.files);
    free(o.data);
    free(o.incdirs);
    return finish(rc);   /* a write error on stdout is exit 2 */
}
