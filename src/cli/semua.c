/*
 * semua.c - `rkt eval --semua` as a stream (semua.h): the classifier,
 * the plan of the run, phase 1 (the data, keyed, two threads), phase 2
 * (the plan files, a child Program each, two threads), the data
 * diagnostics, and the output.
 *
 * Exactness.  The in-memory path (cmd_eval.c) builds one Model of every
 * file.  Here a build holds the base (every file that is not a pure plan
 * file, and everything it imports: units, renstra, rules, tests, files
 * that mix plans with other declarations) and one plan file with the
 * plan files it imports, its ASTs sorted into the in-memory load order
 * before sm_build so that first-wins rules and messages agree.  A plan
 * depends on nothing else, but for three things: (1) a code of another
 * plan file (`mengacu` a pk's rkt, a code in an expression): an E018 of
 * the build naming a plan of another plan file adds that file and the
 * build is redone; (2) diagnostics in base files, which every build
 * repeats and some of which depend on the plans present (`declared but
 * never used`, a rule naming one plan's code): kept when every build
 * gives them; (3) a plan code declared twice, and an E018 that stays
 * (its "did you mean" draws on every plan): declined, the in-memory path
 * says it.  Diagnostics are rendered while their files are loaded and
 * printed sorted by the in-memory SrcSet order; W401 once per expression.
 *
 * Data.  Phase 1 checks what needs no plan (data.h, keyed mode); each
 * plan then checks its records (year, codes, fractions for a count, the
 * marks of phase 1).  A plan at fault is kept as a shadow (codes, units,
 * year), and at the end data.c's own loader reads the files again
 * against the shadows: every row is reported as the in-memory path does.
 * Nothing is shown from a run with errors: its results wait in temporary
 * files (not resident) and are copied out only when all is clean.
 *
 * Memory: the data's values (~37 bytes a record and 4 a value), one
 * plan file's trees and Model per thread, the mapped data files' pages
 * handed back as they are read (source.h, src_release).
 */
#include "cli/semua.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cmd.h"
#include "data/data.h"
#include "eval/eval.h"
#include "base/num.h"
#include "out/out_eval.h"
#include "front/parse.h"
#include "base/period.h"

/* ================================================================ */
/* The classifier (semua.h).                                          */

static bool su_idstart(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

static bool su_idchar(unsigned char c)
{
    return su_idstart(c) || (c >= '0' && c <= '9');
}

/* Bytes that end a run at brace depth > 0, and inside a string. */
static const uint8_t su_deep[256] = {['{'] = 1, ['}'] = 1, ['"'] = 1, ['#'] = 1, ['\0'] = 1};
static const uint8_t su_strch[256] = {['"'] = 1, ['{'] = 1, ['\\'] = 1, ['\n'] = 1, ['\0'] = 1};

static void su_push_str(char ***v, int *n, char *s)
{
    *v = xrealloc(*v, (size_t)(*n + 1) * sizeof **v);
    (*v)[(*n)++] = s;
}

/* What is expected next at depth 0 of a plan file. */
enum { SU_TOP, SU_IMP, SU_CODE, SU_TITLE, SU_BRACE };

void su_classify(const char *text, size_t len, SuClass *out)
{
    memset(out, 0, sizeof *out);
    const char *p = text, *end = text + len;
    int depth = 0, st = SU_TOP;
    bool interp = false;       /* in the {expr} of a string: the lexer's flag */
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        bool deep = depth > 0 || interp;
        if (deep) {
            while (p < end && !su_deep[(unsigned char)*p])
                p++;
            if (p >= end)
                break;
            c = (unsigned char)*p;
        }
        if (c == '#') {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            p = nl ? nl + 1 : end;
            continue;
        }
        if (c == '"' || (c == '}' && interp)) {
            /* a string, or its piece after an interpolation; a string
             * inside an interpolation leaves the flag set (the lexer has
             * one flag, not a stack) */
            bool top = c == '"' && !deep;
            if (c == '}')
                interp = false;
            const char *s = ++p;
            bool plain = true;
            for (;;) {
                while (p < end && !su_strch[(unsigned char)*p])
                    p++;
                if (p >= end)
                    break;
                if (*p == '\\') {
                    plain = false;
                    p += p + 1 < end && p[1] >= 0x20 && p[1] <= 0x7E ? 2 : 1;
                    continue;
                }
                if (*p == '\0') {
                    plain = false;
                    p++;
                    continue;
                }
                break;
            }
            const char *e = p;
            if (p < end && *p == '{') {
                interp = true;
                plain = false;
            } else if (p >= end || *p != '"') {
                plain = false;          /* unterminated */
            }
            if (p < end)
                p++;
            if (top && st == SU_IMP) {
                for (const char *q = s; q < e && plain; q++)
                    plain = (unsigned char)*q >= 0x20 && (unsigned char)*q < 0x7F;
                if (!plain || e == s)
                    out->odd = true;
                else
                    su_push_str(&out->imports, &out->nimports, xstrndup(s, (size_t)(e - s)));
                st = SU_TOP;
            } else if (top && st == SU_TITLE) {
                st = SU_BRACE;
            } else if (top) {
                out->other = true;
                st = SU_TOP;
            }
            continue;
        }
        if (c == '{') {
            if (!deep) {
                if (st != SU_TITLE && st != SU_BRACE)
                    out->other = true;
                st = SU_TOP;
            }
            depth++;
            p++;
            continue;
        }
        if (c == '}') {
            if (--depth < 0) {
                out->other = true;
                depth = 0;
            }
            p++;
            continue;
        }
        if (deep) {                     /* an embedded NUL */
            p++;
            continue;
        }
        /* depth 0, outside strings: a token */
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            p++;
            continue;
        }
        if (su_idstart(c)) {
            const char *w = p;
            while (p < end && su_idchar((unsigned char)*p))
                p++;
            while (p + 1 < end && *p == '.' && su_idchar((unsigned char)p[1]))
                for (p++; p < end && su_idchar((unsigned char)*p); p++)
                    ;
            size_t n = (size_t)(p - w);
            bool dot = p < end && *p == '.';       /* "rkt." is a name */
            bool plan = !dot && ((n == 3 && memcmp(w, "rkt", 3) == 0) || (n == 2 && memcmp(w, "pk", 2) == 0));
            if (plan) {
                out->plan = true;
                if (st != SU_TOP)
                    out->other = true;
                st = SU_CODE;
            } else if (!dot && n == 5 && memcmp(w, "impor", 5) == 0) {
                if (st != SU_TOP)
                    out->other = true;
                st = SU_IMP;
            } else if (st == SU_CODE) {
                su_push_str(&out->codes, &out->ncodes, xstrndup(w, n));
                out->code_at = xrealloc(out->code_at, (size_t)out->ncodes * sizeof *out->code_at);
                out->code_at[out->ncodes - 1] = (size_t)(w - text);
                st = SU_TITLE;
            } else {
                out->other = true;
                st = SU_TOP;
            }
            continue;
        }
        out->other = true;              /* a number, an operator, a stray byte */
        st = SU_TOP;
        if (c >= '0' && c <= '9')
            while (p < end && (su_idchar((unsigned char)*p) || *p == '.'))
                p++;
        else
            p++;
    }
    if (st != SU_TOP || depth != 0 || interp)
        out->other = true;              /* cut short: let the parser say so */
}

