/*
 * load.c - loading the files of a run and resolving `impor`.
 *
 * A module name (no '/' and no ".rkt") is searched in: each -I DIR, each
 * directory of RKT_PATH (':'-separated), the rules/ directory beside the
 * rkt binary (so a build tree works uninstalled), then the installed
 * rules directory.  Anything else is a path relative to the importing file.
 * Imports are loaded depth-first when their importer has been parsed; a
 * file found again while it is still being loaded closes a cycle.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load.h"
#include "parse.h"

#ifndef RKT_RULES_DIR
#define RKT_RULES_DIR "/usr/local/share/rkt/rules"
#endif

enum { LD_MAX_IMPORT_DEPTH = 64 };

/* The chain of files being loaded, for cycle detection and messages. */
typedef struct LdStack {
    const char *real[LD_MAX_IMPORT_DEPTH];
    const char *shown[LD_MAX_IMPORT_DEPTH];
    int n;
} LdStack;

static void ld_file(Program *p, SrcFile *f, LdStack *st);

void ld_init(Program *p)
{
    memset(p, 0, sizeof *p);
    src_init(&p->src);
    dg_init(&p->diags);
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n > 0) {
        buf[n] = 0;
        char *slash = strrchr(buf, '/');
        if (slash)
            *slash = 0;
        p->exe_dir = xstrdup(buf);
    }
}

void ld_free(Program *p)
{
    for (int i = 0; i < p->nasts; i++)
        ast_free(p->asts[i]);
    free(p->asts);
    free(p->incdirs);
    free((char *)p->exe_dir);
    dg_free(&p->diags);
    src_free(&p->src);
}

static SrcFile *ld_find_loaded(Program *p, const char *real)
{
    for (int i = 0; i < p->src.n; i++)
        if (p->src.v[i]->real && strcmp(p->src.v[i]->real, real) == 0)
            return p->src.v[i];
    return NULL;
}

static void ld_push_ast(Program *p, Ast *a)
{
    if (p->nasts == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 16;
        p->asts = xrealloc(p->asts, (size_t)p->cap * sizeof *p->asts);
    }
    p->asts[p->nasts++] = a;
}

static bool is_module_name(const char *s)
{
    size_t n = strlen(s);
    return !strchr(s, '/') && !(n >= 4 && strcmp(s + n - 4, ".rkt") == 0);
}

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Tries DIR/NAME.rkt; returns a malloc'd path or NULL. */
/* Paths are shown relative to the working directory when inside it, so
 * messages (and golden tests) do not depend on where the tree lives. */
static char *ld_shown(char *path)
{
    char cwd[PATH_MAX];
    size_t n;
    if (path[0] != '/' || !getcwd(cwd, sizeof cwd) || strncmp(path, cwd, n = strlen(cwd)) != 0 || path[n] != '/')
        return path;
    char *rel = xstrdup(path + n + 1);
    free(path);
    return rel;
}

static char *ld_try_dir(const char *dir, const char *name)
{
    if (!dir || !*dir)
        return NULL;
    char *path = ld_shown(xasprintf("%s/%s.rkt", dir, name));
    if (file_exists(path))
        return path;
    free(path);
    return NULL;
}

static char *ld_search_module(Program *p, const char *name)
{
    char *found = NULL;
    for (int i = 0; i < p->nincdirs && !found; i++)
        found = ld_try_dir(p->incdirs[i], name);
    const char *env = getenv("RKT_PATH");
    if (!found && env) {
        char *copy = xstrdup(env), *save = NULL;
        for (char *d = strtok_r(copy, ":", &save); d && !found; d = strtok_r(NULL, ":", &save))
            found = ld_try_dir(d, name);
        free(copy);
    }
    if (!found && p->exe_dir) {
        char *dir = xasprintf("%s/rules", p->exe_dir);
        found = ld_try_dir(dir, name);
        free(dir);
    }
    if (!found)
        found = ld_try_dir(RKT_RULES_DIR, name);
    return found;
}

static char *ld_relative(const char *importer, const char *rel)
{
    if (rel[0] == '/')
        return xstrdup(rel);
    const char *slash = strrchr(importer, '/');
    if (!slash)
        return xstrdup(rel);
    return xasprintf("%.*s/%s", (int)(slash - importer), importer, rel);
}

static void ld_cycle_error(Program *p, LdStack *st, int from, const char *again, Span at)
{
    Sbuf b;
    sb_init(&b);
    for (int i = from; i < st->n; i++)
        sb_printf(&b, "%s -> ", st->shown[i]);
    sb_puts(&b, again);
    dg_emit(&p->diags, "E020", at, "import cycle: %s; move what both files need into a third module", b.s);
    sb_free(&b);
}

