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
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uthash.h>

#include "front/load.h"
#include "front/parse.h"

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

/* A loaded file, found by its realpath: a run may load thousands. */
struct LdSeen {
    SrcFile *f;
    UT_hash_handle hh;      /* key: f->real */
};

/* A file parsed ahead by ld_load_args, waiting for ld_file to take its
 * tree and diagnostics (ast NULL once taken). */
struct LdPre {
    SrcFile *f;
    Ast *ast;
    DgList diags;
};

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

static void ld_libdirs_free(Program *p)
{
    if (!p->libdirs_shared) {
        for (int i = 0; i < p->nlibdirs; i++)
            free(p->libdirs[i]);
        free(p->libdirs);
    }
    p->libdirs = NULL;
    p->nlibdirs = 0;
}

static void ld_seen_free(Program *p)
{
    LdSeen *e, *tmp;
    HASH_ITER(hh, p->seen, e, tmp) {
        HASH_DEL(p->seen, e);
        free(e);
    }
}

void ld_free(Program *p)
{
    ld_seen_free(p);
    ld_libdirs_free(p);
    for (int i = 0; i < p->nasts; i++)
        ast_free(p->asts[i]);
    free(p->asts);
    free(p->incdirs);
    free((char *)p->exe_dir);
    dg_free(&p->diags);
    src_free(&p->src);
}

static SrcFile *ld_find_loaded(const Program *p, const char *real)
{
    for (; p; p = p->base) {
        LdSeen *e;
        HASH_FIND_STR(p->seen, real, e);
        if (e)
            return e->f;
    }
    return NULL;
}

/* Every file enters through here, so ld_find_loaded knows it. */
static SrcFile *ld_seen(Program *p, SrcFile *f)
{
    if (f && f->real && !ld_find_loaded(p, f->real)) {
        LdSeen *e = xmalloc(sizeof *e);
        e->f = f;
        HASH_ADD_KEYPTR(hh, p->seen, f->real, strlen(f->real), e);
    }
    return f;
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

static char *ld_search_module(const Program *p, const char *name)
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

/* Removes "." and "dir/.." from a path in place, so a file reached as
 * lib/../a.rkt is shown as a.rkt (leading ".." of a relative path stay). */
static char *ld_clean(char *path)
{
    char *out = path, *seg = path;
    bool abs = path[0] == '/';
    int kept = 0;                   /* segments that a ".." may remove */
    if (abs)
        out++, seg++;
    for (bool last = !*seg; !last;) {
        char *end = strchr(seg, '/');
        size_t n = end ? (size_t)(end - seg) : strlen(seg);
        last = end == NULL;         /* known before the writes below */
        if (n == 0 || (n == 1 && seg[0] == '.')) {
            /* skip */
        } else if (n == 2 && seg[0] == '.' && seg[1] == '.' && kept > 0) {
            out--;                  /* back over the previous segment */
            while (out > path + abs && out[-1] != '/')
                out--;
            kept--;
        } else {
            memmove(out, seg, n);
            out += n;
            *out++ = '/';
            if (!(n == 2 && seg[0] == '.' && seg[1] == '.'))
                kept++;
        }
        seg += n + !last;
    }
    if (out > path + abs)
        out--;                      /* the last '/' */
    *out = 0;
    return path;
}

static char *ld_relative(const char *importer, const char *rel)
{
    if (rel[0] == '/')
        return ld_clean(xstrdup(rel));
    const char *slash = strrchr(importer, '/');
    if (!slash)
        return ld_clean(xstrdup(rel));
    return ld_clean(xasprintf("%.*s/%s", (int)(slash - importer), importer, rel));
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

char *ld_resolve(const Program *p, const char *from, const char *what)
{
    return is_module_name(what) ? ld_search_module(p, what) : ld_relative(from, what);
}

static LdPre *ld_pending(const Program *p, const SrcFile *f)
{
    int i = f->id - p->pre_first;
    return i >= 0 && i < p->npre && p->pre[i].ast ? &p->pre[i] : NULL;
}

static void ld_import(Program *p, SrcFile *from, Impor *im, LdStack *st)
{
    const char *what = im->what && im->what->n == 1 ? im->what->parts[0].text : NULL;
    if (!what || !*what) {
        dg_emit(&p->diags, "E021", im->h.span, "impor needs a module name or a file path");
        return;
    }
    if (st->n >= LD_MAX_IMPORT_DEPTH) {     /* this impor goes one level too deep */
        dg_emit(&p->diags, "E002", im->what->span, "imports nested deeper than %d files", LD_MAX_IMPORT_DEPTH);
        p->diags.limit = true;
        return;
    }
    char *path = ld_resolve(p, from->path, what);
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
        if (ld_pending(p, f)) {     /* parsed ahead, imported before its turn: */
            free(f->path);          /* shown as if loaded here */
            f->path = path;
            ld_file(p, f, st);
        } else {
            free(path);
        }
        return;
    }
    char *err = NULL;
    f = ld_seen(p, src_load_as(&p->src, path, real, PARSE_MAX_BYTES + 1, &err));
    free(path);
    if (!f) {
        dg_emit(&p->diags, "E021", im->what->span, "%s", err);
        free(err);
        return;
    }
    im->file = f->id;
    ld_file(p, f, st);
}

static void ld_libdir_add(Program *p, int *cap, const char *dir)
{
    if (p->nlibdirs == *cap) {
        *cap *= 2;
        p->libdirs = xrealloc(p->libdirs, (size_t)*cap * sizeof *p->libdirs);
    }
    p->libdirs[p->nlibdirs++] = realpath(dir, NULL);
}

/* The search path's directories as realpaths, found once per Program
 * (a fork shares its base's): a run loads thousands of files and each
 * asks ld_is_library. */
static void ld_libdirs(Program *p)
{
    if (p->libdirs)
        return;
    int cap = p->nincdirs + 4;
    p->libdirs = xcalloc((size_t)cap, sizeof *p->libdirs);
    p->nlibdirs = 0;
    p->libdirs_shared = false;
    for (int i = 0; i < p->nincdirs; i++)
        ld_libdir_add(p, &cap, p->incdirs[i]);
    const char *env = getenv("RKT_PATH");
    if (env) {
        char *copy = xstrdup(env), *save = NULL;
        for (char *d = strtok_r(copy, ":", &save); d; d = strtok_r(NULL, ":", &save))
            ld_libdir_add(p, &cap, d);
        free(copy);
    }
    if (p->exe_dir) {
        char *dir = xasprintf("%s/rules", p->exe_dir);
        ld_libdir_add(p, &cap, dir);
        free(dir);
    }
    ld_libdir_add(p, &cap, RKT_RULES_DIR);
}

/* A file in the rules search path is a library module. */
static bool ld_is_library(Program *p, const char *real)
{
    ld_libdirs(p);
    for (int i = 0; i < p->nlibdirs; i++) {
        const char *rd = p->libdirs[i];
        size_t n = rd ? strlen(rd) : 0;
        if (rd && strncmp(rd, real, n) == 0 && real[n] == '/')
            return true;
    }
    return false;
}

static void ld_file(Program *p, SrcFile *f, LdStack *st)
{
    f->order = p->norder++;     /* the id it had if loaded one by one */
    if (st->n >= LD_MAX_IMPORT_DEPTH) {
        dg_emit(&p->diags, "E002", (Span){f->id, 0, 0},
                "imports nested deeper than %d files", LD_MAX_IMPORT_DEPTH);
        p->diags.limit = true;
        return;
    }
    LdPre *pre = ld_pending(p, f);
    Ast *a;
    if (pre) {
        a = pre->ast;
        pre->ast = NULL;
        dg_move(&p->diags, &pre->diags);
    } else {
        a = parse_file(f, &p->diags);
    }
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

static void ld_push_path(char ***out, int *n, int *cap, char *path)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        *out = xrealloc(*out, (size_t)*cap * sizeof **out);
    }
    (*out)[(*n)++] = path;
}