void su_class_free(SuClass *c)
{
    for (int i = 0; i < c->ncodes; i++)
        free(c->codes[i]);
    for (int i = 0; i < c->nimports; i++)
        free(c->imports[i]);
    free(c->codes);
    free(c->code_at);
    free(c->imports);
    memset(c, 0, sizeof *c);
}
/* ================================================================ */
/* The run.                                                           */

/* A file of the run as the in-memory path would load it. */
typedef struct SuFile {
    char *path;             /* as loaded: the first way the load reaches it */
    char *real;
    size_t size;
    SuClass cls;
    bool visited;
    int pre, post;          /* its SrcSet id and its AST's place, in memory */
    int *imp;               /* files it imports */
    int nimp;
    bool base;              /* loaded into the base */
    bool pure;              /* a plan file of its own build */
} SuFile;

/* What phase 2 builds: a pure plan file, or consecutive base plan files. */
typedef struct SuUnit {
    int first, n;           /* files, by post order (SuRun.by_post) */
    bool base_only;
    size_t bytes;
} SuUnit;

/* A plan at fault in the data, for reading the data again (su_rescan). */
typedef struct SuShInd {
    const char *code, *unit;
    UnitKind kind;
} SuShInd;

typedef struct SuShadow {
    long order;             /* unit << 20 | plan's place in it */
    const char *code;
    PlanKind kind;
    int tahun;
    SuShInd *inds, *ser;
    int ninds, nser;
} SuShadow;

/* A diagnostic, rendered, and where it sorts (the in-memory order). */
enum { SU_LOAD, SU_SEMA, SU_DATA, SU_EVAL };

typedef struct SuDg {
    long rank;              /* in-memory SrcSet id of its file; -1 none */
    int lo, hi;             /* its span's bytes: the same file, the same text */
    int stage;
    long order;             /* build, then emission */
    DgSev sev;
    const char *code;
    char *text;
} SuDg;

typedef struct SuDgs {
    SuDg *v;
    int n, cap;
} SuDgs;

/* A diagnostic in a base file: kept when every build gives it. */
typedef struct SuBaseDg {
    char key[128];
    int count, last;
    long order;
    Diag d;
    UT_hash_handle hh;
} SuBaseDg;

typedef struct SuRun SuRun;

/* Phase 2 hands out units in chunks, to whichever thread is free; a
 * chunk's output is a byte range of that thread's temporary file. */
typedef struct SuChunk {
    int t;
    off_t begin, end;
} SuChunk;

#define SU_OUTBUF ((size_t)256 << 10)

typedef struct SuWork {
    SuRun *R;
    int t;
    Program *base;
    FILE *out;
    char *outbuf;           /* its buffer: stdio's own would write 4 KB at a time */
    SuDgs dgs;
    SuBaseDg *based;
    int nbuilds;
    bool galat, limit;
    bool problem;           /* a plan's data are at fault */
    bool owned_err;         /* errors in its own files */
    long per_order;         /* first plan outside --periode's year */
    char *per_msg;
    SuShadow *sh;
    int nsh, capsh;
    Arena *ar;              /* the shadows' strings */
    int *rank;              /* scratch: post rank per SrcSet id */
    int caprank;
} SuWork;

struct SuRun {
    const RktOpts *o;
    SuFormat fmt;
    bool color_out, color_err;
    Period per;
    Program proto;          /* search path for ld_resolve */
    SuFile *files;
    int nfiles, capfiles;
    uint32_t *ftab;         /* real -> file + 1 */
    uint32_t fmask;
    int nvisited;
    int *by_post;           /* visited files in AST order */
    int nplans;             /* rkt and pk plans of the run */
    char **ctab;            /* pure files' plan codes -> file + 1 (ctabv) */
    int *ctabv;
    uint32_t cmask;
    SuUnit *units;
    int nunits;
    Program bases[2];
    int nbases;
    SuChunk *chunks;
    int nchunks, chunk;     /* chunk: units in one */
    atomic_int next;        /* the next chunk to build */
    int *base_pre, *base_post;
    int nbase_src;
    bool base_syntax;
    /* phase 1 */
    SrcSet dsrc;
    DataStore ds;
    DgList dd;
    bool *hdr_ok;           /* per data file: its rows were read */
    bool data_usage;        /* a data file could not be read */
    SuWork w[2];
};

static uint32_t su_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static void su_ftab_grow(SuRun *R)
{
    uint32_t cap = R->fmask ? (R->fmask + 1) * 2 : 1024;
    free(R->ftab);
    R->ftab = xcalloc(cap, sizeof *R->ftab);
    R->fmask = cap - 1;
    for (int i = 0; i < R->nfiles; i++) {
        uint32_t j = su_hash(R->files[i].real) & R->fmask;
        while (R->ftab[j])
            j = (j + 1) & R->fmask;
        R->ftab[j] = (uint32_t)i + 1;
    }
}

static int su_file_find(const SuRun *R, const char *real)
{
    if (!R->fmask)
        return -1;
    for (uint32_t j = su_hash(real) & R->fmask; R->ftab[j]; j = (j + 1) & R->fmask)
        if (strcmp(R->files[R->ftab[j] - 1].real, real) == 0)
            return (int)R->ftab[j] - 1;
    return -1;
}

/* Takes real; path may be NULL until the file is visited. */
static int su_file_add(SuRun *R, char *real)
{
    if (R->nfiles == R->capfiles) {
        R->capfiles = R->capfiles ? R->capfiles * 2 : 256;
        R->files = xrealloc(R->files, (size_t)R->capfiles * sizeof *R->files);
    }
    int i = R->nfiles++;
    memset(&R->files[i], 0, sizeof R->files[i]);
    R->files[i].real = real;
    R->files[i].pre = R->files[i].post = -1;
    if ((uint32_t)R->nfiles * 2 > R->fmask)
        su_ftab_grow(R);
    else {
        uint32_t j = su_hash(real) & R->fmask;
        while (R->ftab[j])
            j = (j + 1) & R->fmask;
        R->ftab[j] = (uint32_t)i + 1;
    }
    return i;
}

/* Reads and classifies a file into a reusable buffer.  -1 when it
 * cannot be read or is too big to parse (the in-memory path says so). */
