/*
 * catalog.c - the catalogue of a run (catalog.h): every file scanned once
 * before any is parsed, by the skim (skim.h) or, where it gives up, by
 * the parser's own scanner (parse_tokens); and what follows from all of
 * them together: repeated names, the plan of a code, and the builds of
 * the pipeline.
 *
 * The scan follows braces and looks at few places: at depth 0 the
 * declarations (`impor "x"`, `satuan X`, `rkt X`, `aturan "x"`, ...);
 * inside a plan, `mengacu X` and `tahun N` at its own level and every
 * `sasaran X` and `indikator X`; inside an uji, its `rencana X`.  The
 * blocks that hold nothing it keeps are passed over: an indicator's own,
 * a declaration's other than a plan's or an uji's, an uji's inner ones.
 * A file with syntax errors is catalogued as far as its tokens show; its
 * build reports the errors.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <uthash.h>

#include "base/period.h"
#include "front/catalog.h"
#include "front/parse.h"
#include "front/skim.h"
#include "rkt.tab.h"

struct CatName {
    const char *key;            /* a name, a code or an interned string */
    const void *what;           /* CatDecl, CatPlan, or NULL (codes) */
    bool code;                  /* strs: an element or indicator code of
                                 * a plan that stands (cat_has_code) */
    const char *sas;            /* strs, an indicator's code: the sasaran it
                                 * is written in, in the file of the lowest
                                 * id that has it (cat_ind_sasaran) */
    int sas_file;
    UT_hash_handle hh;
};

void cat_init(Catalog *c)
{
    memset(c, 0, sizeof *c);
    c->ar = ar_new();
    pthread_mutex_init(&c->mu, NULL);
}

static void names_clear(CatName **h)
{
    CatName *e, *t;
    HASH_ITER(hh, *h, e, t) {
        HASH_DEL(*h, e);
    }
}

/* Its arrays live in the catalogue's arena (settle_arrays). */
static void file_free(CatFile *cf)
{
    if (cf->ar)
        ar_free(cf->ar);
}

void cat_free(Catalog *c)
{
    for (int i = 0; i < c->nfiles; i++)
        file_free(&c->files[i]);
    free(c->files);
    free(c->post);
    for (int k = 0; k < NS__COUNT; k++)
        names_clear(&c->names[k]);
    names_clear(&c->plan_codes);
    for (int i = 0; i < c->nbuilds; i++) {
        free(c->builds[i].files);
        free(c->builds[i].deps);
        free(c->builds[i].reads);
    }
    free(c->builds);
    free(c->plans);
    names_clear(&c->strs);
    ar_free(c->ar);
    pthread_mutex_destroy(&c->mu);
    memset(c, 0, sizeof *c);
}

void cat_reserve(Catalog *c, int nfiles)
{
    if (nfiles > c->nfiles)
        c->nfiles = nfiles;
    if (nfiles <= c->capfiles)
        return;
    int cap = c->capfiles ? c->capfiles : 16;
    while (cap < nfiles)
        cap *= 2;
    c->files = xrealloc(c->files, (size_t)cap * sizeof *c->files);
    memset(c->files + c->capfiles, 0, (size_t)(cap - c->capfiles) * sizeof *c->files);
    c->capfiles = cap;
}

/* ---- scanning one file ----------------------------------------------- */

typedef enum {
    SC_TOP,             /* at depth 0, between declarations */
    SC_IMPOR,           /* after `impor` */
    SC_DECL,            /* after satuan/skala/fungsi/data: its name */
    SC_NAMED,           /* after aturan/uji: its name, a string */
    SC_PLAN,            /* after renstra/rkt/pk: its code */
    SC_REST,            /* at depth 0, in a declaration already named */
    SC_DATA_UNIT        /* `data X ... satuan`: the unit's name follows */
} ScState;

typedef struct Scan {
    CatFile *cf;
    int file;
    ScState st;
    CatKind kind;
    PlanKind plan_kind;
    Span item;
    int depth;
    CatPlan *plan;          /* open plan, until its braces close */
    CatTest *test;          /* open uji */
    int plan_depth;         /* depth inside the plan's own braces */
    int prop;               /* the property word just seen (P_*) */
    int capdecls, capplans, capimports, captests;
    int capinds, capsas;
    int el_kind;            /* the element word just seen */
    bool value_next;        /* after `satuan` or `tingkat`: a word is a value */
    /* `indikator CODE ["uraian"]` just read: 1 after the code, 2 after
     * its string; its block holds nothing the catalogue keeps, and is
     * passed over from the depth inside it (pass_depth, 0: not) */
    int ind_head;
    int pass_depth;
    /* The sasaran being read, innermost last, with the depth of each
     * one's block: it ends when that block closes. */
    const char *open_sas[16];
    int open_depth[16];
    int nopen;
} Scan;

enum { P_NONE, P_MENGACU, P_ATASAN, P_TAHUN, P_RENCANA, P_SAS, P_IND };

