/*
 * load.c - loading the files of a run and resolving `impor`.
 *
 * A module name (no '/' and no ".rkt") is searched in: each -I DIR, each
 * directory of RKT_PATH (':'-separated), the rules/ directory beside the
 * rkt binary (so a build tree works uninstalled), then the installed
 * rules directory.  Anything else is a path relative to the importing file
 * and must end in .rkt (an absolute path is refused: E035).  With a root
 * (--akar), a path import must resolve, symlinks followed, below the root
 * or into the search path (E036).  An imported file must be a regular
 * file of UTF-8 text (E037): nothing of one that is not is ever shown,
 * so an impor cannot turn a secret into diagnostics.  Imports are loaded
 * depth-first when their importer has been parsed; a file found again
 * while it is still being loaded closes a cycle.
 */
#define _DEFAULT_SOURCE     /* d_type, DT_REG and DT_DIR (dirent.h) */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uthash.h>

#include "base/i18n.h"
#include "front/catalog.h"
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

/* A folder's realpath, by the folder as a cleaned path (ld_clean) is
 * written: real NULL when it does not resolve (err says why); or a plain
 * file's, the walk's (Program.files).  Imports are resolved through them
 * (ld_realpath). */
struct LdDir {
    char *path, *real;
    int err;
    UT_hash_handle hh;      /* key: path */
};

/* A file parsed ahead by ld_load_args, waiting for ld_file to take its
 * tree and diagnostics (ast NULL once taken). */
struct LdPre {
    SrcFile *f;
    Ast *ast;               /* parsed ahead (no catalogue) */
    DgList diags;
    bool pending;           /* not yet visited in load order */
    char *err;              /* read on a worker, and it failed */
};

static void ld_file(Program *p, SrcFile *f, LdStack *st);

/* Why an argument cannot be read: said by the caller (the command prints
 * "rkt: " and the line), never printed here. */