static int su_read_class(const char *path, char **buf, size_t *cap, size_t *size, SuClass *c)
{
    int fd = open(path, O_RDONLY);
    struct stat st;
    if (fd < 0)
        return -1;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size >= PARSE_MAX_BYTES) {
        close(fd);
        return -1;
    }
    size_t want = (size_t)st.st_size, n = 0;
    if (want + 1 > *cap) {
        *cap = want + 1;
        free(*buf);
        *buf = xmalloc(*cap);
    }
    for (;;) {
        if (n == *cap - 1) {
            *cap *= 2;
            *buf = xrealloc(*buf, *cap);
        }
        ssize_t r = read(fd, *buf + n, *cap - 1 - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            close(fd);
            return -1;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    close(fd);
    if (n >= PARSE_MAX_BYTES)
        return -1;
    (*buf)[n] = '\0';
    *size = n;
    su_classify(*buf, n, c);
    return 0;
}

/* Top-level files are classified on two threads. */
typedef struct SuClassJob {
    char **paths, **reals;
    SuClass *cls;
    size_t *sizes;
    bool *bad;
    int n, t;
} SuClassJob;

static void *su_class_job(void *arg)
{
    SuClassJob *j = arg;
    char *buf = NULL;
    size_t cap = 0;
    for (int i = j->t; i < j->n; i += 2) {
        j->reals[i] = realpath(j->paths[i], NULL);
        if (!j->reals[i] || su_read_class(j->paths[i], &buf, &cap, &j->sizes[i], &j->cls[i]) != 0)
            j->bad[i] = true;
    }
    free(buf);
    return NULL;
}

/* The in-memory load, simulated: ld_one / ld_import order, depth first,
 * imports before the importer's AST.  False: decline. */
static bool su_visit(SuRun *R, int fi, int depth, int *stack, int *pre, int *post)
{
    if (depth >= 64)
        return false;
    SuFile *F = &R->files[fi];
    F->visited = true;
    F->pre = (*pre)++;
    stack[depth] = fi;
    char *buf = NULL;
    size_t cap = 0;
    bool ok = !F->cls.odd;
    for (int k = 0; ok && k < R->files[fi].cls.nimports; k++) {
        F = &R->files[fi];
        char *path = ld_resolve(&R->proto, F->path, F->cls.imports[k]);
        char *real = path ? realpath(path, NULL) : NULL;
        if (!real) {                        /* E021: let the in-memory path say it */
            free(path);
            ok = false;
            break;
        }
        for (int s = 0; s <= depth; s++)
            if (strcmp(R->files[stack[s]].real, real) == 0)
                ok = false;                 /* E020 */
        int g = ok ? su_file_find(R, real) : -1;
        if (ok && g < 0) {
            g = su_file_add(R, real);
            real = NULL;
            if (su_read_class(path, &buf, &cap, &R->files[g].size, &R->files[g].cls) != 0)
                ok = false;
        }
        free(real);
        if (ok) {
            F = &R->files[fi];
            F->imp = xrealloc(F->imp, (size_t)(F->nimp + 1) * sizeof *F->imp);
            F->imp[F->nimp++] = g;
            if (!R->files[g].visited) {
                free(R->files[g].path);
                R->files[g].path = path;
                path = NULL;
                ok = su_visit(R, g, depth + 1, stack, pre, post);
            }
        }
        free(path);
    }
    free(buf);
    R->files[fi].post = (*post)++;
    return ok;
}

static uint32_t su_ctab_slot(const SuRun *R, const char *code)
{
    uint32_t j = su_hash(code) & R->cmask;
    while (R->ctab[j] && strcmp(R->ctab[j], code) != 0)
        j = (j + 1) & R->cmask;
    return j;
}

/* The pure file declaring plan `code` (given as s[0..n)), or -1. */
static int su_code_file(const SuRun *R, const char *s, size_t n)
{
    char buf[256];
    if (!R->ctab || n >= sizeof buf)
        return -1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    uint32_t j = su_ctab_slot(R, buf);
    return R->ctab[j] ? R->ctabv[j] : -1;
}

/* Loads a base as the in-memory path loads those files.  False: the
 * in-memory SrcSet order would not be kept (decline). */
static bool su_load_base(SuRun *R, Program *b)
{
    ld_init(b);
    b->incdirs = xcalloc((size_t)R->o->nincdirs + 1, sizeof *b->incdirs);
    for (int i = 0; i < R->o->nincdirs; i++)
        b->incdirs[i] = R->o->incdirs[i];
    b->nincdirs = R->o->nincdirs;
    b->diags.werror = R->o->werror;
    int *order = xmalloc(((size_t)R->nvisited + 1) * sizeof *order);
    int n = 0;
    for (int i = 0; i < R->nfiles; i++)
        if (R->files[i].visited && R->files[i].base)
            order[n++] = i;
    /* by pre order: the in-memory SrcSet order */
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && R->files[order[j - 1]].pre > R->files[order[j]].pre; j--) {
            int t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    bool ok = true;
    for (int i = 0; i < n && ok; i++)
        ok = ld_load_arg(b, R->files[order[i]].path) == 0;
    free(order);
    if (!ok || b->diags.limit || b->src.n != n)
        return false;
    int last = -1;
    for (int id = 0; id < b->src.n; id++) {
        int fi = su_file_find(R, b->src.v[id]->real);
        if (fi < 0 || !R->files[fi].base || strcmp(R->files[fi].path, b->src.v[id]->path) != 0
            || R->files[fi].pre <= last)
            return false;
        last = R->files[fi].pre;
    }
    return true;
}

/* E001..E010: the scanner's and the parser's (as cmd_check.c). */
static bool su_syntax(const Diag *g)
{
    return g->code[0] == 'E' && atoi(g->code + 1) <= 10;
}

/* Everything up to phase 1: the files, their load order, the base, the
 * units.  False: decline. */
static bool su_plan(SuRun *R)
{
    const RktOpts *o = R->o;
    ld_init(&R->proto);
    R->proto.incdirs = o->incdirs;
    R->proto.nincdirs = o->nincdirs;
    /* the arguments, expanded */
    char **paths = NULL;
    int npaths = 0;
    for (int i = 0; i < o->nfiles; i++) {
        char **v;
        int n;
        struct stat st;
        if (stat(o->files[i], &st) != 0 || ld_expand(o->files[i], &v, &n) != 0) {
            for (int k = 0; k < npaths; k++)
                free(paths[k]);
            free(paths);
            return false;
        }
        paths = xrealloc(paths, (size_t)(npaths + n + 1) * sizeof *paths);
        if (n)
            memcpy(paths + npaths, v, (size_t)n * sizeof *v);
        npaths += n;
        free(v);
    }
    char **reals = xcalloc((size_t)npaths + 1, sizeof *reals);
    SuClass *cls = xcalloc((size_t)npaths + 1, sizeof *cls);
    size_t *sizes = xcalloc((size_t)npaths + 1, sizeof *sizes);
    bool *bad = xcalloc((size_t)npaths + 1, sizeof *bad);
    SuClassJob jobs[2];
    for (int t = 0; t < 2; t++)
        jobs[t] = (SuClassJob){paths, reals, cls, sizes, bad, npaths, t};
    pthread_t th;
    bool two = npaths > 8 && pthread_create(&th, NULL, su_class_job, &jobs[1]) == 0;
    su_class_job(&jobs[0]);
    if (two)
        pthread_join(th, NULL);
    else
        su_class_job(&jobs[1]);
    bool ok = npaths > 0;
    for (int i = 0; i < npaths; i++) {
        if (bad[i])
            ok = false;
        if (!ok || su_file_find(R, reals[i]) >= 0) {
            free(reals[i]);
            su_class_free(&cls[i]);
            continue;
        }
        int fi = su_file_add(R, reals[i]);
        R->files[fi].cls = cls[i];
        R->files[fi].size = sizes[i];
        R->files[fi].path = xstrdup(paths[i]);
    }
    for (int i = 0; i < npaths; i++)
        free(paths[i]);
    free(paths);
    free(reals);
    free(cls);
    free(sizes);
    free(bad);
    if (!ok)
        return false;
    /* the load order: top-level files in argument order */
    int ntop = R->nfiles, pre = 0, post = 0, stack[64];
    for (int i = 0; i < ntop && ok; i++)
        if (!R->files[i].visited)
            ok = su_visit(R, i, 0, stack, &pre, &post);
    if (!ok)
        return false;
    R->nvisited = pre;
    R->by_post = xmalloc(((size_t)R->nvisited + 1) * sizeof *R->by_post);
    for (int i = 0; i < R->nfiles; i++)
        if (R->files[i].visited)
            R->by_post[R->files[i].post] = i;
    /* the base: what is not a plan file, and everything it imports */
    int *queue = xmalloc(((size_t)R->nfiles + 1) * sizeof *queue), nq = 0;
    for (int i = 0; i < R->nfiles; i++)
        if (R->files[i].visited && (!R->files[i].cls.plan || R->files[i].cls.other)) {
            R->files[i].base = true;
            queue[nq++] = i;
        }
    for (int q = 0; q < nq; q++)
        for (int k = 0; k < R->files[queue[q]].nimp; k++) {
            int g = R->files[queue[q]].imp[k];
            if (!R->files[g].base) {
                R->files[g].base = true;
                queue[nq++] = g;
            }
        }
    free(queue);
    /* plan codes: each once in the run */
    int ncodes = 0;
    size_t base_bytes = 0;
    for (int i = 0; i < R->nfiles; i++) {
        SuFile *F = &R->files[i];
        F->pure = F->visited && F->cls.plan && !F->base;
        ncodes += F->visited ? F->cls.ncodes : 0;
        if (F->visited && F->base)
            base_bytes += F->size;
    }
    R->nplans = ncodes;
    if (ncodes < 2)
        return false;
    uint32_t cap = 16;
    while (cap < (uint32_t)ncodes * 2)
        cap *= 2;
    R->ctab = xcalloc(cap, sizeof *R->ctab);
    R->ctabv = xcalloc(cap, sizeof *R->ctabv);
    R->cmask = cap - 1;
    for (int i = 0; i < R->nfiles && ok; i++)
        for (int k = 0; R->files[i].visited && k < R->files[i].cls.ncodes; k++) {
            uint32_t j = su_ctab_slot(R, R->files[i].cls.codes[k]);
            if (R->ctab[j]) {
                ok = false;                 /* E011: the in-memory path reports it */
                break;
            }
            R->ctab[j] = R->files[i].cls.codes[k];
            R->ctabv[j] = R->files[i].pure ? i : -1;
        }
    if (!ok)
        return false;
    /* the units, in AST order */
    R->units = xcalloc((size_t)R->nvisited + 1, sizeof *R->units);
    int npure = 0;
    for (int k = 0; k < R->nvisited; k++) {
        SuFile *F = &R->files[R->by_post[k]];
        if (!F->cls.plan)
            continue;
        SuUnit *prev = R->nunits ? &R->units[R->nunits - 1] : NULL;
        if (F->base && prev && prev->base_only && prev->first + prev->n == k) {
            prev->n++;
            prev->bytes += F->size;
            continue;
        }
        R->units[R->nunits++] = (SuUnit){k, 1, F->base, F->size};
        npure += F->pure;
    }
    /* every build parses and checks the base again */
    if ((double)base_bytes * npure > 2e9)
        return false;
    /* the two bases, loaded now so a surprise still declines */
    R->nbases = R->nunits > 1 ? 2 : 1;
    for (int b = 0; b < R->nbases; b++)
        if (!su_load_base(R, &R->bases[b]))
            return false;
    Program *b0 = &R->bases[0];
    R->nbase_src = b0->src.n;
    R->base_pre = xmalloc(((size_t)b0->src.n + 1) * sizeof *R->base_pre);
    R->base_post = xmalloc(((size_t)b0->src.n + 1) * sizeof *R->base_post);
    for (int id = 0; id < b0->src.n; id++) {
        int fi = su_file_find(R, b0->src.v[id]->real);
        R->base_pre[id] = R->files[fi].pre;
        R->base_post[id] = R->files[fi].post;
    }
    for (int i = 0; i < b0->diags.n; i++)
        R->base_syntax |= su_syntax(&b0->diags.v[i]);
    return true;
}
/* ================================================================ */
/* Diagnostics.                                                       */

static char *su_render(const Diag *g, SrcSet *src, bool color)
{
    DgList one;
    dg_init(&one);
    one.v = (Diag *)g;
    one.n = 1;
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m) {
        perror("rkt: open_memstream");
        exit(EXIT_USAGE);
    }
    out_diag_human(m, &one, src, color);
    fclose(m);
    return buf;
}