#define GROW(v, n, cap)                                                          \
    do {                                                                         \
        if ((n) == (cap)) {                                                      \
            (cap) = (cap) ? (cap) * 2 : 8;                                       \
            (v) = xrealloc((v), (size_t)(cap) * sizeof *(v));                    \
        }                                                                        \
    } while (0)

static const char *keep(Scan *s, const char *text)
{
    return ar_strdup(s->cf->ar, text ? text : "");
}

static void add_decl(Scan *s, CatKind k, const char *name, Span at)
{
    CatFile *cf = s->cf;
    GROW(cf->decls, cf->ndecls, s->capdecls);
    cf->decls[cf->ndecls++] = (CatDecl){keep(s, name), k, at, false};
}

static void add_code(Scan *s, const char *code, bool ind)
{
    CatPlan *p = s->plan;
    const char *k = keep(s, code);
    if (ind) {
        if (p->ninds == s->capinds) {
            s->capinds = s->capinds ? s->capinds * 2 : 8;
            p->inds = xrealloc(p->inds, (size_t)s->capinds * sizeof *p->inds);
            p->ind_sas = xrealloc(p->ind_sas, (size_t)s->capinds * sizeof *p->ind_sas);
        }
        p->ind_sas[p->ninds] = s->nopen ? s->open_sas[s->nopen - 1] : NULL;
        p->inds[p->ninds++] = k;
        return;
    }
    if (p->nsas == s->capsas) {
        s->capsas = s->capsas ? s->capsas * 2 : 8;
        p->sas = xrealloc(p->sas, (size_t)s->capsas * sizeof *p->sas);
        p->sas_kind = xrealloc(p->sas_kind, (size_t)s->capsas * sizeof *p->sas_kind);
    }
    p->sas_kind[p->nsas] = (unsigned char)s->el_kind;
    p->sas[p->nsas++] = k;
    if (s->el_kind != EL_SASARAN)
        return;
    int depth = s->plan_depth + 1;          /* its block, when it opens */
    while (s->nopen && s->open_depth[s->nopen - 1] >= depth)
        s->nopen--;                         /* a sibling written without one */
    if (s->nopen < (int)(sizeof s->open_sas / sizeof *s->open_sas)) {
        s->open_sas[s->nopen] = k;
        s->open_depth[s->nopen++] = depth;
    }
}

static int el_kind_of(int tok)
{
    switch (tok) {
    case TUJUAN: return EL_TUJUAN;
    case SASARAN: return EL_SASARAN;
    case PROGRAM: return EL_PROGRAM;
    case KEGIATAN: return EL_KEGIATAN;
    case SUBKEGIATAN: return EL_SUBKEGIATAN;
    default: return -1;
    }
}

static void open_plan(Scan *s, const PtTok *t)
{
    CatFile *cf = s->cf;
    GROW(cf->plans, cf->nplans, s->capplans);
    CatPlan *p = &cf->plans[cf->nplans++];
    memset(p, 0, sizeof *p);
    p->code = keep(s, t->text);
    p->kind = s->plan_kind;
    p->file = s->file;
    p->at = t->at;
    s->capinds = s->capsas = 0;
    s->nopen = 0;
    p->decl = cf->ndecls;
    add_decl(s, CK_PLAN, t->text, t->at);
}

/* A name token that is `w`: its first letter decides most. */
static bool is_word(const PtTok *t, const char *w)
{
    return t->kind == IDENT && t->text[0] == w[0] && strcmp(t->text, w) == 0;
}

/* Inside a plan: the few properties the catalogue keeps. */
static void in_plan(Scan *s, const PtTok *t)
{
    if (s->prop == P_MENGACU || s->prop == P_ATASAN || s->prop == P_TAHUN || s->prop == P_SAS || s->prop == P_IND) {
        int prop = s->prop;
        s->prop = P_NONE;
        if (prop == P_MENGACU && t->kind == IDENT && s->plan_depth == 1)
            s->plan->mengacu = keep(s, t->text);
        else if (prop == P_ATASAN && t->kind == IDENT && s->plan_depth == 1)
            s->plan->atasan = keep(s, t->text);
        else if (prop == P_TAHUN && t->kind == NUMBER && s->plan_depth == 1 && pd_year_ok(t->num))
            s->plan->tahun = (int)t->num;
        else if ((prop == P_SAS || prop == P_IND) && t->kind == IDENT) {
            add_code(s, t->text, prop == P_IND);
            s->ind_head = prop == P_IND;
        }
        else
            goto word;
        return;
    }
word:
    if (!s->value_next && (s->el_kind = el_kind_of(t->kind)) >= 0)
        s->prop = P_SAS;
    else if (t->kind == INDIKATOR)
        s->prop = P_IND;
    else if (s->plan_depth == 1 && is_word(t, "mengacu"))
        s->prop = P_MENGACU;
    else if (s->plan_depth == 1 && is_word(t, "atasan"))
        s->prop = P_ATASAN;
    else if (s->plan_depth == 1 && is_word(t, "tahun"))
        s->prop = P_TAHUN;
}

