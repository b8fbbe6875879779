/*
 * cmd_fmt.c - `rkt fmt [-w] [--check] FILE...` (docs/cli.md "fmt"): each
 * file (a directory: every *.rkt below it, sorted; `-`: stdin) formatted
 * by the library (rkt_format_text).  Without options the formatted text
 * goes to stdout; -w rewrites the files that change, atomically, as -o
 * writes (outfile.h); --check writes the diff of each file that would
 * change and exits 1.  A file with syntax errors is never written: its
 * errors are printed and the status is 1.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cmd.h"
#include "cli/udiff.h"

typedef struct FmtList {
    char **v;
    int n, cap;
} FmtList;

static void fmt_oom(void)
{
    fputs("rkt: out of memory\n", stderr);
    exit(EXIT_USAGE);
}

static void fmt_push(FmtList *l, char *s)
{
    if (!s)
        fmt_oom();
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        char **v = realloc(l->v, (size_t)l->cap * sizeof *v);
        if (!v)
            fmt_oom();
        l->v = v;
    }
    l->v[l->n++] = s;
}

static int fmt_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every *.rkt below dir (hidden entries skipped), into l; -1 when a
 * folder cannot be read (said). */
static int fmt_walk(const char *dir, FmtList *l, int depth)
{
    DIR *d = opendir(dir);
    if (!d || depth > 64) {
        rkt_textf(stderr, "rkt: cannot read '%s': %s\n", dir, d ? "too deeply nested" : strerror(errno));
        if (d)
            closedir(d);
        return -1;
    }
    FmtList here = {0};
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.') {
            size_t n = strlen(dir) + strlen(e->d_name) + 2;
            char *p = malloc(n);
            if (!p)
                fmt_oom();
            snprintf(p, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
            fmt_push(&here, p);
        }
    closedir(d);
    if (here.n > 1)
        qsort(here.v, (size_t)here.n, sizeof *here.v, fmt_cmp);
    int rc = 0;
    for (int i = 0; i < here.n; i++) {
        struct stat st;
        size_t n = strlen(here.v[i]);
        if (stat(here.v[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            rc |= fmt_walk(here.v[i], l, depth + 1);
            free(here.v[i]);
        } else if (n > 4 && strcmp(here.v[i] + n - 4, ".rkt") == 0) {
            fmt_push(l, here.v[i]);
        } else {
            free(here.v[i]);
        }
    }
    free(here.v);
    return rc;
}

/* The whole of f; NULL with errno on failure. */
static char *fmt_slurp(FILE *f, size_t *len)
{
    size_t cap = 65536, n = 0;
    char *s = malloc(cap);
    if (!s)
        fmt_oom();
    for (;;) {
        if (n == cap) {
            char *t = cap < ((size_t)1 << 30) ? realloc(s, cap *= 2) : NULL;
            if (!t) {
                free(s);
                errno = EFBIG;
                return NULL;
            }
            s = t;
        }
        size_t got = fread(s + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        free(s);
        return NULL;
    }
    *len = n;
    return s;
}

/* Formats one file; its exit status. */
static int fmt_one(const RktOpts *o, rkt_session *s, const char *path)
{
    bool in = strcmp(path, "-") == 0;
    FILE *f = in ? stdin : fopen(path, "rb");
    size_t len = 0;
    char *text = f ? fmt_slurp(f, &len) : NULL;
    int err = errno;
    if (f && !in)
        fclose(f);
    if (!text) {
        rkt_textf(stderr, "rkt: cannot read '%s': %s\n", path, strerror(err));
        return EXIT_USAGE;
    }
    char *out = NULL;
    size_t n = 0;
    int rc = rkt_format_text(s, in ? "<stdin>" : path, text, len, &out, &n);
    if (rc != RKT_OK) {
        cmd_diagnostics(o, s);
        cmd_say_error(s);
    } else if (o->check) {
        if (n != len || memcmp(out, text, len) != 0) {
            rkt_textf(stderr, "rkt: %s is not formatted\n", path);
            ud_write(stdout, in ? "<stdin>" : path, text, len, out, n);
            rc = EXIT_INPUT;
        }
    } else if (o->write && !in) {
        if ((n != len || memcmp(out, text, len) != 0) && of_write_file(path, out, n, NULL, 0) != 0)
            rc = EXIT_USAGE;
    } else {
        fwrite(out, 1, n, stdout);
    }
    rkt_free(out);
    free(text);
    return rc;
}

int cmd_fmt(const RktOpts *o)
{
    if (o->nfiles == 0) {
        fputs("rkt: fmt needs at least one FILE or directory; try 'rkt help fmt'\n", stderr);
        return EXIT_USAGE;
    }
    if (o->write && o->check) {
        fputs("rkt: fmt takes -w or --check, not both\n", stderr);
        return EXIT_USAGE;
    }
    FmtList files = {0};
    int rc = EXIT_OK;
    for (int i = 0; i < o->nfiles; i++) {
        struct stat st;
        const char *p = o->files[i];
        if (strcmp(p, "-") != 0 && stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
            if (fmt_walk(p, &files, 0) != 0)
                rc = EXIT_USAGE;
        } else {
            size_t n = strlen(p) + 1;
            char *c = malloc(n);
            if (c)
                memcpy(c, p, n);
            fmt_push(&files, c);
        }
    }
    if (o->write)
        for (int i = 0; i < files.n; i++)
            if (strcmp(files.v[i], "-") == 0) {
                fputs("rkt: fmt -w cannot rewrite stdin ('-')\n", stderr);
                rc = EXIT_USAGE;
            }
    rkt_options opt = {0};
    rkt_session *s = rkt_open(&opt);
    if (!s)
        fmt_oom();
    for (int i = 0; i < files.n && rc != EXIT_USAGE; i++) {
        int r = fmt_one(o, s, files.v[i]);
        if (r > rc)
            rc = r;
    }
    rkt_close(s);
    for (int i = 0; i < files.n; i++)
        free(files.v[i]);
    free(files.v);
    return rc;
}