static void su_dg_add(SuDgs *l, const Diag *g, long rank, int stage, long order, char *text)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->v = xrealloc(l->v, (size_t)l->cap * sizeof *l->v);
    }
    l->v[l->n++] = (SuDg){rank, g->span.lo, g->span.hi, stage, order, g->sev, g->code, text};
}

static int su_dg_cmp(const void *pa, const void *pb)
{
    const SuDg *a = pa, *b = pb;
    if (a->rank != b->rank)
        return a->rank < b->rank ? -1 : 1;
    if (a->lo != b->lo)
        return a->lo < b->lo ? -1 : 1;
    if (a->stage != b->stage)
        return a->stage < b->stage ? -1 : 1;
    return (a->order > b->order) - (a->order < b->order);
}

/* The file behind SrcSet id `file` of a build, or -1. */
static int su_file_of(const SuRun *R, const Program *p, int file)
{
    if (file < 0 || file >= p->src.n)
        return -1;
    return su_file_find(R, p->src.v[file]->real);
}

/* In-memory SrcSet id of a build's file: its rank in the output order. */
static long su_rank(const SuRun *R, const Program *p, int file)
{
    if (file < 0)
        return -1;
    if (file < R->nbase_src)
        return R->base_pre[file];
    int fi = su_file_of(R, p, file);
    return fi >= 0 ? R->files[fi].pre : R->nvisited;
}

/* ================================================================ */
/* Phase 2: one build.                                                */

/* The ASTs in the in-memory order (post order of the load). */
static void su_sort_asts(SuWork *W, Program *c)
{
    const SuRun *R = W->R;
    if (c->src.n > W->caprank) {
        W->caprank = c->src.n + 16;
        W->rank = xrealloc(W->rank, (size_t)W->caprank * sizeof *W->rank);
    }
    for (int id = 0; id < c->src.n; id++) {
        int fi = id < R->nbase_src ? -1 : su_file_of(R, c, id);
        W->rank[id] = id < R->nbase_src ? R->base_post[id] : fi >= 0 ? R->files[fi].post : INT_MAX;
    }
    for (int i = 1; i < c->nasts; i++)
        for (int j = i; j > 0 && W->rank[c->asts[j - 1]->file] > W->rank[c->asts[j]->file]; j--) {
            Ast *t = c->asts[j];
            c->asts[j] = c->asts[j - 1];
            c->asts[j - 1] = t;
        }
}

/* Is SrcSet id `file` of build c one of unit u's own files? */
static bool su_own(const SuRun *R, const Program *c, int file, const SuUnit *u)
{
    int fi = su_file_of(R, c, file);
    if (fi < 0)
        return false;
    int post = R->files[fi].post;
    return post >= u->first && post < u->first + u->n;
}

static void su_base_dg(SuWork *W, const Diag *g, long order)
{
    SuBaseDg *e;
    char key[128];
    snprintf(key, sizeof key, "%s|%d|%d|%d", g->code, g->span.file, g->span.lo, g->span.hi);
    HASH_FIND_STR(W->based, key, e);
    if (e) {
        if (e->last != W->nbuilds) {
            e->count++;
            e->last = W->nbuilds;
        }
        return;
    }
    e = xcalloc(1, sizeof *e);
    memcpy(e->key, key, sizeof key);
    e->count = 1;
    e->last = W->nbuilds;
    e->order = order;
    e->d = *g;
    e->d.msg = xstrdup(g->msg);
    HASH_ADD_STR(W->based, key, e);
}