static void in_test(Scan *s, const PtTok *t)
{
    if (s->prop == P_RENCANA) {
        s->prop = P_NONE;
        if (t->kind == IDENT && s->depth == 1 && !s->test->rencana) {
            s->test->rencana = keep(s, t->text);
            return;
        }
    }
    if (s->depth == 1 && is_word(t, "rencana"))
        s->prop = P_RENCANA;
}

/* The token after a declaration's keyword: its name. */
static bool named(Scan *s, const PtTok *t)
{
    CatFile *cf = s->cf;
    switch (s->st) {
    case SC_IMPOR:
        if (t->kind != STRING)
            return false;
        GROW(cf->imports, cf->nimports, s->capimports);
        cf->imports[cf->nimports++] = (CatImport){keep(s, t->text), t->at, span_join(s->item, t->at), -1};
        s->st = SC_TOP;
        return true;
    case SC_DECL:
        if (t->kind != IDENT)
            return false;
        add_decl(s, s->kind, t->text, t->at);
        s->st = SC_REST;
        return true;
    case SC_NAMED:
        if (t->kind != STRING)
            return false;
        add_decl(s, s->kind, t->text, t->at);
        if (s->kind == CK_UJI) {
            GROW(cf->tests, cf->ntests, s->captests);
            s->test = &cf->tests[cf->ntests++];
            *s->test = (CatTest){cf->decls[cf->ndecls - 1].name, NULL};
        }
        s->st = SC_REST;
        return true;
    case SC_PLAN:
        if (t->kind != IDENT)
            return false;
        open_plan(s, t);
        s->plan = &cf->plans[cf->nplans - 1];
        s->plan_depth = 0;
        s->st = SC_REST;
        return true;
    case SC_DATA_UNIT:
        s->st = SC_REST;
        return t->kind == IDENT;
    default:
        return false;
    }
}

static void at_top(Scan *s, const PtTok *t)
{
    if (named(s, t))
        return;
    if (s->st == SC_REST && s->kind == CK_DATA && t->kind == SATUAN) {
        s->st = SC_DATA_UNIT;       /* data X "..." satuan U */
        return;
    }
    s->item = t->at;
    ScState was = s->st;
    s->st = SC_DECL;
    switch (t->kind) {
    case IMPOR: s->st = SC_IMPOR; break;
    case SATUAN: s->kind = CK_SATUAN; break;
    case SKALA: s->kind = CK_SKALA; break;
    case FUNGSI: s->kind = CK_FUNGSI; break;
    case DATA: s->kind = CK_DATA; break;
    case ATURAN: s->st = SC_NAMED; s->kind = CK_ATURAN; break;
    case UJI: s->st = SC_NAMED; s->kind = CK_UJI; break;
    case RENSTRA: case RKT: case PK:
        s->st = SC_PLAN;
        s->kind = CK_PLAN;
        s->plan_kind = t->kind == RENSTRA ? PLAN_RENSTRA : t->kind == RKT ? PLAN_RKT : PLAN_PK;
        break;
    default:
        /* the rest of a declaration (a unit's kind, a fungsi's body, a
         * plan's title), or a stray token */
        s->st = was == SC_TOP ? SC_TOP : SC_REST;
        if (was == SC_TOP)
            s->cf->shared = true;
        return;
    }
    s->plan = NULL;
    s->test = NULL;
    if (s->kind != CK_PLAN && s->st != SC_IMPOR)
        s->cf->shared = true;   /* declares more than impor and plans */
}

/* Inside a block passed over: only its braces count, until its own '}'
 * (false: that one, for on_token). */
static bool passing(Scan *s, const PtTok *t)
{
    if (t->kind == '}' && s->depth == s->pass_depth) {
        s->pass_depth = 0;
        return false;
    }
    if (t->kind == '{' || t->kind == '}') {
        int d = t->kind == '{' ? 1 : -1;
        s->depth += d;
        if (s->plan)            /* a rule's or an uji's block is in none */
            s->plan_depth += d;
    }
    return true;
}

/* Whether the block a '{' has just opened holds nothing the catalogue
 * keeps: a unit's, a scale's, a function's, a data series' or a rule's
 * (their names come before it), or one inside an uji (its `rencana` is
 * at the uji's own level; a `data { }` block is half an uji's bytes). */
static bool keeps_nothing(const Scan *s)
{
    if (s->depth == 1)
        return s->st == SC_REST && s->kind != CK_PLAN && s->kind != CK_UJI;
    return s->depth == 2 && s->test && !s->plan;
}