/* Every *.rkt below dir, in readdir order (the caller sorts). */
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
            ld_push_path(out, n, cap, path);
        } else {
            free(path);
        }
    }
    closedir(d);
}

int ld_expand(const char *path, char ***files, int *nfiles)
{
    struct stat st;
    *files = NULL;
    *nfiles = 0;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "rkt: cannot read '%s': %s\n", path, strerror(errno));
        return -1;
    }
    int cap = 0;
    if (!S_ISDIR(st.st_mode)) {
        ld_push_path(files, nfiles, &cap, xstrdup(path));
        return 0;
    }
    size_t len = strlen(path);
    char *dir = xstrndup(path, len > 1 && path[len - 1] == '/' ? len - 1 : len);
    ld_collect(dir, files, nfiles, &cap);
    free(dir);
    if (*nfiles > 1)
        qsort(*files, (size_t)*nfiles, sizeof **files, ld_cmp);
    return 0;
}

/* Reads a file a command-line argument names (a read error is a usage
 * error, on stderr).  NULL when it cannot be read. */
static SrcFile *ld_read_arg(Program *p, const char *path, const char *real)
{
    char *err = NULL;
    SrcFile *f = ld_seen(p, src_load_as(&p->src, path, real, PARSE_MAX_BYTES + 1, &err));
    if (!f) {
        fprintf(stderr, "rkt: %s\n", err);
        free(err);
    }
    return f;
}

int ld_load_known(Program *p, const char *path, const char *real)
{
    if (ld_find_loaded(p, real))
        return 0;
    SrcFile *f = ld_read_arg(p, path, real);
    if (!f)
        return -1;
    LdStack st = {0};
    ld_file(p, f, &st);
    return 0;
}

/* ---- parsing ahead (ld_load_args) ------------------------------------ */

enum { LD_MAX_THREADS = 8, LD_FILES_PER_THREAD = 16 };

typedef struct LdJobs {
    LdPre *pre;
    int n;
    atomic_int next;        /* the next file to take */
} LdJobs;

/* Parsing touches nothing shared: each file has its own arena, scanner
 * and diagnostic list. */