/* Diagnostics c->diags.v[from..to) of a build of unit ui: its own are
 * rendered now (its files go when the build does), a base file's go to
 * the vote, the other plan files' are their own builds' to give. */
static void su_collect(SuWork *W, Program *c, int from, int to, int stage, int ui, bool *own_err)
{
    SuRun *R = W->R;
    const SuUnit *u = &R->units[ui];
    for (int i = from; i < to; i++) {
        const Diag *g = &c->diags.v[i];
        int f = g->span.file;
        long order = (long)ui << 24 | i;
        if (stage == SU_EVAL) {
            su_dg_add(&W->dgs, g, su_rank(R, c, f), stage, order, su_render(g, &c->src, R->color_err));
            continue;
        }
        if (g->sev == DG_ERROR && f >= 0 && su_own(R, c, f, u))
            *own_err = true;
        if (f < R->nbase_src && !(stage == SU_LOAD && f < 0))
            su_base_dg(W, g, order);
        else if ((f < 0 && stage == SU_LOAD) || su_own(R, c, f, u))
            su_dg_add(&W->dgs, g, su_rank(R, c, f), stage, order, su_render(g, &c->src, R->color_err));
    }
    W->limit |= c->diags.limit;
}

static const char *su_ar_str(Arena *a, const char *s)
{
    return s ? ar_strdup(a, s) : NULL;
}

static SuShInd su_sh_ind(Arena *a, const char *code, const MUnit *u)
{
    return (SuShInd){su_ar_str(a, code), u ? su_ar_str(a, u->name) : NULL, u ? u->kind : UK_ANGKA};
}

/* Keeps what the data loader needs of a plan at fault (su_rescan). */
static void su_shadow(SuWork *W, const Model *m, const MPlan *pl, long order)
{
    if (W->nsh == W->capsh) {
        W->capsh = W->capsh ? W->capsh * 2 : 8;
        W->sh = xrealloc(W->sh, (size_t)W->capsh * sizeof *W->sh);
    }
    Arena *a = W->ar;
    SuShadow *s = &W->sh[W->nsh++];
    memset(s, 0, sizeof *s);
    s->order = order;
    s->code = su_ar_str(a, pl->code);
    s->kind = pl->kind;
    s->tahun = pl->tahun;
    s->inds = ar_alloc(a, ((size_t)pl->ninds + 1) * sizeof *s->inds);
    for (int i = 0; i < pl->ninds; i++)
        s->inds[s->ninds++] = su_sh_ind(a, pl->inds[i]->code, pl->inds[i]->unit);
    s->ser = ar_alloc(a, ((size_t)HASH_COUNT(m->series) + 1) * sizeof *s->ser);
    for (MSeries *se = m->series; se; se = se->hh.next)
        s->ser[s->nser++] = su_sh_ind(a, se->name, se->unit);
}

/* A record the plan cannot take as it is: marked while reading, of
 * another year, or a fraction for a count. */
static bool su_rec_bad(const DataStore *ds, int slot, int year, const MUnit *u)
{
    DtKeyInfo k;
    if (!dt_key_info(ds, slot, &k))
        return false;
    return (k.flags & ~DT_KEY_FRAC) || k.year != year
           || ((k.flags & DT_KEY_FRAC) && u && u->kind == UK_CACAH);
}

/* Points the plan's indicators and the data series at the plan's
 * records; true when its data are at fault (a record of the plan that
 * nothing claims is an unknown code). */
static bool su_bind(SuWork *W, const Model *m, MPlan *pl, long order)
{
    const DataStore *ds = &W->R->ds;
    int pid = dt_key_plan(ds, pl->code), claimed = 0, hint = -1;
    bool bad = false;
    for (int i = 0; i < pl->ninds; i++) {
        MInd *ind = pl->inds[i];
        ind->slot = dt_key_find(ds, pid, ind->code, hint);
        hint = ind->slot >= 0 ? ind->slot + 1 : -1;
        if (ind->slot >= 0) {
            claimed++;
            bad |= su_rec_bad(ds, ind->slot, pl->tahun, ind->unit);
        }
    }
    for (MSeries *se = m->series; se; se = se->hh.next) {
        se->slot = sm_ind(pl, se->name) ? -1 : dt_key_find(ds, pid, se->name, -1);
        if (se->slot >= 0) {
            claimed++;
            bad |= su_rec_bad(ds, se->slot, pl->tahun, se->unit);
        }
    }
    bad |= claimed < dt_key_nrec(ds, pid);
    if (bad)
        su_shadow(W, m, pl, order);
    return bad;
}

static void su_emit(SuWork *W, const RPlan *r, const SrcSet *src)
{
    FILE *f = W->out;
    switch (W->R->fmt) {
    case SU_CSV:
        out_eval_csv_rows(f, r, src, true);
        break;
    case SU_JSON:
        out_eval_json(f, r, src);
        break;
    case SU_MD:             /* a blank line between plans: the first's goes */
        fputc('\n', f);
        out_eval_md(f, r, src);
        break;
    case SU_TABLE:
        fputc('\n', f);
        out_eval_table(f, r, src, W->R->color_out);
        break;
    }
    for (int j = 0; j < r->ntemuan; j++)
        W->galat |= r->temuan[j].sev == SEV_GALAT;
}

/* New plan files a build's E018s in its own files name: a pk's rkt, a
 * code of another plan.  Added to deps; how many. */
static int su_deps(SuWork *W, Program *c, int from, int ui, int *deps, int *ndeps, int cap)
{
    const SuRun *R = W->R;
    int added = 0;
    for (int i = from; i < c->diags.n; i++) {
        const Diag *g = &c->diags.v[i];
        if (strcmp(g->code, "E018") != 0 || !su_own(R, c, g->span.file, &R->units[ui]))
            continue;
        const SrcFile *sf = c->src.v[g->span.file];
        int a = g->span.lo, b = g->span.hi;
        if (a < 0 || b <= a || (size_t)b > sf->len)
            continue;
        int fi = su_code_file(R, sf->text + a, (size_t)(b - a));
        if (fi < 0)
            continue;
        bool have = false;
        for (int k = 0; k < c->src.n && !have; k++)
            have = strcmp(c->src.v[k]->real, R->files[fi].real) == 0;
        for (int k = 0; k < *ndeps && !have; k++)
            have = deps[k] == fi;
        if (!have && *ndeps < cap) {
            deps[(*ndeps)++] = fi;
            added++;
        }
    }
    return added;
}