static void on_token(void *ud, const PtTok *t)
{
    Scan *s = ud;
    if (s->pass_depth && passing(s, t))
        return;
    int ind_head = s->ind_head;
    s->ind_head = ind_head == 1 && t->kind == STRING ? 2 : 0;
    if (t->kind == '{') {
        s->depth++;
        if (s->plan)
            s->plan_depth++;
        s->prop = P_NONE;
        if ((ind_head && s->plan) || keeps_nothing(s))
            s->pass_depth = s->depth;
        return;
    }
    if (t->kind == '}') {
        if (s->depth > 0)
            s->depth--;
        if (s->plan && s->nopen && s->plan_depth == s->open_depth[s->nopen - 1])
            s->nopen--;             /* the sasaran's block closes */
        if (s->plan && --s->plan_depth <= 0)
            s->plan = NULL;
        if (s->depth == 0) {
            s->test = NULL;
            s->st = SC_TOP;
        }
        s->prop = P_NONE;
        return;
    }
    if (s->depth == 0)
        at_top(s, t);
    else if (s->plan)
        in_plan(s, t);
    else if (s->test)
        in_test(s, t);
    /* `satuan kegiatan`, `tingkat program`: element words as values */
    s->value_next = t->kind == SATUAN || is_word(t, "tingkat");
}

/* The skim's side of on_token: a block on_token passes over, the skim
 * passes over too (sk_pass), without reading it into tokens. */
static bool on_skim(void *ud, const PtTok *t)
{
    Scan *s = ud;
    on_token(s, t);
    return t->kind == '{' && s->pass_depth && s->pass_depth == s->depth;
}

/* An array grown by doubling, moved into the catalogue's arena cut to
 * its n entries (a national run holds 400,000 indicator codes here).  Left
 * in malloc among the files' text buffers, the arrays of each file kept
 * the next file's buffer from reusing the last one's: 6,000 fresh pages
 * faulted in on the unit layout.  Under c->mu. */
#define SETTLE(c, v, n) ((v) = settle((c), (v), (size_t)(n) * sizeof *(v)))

static void *settle(Catalog *c, void *v, size_t bytes)
{
    void *a = bytes ? memcpy(ar_alloc(c->ar, bytes), v, bytes) : NULL;
    free(v);
    return a;
}

static void settle_arrays(Catalog *c, CatFile *cf)
{
    for (int i = 0; i < cf->nplans; i++) {
        CatPlan *p = &cf->plans[i];
        SETTLE(c, p->inds, p->ninds);
        SETTLE(c, p->sas, p->nsas);
        SETTLE(c, p->sas_kind, p->nsas);
    }
    SETTLE(c, cf->plans, cf->nplans);
    SETTLE(c, cf->decls, cf->ndecls);
    SETTLE(c, cf->imports, cf->nimports);
    SETTLE(c, cf->tests, cf->ntests);
}

static void intern_file(Catalog *c, CatFile *cf);

/* What a scan of cf found, dropped: its arrays (not yet settled) and
 * its strings. */
static void scan_forget(CatFile *cf)
{
    for (int i = 0; i < cf->nplans; i++) {
        CatPlan *p = &cf->plans[i];
        free(p->inds);
        free(p->ind_sas);
        free(p->sas);
        free(p->sas_kind);
    }
    free(cf->plans);
    free(cf->decls);
    free(cf->imports);
    free(cf->tests);
    ar_free(cf->ar);
    bool library = cf->library;
    int build = cf->build;
    memset(cf, 0, sizeof *cf);
    cf->scanned = true;
    cf->library = library;
    cf->build = build;
    cf->ar = ar_new();
}

CatFile *cat_file(Catalog *c, const SrcFile *f)
{
    if (f->id >= c->nfiles)
        cat_reserve(c, f->id + 1);
    CatFile *cf = &c->files[f->id];
    if (cf->scanned)
        return cf;
    cf->scanned = true;
    cf->ar = ar_new();
    Scan s = {.cf = cf, .file = f->id, .st = SC_TOP};
    if (sk_tokens(f, on_skim, &s)) {
        ((SrcFile *)f)->skimmed = true;
    } else {
        /* what only the scanner reads: it starts again, from nothing */
        scan_forget(cf);
        s = (Scan){.cf = cf, .file = f->id, .st = SC_TOP};
        parse_tokens((SrcFile *)f, on_token, &s);
    }
    /* its strings go to the catalogue's one copy now, and its arena
     * with them, so the next file's reuses the memory: kept to the end
     * of the scan, 6,000 files' arenas were 40 MB, 10,000 page faults */
    pthread_mutex_lock(&c->mu);
    settle_arrays(c, cf);
    intern_file(c, cf);
    bool keep = cf->shared || c->kept + f->len <= CAT_KEEP;
    if (!cf->shared && keep)
        c->kept += f->len;
    pthread_mutex_unlock(&c->mu);
    /* a file of plans only is built later, alone: past CAT_KEEP its text
     * goes back until then (pipeline.c reads it again) */
    if (!keep)
        src_shelve((SrcFile *)f);
    return cf;
}