static void ld_say(Program *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void ld_say(Program *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (p->msgs.len)
        sb_putc(&p->msgs, '\n');
    sb_vprintf(&p->msgs, i18n_tr(fmt), ap);
    va_end(ap);
}

void ld_init(Program *p)
{
    memset(p, 0, sizeof *p);
    src_init(&p->src);
    dg_init(&p->diags);
    sb_init(&p->msgs);
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
    for (int i = 0; i < p->nlibdirs; i++)
        free(p->libdirs[i]);
    free(p->libdirs);
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

static void ld_dirs_free(LdDir **h)
{
    LdDir *e, *tmp;
    HASH_ITER(hh, *h, e, tmp) {
        HASH_DEL(*h, e);
        free(e->path);
        free(e->real);
        free(e);
    }
}

void ld_free(Program *p)
{
    ld_seen_free(p);
    ld_dirs_free(&p->dirs);
    ld_dirs_free(&p->files);
    ld_dirs_free(&p->modules);
    ld_libdirs_free(p);
    for (int i = 0; i < p->nasts; i++)
        ast_free(p->asts[i]);
    free(p->asts);
    free(p->incdirs);
    free((char *)p->exe_dir);
    free(p->root);
    free(p->root_abs);
    free(p->root_shown);
    sb_free(&p->msgs);
    dg_free(&p->diags);
    src_free(&p->src);
}

static SrcFile *ld_find_loaded(const Program *p, const char *real)
{
    LdSeen *e;
    HASH_FIND_STR(p->seen, real, e);
    return e ? e->f : NULL;
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

/* docs/language.md#declarations: no '/' and no ".rkt" anywhere ("x.rkt.bak" is a path). */
static bool is_module_name(const char *s)
{
    return !strchr(s, '/') && !strstr(s, ".rkt");
}

static bool ends_in_rkt(const char *s)
{
    size_t n = strlen(s);
    return n >= 4 && strcmp(s + n - 4, ".rkt") == 0;
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

static char *ld_find_module(const Program *p, const char *name)
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

/* The path of module `name` (malloc'd) or NULL, searched once per run:
 * the plans of a ministry all import "sakip", and each search is a stat
 * and a getcwd per folder tried. */
static char *ld_search_module(Program *p, const char *name)
{
    LdDir *e;
    HASH_FIND_STR(p->modules, name, e);
    if (!e) {
        e = xcalloc(1, sizeof *e);
        e->path = xstrdup(name);
        e->real = ld_find_module(p, name);
        HASH_ADD_KEYPTR(hh, p->modules, e->path, strlen(e->path), e);
    }
    return e->real ? xstrdup(e->real) : NULL;
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

static LdDir *ld_dir_add(Program *p, const char *dir, char *real, int err)
{
    LdDir *e = xcalloc(1, sizeof *e);
    e->path = xstrdup(dir);
    e->real = real;
    e->err = err;
    HASH_ADD_KEYPTR(hh, p->dirs, e->path, strlen(e->path), e);
    return e;
}

/* The realpath of the folder written `dir` (cleaned; "" the working
 * directory), once per run. */
static const LdDir *ld_dir(Program *p, const char *dir)
{
    LdDir *e;
    HASH_FIND_STR(p->dirs, dir, e);
    if (e)
        return e;
    char *real = realpath(*dir ? dir : ".", NULL);
    return ld_dir_add(p, dir, real, real ? 0 : errno);
}

/* A file the walk found: its folder's realpath is known (ld_collect
 * makes a plain file's realpath its folder's and its name), so the
 * imports of its siblings need not resolve that folder again. */
static void ld_dir_learn(Program *p, const char *path, const char *real)
{
    const char *ps = strrchr(path, '/'), *rs = strrchr(real, '/');
    if (!ps || !rs || strcmp(ps, rs) != 0 || rs == real)
        return;
    char *dir = ld_clean(xstrndup(path, (size_t)(ps - path)));
    LdDir *e;
    HASH_FIND_STR(p->dirs, dir, e);
    if (!e)
        ld_dir_add(p, dir, xstrndup(real, (size_t)(rs - real)), 0);
    free(dir);
    /* and the file itself: a plain file, so its siblings' imports of it
     * need no lstat (4,000 on the unit layout, while one core waits) */
    char *file = ld_clean(xstrdup(path));
    HASH_FIND_STR(p->files, file, e);
    if (!e) {
        e = xcalloc(1, sizeof *e);
        e->path = file;
        e->real = xstrdup(real);
        HASH_ADD_KEYPTR(hh, p->files, e->path, strlen(e->path), e);
    } else {
        free(file);
    }
}

/* realpath(path) into real, and stat of it into st, for a cleaned path:
 * the folder's realpath from ld_dir and one lstat of the file, falling
 * back to realpath only when the file itself is a symlink.  realpath
 * made a readlink per component and a getcwd for every import: 6,000
 * plans importing one unit file were 30,000 system calls.  The same
 * answers, errno set on failure. */
static bool ld_realpath(Program *p, const char *path, char real[PATH_MAX], struct stat *st)
{
    LdDir *known;
    HASH_FIND_STR(p->files, path, known);
    if (known && strlen(known->real) < PATH_MAX) {
        strcpy(real, known->real);
        memset(st, 0, sizeof *st);
        st->st_mode = S_IFREG;  /* the walk's readdir said so */
        return true;
    }
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    if (!*base || strcmp(base, ".") == 0 || strcmp(base, "..") == 0 || (slash == path))
        return realpath(path, real) && stat(real, st) == 0;
    char *dir = xstrndup(path, slash ? (size_t)(slash - path) : 0);
    const LdDir *d = ld_dir(p, dir);
    free(dir);
    if (!d->real) {
        errno = d->err;
        return false;
    }
    if ((size_t)snprintf(real, PATH_MAX, "%s/%s", strcmp(d->real, "/") ? d->real : "", base) >= PATH_MAX) {
        errno = ENAMETOOLONG;
        return false;
    }
    if (lstat(real, st) != 0)
        return false;
    if (S_ISLNK(st->st_mode)) {
        char link[PATH_MAX];
        strcpy(link, real);
        return realpath(link, real) && stat(real, st) == 0;
    }
    return true;
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

static bool ld_is_library(Program *p, const char *real);

/* dir, a realpath or an absolute cleaned path, holds path. */
static bool ld_below(const char *dir, const char *path)
{
    size_t n = strlen(dir);
    if (n == 1 && dir[0] == '/')
        return path[0] == '/';
    return strncmp(dir, path, n) == 0 && path[n] == '/';
}

/* path (relative to the working directory, or absolute) made absolute
 * and cleaned, symlinks not resolved. */
static char *ld_absolute(const char *path)
{
    char cwd[PATH_MAX];
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd))
        return ld_clean(xstrdup(path));
    return ld_clean(xasprintf("%s/%s", cwd, path));
}

/* Whether an import that resolved to `real` stays inside the root (or
 * goes into the search path).  `real` NULL: the file does not resolve,
 * so `path` is judged as written: outside the root it is refused like
 * any other, so that a missing file and one out of bounds look alike. */
static bool ld_in_root(Program *p, const char *path, const char *real)
{
    if (!p->root)
        return true;
    if (real)
        return ld_below(p->root, real) || ld_is_library(p, real);
    char *abs = ld_absolute(path);
    bool in = ld_below(p->root, abs) || ld_below(p->root_abs, abs) || ld_is_library(p, abs);
    free(abs);
    return in;
}

int ld_set_root(Program *p, const char *dir)
{
    char real[PATH_MAX];
    struct stat st;
    if (!realpath(dir, real) || stat(real, &st) != 0) {
        ld_say(p, "--akar '%s': %s", dir, i18n_strerror(errno));
        return -1;
    }
    if (!S_ISDIR(st.st_mode)) {
        ld_say(p, "--akar '%s': %s", dir, i18n_strerror(ENOTDIR));
        return -1;
    }
    free(p->root);
    free(p->root_abs);
    free(p->root_shown);
    p->root = xstrdup(real);
    p->root_abs = ld_absolute(dir);
    p->root_shown = xstrdup(dir);
    return 0;
}

/* The form of an import's text: a module name, a path, or refused (E035). */
typedef enum { LD_MODULE, LD_PATH, LD_ABSOLUTE, LD_NOT_RKT } LdForm;

static LdForm ld_form(const char *what)
{
    if (is_module_name(what))
        return LD_MODULE;
    if (what[0] == '/')
        return LD_ABSOLUTE;
    return ends_in_rkt(what) ? LD_PATH : LD_NOT_RKT;
}

char *ld_resolve(Program *p, const char *from, const char *what)
{
    LdForm form = ld_form(what);
    if (form == LD_MODULE)
        return ld_search_module(p, what);
    if (form != LD_PATH)
        return NULL;
    char *path = ld_relative(from, what);
    char *real = realpath(path, NULL);
    bool in = ld_in_root(p, path, real);
    free(real);
    if (!in) {
        free(path);
        return NULL;
    }
    return path;
}

static LdPre *ld_pending(const Program *p, const SrcFile *f)
{
    int i = f->id - p->pre_first;
    return i >= 0 && i < p->npre && p->pre[i].pending ? &p->pre[i] : NULL;
}

/* "a NUL byte at line 3, column 5, and 12 more": where a file stops
 * being text, and no byte of it. */
static char *ld_fault(const SrcFile *f, const Utf8Check *c)
{
    int line = 1;
    const char *ls = f->text;
    for (const char *q = f->text; (q = memchr(q, '\n', (size_t)(f->text + c->first - q))); ls = ++q)
        line++;
    int col = utf8_width(ls, (size_t)(f->text + c->first - ls)) + 1;
    char more[48] = "";
    if (c->bad > 1)
        snprintf(more, sizeof more, _(", and %zu more"), c->bad - 1);
    return xasprintf(_("%s at line %d, column %d%s"), c->first_nul ? _("a NUL byte") : _("a byte that is not UTF-8"),
                     line, col, more);
}

/* `impor "what"` (the string at `at`, the item at `item`) in file
 * `from`: the id of the file it loads, or -1 after reporting why not.
 * E035-E037, E021 and E002 are located at the string, in the importer:
 * the file they are about is never shown. */
static int ld_import(Program *p, SrcFile *from, const char *what, Span at, Span item, LdStack *st)
{
    if (!what || !*what) {
        dg_emit(&p->diags, "E021", item, "impor needs a module name or a file path");
        return -1;
    }
    if (st->n >= LD_MAX_IMPORT_DEPTH) {     /* this impor goes one level too deep */
        dg_emit(&p->diags, "E002", at, "imports nested deeper than %d files", LD_MAX_IMPORT_DEPTH);
        p->diags.limit = true;
        return -1;
    }
    LdForm form = ld_form(what);
    bool module = form == LD_MODULE;
    if (form == LD_ABSOLUTE) {
        dg_emit(&p->diags, "E035", at, "impor takes a module name or a path relative to this file, "
                "not the absolute path '%s'", what);
        return -1;
    }
    if (form == LD_NOT_RKT) {
        dg_emit(&p->diags, "E035", at, "'%s' does not end in .rkt: impor takes a module name "
                "(impor \"sakip\") or the path of a .rkt file relative to this file", what);
        return -1;
    }
    char *path = module ? ld_search_module(p, what) : ld_relative(from->path, what);
    if (!path) {
        dg_emit(&p->diags, "E021", at, "module '%s' not found in the rules search path (-I DIR, RKT_PATH, %s)%s",
                what, RKT_RULES_DIR, strchr(what, '.') ? "; a file is imported by its path, which ends in .rkt" : "");
        return -1;
    }
    char real[PATH_MAX];
    struct stat sb;
    bool found = ld_realpath(p, path, real, &sb);
    int err = errno;
    if (!module && !ld_in_root(p, path, found ? real : NULL)) {
        dg_emit(&p->diags, "E036", at, "'%s' leads outside the folder imports are confined to (--akar %s, "
                "symlinks resolved); import files inside it, or modules of the rules search path", what, p->root_shown);
        free(path);
        return -1;
    }
    if (!found) {
        dg_emit(&p->diags, "E021", at, "cannot read '%s': %s", path, i18n_strerror(err));
        free(path);
        return -1;
    }
    if (!S_ISREG(sb.st_mode) && !S_ISDIR(sb.st_mode)) {
        dg_emit(&p->diags, "E021", at, "cannot read '%s': not a regular file (a pipe, socket or device); "
                "impor takes a .rkt file", path);
        free(path);
        return -1;
    }
    for (int i = 0; i < st->n; i++)
        if (strcmp(st->real[i], real) == 0) {
            ld_cycle_error(p, st, i, path, at);
            free(path);
            return -1;
        }
    SrcFile *f = ld_find_loaded(p, real);
    if (f) {
        if (ld_pending(p, f)) {     /* read ahead, imported before its turn: */
            free(f->path);          /* shown as if loaded here */
            f->path = path;
            ld_file(p, f, st);
        } else {
            free(path);
        }
        return f->id;
    }
    char *msg = NULL;
    f = src_load_as(&p->src, path, real, PARSE_MAX_BYTES + 1, &msg);
    if (!f) {
        dg_emit(&p->diags, "E021", at, "%s", msg);
        free(msg);
        free(path);
        return -1;
    }
    Utf8Check c = {0};
    if (f->len > PARSE_MAX_BYTES) {
        dg_emit(&p->diags, "E002", at, "'%s' has more than %d bytes, the limit for one file; split it into modules",
                path, PARSE_MAX_BYTES);
        p->diags.limit = true;
    } else if (utf8_check(f->text, f->len, &c), c.bad) {
        if (c.utf16) {
            dg_emit(&p->diags, "E037", at, "cannot import '%s': it is UTF-16 text, not UTF-8; save it as UTF-8", path);
        } else {
            msg = ld_fault(f, &c);
            dg_emit(&p->diags, "E037", at, "cannot import '%s': it is not UTF-8 text (%s); a .rkt file is "
                    "text saved as UTF-8", path, msg);
            free(msg);
        }
    } else {
        free(path);
        ld_seen(p, f);
        ld_file(p, f, st);
        return f->id;
    }
    src_drop(&p->src, f->id);   /* the last file read: nothing refers to it */
    free(path);
    return -1;
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

/* A file's imports, then the file itself, in load order: scanned into
 * the catalogue (the pipeline), or parsed (tests of single modules). */
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
    if (pre)
        pre->pending = false;
    bool library = f->real && ld_is_library(p, f->real);
    st->real[st->n] = f->real;
    st->shown[st->n] = f->path;
    st->n++;
    if (p->cat) {
        cat_file(p->cat, f)->library = library;
        /* an import adds files, which may move the catalogue's array */
        for (int i = 0; i < p->cat->files[f->id].nimports; i++) {
            CatImport im = p->cat->files[f->id].imports[i];
            int id = ld_import(p, f, im.what, im.at, im.item, st);
            p->cat->files[f->id].imports[i].file = id;
        }
        st->n--;
        cat_post(p->cat, f->id);
        return;
    }
    Ast *a;
    if (pre && pre->ast) {
        a = pre->ast;
        pre->ast = NULL;
        dg_move(&p->diags, &pre->diags);
    } else {
        a = parse_file(f, &p->diags);
    }
    a->library = library;
    for (Node *n = a->items.head; n; n = n->next)
        if (n->kind == N_IMPOR) {
            Impor *im = (Impor *)n;
            const char *what = im->what && im->what->n == 1 ? im->what->parts[0].text : NULL;
            im->file = ld_import(p, f, what, im->what ? im->what->span : n->span, n->span, st);
        }
    st->n--;
    ld_push_ast(p, a);
}

typedef struct LdWalk LdWalk;
static void ld_push_path(LdWalk *w, char *path, char *real);

/* A folder, by device and inode: a directory argument walks each once,
 * so a symlink to a folder above it ends instead of looping. */
typedef struct LdDirId {
    dev_t dev;
    ino_t ino;
} LdDirId;

typedef struct LdDirSeen {
    LdDirId id;
    UT_hash_handle hh;
} LdDirSeen;

struct LdWalk {
    Program *p;             /* for the messages (ld_say) */
    char **out, **real;     /* the files, and their realpaths or NULL */
    int n, cap;
    LdDirSeen *seen;
    bool failed;
};

static void ld_push_path(LdWalk *w, char *path, char *real)
{
    if (w->n == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 64;
        w->out = xrealloc(w->out, (size_t)w->cap * sizeof *w->out);
        w->real = xrealloc(w->real, (size_t)w->cap * sizeof *w->real);
    }
    w->out[w->n] = path;
    w->real[w->n++] = real;
}

/* True the first time a folder is met. */
static bool ld_walk_first(LdWalk *w, const struct stat *st)
{
    LdDirId id;
    memset(&id, 0, sizeof id);      /* the key's padding is hashed too */
    id.dev = st->st_dev;
    id.ino = st->st_ino;
    LdDirSeen *e;
    HASH_FIND(hh, w->seen, &id, sizeof id, e);
    if (e)
        return false;
    e = xcalloc(1, sizeof *e);
    e->id = id;
    HASH_ADD(hh, w->seen, id, sizeof id, e);
    return true;
}

static void ld_walk_fail(LdWalk *w, const char *path, int err)
{
    ld_say(w->p, "cannot read '%s': %s", path, i18n_strerror(err));
    w->failed = true;
}

/* An entry of a folder; a folder's key ends in '/', so walking the
 * entries in key order visits the files in the order of their paths (the
 * first path to a folder reached twice is the one kept, as a sort of
 * every path would keep it). */
typedef struct LdEnt {
    char *key, *path;
    char *real;             /* NULL: not known */
    bool dir;
    struct stat st;
} LdEnt;

static int ld_ent_cmp(const void *a, const void *b)
{
    return strcmp(((const LdEnt *)a)->key, ((const LdEnt *)b)->key);
}

/* Every *.rkt below dir (a folder not met before; `real` its realpath,
 * or NULL), in path order; a folder that cannot be read is said (exit
 * 2), not skipped.  An entry the folder says is a plain file needs no
 * stat, and its realpath is the folder's and its name. */
static void ld_collect(LdWalk *w, const char *dir, const char *real)
{
    DIR *d = opendir(dir);
    if (!d) {
        ld_walk_fail(w, dir, errno);
        return;
    }
    LdEnt *v = NULL;
    int n = 0, cap = 0;
    struct dirent *e;
    for (errno = 0; (e = readdir(d)); errno = 0) {
        if (e->d_name[0] == '.')
            continue;
        size_t len = strlen(e->d_name);
        bool rkt = len > 4 && strcmp(e->d_name + len - 4, ".rkt") == 0;
        if (e->d_type == DT_REG && !rkt)
            continue;
        LdEnt en = {.path = xasprintf("%s/%s", dir, e->d_name)};
        int serr = 0;
        if (e->d_type == DT_REG)
            en.real = real ? xasprintf("%s/%s", strcmp(real, "/") ? real : "", e->d_name) : NULL;
        else
            serr = stat(en.path, &en.st) == 0 ? 0 : errno;
        en.dir = e->d_type != DT_REG && serr == 0 && S_ISDIR(en.st.st_mode);
        if (en.dir && e->d_type == DT_DIR && real)     /* not a symlink */
            en.real = xasprintf("%s/%s", strcmp(real, "/") ? real : "", e->d_name);
        if (!en.dir && !rkt) {
            if (serr == EACCES)     /* perhaps a folder: it cannot be told */
                ld_walk_fail(w, en.path, serr);
            free(en.path);
            continue;
        }
        en.key = xasprintf("%s%s", e->d_name, en.dir ? "/" : "");
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            v = xrealloc(v, (size_t)cap * sizeof *v);
        }
        v[n++] = en;
    }
    if (errno)
        ld_walk_fail(w, dir, errno);
    closedir(d);
    if (n > 1)
        qsort(v, (size_t)n, sizeof *v, ld_ent_cmp);
    for (int i = 0; i < n; i++) {
        if (!v[i].dir) {
            ld_push_path(w, v[i].path, v[i].real);
        } else {
            if (ld_walk_first(w, &v[i].st)) {
                char *r = v[i].real ? v[i].real : realpath(v[i].path, NULL);
                ld_collect(w, v[i].path, r);
                v[i].real = r;
            }
            free(v[i].path);
            free(v[i].real);
        }
        free(v[i].key);
    }
    free(v);
}

/* The walk's files in path order, each with its realpath. */
static void ld_walk_sort(LdWalk *w)
{
    LdEnt *v = xmalloc((size_t)w->n * sizeof *v);
    for (int i = 0; i < w->n; i++)
        v[i] = (LdEnt){.key = w->out[i], .real = w->real[i]};
    qsort(v, (size_t)w->n, sizeof *v, ld_ent_cmp);
    for (int i = 0; i < w->n; i++) {
        w->out[i] = v[i].key;
        w->real[i] = v[i].real;
    }
    free(v);
}

int ld_expand(Program *p, const char *path, char ***files, char ***reals, int *nfiles)
{
    struct stat st;
    *files = *reals = NULL;
    *nfiles = 0;
    LdWalk w = {.p = p};
    if (stat(path, &st) != 0) {
        ld_walk_fail(&w, path, errno);
    } else if (!S_ISDIR(st.st_mode)) {
        ld_push_path(&w, xstrdup(path), NULL);
    } else {
        size_t len = strlen(path);
        char *dir = xstrndup(path, len > 1 && path[len - 1] == '/' ? len - 1 : len);
        char *real = realpath(dir, NULL);
        ld_walk_first(&w, &st);
        ld_collect(&w, dir, real);
        free(real);
        free(dir);
        if (w.n > 1)        /* the walk's order already; kept as the contract */
            ld_walk_sort(&w);
    }
    LdDirSeen *e, *tmp;
    HASH_ITER(hh, w.seen, e, tmp) {
        HASH_DEL(w.seen, e);
        free(e);
    }
    if (w.failed) {
        for (int i = 0; i < w.n; i++) {
            free(w.out[i]);
            free(w.real[i]);
        }
        free(w.out);
        free(w.real);
        return -1;
    }
    *files = w.out;
    *reals = w.real;
    *nfiles = w.n;
    return 0;
}

/* A file an argument names is its user's own: a few stray bytes in it
 * are shown where they stand (E007, by the scanner), but one that is
 * not text at all (UTF-16, a document, a binary) is one error naming it
 * (E037), and it is not parsed: its text is dropped for good. */
enum { LD_STRAY_BYTES = 8 };

static void ld_check_arg_text(DgList *d, SrcFile *f)
{
    if (f->len > PARSE_MAX_BYTES)       /* E002 says so, as for any file */
        return;
    Utf8Check c;
    utf8_check(f->text, f->len, &c);
    if (!c.utf16 && c.bad <= LD_STRAY_BYTES)
        return;
    Span at = SPAN_FILE(f->id);                 /* the file, no line of it */
    if (c.utf16) {
        dg_emit(d, "E037", at, "'%s' is UTF-16 text, not UTF-8: save it as UTF-8; nothing of it was read", f->path);
    } else {
        char *why = ld_fault(f, &c);
        dg_emit(d, "E037", at, "'%s' is not UTF-8 text (%s): a .rkt file is text saved as UTF-8; "
                "nothing of it was read", f->path, why);
        free(why);
    }
    src_make_opaque(f);
}

/* Reads a file a command-line argument names (a read error is a usage
 * error, said in p->msgs).  NULL when it cannot be read. */
static SrcFile *ld_read_arg(Program *p, const char *path, const char *real)
{
    char *err = NULL;
    SrcFile *f = src_load_as(&p->src, path, real, PARSE_MAX_BYTES + 1, &err);
    if (!f) {
        ld_say(p, "%s", err);
        free(err);
        return NULL;
    }
    ld_check_arg_text(&p->diags, f);
    return ld_seen(p, f);
}

/* ---- parsing ahead (ld_load_args) ------------------------------------ */

enum { LD_MAX_THREADS = 8, LD_FILES_PER_THREAD = 16 };

typedef struct LdJobs {
    LdPre *pre;
    int n;
    struct Catalog *cat;
    atomic_int next;        /* the next file to take */
} LdJobs;

/* Scanning or parsing touches nothing shared: each file has its own
 * catalogue entry (room made beforehand) or arena, its scanner and its
 * diagnostic list. */
static void *ld_parse_job(void *arg)
{
    LdJobs *j = arg;
    for (int i; (i = atomic_fetch_add(&j->next, 1)) < j->n;) {
        LdPre *pre = &j->pre[i];
        if (j->cat) {
            /* read here, each file just before its scan: the buffer of
             * a file given back after it is reused by the next (read
             * all first, 123 MB of plans were 30,000 page faults) */
            if (src_read(pre->f, PARSE_MAX_BYTES + 1, &pre->err) != 0)
                continue;
            ld_check_arg_text(&pre->diags, pre->f);
            cat_file(j->cat, pre->f);
        } else
            pre->ast = parse_file(pre->f, &pre->diags);
    }
    return NULL;
}

static void ld_parse_ahead(Program *p, int threads)
{
    LdJobs j = {.pre = p->pre, .n = p->npre, .cat = p->cat};
    if (p->cat)
        cat_reserve(p->cat, p->src.n);
    atomic_init(&j.next, 0);
    pthread_t th[LD_MAX_THREADS];
    int nth = 0, want = x_threads(threads, LD_MAX_THREADS, p->npre, LD_FILES_PER_THREAD);
    while (nth < want - 1 && i18n_thread(&th[nth], ld_parse_job, &j) == 0)
        nth++;
    ld_parse_job(&j);       /* this thread works too (alone if none started) */
    for (int i = 0; i < nth; i++)
        pthread_join(th[i], NULL);
}

/* Reads one file an argument names, unless loaded already: it joins the
 * files to parse ahead.  -1 when it cannot be read. */
static int ld_read_ahead(Program *p, const char *path, const char *known, int *cap)
{
    char real[PATH_MAX];
    if (known && strlen(known) < sizeof real) {
        strcpy(real, known);
        ld_dir_learn(p, path, known);
    } else if (!realpath(path, real)) {
        ld_say(p, "cannot read '%s': %s", path, i18n_strerror(errno));
        return -1;
    }
    if (ld_find_loaded(p, real))
        return 0;
    SrcFile *f;
    if (p->cat) {               /* read by the scan (ld_parse_job) */
        f = ld_seen(p, src_defer(&p->src, path, real));
    } else {
        f = ld_read_arg(p, path, real);
    }
    if (!f)
        return -1;
    if (p->npre == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        p->pre = xrealloc(p->pre, (size_t)*cap * sizeof *p->pre);
    }
    p->pre[p->npre] = (LdPre){.f = f, .pending = true};
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
        char **files, **reals;
        int n;
        if (ld_expand(p, paths[a], &files, &reals, &n) != 0) {
            rc = -1;
            continue;
        }
        for (int i = 0; i < n; i++) {
            if (ld_read_ahead(p, files[i], reals[i], &cap) != 0)
                rc = -1;
            free(files[i]);
            free(reals[i]);
        }
        free(files);
        free(reals);
    }
    ld_parse_ahead(p, threads);
    for (int i = 0; i < p->npre; i++) {     /* in argument order */
        LdPre *pre = &p->pre[i];
        if (pre->err) {
            ld_say(p, "%s", pre->err);
            free(pre->err);
            src_make_opaque(pre->f);
            pre->pending = false;
            rc = -1;
        }
        if (p->cat)
            dg_move(&p->diags, &pre->diags);
    }
    for (int i = 0; i < p->npre; i++)
        if (p->pre[i].pending) {    /* not yet taken as another's import */
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
    ld_load_text_n(p, name, text, strlen(text));
}

void ld_load_text_n(Program *p, const char *name, const char *text, size_t len)
{
    SrcFile *f = ld_seen(p, src_add(&p->src, name, text, len));
    LdStack st = {0};
    ld_file(p, f, &st);
}