static void su_build(SuWork *W, int ui)
{
    SuRun *R = W->R;
    const SuUnit *u = &R->units[ui];
    Program c;
    Model *m = NULL;
    int deps[32], ndeps = 0, nload;
    for (;;) {
        ld_fork(&c, W->base);
        for (int k = 0; k < ndeps; k++)
            ld_load_known(&c, R->files[deps[k]].path, R->files[deps[k]].real);
        if (!u->base_only) {
            const SuFile *F = &R->files[R->by_post[u->first]];
            ld_load_known(&c, F->path, F->real);
        }
        nload = c.diags.n;
        su_sort_asts(W, &c);
        bool syntax = R->base_syntax;
        for (int i = 0; i < nload; i++)
            syntax |= su_syntax(&c.diags.v[i]);
        m = syntax ? NULL : sm_build(&c);
        if (!m || !su_deps(W, &c, nload, ui, deps, &ndeps, 32))
            break;
        sm_free(m);
        ld_unfork(&c, W->base);
    }
    W->nbuilds++;
    bool own_err = false;
    su_collect(W, &c, 0, nload, SU_LOAD, ui, &own_err);
    su_collect(W, &c, nload, c.diags.n, SU_SEMA, ui, &own_err);
    W->owned_err |= own_err;
    EvOptions eo = {.rules = true, .periode_text = R->o->periode};
    for (int i = 0, k = 0; m && !own_err && i < m->nplans; i++) {
        MPlan *pl = m->plan_list[i];
        if (pl->kind == PLAN_RENSTRA || !pl->decl || !su_own(R, &c, pl->decl->h.span.file, u))
            continue;
        long order = (long)ui << 20 | k++;
        if (R->per.year && pl->tahun != R->per.year) {
            if (!W->per_msg || order < W->per_order) {
                free(W->per_msg);
                W->per_msg = xasprintf("rkt: --periode %s is outside the year %d of plan %s\n",
                                       R->o->periode, pl->tahun, pl->code);
                W->per_order = order;
            }
            continue;
        }
        if (su_bind(W, m, pl, order))
            W->problem = true;
        if (R->dd.nerr || R->data_usage || W->problem || W->per_msg)
            continue;                   /* no results will be shown */
        int from = c.diags.n;
        RPlan *r = ev_plan(m, &R->ds, pl, R->per, &eo, &c.diags);
        su_collect(W, &c, from, c.diags.n, SU_EVAL, ui, &own_err);
        su_emit(W, r, &c.src);
        ev_free(r);
    }
    sm_free(m);
    ld_unfork(&c, W->base);
}

static void *su_work(void *arg)
{
    SuWork *W = arg;
    SuRun *R = W->R;
    for (int c; (c = atomic_fetch_add(&R->next, 1)) < R->nchunks;) {
        SuChunk *k = &R->chunks[c];
        k->t = W->t;
        k->begin = ftello(W->out);
        int end = (c + 1) * R->chunk < R->nunits ? (c + 1) * R->chunk : R->nunits;
        for (int u = c * R->chunk; u < end; u++)
            su_build(W, u);
        k->end = ftello(W->out);
    }
    return NULL;
}
/* ================================================================ */
/* Phase 1: the data.                                                 */

/* Files smaller than this are read on one thread. */
#define SU_SPLIT_MIN ((size_t)4 << 20)

typedef struct SuPart {
    const DtKeyScan *sc;
    DataStore ds;
    DgList d;
    size_t from, to, end;
    int line;
} SuPart;

static void *su_part(void *arg)
{
    SuPart *p = arg;
    p->end = dt_key_read(p->sc, &p->ds, p->from, p->to, 1, &p->line, &p->d);
    return NULL;
}

/* One data file: in two halves when it is big, the second read from the
 * first line break after the middle.  If a record runs over that line
 * break (a quoted field holding one), the second half's work is thrown
 * away and the first goes on: the split never changes what is read. */
static void su_data_file(SuRun *R, SrcFile *f, int i)
{
    DtOptions opt = {.nplans = R->nplans, .id_format = R->o->angka_id, .src = &R->dsrc};
    DtKeyScan *sc = dt_key_open(f, &opt, &R->dd);
    if (!sc)
        return;
    R->hdr_ok[i] = true;
    int line;
    size_t at = dt_key_start(sc, &line), len = f->len;
    const char *nl = len - at >= SU_SPLIT_MIN ? memchr(f->text + at + (len - at) / 2, '\n', (len - at) / 2) : NULL;
    SuPart b;
    pthread_t th;
    if (nl && (size_t)(nl + 1 - f->text) < len) {
        memset(&b, 0, sizeof b);
        b.sc = sc;
        b.from = (size_t)(nl + 1 - f->text);
        b.to = len;
        dt_init(&b.ds);
        dg_init(&b.d);
        bool two = pthread_create(&th, NULL, su_part, &b) == 0;
        at = dt_key_read(sc, &R->ds, at, b.from, line, &line, &R->dd);
        if (two)
            pthread_join(th, NULL);
        if (two && at == b.from) {
            int delta = line - 1;
            dt_key_merge(&R->ds, &b.ds, delta);
            dg_move(&R->dd, &b.d);      /* its spans are bytes of the whole file */
            at = len;
            line = b.line + delta;
        }
        dt_free(&b.ds);
        dg_free(&b.d);
    }
    if (at < len)
        dt_key_read(sc, &R->ds, at, len, line, &line, &R->dd);
    dt_key_close(sc);
}

static void su_phase1(SuRun *R)
{
    const RktOpts *o = R->o;
    R->hdr_ok = xcalloc((size_t)o->ndata + 1, sizeof *R->hdr_ok);
    R->ds.keyed = NULL;
    for (int i = 0; i < o->ndata; i++) {
        char *err = NULL;
        SrcFile *f = src_map(&R->dsrc, o->data[i], &err);
        if (!f) {
            dg_emit(&R->dd, "E400", SPAN_NONE, "%s", err ? err : o->data[i]);
            free(err);
            R->data_usage = true;
            continue;
        }
        su_data_file(R, f, R->dsrc.n - 1);
    }
}

/* ================================================================ */
/* The rows at fault, reported by data.c's own loader.                */

static MUnit *su_sh_unit(Arena *a, const SuShInd *s)
{
    if (!s->unit)
        return NULL;
    MUnit *u = ar_alloc(a, sizeof *u);
    u->name = s->unit;
    u->kind = s->kind;
    return u;
}

static int su_sh_cmp(const void *pa, const void *pb)
{
    const SuShadow *a = pa, *b = pb;
    return (a->order > b->order) - (a->order < b->order);
}

/* Reads the data files again against the plans at fault only (the
 * others' rows have nothing to report) and keeps E401-E407. */