void cat_post(Catalog *c, int id)
{
    GROW(c->post, c->npost, c->cappost);
    c->post[c->npost++] = id;
}

/* ---- the run as a whole ---------------------------------------------- */

static const char *const kind_word[] = {"satuan", "skala", "fungsi", "data", "rencana", "aturan", "uji"};

const char *cat_kind_word(CatKind k)
{
    return kind_word[k];
}

static CatName *name_find(CatName *h, const char *key)
{
    CatName *e;
    HASH_FIND_STR(h, key, e);
    return e;
}

static CatName *name_add(Catalog *c, CatName **h, const char *key, const void *what)
{
    CatName *e = ar_alloc(c->ar, sizeof *e);
    e->key = ar_strdup(c->ar, key);
    e->what = what;
    HASH_ADD_KEYPTR(hh, *h, e->key, strlen(e->key), e);
    return e;
}

CatNs cat_ns(CatKind k)
{
    switch (k) {
    case CK_SATUAN: return NS_UNIT;
    case CK_SKALA: return NS_SCALE;
    case CK_FUNGSI: return NS_FUNC;
    default: return NS_CODE;
    }
}

bool cat_mergeable(CatKind k)
{
    return k == CK_SATUAN || k == CK_SKALA || k == CK_FUNGSI || k == CK_DATA;
}

/* E011 at k, a second declaration of first's name that cannot be one
 * with it: a plan, aturan or uji again, or another kind of code. */
static void report_repeat(const SrcSet *src, DgList *d, const CatDecl *k, const CatDecl *first)
{
    SrcFile *ff = src_get(src, first->at.file);
    /* rare: the first's file may have given its text back */
    src_unshelve(ff, PARSE_MAX_BYTES + 1);
    SrcPos at = src_span_lo(src, first->at);
    bool same = k->kind == first->kind;
    dg_emit(d, "E011", k->at, "%s '%s' is already declared%s%s at %s:%d:%d; a code names one data series, plan, aturan or uji in a run: rename one of them",
            kind_word[k->kind], k->name, same ? "" : " as ", same ? "" : kind_word[first->kind],
            ff ? ff->path : "?", at.line, at.col);
}

/* The first declaration of a name in its namespace, in tree order,
 * stands (docs/language.md#namespaces).  A repeat of a satuan, skala,
 * fungsi or series is one declaration when its definition is the same:
 * both are in the base (each file declaring one is), whose build compares
 * them against the first only (check/same.c), so 2,000 copies cost 2,000
 * comparisons. */
static void find_repeats(Catalog *c, const SrcSet *src, DgList *d)
{
    for (int i = 0; i < c->npost; i++) {
        CatFile *cf = &c->files[c->post[i]];
        for (int j = 0; j < cf->ndecls; j++) {
            CatDecl *k = &cf->decls[j];
            CatName **h = &c->names[cat_ns(k->kind)];
            CatName *e = name_find(*h, k->name);
            if (!e) {
                k->first = true;
                name_add(c, h, k->name, k);
                continue;
            }
            const CatDecl *first = e->what;
            if (first->kind != k->kind || !cat_mergeable(k->kind))
                report_repeat(src, d, k, first);
        }
    }
}

/* An interned string's entry: it was allocated just before the string
 * (intern), so a code is marked without hashing it again; a run of 2,000
 * units has 1.2 million codes to mark. */
static CatName *interned(const char *key)
{
    return (CatName *)(void *)key - 1;
}

static void add_code_once(Catalog *c, const char *code)
{
    (void)c;
    interned(code)->code = true;
}

/* The catalogue's one copy of s: files repeat the same codes (every
 * unit's IK001), and a file's own arena of short strings costs a page
 * or two, 8 MB over 2,000 plan files. */
static const char *intern(Catalog *c, const char *s)
{
    if (!s)
        return NULL;
    CatName *e = name_find(c->strs, s);
    if (e)
        return e->key;
    size_t n = strlen(s);
    e = ar_alloc(c->ar, sizeof *e + n + 1);     /* the string right after */
    char *key = (char *)(e + 1);
    memcpy(key, s, n + 1);
    e->key = key;
    HASH_ADD_KEYPTR(hh, c->strs, e->key, n, e);
    return e->key;
}

/* Every string of a file's entry moved to the catalogue's set; the
 * file's arena goes.  Under c->mu: files are scanned on several threads. */