static void *ld_parse_job(void *arg)
{
    LdJobs *j = arg;
    for (int i; (i = atomic_fetch_add(&j->next, 1)) < j->n;)
        j->pre[i].ast = parse_file(j->pre[i].f, &j->pre[i].diags);
    return NULL;
}

static int ld_threads(int wanted, int nfiles)
{
    if (wanted <= 0) {
        long c = sysconf(_SC_NPROCESSORS_ONLN);
        wanted = c > 0 ? (int)c : 1;
    }
    if (wanted > LD_MAX_THREADS)
        wanted = LD_MAX_THREADS;
    if (wanted > nfiles / LD_FILES_PER_THREAD)   /* few files: not worth a thread */
        wanted = nfiles / LD_FILES_PER_THREAD;
    return wanted < 1 ? 1 : wanted;
}

static void ld_parse_ahead(Program *p, int threads)
{
    LdJobs j = {.pre = p->pre, .n = p->npre};
    atomic_init(&j.next, 0);
    pthread_t th[LD_MAX_THREADS];
    int nth = 0, want = ld_threads(threads, p->npre);
    while (nth < want - 1 && pthread_create(&th[nth], NULL, ld_parse_job, &j) == 0)
        nth++;
    ld_parse_job(&j);       /* this thread works too (alone if none started) */
    for (int i = 0; i < nth; i++)
        pthread_join(th[i], NULL);
}

/* Reads one file an argument names, unless loaded already: it joins the
 * files to parse ahead.  -1 when it cannot be read. */
static int ld_read_ahead(Program *p, const char *path, int *cap)
{
    char real[PATH_MAX];
    if (!realpath(path, real)) {
        fprintf(stderr, "rkt: cannot read '%s': %s\n", path, strerror(errno));
        return -1;
    }
    if (ld_find_loaded(p, real))
        return 0;
    SrcFile *f = ld_read_arg(p, path, real);
    if (!f)
        return -1;
    if (p->npre == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        p->pre = xrealloc(p->pre, (size_t)*cap * sizeof *p->pre);
    }
    p->pre[p->npre] = (LdPre){.f = f};
    dg_init(&p->pre[p->npre].diags);
    p->npre++;
    return 0;
}

int ld_load_args(Program *p, const char *const *paths, int npaths, int threads)
{
    int rc = 0, cap = 0;
    p->pre = NULL;
    p->pre_first = p->src.n;
    p->npre = 0;
    for (int a = 0; a < npaths; a++) {
        char **files;
        int n;
        if (ld_expand(paths[a], &files, &n) != 0) {
            rc = -1;
            continue;
        }
        for (int i = 0; i < n; i++) {
            if (ld_read_ahead(p, files[i], &cap) != 0)
                rc = -1;
            free(files[i]);
        }
        free(files);
    }
    ld_parse_ahead(p, threads);
    for (int i = 0; i < p->npre; i++)
        if (p->pre[i].ast) {    /* not yet taken as another's import */
            LdStack st = {0};
            ld_file(p, p->pre[i].f, &st);
        }
    free(p->pre);
    p->pre = NULL;
    p->npre = 0;
    return rc;
}

int ld_load_arg(Program *p, const char *path)
{
    return ld_load_args(p, &path, 1, 1);
}

void ld_load_text(Program *p, const char *name, const char *text)
{
    SrcFile *f = ld_seen(p, src_add(&p->src, name, text, strlen(text)));
    LdStack st = {0};
    ld_file(p, f, &st);
}

/* A child sees the base's files and trees through copies of the two
 * arrays; what it loads goes after them and is its own. */
void ld_fork(Program *child, const Program *base)
{
    memset(child, 0, sizeof *child);
    dg_init(&child->diags);
    child->diags.werror = base->diags.werror;
    src_init(&child->src);
    child->src.cap = base->src.n + 8;
    child->src.v = xmalloc((size_t)child->src.cap * sizeof *child->src.v);
    if (base->src.n)
        memcpy(child->src.v, base->src.v, (size_t)base->src.n * sizeof *child->src.v);
    child->src.n = base->src.n;
    child->cap = base->nasts + 8;
    child->asts = xmalloc((size_t)child->cap * sizeof *child->asts);
    if (base->nasts)
        memcpy(child->asts, base->asts, (size_t)base->nasts * sizeof *child->asts);
    child->nasts = base->nasts;
    child->incdirs = base->incdirs;
    child->nincdirs = base->nincdirs;
    child->exe_dir = base->exe_dir;
    child->base = base;
    child->norder = base->src.n;
    if (base->libdirs) {
        child->libdirs = base->libdirs;
        child->nlibdirs = base->nlibdirs;
        child->libdirs_shared = true;
    }
}

void ld_unfork(Program *child, const Program *base)
{
    for (int i = 0; i < child->nasts; i++)
        if (child->asts[i]->file >= base->src.n)
            ast_free(child->asts[i]);
    free(child->asts);
    ld_seen_free(child);
    src_drop(&child->src, base->src.n);
    free(child->src.v);
    ld_libdirs_free(child);
    dg_free(&child->diags);
    memset(child, 0, sizeof *child);
}