static void su_rescan(SuRun *R, DgList *out)
{
    int n = R->w[0].nsh + R->w[1].nsh;
    if (!n)
        return;
    SuShadow *sh = xmalloc((size_t)n * sizeof *sh);
    if (R->w[0].nsh)
        memcpy(sh, R->w[0].sh, (size_t)R->w[0].nsh * sizeof *sh);
    if (R->w[1].nsh)
        memcpy(sh + R->w[0].nsh, R->w[1].sh, (size_t)R->w[1].nsh * sizeof *sh);
    if (n > 1)
        qsort(sh, (size_t)n, sizeof *sh, su_sh_cmp);
    Arena *a = ar_new();
    Model m;
    memset(&m, 0, sizeof m);
    m.arena = a;
    m.src = &R->dsrc;
    for (int i = 0; i < sh[0].nser; i++) {
        MSeries *se = ar_alloc(a, sizeof *se);
        se->name = sh[0].ser[i].code;
        se->unit = su_sh_unit(a, &sh[0].ser[i]);
        se->slot = m.nslots++;
        HASH_ADD_KEYPTR(hh, m.series, se->name, strlen(se->name), se);
    }
    MPlan **plans = ar_alloc(a, (size_t)n * sizeof *plans);
    for (int k = 0; k < n; k++) {
        MPlan *p = plans[k] = ar_alloc(a, sizeof *p);
        p->code = sh[k].code;
        p->kind = sh[k].kind;
        p->tahun = sh[k].tahun;
        p->inds = ar_alloc(a, ((size_t)sh[k].ninds + 1) * sizeof *p->inds);
        for (int i = 0; i < sh[k].ninds; i++) {
            MInd *ind = ar_alloc(a, sizeof *ind);
            ind->code = sh[k].inds[i].code;
            ind->plan = p;
            ind->unit = su_sh_unit(a, &sh[k].inds[i]);
            ind->slot = m.nslots++;
            ind->order = i;
            p->inds[p->ninds++] = ind;
            MInd *old;
            HASH_FIND_STR(p->ind_by_code, ind->code, old);
            if (!old)
                HASH_ADD_KEYPTR(hh, p->ind_by_code, ind->code, strlen(ind->code), ind);
        }
    }
    DataStore ds;
    dt_init(&ds);
    DgList d;
    dg_init(&d);
    DtOptions opt = {.plans = plans, .nplans = n, .id_format = R->o->angka_id, .src = &R->dsrc};
    for (int i = 0; i < R->dsrc.n; i++)
        if (R->hdr_ok[i])
            dt_load_src(&ds, &m, R->dsrc.v[i], &opt, &d);
    for (int i = 0; i < d.n; i++) {
        const Diag *g = &d.v[i];
        int c = atoi(g->code + 1);
        if (g->code[0] == 'E' && c >= 401 && c <= 407)
            dg_add(out, g->sev, g->code, g->span, "%s", g->msg);
    }
    dg_free(&d);
    dt_free(&ds);
    for (int k = 0; k < n; k++)
        HASH_CLEAR(hh, plans[k]->ind_by_code);
    HASH_CLEAR(hh, m.series);
    ar_free(a);
    free(sh);
}

/* ================================================================ */
/* The end: what is shown, and the output.                            */

/* Copies bytes [off, size) of a temporary file to fd. */
static int su_copy(FILE *from, off_t off, off_t size, int fd)
{
    int in = fileno(from);
    while (off < size) {
        ssize_t w = sendfile(fd, in, &off, (size_t)(size - off));
        if (w > 0)
            continue;
        if (w < 0 && errno == EINTR)
            continue;
        if (w == 0 || errno == EINVAL || errno == ENOSYS)
            break;
        return -1;
    }
    if (off < size) {           /* sendfile cannot write there: read and write */
        char buf[1 << 16];
        if (lseek(in, off, SEEK_SET) < 0)
            return -1;
        ssize_t r;
        while ((r = read(in, buf, sizeof buf)) > 0)
            for (ssize_t done = 0; done < r;) {
                ssize_t w = write(fd, buf + done, (size_t)(r - done));
                if (w < 0 && errno == EINTR)
                    continue;
                if (w < 0)
                    return -1;
                done += w;
            }
        if (r < 0)
            return -1;
    }
    return 0;
}

static int su_write_all(SuRun *R, int fd)
{
    if (R->fmt == SU_CSV) {
        char *head = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&head, &len);
        if (!m)
            return -1;
        out_eval_csv_header(m, true);
        fclose(m);
        for (size_t done = 0; done < len;) {
            ssize_t w = write(fd, head + done, len - done);
            if (w < 0 && errno == EINTR)
                continue;
            if (w < 0) {
                free(head);
                return -1;
            }
            done += (size_t)w;
        }
        free(head);
    }
    for (int t = 0; t < 2; t++)
        if (R->w[t].out && fflush(R->w[t].out) != 0)
            return -1;
    bool first = R->fmt == SU_MD || R->fmt == SU_TABLE;   /* its blank line goes */
    for (int c = 0; c < R->nchunks; c++) {
        const SuChunk *k = &R->chunks[c];
        off_t begin = k->begin + (first && k->end > k->begin);
        first &= k->end == k->begin;
        if (su_copy(R->w[k->t].out, begin, k->end, fd) != 0)
            return -1;
    }
    return 0;
}

/* stdout, or -o FILE written as write_file_atomic does (util.c): a
 * temporary file beside it, renamed into place. */
static int su_output(SuRun *R)
{
    const char *path = R->o->output;
    if (!path) {
        if (fflush(stdout) != 0 || su_write_all(R, STDOUT_FILENO) != 0) {
            fprintf(stderr, "rkt: cannot write the output: %s\n", strerror(errno));
            return -1;
        }
        return 0;
    }
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
    char *tmp = xasprintf("%.*s.%s.XXXXXX", (int)dirlen, path, slash ? slash + 1 : path);
    int fd = mkstemp(tmp);
    int rc = -1;
    if (fd >= 0) {
        struct stat st;
        mode_t mode = stat(path, &st) == 0 ? (st.st_mode & 07777) : 0644;
        if (fchmod(fd, mode) == 0 && su_write_all(R, fd) == 0 && fsync(fd) == 0) {
            int c = close(fd);
            fd = -1;
            if (c == 0 && rename(tmp, path) == 0)
                rc = 0;
        }
    }
    int e = errno;
    if (fd >= 0)
        close(fd);
    if (rc != 0) {
        unlink(tmp);
        fprintf(stderr, "rkt: cannot write '%s': %s\n", path, strerror(e));
    }
    free(tmp);
    return rc;
}

static void su_keep(SuDgs *to, const DgList *d, SrcSet *src, long rank_base, int stage, bool color,
                    const SuRun *R)
{
    for (int i = 0; i < d->n; i++) {
        const Diag *g = &d->v[i];
        long rank = g->span.file < 0 ? -1
                  : rank_base >= 0 ? rank_base + g->span.file
                  : R->base_pre[g->span.file];
        su_dg_add(to, g, rank, stage, i, su_render(g, src, color));
    }
}

/* eval warns of a division by zero once per expression in the run
 * (W401): the in-memory path finds an earlier one in its one list, here
 * every build has its own.  Sorted, the repeats of one follow it. */
static void su_dg_once(SuDgs *l)
{
    int kept = 0;
    for (int i = 0; i < l->n; i++) {
        const SuDg *g = &l->v[i];
        bool again = false;
        for (int j = kept - 1; g->stage == SU_EVAL && j >= 0 && !again; j--) {
            const SuDg *h = &l->v[j];
            if (h->rank != g->rank || h->lo != g->lo)
                break;
            again = h->stage == SU_EVAL && strcmp(h->code, g->code) == 0 && h->hi == g->hi;
        }
        if (again)
            free(l->v[i].text);
        else
            l->v[kept++] = l->v[i];
    }
    l->n = kept;
}