static void intern_file(Catalog *c, CatFile *cf)
{
    if (!cf->ar)
        return;
    for (int i = 0; i < cf->nimports; i++)
        cf->imports[i].what = intern(c, cf->imports[i].what);
    for (int i = 0; i < cf->ndecls; i++)
        cf->decls[i].name = intern(c, cf->decls[i].name);
    for (int i = 0; i < cf->ntests; i++) {
        cf->tests[i].name = intern(c, cf->tests[i].name);
        cf->tests[i].rencana = intern(c, cf->tests[i].rencana);
    }
    for (int i = 0; i < cf->nplans; i++) {
        CatPlan *p = &cf->plans[i];
        p->code = intern(c, p->code);
        p->mengacu = intern(c, p->mengacu);
        p->atasan = intern(c, p->atasan);
        /* the indicators of one sasaran share its string (add_code);
         * where each is written is kept by its code, not per plan: it
         * serves one hint (E018), and 8 bytes an indicator were 10 MB
         * of the unit layout's catalogue */
        const char *raw = NULL, *done = NULL;
        for (int k = 0; k < p->ninds; k++) {
            p->inds[k] = intern(c, p->inds[k]);
            if (p->ind_sas[k] != raw)
                done = intern(c, raw = p->ind_sas[k]);
            CatName *e = interned(p->inds[k]);
            if (done && (!e->sas || p->file < e->sas_file)) {
                e->sas = done;
                e->sas_file = p->file;
            }
        }
        free(p->ind_sas);
        p->ind_sas = NULL;
        for (int k = 0; k < p->nsas; k++)
            p->sas[k] = intern(c, p->sas[k]);
    }
    ar_free(cf->ar);
    cf->ar = NULL;
}

/* The plans on a cycle of `atasan` (each names one superior, so walking
 * up from every plan once, with a colour per plan, is linear). */
static void mark_cycles(Catalog *c, CatPlan *const *sup)
{
    unsigned char *col = xcalloc((size_t)c->nplans + 1, 1);    /* 0 new, 1 on this walk, 2 done */
    for (int i = 0; i < c->nplans; i++) {
        int k = i;
        while (k >= 0 && col[k] == 0) {
            col[k] = 1;
            k = sup[k] ? sup[k]->order : -1;
        }
        if (k >= 0 && col[k] == 1)          /* closed a cycle of this walk */
            for (int j = k; !c->plans[j]->atasan_cycle; j = sup[j]->order)
                c->plans[j]->atasan_cycle = true;
        for (k = i; k >= 0 && col[k] == 1; k = sup[k] ? sup[k]->order : -1)
            col[k] = 2;
    }
    free(col);
}

static void index_plans(Catalog *c)
{
    int n = 0;
    for (int i = 0; i < c->npost; i++)
        n += c->files[c->post[i]].nplans;
    c->plans = xcalloc((size_t)n + 1, sizeof *c->plans);
    for (int i = 0; i < c->npost; i++) {
        CatFile *cf = &c->files[c->post[i]];
        for (int j = 0; j < cf->nplans; j++) {
            CatPlan *p = &cf->plans[j];
            p->first = cf->decls[p->decl].first;
            p->order = c->nplans;
            c->plans[c->nplans++] = p;
            if (!p->first)
                continue;
            name_add(c, &c->plan_codes, p->code, p);
            for (int k = 0; k < p->nsas; k++)
                add_code_once(c, p->sas[k]);
            for (int k = 0; k < p->ninds; k++)
                add_code_once(c, p->inds[k]);
        }
    }
}

/* Each plan's supporters (the plans whose `atasan` names it), in tree
 * order, counted first and then filled: one pass over the plans, however
 * many supporters one superior has. */
static void index_supporters(Catalog *c)
{
    CatPlan **sup = xcalloc((size_t)c->nplans + 1, sizeof *sup);
    for (int i = 0; i < c->nplans; i++) {
        CatPlan *p = c->plans[i];
        CatName *e = p->first && p->atasan ? name_find(c->plan_codes, p->atasan) : NULL;
        if ((sup[i] = e ? (CatPlan *)e->what : NULL) != NULL && sup[i] != p)
            sup[i]->nsubs++;
    }
    for (int i = 0; i < c->nplans; i++)
        if (c->plans[i]->nsubs)
            c->plans[i]->subs = ar_alloc(c->ar, (size_t)c->plans[i]->nsubs * sizeof *c->plans[i]->subs);
    for (int i = 0; i < c->nplans; i++)
        c->plans[i]->nsubs = 0;
    for (int i = 0; i < c->nplans; i++)
        if (sup[i] && sup[i] != c->plans[i])
            sup[i]->subs[sup[i]->nsubs++] = c->plans[i];
    mark_cycles(c, sup);
    free(sup);
}

const CatPlan *cat_plan(const Catalog *c, const char *code)
{
    CatName *e = name_find(c->plan_codes, code);
    return e ? e->what : NULL;
}

bool cat_has_code(const Catalog *c, const char *code)
{
    const CatName *e = name_find(c->strs, code);
    return e && e->code;
}

const char *cat_ind_sasaran(const Catalog *c, const char *code)
{
    const CatName *e = name_find(c->strs, code);
    return e ? e->sas : NULL;
}

bool cat_is_first(const Catalog *c, CatKind k, const char *name, Span at)
{
    CatName *e = name_find(c->names[cat_ns(k)], name);
    if (!e)
        return true;            /* not seen by the scan: let the build decide */
    const CatDecl *d = e->what;
    return d->at.file == at.file && d->at.lo == at.lo;
}