static void ld_import(Program *p, SrcFile *from, Impor *im, LdStack *st)
{
    const char *what = im->what && im->what->n == 1 ? im->what->parts[0].text : NULL;
    if (!what || !*what) {
        dg_emit(&p->diags, "E021", im->h.span, "impor needs a module name or a file path");
        return;
    }
    char *path = is_module_name(what) ? ld_search_module(p, what) : ld_relative(from->path, what);
    if (!path) {
        dg_emit(&p->diags, "E021", im->what->span,
                "module '%s' not found in the rules search path (-I DIR, RKT_PATH, %s)", what, RKT_RULES_DIR);
        return;
    }
    char real[PATH_MAX];
    if (!realpath(path, real)) {
        dg_emit(&p->diags, "E021", im->what->span, "cannot read '%s': %s", path, strerror(errno));
        free(path);
        return;
    }
    for (int i = 0; i < st->n; i++)
        if (strcmp(st->real[i], real) == 0) {
            ld_cycle_error(p, st, i, path, im->what->span);
            free(path);
            return;
        }
    SrcFile *f = ld_find_loaded(p, real);
    if (f) {
        im->file = f->id;
        free(path);
        return;
    }
    char *err = NULL;
    f = src_load(&p->src, path, &err);
    free(path);
    if (!f) {
        dg_emit(&p->diags, "E021", im->what->span, "%s", err);
        free(err);
        return;
    }
    im->file = f->id;
    ld_file(p, f, st);
}

/* Is `real` inside DIR (a directory of the search path)? */
static bool ld_under(const char *dir, const char *real)
{
    char rd[PATH_MAX];
    if (!dir || !realpath(dir, rd))
        return false;
    size_t n = strlen(rd);
    return strncmp(rd, real, n) == 0 && real[n] == '/';
}

/* A file in the rules search path is a library module. */
static bool ld_is_library(Program *p, const char *real)
{
    for (int i = 0; i < p->nincdirs; i++)
        if (ld_under(p->incdirs[i], real))
            return true;
    const char *env = getenv("RKT_PATH");
    if (env) {
        char *copy = xstrdup(env), *save = NULL;
        bool in = false;
        for (char *d = strtok_r(copy, ":", &save); d && !in; d = strtok_r(NULL, ":", &save))
            in = ld_under(d, real);
        free(copy);
        if (in)
            return true;
    }
    if (p->exe_dir) {
        char *dir = xasprintf("%s/rules", p->exe_dir);
        bool in = ld_under(dir, real);
        free(dir);
        if (in)
            return true;
    }
    return ld_under(RKT_RULES_DIR, real);
}

static void ld_file(Program *p, SrcFile *f, LdStack *st)
{
    if (st->n >= LD_MAX_IMPORT_DEPTH) {
        dg_emit(&p->diags, "E002", (Span){f->id, 1, 1, 1, 1, 0, 0},
                "imports nested deeper than %d files", LD_MAX_IMPORT_DEPTH);
        p->diags.limit = true;
        return;
    }
    Ast *a = parse_file(f, &p->diags);
    a->library = f->real && ld_is_library(p, f->real);
    st->real[st->n] = f->real;
    st->shown[st->n] = f->path;
    st->n++;
    for (Node *n = a->items.head; n; n = n->next)
        if (n->kind == N_IMPOR)
            ld_import(p, f, (Impor *)n, st);
    st->n--;
    ld_push_ast(p, a);
}

static int ld_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every *.rkt below dir, sorted so runs are deterministic. */
static void ld_collect(const char *dir, char ***out, int *n, int *cap)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char *path = xasprintf("%s/%s", dir, e->d_name);
        struct stat st;
        size_t len = strlen(e->d_name);
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            ld_collect(path, out, n, cap);
            free(path);
        } else if (len > 4 && strcmp(e->d_name + len - 4, ".rkt") == 0) {
            if (*n == *cap) {
                *cap = *cap ? *cap * 2 : 64;
                *out = xrealloc(*out, (size_t)*cap * sizeof **out);
            }
            (*out)[(*n)++] = path;
        } else {
            free(path);
        }
    }
    closedir(d);
}

static int ld_one(Program *p, const char *path)
{
    char real[PATH_MAX];
    if (!realpath(path, real)) {
        fprintf(stderr, "rkt: cannot read '%s': %s\n", path, strerror(errno));
        return -1;
    }
    if (ld_find_loaded(p, real))
        return 0;
    char *err = NULL;
    SrcFile *f = src_load(&p->src, path, &err);
    if (!f) {
        fprintf(stderr, "rkt: %s\n", err);
        free(err);
        return -1;
    }
    LdStack st = {0};
    ld_file(p, f, &st);
    return 0;
}

int ld_load_arg(Program *p, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "rkt: cannot read '%s': %s\n", path, strerror(errno));
        return -1;
    }
    if (!S_ISDIR(st.st_mode))
        return ld_one(p, path);
    char **files = NULL;
    int n = 0, cap = 0, rc = 0;
    size_t len = strlen(path);
    char *dir = xstrndup(path, len > 1 && path[len - 1] == '/' ? len - 1 : len);
    ld_collect(dir, &files, &n, &cap);
    free(dir);
    qsort(files, (size_t)n, sizeof *files, ld_cmp);
    for (int i = 0; i < n; i++) {
        if (ld_one(p, files[i]) != 0)
            rc = -1;
        free(files[i]);
    }
    free(files);
    return rc;
}

void ld_load_text(Program *p, const char *name, const char *text)
{
    SrcFile *f = src_add(&p->src, name, text, strlen(text));
    LdStack st = {0};
    ld_file(p, f, &st);
}