static int su_finish(SuRun *R)
{
    int nw = R->nunits > 1 ? 2 : 1;
    SuDgs all = {0};
    /* every build's own, and the base files' that every build gave */
    for (int t = 0; t < nw; t++) {
        SuDgs *l = &R->w[t].dgs;
        for (int i = 0; i < l->n; i++) {
            if (all.n == all.cap) {
                all.cap = all.cap ? all.cap * 2 : 16;
                all.v = xrealloc(all.v, (size_t)all.cap * sizeof *all.v);
            }
            all.v[all.n++] = l->v[i];
        }
        free(l->v);
        l->v = NULL;
        l->n = 0;
    }
    int builds = R->w[0].nbuilds + (nw > 1 ? R->w[1].nbuilds : 0);
    if (nw > 1) {
        SuBaseDg *e, *tmp, *f;
        HASH_ITER(hh, R->w[1].based, e, tmp) {
            HASH_DEL(R->w[1].based, e);
            HASH_FIND_STR(R->w[0].based, e->key, f);
            if (f) {
                f->count += e->count;
                free(e->d.msg);
                free(e);
            } else {
                HASH_ADD_STR(R->w[0].based, key, e);
            }
        }
    }
    SrcSet *bsrc = &R->bases[0].src;
    SuBaseDg *e, *tmp;
    HASH_ITER(hh, R->w[0].based, e, tmp) {
        if (e->count == builds)
            su_dg_add(&all, &e->d, e->d.span.file < 0 ? -1 : R->base_pre[e->d.span.file], SU_SEMA,
                      e->order, su_render(&e->d, bsrc, R->color_err));
        HASH_DEL(R->w[0].based, e);
        free(e->d.msg);
        free(e);
    }
    su_keep(&all, &R->bases[0].diags, bsrc, -1, SU_LOAD, R->color_err, R);
    /* what stops the run, in the in-memory path's order */
    bool limit = R->bases[0].diags.limit || R->w[0].limit || R->w[1].limit;
    bool syntax = false;
    int nerr = 0;
    for (int i = 0; i < all.n; i++) {
        syntax |= all.v[i].stage == SU_LOAD && all.v[i].code[0] == 'E' && atoi(all.v[i].code + 1) <= 10;
        nerr += all.v[i].sev == DG_ERROR && all.v[i].stage != SU_EVAL;
    }
    int keep = SU_EVAL, rc = EXIT_OK;
    const char *per_msg = R->w[0].per_msg ? R->w[0].per_msg : R->w[1].per_msg;
    if (limit || syntax) {
        keep = SU_LOAD;
        rc = limit ? EXIT_USAGE : EXIT_INPUT;
    } else if (nerr) {
        keep = SU_SEMA;
        rc = EXIT_INPUT;
    } else if (per_msg) {
        keep = SU_SEMA;
        rc = EXIT_USAGE;
    } else {
        DgList rd;
        dg_init(&rd);
        if (R->w[0].problem || R->w[1].problem)
            su_rescan(R, &rd);
        long data_rank = R->nvisited;
        su_keep(&all, &R->dd, &R->dsrc, data_rank, SU_DATA, R->color_err, R);
        su_keep(&all, &rd, &R->dsrc, data_rank, SU_DATA, R->color_err, R);
        if (R->data_usage || R->dd.limit)
            rc = EXIT_USAGE;
        else if (R->dd.nerr || rd.nerr)
            rc = EXIT_INPUT;
        if (rc != EXIT_OK)
            keep = SU_DATA;
        dg_free(&rd);
    }
    int kept = 0, nwarn = 0;
    bool e018 = false;
    for (int i = 0; i < all.n; i++) {
        if (all.v[i].stage > keep) {
            free(all.v[i].text);
            continue;
        }
        nwarn += all.v[i].sev == DG_WARNING;
        e018 |= strcmp(all.v[i].code, "E018") == 0;
        all.v[kept++] = all.v[i];
    }
    all.n = kept;
    if (e018) {
        /* An undeclared name's "did you mean" draws on every plan of the
         * run, which no build here holds: the in-memory path says it. */
        for (int i = 0; i < all.n; i++)
            free(all.v[i].text);
        free(all.v);
        return SU_DECLINE;
    }
    if (per_msg)
        fputs(per_msg, stderr);
    if (rc == EXIT_OK) {
        if (su_output(R) != 0)
            rc = EXIT_USAGE;
        else if (R->w[0].galat || R->w[1].galat || (R->o->werror && nwarn))
            rc = EXIT_INPUT;
    }
    if (all.n > 1)
        qsort(all.v, (size_t)all.n, sizeof *all.v, su_dg_cmp);
    su_dg_once(&all);
    for (int i = 0; i < all.n; i++) {
        fputs(all.v[i].text, stderr);
        free(all.v[i].text);
    }
    free(all.v);
    return rc;
}

/* ================================================================ */
/* The run.                                                           */

static void su_free(SuRun *R)
{
    for (int t = 0; t < 2; t++) {
        SuWork *W = &R->w[t];
        if (W->out)
            fclose(W->out);
        free(W->outbuf);
        free(W->dgs.v);
        free(W->per_msg);
        free(W->sh);
        free(W->rank);
        ar_free(W->ar);
        SuBaseDg *e, *tmp;
        HASH_ITER(hh, W->based, e, tmp) {
            HASH_DEL(W->based, e);
            free(e->d.msg);
            free(e);
        }
    }
    for (int b = 0; b < R->nbases; b++)
        ld_free(&R->bases[b]);
    for (int i = 0; i < R->nfiles; i++) {
        free(R->files[i].path);
        free(R->files[i].real);
        free(R->files[i].imp);
        su_class_free(&R->files[i].cls);
    }
    free(R->files);
    free(R->ftab);
    free(R->by_post);
    free(R->ctab);
    free(R->ctabv);
    free(R->units);
    free(R->chunks);
    free(R->base_pre);
    free(R->base_post);
    free(R->hdr_ok);
    dt_free(&R->ds);
    dg_free(&R->dd);
    src_free(&R->dsrc);
    free((char *)R->proto.exe_dir);
    dg_free(&R->proto.diags);
}

int su_eval(const RktOpts *o, SuFormat fmt)
{
    if (!o->semua || o->rencana || o->nfiles == 0)
        return SU_DECLINE;
    SuRun *R = xcalloc(1, sizeof *R);
    R->o = o;
    R->fmt = fmt;
    R->per = (Period){P_YEAR, 0, 0};
    if (o->periode && (pd_parse(o->periode, strlen(o->periode), &R->per) != 0 || R->per.year == 0)) {
        free(R);
        return SU_DECLINE;         /* the in-memory path's usage message */
    }
    R->color_out = cmd_color(o, stdout) && !o->output;
    R->color_err = cmd_color(o, stderr);
    src_init(&R->dsrc);
    dt_init(&R->ds);
    dg_init(&R->dd);
    if (!su_plan(R)) {
        su_free(R);
        free(R);
        return SU_DECLINE;
    }
    su_phase1(R);
    /* phase 2: some 64 chunks of units, so that a thread slowed down (the
     * machine is shared) takes fewer */
    R->chunk = (R->nunits + 63) / 64;
    R->nchunks = (R->nunits + R->chunk - 1) / R->chunk;
    R->chunks = xcalloc((size_t)R->nchunks, sizeof *R->chunks);
    atomic_init(&R->next, 0);
    int nw = R->nunits > 1 ? 2 : 1;
    for (int t = 0; t < nw; t++) {
        SuWork *W = &R->w[t];
        W->R = R;
        W->t = t;
        W->base = &R->bases[t];
        W->ar = ar_new();
        W->out = tmpfile();
        if (!W->out) {
            fprintf(stderr, "rkt: cannot create a temporary file: %s\n", strerror(errno));
            su_free(R);
            free(R);
            return EXIT_USAGE;
        }
        W->outbuf = xmalloc(SU_OUTBUF);
        setvbuf(W->out, W->outbuf, _IOFBF, SU_OUTBUF);
    }
    pthread_t th;
    bool two = nw > 1 && pthread_create(&th, NULL, su_work, &R->w[1]) == 0;
    su_work(&R->w[0]);
    if (two)
        pthread_join(th, NULL);
    else if (nw > 1)
        su_work(&R->w[1]);
    int rc = su_finish(R);
    su_free(R);
    free(R);
    return rc;
}