/* ---- builds ---------------------------------------------------------- */

/* The file declaring plan `code`, or -1. */
static int plan_file(const Catalog *c, const char *code)
{
    const CatPlan *p = code ? cat_plan(c, code) : NULL;
    return p ? p->file : -1;
}

/* Files one file needs built before (or with) it: its imports, the
 * files of the plans its plans refer to (`mengacu`), and the files of
 * their supporters (`atasan` names one of its plans: a superior is
 * evaluated after them).  Lists, not a fixed array: one superior may have
 * thousands of supporters. */
typedef struct Needs {
    int **v;
    int *n;
} Needs;

/* A need is kept as file * 2 + 1 when the file's Model is read (an
 * import, a plan `mengacu` names) and file * 2 when only the order
 * matters (a supporter: its superior reads what the pipeline keeps of it,
 * so a superior of 2,000 units does not keep their builds alive). */
#define NEED(f, model) ((f) * 2 + (model))
#define NEED_FILE(x) ((x) >> 1)
#define NEED_MODEL(x) ((x) & 1)

static void need_add(int **v, int *n, int *cap, int g, int f, bool model)
{
    if (g < 0 || g == f)
        return;
    if (*n == *cap) {
        *cap = *cap ? 2 * *cap : 4;
        *v = xrealloc(*v, (size_t)*cap * sizeof **v);
    }
    (*v)[(*n)++] = NEED(g, model);
}

static void needs_init(const Catalog *c, Needs *nd)
{
    nd->v = xcalloc((size_t)c->nfiles + 1, sizeof *nd->v);
    nd->n = xcalloc((size_t)c->nfiles + 1, sizeof *nd->n);
    for (int f = 0; f < c->nfiles; f++) {
        const CatFile *cf = &c->files[f];
        int cap = 0;
        for (int i = 0; i < cf->nimports; i++)
            need_add(&nd->v[f], &nd->n[f], &cap, cf->imports[i].file, f, true);
        for (int i = 0; i < cf->nplans; i++) {
            need_add(&nd->v[f], &nd->n[f], &cap, plan_file(c, cf->plans[i].mengacu), f, true);
            for (int k = 0; k < cf->plans[i].nsubs; k++)
                need_add(&nd->v[f], &nd->n[f], &cap, cf->plans[i].subs[k]->file, f, false);
        }
    }
}

static void needs_free(const Catalog *c, Needs *nd)
{
    for (int f = 0; f < c->nfiles; f++)
        free(nd->v[f]);
    free(nd->v);
    free(nd->n);
}

/* The base: every shared file, and what base files need, transitively. */
static void mark_base(Catalog *c, const Needs *nd, bool *base)
{
    int *stack = xmalloc((size_t)(c->npost + 1) * sizeof *stack), n = 0;
    for (int i = 0; i < c->npost; i++) {
        int f = c->post[i];
        if (c->files[f].shared && !base[f]) {
            base[f] = true;
            stack[n++] = f;
        }
    }
    while (n > 0) {
        int f = stack[--n];
        for (int i = 0; i < nd->n[f]; i++) {
            int g = NEED_FILE(nd->v[f][i]);
            if (!base[g]) {
                base[g] = true;
                stack[n++] = g;
            }
        }
    }
    free(stack);
}

/* Tarjan's strongly connected components, without recursion (a chain of
 * plans may be as long as the input), over the files outside the base:
 * each component is one build. */
typedef struct Tj {
    int *index, *low, *comp;
    bool *on;
    int *stack, nstack;
    int next, ncomp;
} Tj;

static void tarjan_from(const Needs *nd, const bool *base, Tj *t, int root)
{
    typedef struct Frame { int f, i, n; const int *nb; } Frame;
    int cap = 16, top = 0;
    Frame *fr = xmalloc((size_t)cap * sizeof *fr);
    fr[0].f = root;
    fr[0].i = 0;
    fr[0].n = nd->n[root];
    fr[0].nb = nd->v[root];
    t->index[root] = t->low[root] = t->next++;
    t->stack[t->nstack++] = root;
    t->on[root] = true;
    while (top >= 0) {
        Frame *x = &fr[top];
        if (x->i < x->n) {
            int g = NEED_FILE(x->nb[x->i++]);
            if (base[g])
                continue;
            if (t->index[g] < 0) {
                if (top + 1 == cap) {
                    cap *= 2;
                    fr = xrealloc(fr, (size_t)cap * sizeof *fr);
                    x = &fr[top];
                }
                Frame *y = &fr[++top];
                y->f = g;
                y->i = 0;
                y->n = nd->n[g];
                y->nb = nd->v[g];
                t->index[g] = t->low[g] = t->next++;
                t->stack[t->nstack++] = g;
                t->on[g] = true;
            } else if (t->on[g] && t->index[g] < t->low[x->f]) {
                t->low[x->f] = t->index[g];
            }
            continue;
        }
        int f = x->f;
        if (t->low[f] == t->index[f]) {
            int g;
            do {
                g = t->stack[--t->nstack];
                t->on[g] = false;
                t->comp[g] = t->ncomp;
            } while (g != f);
            t->ncomp++;
        }
        top--;
        if (top >= 0 && t->low[f] < t->low[fr[top].f])
            t->low[fr[top].f] = t->low[f];
    }
    free(fr);
}

/* Repeats are dropped once all are in (make_builds): a scan here was
 * quadratic in the supporters of one superior. */
static void add_dep(CatBuild *b, int dep)
{
    if (b->ndeps && b->deps[b->ndeps - 1] == dep)
        return;
    if ((b->ndeps & (b->ndeps - 1)) == 0)       /* 0, 1, 2, 4, ...: grow */
        b->deps = xrealloc(b->deps, (size_t)(b->ndeps ? 2 * b->ndeps : 1) * sizeof *b->deps);
    b->deps[b->ndeps++] = dep;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void make_builds(Catalog *c)
{
    int nf = c->nfiles;
    bool *base = xcalloc((size_t)nf + 1, sizeof *base);
    Needs nd;
    needs_init(c, &nd);
    mark_base(c, &nd, base);
    Tj t = {0};
    t.index = xmalloc((size_t)(nf + 1) * sizeof *t.index);
    t.low = xmalloc((size_t)(nf + 1) * sizeof *t.low);
    t.comp = xmalloc((size_t)(nf + 1) * sizeof *t.comp);
    t.on = xcalloc((size_t)nf + 1, sizeof *t.on);
    t.stack = xmalloc((size_t)(nf + 1) * sizeof *t.stack);
    for (int i = 0; i < nf; i++)
        t.index[i] = t.comp[i] = -1;
    for (int i = 0; i < c->npost; i++)
        if (!base[c->post[i]] && t.index[c->post[i]] < 0)
            tarjan_from(&nd, base, &t, c->post[i]);
    /* builds numbered by their first file in tree order: the base is 0 */
    int *num = xmalloc((size_t)(t.ncomp + 1) * sizeof *num);
    for (int i = 0; i < t.ncomp; i++)
        num[i] = -1;
    c->nbuilds = 1;
    for (int i = 0; i < c->npost; i++) {
        int f = c->post[i];
        if (!base[f] && num[t.comp[f]] < 0)
            num[t.comp[f]] = c->nbuilds++;
    }
    c->builds = xcalloc((size_t)c->nbuilds, sizeof *c->builds);
    for (int i = 0; i < c->npost; i++) {
        int f = c->post[i];
        int b = base[f] ? 0 : num[t.comp[f]];
        c->files[f].build = b;
        CatBuild *cb = &c->builds[b];
        cb->files = xrealloc(cb->files, (size_t)(cb->nfiles + 1) * sizeof *cb->files);
        cb->files[cb->nfiles++] = f;
    }
    for (int i = 0; i < c->npost; i++) {
        int f = c->post[i], b = c->files[f].build;
        if (b == 0)
            continue;
        for (int j = 0; j < nd.n[f]; j++) {
            int g = c->files[NEED_FILE(nd.v[f][j])].build;
            if (g != b && g != 0)
                add_dep(&c->builds[b], NEED(g, NEED_MODEL(nd.v[f][j])));
        }
    }
    needs_free(c, &nd);
    for (int b = 1; b < c->nbuilds; b++) {
        CatBuild *cb = &c->builds[b];
        if (cb->ndeps > 1) {    /* sorted, then the repeats dropped: a */
            qsort(cb->deps, (size_t)cb->ndeps, sizeof(int), cmp_int);
            int n = 1;          /* build read and only waited for is read */
            for (int j = 1; j < cb->ndeps; j++)
                if (NEED_FILE(cb->deps[j]) != NEED_FILE(cb->deps[n - 1]))
                    cb->deps[n++] = cb->deps[j];
                else
                    cb->deps[n - 1] |= cb->deps[j];
            cb->ndeps = n;
        }
        cb->reads = xcalloc((size_t)cb->ndeps + 1, sizeof *cb->reads);
        for (int j = 0; j < cb->ndeps; j++) {
            cb->reads[j] = NEED_MODEL(cb->deps[j]);
            cb->deps[j] = NEED_FILE(cb->deps[j]);
            c->builds[cb->deps[j]].ndependents++;
            c->builds[cb->deps[j]].nreaders += cb->reads[j];
        }
    }
    free(num);
    free(t.index);
    free(t.low);
    free(t.comp);
    free(t.on);
    free(t.stack);
    free(base);
}

void cat_finish(Catalog *c, const SrcSet *src, DgList *d)
{
    for (int i = 0; i < c->nfiles; i++)
        intern_file(c, &c->files[i]);
    find_repeats(c, src, d);
    index_plans(c);
    index_supporters(c);
    make_builds(c);
}
