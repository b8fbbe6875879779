/*
 * pipeline.c - one run of every command (pipeline.h; docs/design.md
 * "The pipeline").
 *
 *   1. load: every FILE and text, and what they import, scanned into the
 *      catalogue (front/load.c, front/catalog.c): the load order, the
 *      repeated names, the plans by code, the builds;
 *   2. choose the plans to evaluate and read every --data file once into
 *      the keyed store (data/data.c);
 *   3. the base: its files parsed and built into the Model every other
 *      build reads (frozen from here on);
 *   4. the builds, in an order where every build comes after those it
 *      needs, on worker threads: parse, build on the base and on the
 *      plans of the builds it needs, static rules (check), the views of
 *      its plans and their evaluation (eval, explain), the tests of its
 *      plans (test); each result is rendered at once and the build is
 *      freed as soon as no build still needs it;
 *   5. the end: the declarations no build used (W003), the rows of the
 *      plans whose data are at fault (dt_report), the results written in
 *      plan order when nothing forbids it, every diagnostic sorted.
 *
 * Nothing here depends on the number of threads: results go out in plan
 * order, diagnostics are sorted by place with the builds' lists merged
 * in build order, and tests are judged once every build is done.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/period.h"
#include "check/sema.h"
#include "data/data.h"
#include "eval/cascade.h"
#include "eval/eval.h"
#include "eval/uji.h"
#include "front/catalog.h"
#include "front/parse.h"
#include "out/out_eval.h"
#include "out/test_report.h"
#include "run/pipeline.h"

enum { RUN_HOLD_MAX = 4 << 20 };   /* bytes of results waiting in memory */
enum { RUN_MAX_THREADS = 8, RUN_BUILDS_PER_THREAD = 8,
       RUN_MAX_CASCADE = 64 };     /* supporters of supporters in one build, evaluated in one recursion */

/* A piece of output: one plan's results, rendered by its build. */
typedef struct Chunk {
    char *s;
    size_t n;
    bool ready;                 /* its build is done (s NULL: nothing) */
    bool held;                  /* waiting in memory, counted in Run.held */
    bool spilled;               /* s went to Run.spill, at spill_at */
    long spill_at;
    EvCascade casc;             /* its supporters' supplies */
} Chunk;

/* Where supporters' supplies come from and are kept, by CatPlan.order:
 * the run's (its store, to the end of the run) or one uji's (its rows,
 * for that test). */
typedef struct Supplier {
    const DataStore *ds;
    EvSupply **supply;
    int *nsupply;
    unsigned char *state;       /* 0 not yet, 1 under way, 2 known */
    bool uji;                   /* every supporter at hand is evaluated on
                                 * the test's rows, whatever its build */
} Supplier;

typedef struct Build {
    const CatBuild *cb;
    Ast **asts;
    int nasts;
    DgList d;
    Model *m;
    bool failed;                /* not built: syntax errors, or its base's */
    bool errors;                /* errors in it or in a build it needs */
    int deps_left;              /* builds it needs not yet done */
    int needed;                 /* builds needing it not yet done */
    bool started, done, freed;
    DtShadow **bad;             /* its plans whose data are at fault */
    int nbad;
    bool evaluated;             /* its plans were bound to the data */
    bool galat;                 /* a finding of severity galat */
    int *rdeps;                 /* the builds that need it */
    int nrdeps;
} Build;

typedef struct Test {
    const MTest *t;
    const CatPlan *plan;
    const char *why;            /* cannot run: no plan */
    UjiResult r;
    bool ran;
} Test;

typedef struct Run {
    const RunOptions *o;
    RunOutcome *out;
    Program *p;
    Catalog cat;
    Build *b;
    int nb;
    Arena *ar;
    /* evaluation */
    const CatPlan **sel;        /* the plans to evaluate, in plan order */
    int nsel;
    int *sel_of;                /* CatPlan.order -> its index in sel, or -1 */
    char *sel_error;            /* why no plan can be evaluated (usage) */
    Period per;
    DataStore ds;
    SrcFile **dfiles;
    int ndfiles;
    DtOptions dopt;
    bool data_unreadable;
    DgList repeats;             /* names declared twice (the catalogue's
                                 * E011): not in a file with syntax errors */
    DgList dd;                  /* the data's diagnostics: shown when the
                                 * plans they judge were evaluated */
    bool bound;                 /* some plan was bound to the data */
    bool galat;                 /* a finding of severity galat */
    bool parse_only;            /* a FILE could not be read: the others are
                                 * only parsed, for their syntax errors */
    Chunk *chunks;
    int next_chunk;             /* the next to go out */
    int nemitted;
    FILE *sink;                 /* results, until the end says they go out */
    bool direct;                /* the sink is out itself (direct_sink) */
    off_t direct_at;            /* where out was when the run began */
    FILE *spill;                /* results done, waiting for earlier ones (hold) */
    size_t held;                /* bytes of results waiting in memory */
    size_t hold_max;            /* RUN_HOLD_MAX, or RKT_HOLD_BYTES (tests) */
    char *sink_buf;
    size_t sink_len;
    char *sink_vbuf, *spill_vbuf;   /* their stdio buffers (scratch_file) */
    char *explain_error;
    /* cascading: each supporter's realisasi, written by its build before
     * the superior's starts (or by the same build) */
    Supplier sup;
    MSupport **support;         /* by CatPlan.order: what is kept of a
                                 * supporter plan once its build is done */
    /* tests */
    Test *tests;
    int ntests;
    /* declarations of the base used by the builds */
    bool *used[MU__COUNT];
    /* the workers */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int left;                   /* builds not done */
    int unstarted;              /* builds below it have all started */
} Run;

/* ---- 1. loading ------------------------------------------------------ */

static int load(Run *R)
{
    const RunOptions *o = R->o;
    Program *p = R->p;
    ld_init(p);
    p->cat = &R->cat;
    p->incdirs = xcalloc((size_t)o->nincdirs + 1, sizeof *p->incdirs);
    for (int i = 0; i < o->nincdirs; i++)
        p->incdirs[i] = o->incdirs[i];
    p->nincdirs = o->nincdirs;
    p->diags.werror = o->werror;
    if (o->root && ld_set_root(p, o->root) != 0)
        return RUN_USAGE;
    int npaths = 0;
    const char **paths = xcalloc((size_t)o->nsrc + 1, sizeof *paths);
    for (int i = 0; i < o->nsrc; i++)
        if (o->src[i].path)
            paths[npaths++] = o->src[i].path;
    int rc = ld_load_args(p, paths, npaths, o->threads);
    free(paths);
    for (int i = 0; i < o->nsrc; i++)
        if (!o->src[i].path)
            ld_load_text_n(p, o->src[i].name, o->src[i].text, o->src[i].len);
    if (rc != 0)
        return RUN_USAGE;
    cat_finish(&R->cat, &p->src, &R->repeats);
    return p->diags.limit ? RUN_USAGE : 0;
    /* (an unreadable FILE: the caller still parses the others) */
}

/* ---- 2. what to evaluate, and the data ------------------------------- */

static void sel_fail(Run *R, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sel_fail(Run *R, const char *fmt, ...)
{
    if (R->sel_error)
        return;
    va_list ap;
    va_start(ap, fmt);
    Sbuf b;
    sb_init(&b);
    sb_vprintf(&b, i18n_tr(fmt), ap);
    va_end(ap);
    R->sel_error = sb_take(&b);
}

/* The rkt/pk plans to evaluate: --rencana, every one (--semua), or the
 * only one loaded.  A plan that cannot be chosen is a usage error, said
 * at the end, after the errors of the input if there are any. */
static void select_plans(Run *R)
{
    const RunOptions *o = R->o;
    const Catalog *c = &R->cat;
    R->sel = ar_alloc(R->ar, (size_t)(c->nplans + 1) * sizeof *R->sel);
    R->sel_of = ar_alloc(R->ar, (size_t)(c->nplans + 1) * sizeof *R->sel_of);
    for (int i = 0; i < c->nplans; i++) {
        const CatPlan *pl = c->plans[i];
        R->sel_of[i] = -1;
        if (!pl->first || (pl->kind == PLAN_RENSTRA) != o->renstra)
            continue;
        if (o->rencana && strcmp(o->rencana, pl->code) != 0)
            continue;
        R->sel_of[i] = R->nsel;
        R->sel[R->nsel++] = pl;
    }
    if (o->renstra && R->nsel != 1) {
        if (o->rencana)
            sel_fail(R, "--rencana %s is not among the loaded renstra", o->rencana);
        else if (R->nsel == 0)
            sel_fail(R, "no renstra among the files");
        else
            sel_fail(R, "%d renstra are loaded; name one with --rencana CODE", R->nsel);
    } else if (o->renstra) {
        /* the one renstra */
    } else if (o->rencana && R->nsel == 0) {
        const CatPlan *pl = cat_plan(c, o->rencana);
        sel_fail(R, "--rencana %s %s", o->rencana,
                 pl ? "is a renstra: it is loaded for reference, never evaluated" : "is not among the loaded plans");
    } else if (R->nsel == 0) {
        sel_fail(R, "no rkt or pk plan among the files to evaluate");
    } else if (R->nsel > 1 && !o->semua && !o->rencana) {
        sel_fail(R, "%d rkt/pk plans are loaded (%s, %s%s); name one with --rencana CODE, or use --semua",
                 R->nsel, R->sel[0]->code, R->sel[1]->code, R->nsel > 2 ? ", ..." : "");
    }
    R->per = (Period){P_YEAR, 0, 0};
    if (R->sel_error || !o->periode)
        return;
    if (pd_parse(o->periode, strlen(o->periode), &R->per) != 0 || R->per.year == 0) {
        sel_fail(R, "--periode '%s' is not a period; write 2025, 2025-TW2, 2025-S1 or 2025-06", o->periode);
        return;
    }
    for (int i = 0; i < R->nsel; i++)
        if (R->sel[i]->tahun != R->per.year) {
            sel_fail(R, "--periode %s is outside the year %d of plan %s", o->periode, R->sel[i]->tahun,
                     R->sel[i]->code);
            return;
        }
}

/* Rows of plans not loaded are skipped (a national export feeds every
 * unit); a file none of whose rows names a loaded plan is a typo in the
 * rencana column or the wrong file, said with the nearest plan (W402). */
static bool is_loaded_plan(void *ctx, const char *name)
{
    return cat_plan(ctx, name) != NULL;
}

static void no_loaded_plan(Run *R, const SrcFile *f)
{
    enum { SHOW = 3 };
    /* the common case at once: the rows name a loaded plan (the count
     * and the list below walk every record of the file, twice) */
    if (dt_rencana_any(&R->ds, f->id, is_loaded_plan, &R->cat))
        return;
    int n = dt_rencana_names(&R->ds, f->id, NULL, 0);
    if (n == 0)
        return;
    const char **names = xcalloc((size_t)n, sizeof *names);
    dt_rencana_names(&R->ds, f->id, names, n);
    const char **codes = xcalloc((size_t)R->cat.nplans + 1, sizeof *codes);
    int nc = 0;
    for (int i = 0; i < R->cat.nplans; i++)
        if (R->cat.plans[i]->first && R->cat.plans[i]->kind != PLAN_RENSTRA)
            codes[nc++] = R->cat.plans[i]->code;
    bool any = false;
    for (int i = 0; i < n && !any; i++)
        any = cat_plan(&R->cat, names[i]) != NULL;
    if (!any) {
        Sbuf b;
        sb_init(&b);
        for (int i = 0; i < n && i < SHOW; i++)
            sb_printf(&b, "%s'%s'", i ? ", " : "", names[i]);
        if (n > SHOW)
            sb_printf(&b, " and %d more", n - SHOW);
        const char *near = dg_nearest(names[0], codes, nc);
        dg_emit(&R->dd, "W402", (Span){f->id, 0, 0},
                "no row of %s names a loaded plan (its rows name %s), so no plan takes its data%s%s%s",
                f->path, b.s, near ? _("; did you mean '") : "", near ? near : "", near ? "'?" : "");
        sb_free(&b);
    }
    free(codes);
    free(names);
}

static void read_data(Run *R)
{
    const RunOptions *o = R->o;
    Program *p = R->p;
    R->dopt = (DtOptions){.nplans = R->nsel, .rencana = R->nsel == 1 ? R->sel[0]->code : "",
                          .id_format = o->angka_id, .src = &p->src};
    R->dfiles = xcalloc((size_t)o->ndata + 1, sizeof *R->dfiles);
    for (int i = 0; i < o->ndata; i++) {
        const RunSource *s = &o->data[i];
        char *err = NULL;
        SrcFile *f = s->path ? src_map(&p->src, s->path, &err) : src_add(&p->src, s->name, s->text, s->len);
        if (!f) {
            dg_emit(&R->dd, "E400", SPAN_NONE, "%s", err ? err : s->path);
            free(err);
            R->data_unreadable = true;
            continue;
        }
        R->dfiles[R->ndfiles++] = f;
        dt_read(&R->ds, f, &R->dopt, &R->dd);
        no_loaded_plan(R, f);
    }
}

static void plan_tests(Run *R, Model *base);

/* ---- 3, 4. the builds ------------------------------------------------- */

/* E001..E010 are the scanner's and the parser's: after one the tree is
 * partial, so the build is not made (its gaps would only be reported
 * again). */
static bool syntax_errors(const DgList *d)
{
    for (int i = 0; i < d->n; i++)
        if (parse_is_syntax(d->v[i].code))
            return true;
    return d->limit;
}

/* Another build's plan, for sema: the builds a build needs are done and
 * alive when it is built. */
static MPlan *world_plan(void *ctx, const char *code)
{
    Run *R = ctx;
    const CatPlan *cp = cat_plan(&R->cat, code);
    if (!cp)
        return NULL;
    Build *b = &R->b[R->cat.files[cp->file].build];
    if (!b->m || !b->done)
        return NULL;
    MPlan *pl;
    HASH_FIND_STR(b->m->plans, code, pl);
    return pl;
}

/* What is kept of a supporter plan once its build is done (sm_support):
 * its build may be freed before its superior's is made. */
static const MSupport *world_support(void *ctx, const char *code)
{
    Run *R = ctx;
    const CatPlan *cp = cat_plan(&R->cat, code);
    if (!cp || !R->b[R->cat.files[cp->file].build].done)
        return NULL;
    return R->support[cp->order];
}

/* Whether a build keeps the builds it only comes after (its plans'
 * supporters) until it is done: a test evaluates them on its own rows. */
static bool keeps_supporters(const Run *R)
{
    return R->o->mode == RUN_TEST;
}

static void keep_support(Run *R, Build *b)
{
    for (int i = 0; i < b->m->nplans; i++) {
        const MPlan *pl = b->m->plan_list[i];
        const CatPlan *cp = pl->atasan_code ? cat_plan(&R->cat, pl->code) : NULL;
        if (cp && cp->file >= 0 && R->cat.files[cp->file].build == (int)(b - R->b) && !R->support[cp->order])
            R->support[cp->order] = sm_support(pl);
    }
}

/* Static aturan in check: each finding a diagnostic at the rule, naming
 * the plan and, when quantified, the indicator or sasaran. */
static const char *const finding_code[] = {
    [SEV_GALAT] = "E100", [SEV_PERINGATAN] = "W100", [SEV_INFO] = "I100"};

static void report_finding(const RFinding *f, const MPlan *pl, const SrcSet *src, DgList *d)
{
    Span at = f->rule->decl->name ? f->rule->decl->name->span : f->span;
    if (f->ind || f->sas) {
        const Span *s = f->ind ? &f->ind->decl->code.span : &f->sas->decl->code.span;
        SrcFile *sf = src_get(src, s->file);
        dg_emit(d, finding_code[f->sev], at, "aturan \"%s\" in %s: %s (%s %s at %s:%d)", f->rule->name, pl->code,
                f->msg, f->ind ? "indikator" : "sasaran", f->ind ? f->ind->code : f->sas->code,
                sf ? sf->path : "?", src_span_lo(src, *s).line);
    } else {
        dg_emit(d, finding_code[f->sev], at, "aturan \"%s\" in %s: %s", f->rule->name, pl->code, f->msg);
    }
}

static void static_rules(Run *R, Build *b)
{
    Model *m = b->m;
    int nstatic = 0;
    for (int i = 0; i < m->nrules; i++)
        nstatic += m->rules[i].is_static;
    if (nstatic == 0)
        return;                 /* nothing to evaluate: skip every plan */
    EvOptions eo = {.rules = true, .static_only = true};
    for (int i = 0; i < m->nplans; i++) {
        const MPlan *pl = m->plan_list[i];
        if (pl->kind == PLAN_RENSTRA)
            continue;
        RPlan *r = ev_plan(m, NULL, pl, (Period){P_YEAR, 0, 0}, &eo, &b->d);
        for (int j = 0; j < r->ntemuan; j++)
            report_finding(&r->temuan[j], pl, &R->p->src, &b->d);
        ev_free(r);
    }
}

/* explain shows where each observation came from: the store keeps only a
 * record's first row, so the rows are found again. */
static void locate_rows(Run *R, const DtView *v, RPlan *r, const char *code)
{
    for (int i = 0; i < out_nelements(r); i++)
        for (int j = 0; j < out_element(r, i)->ninds; j++) {
            RInd *ri = &((RSas *)out_element(r, i))->inds[j];
            if (strcmp(ri->ind->code, code) != 0 || ri->nobs == 0)
                continue;
            DtSrc at[PD_NIDX];
            dt_locate(&R->ds, dt_view_ind(v, ri->ind, 0), R->dfiles, R->ndfiles, &R->dopt, at);
            for (int k = 0; k < ri->nobs; k++)
                if (at[ri->obs[k].idx].file >= 0)
                    ri->obs[k].src = at[ri->obs[k].idx];
        }
}

/* One plan's results, rendered into its chunk. */

/* The message of `explain CODE` for a code the plan lacks, with the
 * nearest of its codes (indicators, elements, the plan's own). */
static char *explain_unknown(const MPlan *pl, const char *code)
{
    int n = pl->ninds + pl->nels + 1, k = 0;
    const char **cands = xmalloc((size_t)n * sizeof *cands);
    for (int i = 0; i < pl->ninds; i++)
        cands[k++] = pl->inds[i]->code;
    for (int i = 0; i < pl->nels; i++)
        cands[k++] = pl->els[i]->code;
    cands[k++] = pl->code;
    const char *near = dg_nearest(code, cands, k);
    char *msg = near ? xasprintf(_("'%s' is not an indicator, sasaran or the plan %s; did you mean '%s'?"),
                                 code, pl->code, near)
                     : xasprintf(_("'%s' is not an indicator, sasaran or the plan %s"), code, pl->code);
    free(cands);
    return msg;
}
static void render_plan(Run *R, Build *b, RPlan *r, const DtView *v, Chunk *c)
{
    const RunOptions *o = R->o;
    const SrcSet *src = &R->p->src;
    if (o->on_result) {
        /* structs: handed over at the end, in plan order (kept here) */
        c->s = (char *)r;
        return;
    }
    FILE *f = open_memstream(&c->s, &c->n);
    if (!f) {
        fprintf(stderr, "rkt: out of memory\n");
        exit(2);
    }
    if (o->mode == RUN_EXPLAIN) {
        if (!out_explain_has(r, o->code)) {
            pthread_mutex_lock(&R->mu);
            if (!R->explain_error)
                R->explain_error = explain_unknown(r->plan, o->code);
            pthread_mutex_unlock(&R->mu);
        } else {
            locate_rows(R, v, r, o->code);
            out_explain(f, r, o->code, src);
        }
    } else {
        switch (o->format) {
        case RF_CSV: out_eval_csv_rows(f, r, src, o->semua); break;
        case RF_JSON: out_eval_json(f, r, src); break;
        case RF_MD: out_eval_md(f, r, src); break;
        default: out_eval_table(f, r, src, o->color); break;
        }
    }
    fclose(f);
    (void)b;
}

/* ---- money counted twice ------------------------------------------ */

/* The periods with a value in a record (bits by pd_index). */
static uint32_t valued_mask(const DataStore *ds, int rec)
{
    uint32_t m = 0;
    DtIter it;
    DtObs o;
    if (rec < 0)
        return 0;
    for (dt_iter(ds, rec, &it); dt_next(&it, &o);)
        if (!o.kosong)
            m |= 1u << o.idx;
    return m;
}

/* The row of a record's period idx, as a span of its line. */
static Span row_span(Run *R, int rec, int idx, DtSrc *at)
{
    DtSrc where[PD_NIDX];
    dt_locate(&R->ds, rec, R->dfiles, R->ndfiles, &R->dopt, where);
    *at = where[idx];
    SrcFile *f = at->file >= 0 ? src_get(&R->p->src, at->file) : NULL;
    int lo = f ? src_line_start(f, at->line) : -1;
    size_t n = 0;
    if (lo >= 0)
        src_line(f, at->line, &n);
    return lo >= 0 ? (Span){at->file, lo, lo + (int)n} : (Span){at->file, -1, 0};
}

/* Rows for a budgeted element and one of its descendants whose periods
 * overlap count the money twice (docs/language.md, "Budget"): E413 at
 * the later row, naming the earlier; once per pair. */
static void double_counted(Run *R, Build *b, const DtView *v, const MSas *el, const MSas *d)
{
    int ra = dt_view_el(v, el), rb = dt_view_el(v, d);
    uint32_t ma = valued_mask(&R->ds, ra), mb = valued_mask(&R->ds, rb);
    for (int a = 0; ma && mb && a < PD_NIDX; a++) {
        uint32_t hit = (ma >> a & 1) ? mb & (pd_mask_overlapping(a) | 1u << a) : 0;
        if (!hit)
            continue;
        int bi = __builtin_ctz(hit);
        DtSrc sa, sb;
        Span pa = row_span(R, ra, a, &sa), pb = row_span(R, rb, bi, &sb);
        bool b_later = src_order(&R->p->src, sb.file) != src_order(&R->p->src, sa.file)
                           ? src_order(&R->p->src, sb.file) > src_order(&R->p->src, sa.file)
                           : sb.line > sa.line;
        const MSas *late = b_later ? d : el, *early = b_later ? el : d;
        DtSrc e = b_later ? sa : sb;
        SrcFile *ef = e.file >= 0 ? src_get(&R->p->src, e.file) : NULL;
        dg_emit(&b->d, "E413", b_later ? pb : pa,
                "this row of %s %s overlaps the row of %s %s at %s:%d: the money would count twice, since %s %s lies inside %s %s; "
                "give the spending once, in the %s's rows or in its parts'",
                el_kind_name(late->kind), late->code, el_kind_name(early->kind), early->code,
                ef ? ef->path : "?", e.line, el_kind_name(d->kind), d->code, el_kind_name(el->kind), el->code,
                el_kind_name(el->kind));
        return;
    }
}

static void budget_descendants(Run *R, Build *b, const DtView *v, const MSas *el, const MSas *at)
{
    for (int i = 0; i < at->nkids; i++) {
        if (el_budgets(at->kids[i]->kind))
            double_counted(R, b, v, el, at->kids[i]);
        budget_descendants(R, b, v, el, at->kids[i]);
    }
}

static void check_double_budget(Run *R, Build *b, const DtView *v, const MPlan *pl)
{
    for (int i = 0; i < pl->nels; i++)
        if (el_budgets(pl->els[i]->kind) && dt_view_el(v, pl->els[i]) >= 0)
            budget_descendants(R, b, v, pl->els[i], pl->els[i]);
}

/* ---- cascading (docs/language.md#cascading) ---------------------------- */

static void supplier_init(Supplier *S, const DataStore *ds, int nplans, Arena *ar)
{
    *S = (Supplier){.ds = ds};
    S->supply = ar_alloc(ar, (size_t)(nplans + 1) * sizeof *S->supply);
    S->nsupply = ar_alloc(ar, (size_t)(nplans + 1) * sizeof *S->nsupply);
    S->state = ar_alloc(ar, (size_t)nplans + 1);
}

/* Whether a plan to evaluate is up the atasan chain of cp: only then are
 * its supplies computed (and its rows at fault reported). */
static bool feeds_selected(const Run *R, const CatPlan *cp)
{
    for (int k = 0; cp && cp->atasan && !cp->atasan_cycle && k <= R->cat.nplans; k++) {
        cp = cat_plan(&R->cat, cp->atasan);
        if (cp && R->sel_of[cp->order] >= 0)
            return true;
    }
    return false;
}

static void supply_plan(Run *R, const Supplier *S, Build *b, const CatPlan *cp, int depth);

/* The Model holding cp while build b works: b's own, or one of the
 * builds b needs (alive until b is done); any other may be freed under
 * way.  NULL: not at hand. */
static Model *model_at_hand(Run *R, Build *b, const CatPlan *cp)
{
    int k = R->cat.files[cp->file].build;
    if (k == (int)(b - R->b) || k == 0)
        return R->b[k].m;
    for (int i = 0; i < b->cb->ndeps; i++)
        if (b->cb->deps[i] == k)
            return R->b[k].m;
    return NULL;
}

/* The supplies of cp's supporters, indexed by the code they support; a
 * supporter in this build is evaluated first (one in another build was
 * when its build ran: this build needs it), and for an uji every one at
 * hand is (on the test's rows). */
static void cascade_for(Run *R, const Supplier *S, Build *b, const CatPlan *cp, EvCascade *c, int depth)
{
    ev_cascade_init(c);
    int self = (int)(b - R->b);
    for (int i = 0; i < cp->nsubs; i++) {
        const CatPlan *sub = cp->subs[i];
        if (S->uji || R->cat.files[sub->file].build == self)
            supply_plan(R, S, b, sub, depth);
        for (int k = 0; k < S->nsupply[sub->order]; k++)
            ev_cascade_add(c, &S->supply[sub->order][k]);
    }
}

/* A supporter's supplies, from an evaluation of its plan (once). */
static void supply_plan(Run *R, const Supplier *S, Build *b, const CatPlan *cp, int depth)
{
    int k = cp->order;
    Model *m = model_at_hand(R, b, cp);
    MPlan *pl = NULL;
    if (m)
        HASH_FIND_STR(m->plans, cp->code, pl);
    if (S->state[k] || depth > RUN_MAX_CASCADE || !pl)
        return;
    S->state[k] = 1;
    EvCascade c;
    cascade_for(R, S, b, cp, &c, depth + 1);
    bool bad;
    S->nsupply[k] = ev_supply_eval(m, S->ds, pl, R->per, &c, &S->supply[k], &bad);
    /* an evaluated plan reports its own; an uji's rows fail in the test */
    if (bad && !S->uji && R->sel_of[k] < 0) {
        b->bad = xrealloc(b->bad, (size_t)(b->nbad + 1) * sizeof *b->bad);
        b->bad[b->nbad++] = dt_shadow(m, pl, pl->order);
    }
    ev_cascade_free(&c);
    S->state[k] = 2;
}

static void supply_build(Run *R, Build *b)
{
    for (int i = 0; i < b->m->nplans; i++) {
        const CatPlan *cp = cat_plan(&R->cat, b->m->plan_list[i]->code);
        if (cp && feeds_selected(R, cp))
            supply_plan(R, &R->sup, b, cp, 0);
    }
}

static void evaluate(Run *R, Build *b)
{
    Model *m = b->m;
    EvOptions eo = {.rules = true, .periode_text = R->o->periode};
    for (int i = 0; i < m->nplans; i++) {
        const MPlan *pl = m->plan_list[i];
        int k = pl->order < R->cat.nplans ? R->sel_of[pl->order] : -1;
        if (k < 0)
            continue;
        if (pl->kind == PLAN_RENSTRA) {
            /* report --jenis renstra: the plan as declared, no data */
            EvOptions none = {0};
            render_plan(R, b, ev_plan(m, NULL, pl, R->per, &none, &b->d), NULL, &R->chunks[k]);
            continue;
        }
        /* a result handed over at the end (on_result) may still be asked
         * values of other periods (report): its view lives with the model */
        DtView vstack, *vp = R->o->on_result ? ar_alloc(m->arena, sizeof *vp) : &vstack;
        dt_bind(vp, &R->ds, m, pl, m->arena);
        check_double_budget(R, b, vp, pl);
        if (vp->bad) {
            b->bad = xrealloc(b->bad, (size_t)(b->nbad + 1) * sizeof *b->bad);
            b->bad[b->nbad++] = dt_shadow(m, pl, pl->order);
        }
        /* the result reads its cascade as long as it lives: kept with its
         * chunk (the supplies it points to live to the end of the run) */
        EvCascade *c = &R->chunks[k].casc;
        cascade_for(R, &R->sup, b, R->sel[k], c, 0);
        eo.cascade = c;
        RPlan *r = ev_plan(m, vp, pl, R->per, &eo, &b->d);
        for (int j = 0; j < r->ntemuan; j++)
            b->galat |= r->temuan[j].sev == SEV_GALAT;
        render_plan(R, b, r, vp, &R->chunks[k]);
        if (!R->o->on_result) {
            ev_free(r);
            ev_cascade_free(c);
        }
    }
}

/* What an uji sees of the run (uji.h UjiWorld): the plans at hand from
 * its plan's build, and that plan's supporters evaluated on its rows by
 * the same cascade_for eval uses, their supplies kept here for the test. */
typedef struct TestWorld {
    Run *R;
    Build *b;
    Supplier sup;
    EvCascade casc;
    Arena *ar;                  /* the supplier's index; NULL: none made */
} TestWorld;

static const MPlan *test_plan_at(void *ctx, const char *code)
{
    TestWorld *w = ctx;
    const CatPlan *cp = cat_plan(&w->R->cat, code);
    Model *m = cp ? model_at_hand(w->R, w->b, cp) : NULL;
    MPlan *pl = NULL;
    if (m)
        HASH_FIND_STR(m->plans, code, pl);
    return pl;
}

static const EvCascade *test_cascade(void *ctx, const DataStore *ds, const MPlan *pl)
{
    TestWorld *w = ctx;
    const CatPlan *cp = cat_plan(&w->R->cat, pl->code);
    if (!cp || cp->nsubs == 0)
        return NULL;
    w->ar = ar_new();
    supplier_init(&w->sup, ds, w->R->cat.nplans, w->ar);
    w->sup.uji = true;
    cascade_for(w->R, &w->sup, w->b, cp, &w->casc, 0);
    return &w->casc;
}

static void test_world_free(TestWorld *w)
{
    if (!w->ar)
        return;
    ev_cascade_free(&w->casc);
    for (int i = 0; i < w->R->cat.nplans; i++)
        free(w->sup.supply[i]);
    ar_free(w->ar);
    w->ar = NULL;
}

static void run_tests(Run *R, Build *b)
{
    DgList quiet;               /* warnings of evaluation belong to eval */
    dg_init(&quiet);
    for (int i = 0; i < R->ntests; i++) {
        Test *t = &R->tests[i];
        if (!t->plan || R->cat.files[t->plan->file].build != (int)(b - R->b))
            continue;
        MPlan *pl;
        HASH_FIND_STR(b->m->plans, t->plan->code, pl);
        if (!pl)
            continue;
        TestWorld tw = {.R = R, .b = b};
        UjiWorld w = {.ctx = &tw, .plan = test_plan_at, .cascade = test_cascade};
        uji_run(b->m, t->t, pl, &w, &R->p->src, &t->r, R->ar, &quiet);
        test_world_free(&tw);
        t->ran = true;
    }
    dg_free(&quiet);
}

static void parse_build(Run *R, Build *b)
{
    b->asts = xcalloc((size_t)b->cb->nfiles + 1, sizeof *b->asts);
    for (int i = 0; i < b->cb->nfiles; i++) {
        SrcFile *f = src_get(&R->p->src, b->cb->files[i]);
        src_unshelve(f, PARSE_MAX_BYTES + 1);
        Ast *a = parse_file(f, &b->d);
        a->library = R->cat.files[f->id].library;
        b->asts[b->nasts++] = a;
    }
}

static bool has_error(const DgList *d)
{
    return d->nerr > 0;
}

/* Parse, build, check, evaluate, test: everything a build does alone. */
static void work(Run *R, Build *b)
{
    parse_build(R, b);
    Build *base = &R->b[0];
    bool is_base = b == base;
    b->failed = syntax_errors(&b->d) || (!is_base && (base->failed || !base->m)) || R->parse_only;
    if (!b->failed) {
        SmInput in = {.asts = b->asts, .nasts = b->nasts, .src = &R->p->src, .d = &b->d, .cat = &R->cat,
                      .base = is_base ? NULL : base->m, .world_plan = world_plan,
                      .world_support = world_support, .world = R,
                      .defer_unused = true};
        b->m = sm_build_input(&in);
    }
    if (b->m)
        keep_support(R, b);
    b->errors = has_error(&b->d) || b->failed;
    for (int i = 0; i < b->cb->ndeps; i++)
        b->errors |= R->b[b->cb->deps[i]].errors;
    if (!is_base)
        b->errors |= base->errors;
    if (!b->m)
        return;
    RunMode mode = R->o->mode;
    if (mode == RUN_CHECK)
        static_rules(R, b);
    if ((mode == RUN_EVAL || mode == RUN_EXPLAIN) && !R->sel_error && !b->errors) {
        supply_build(R, b);
        evaluate(R, b);
        b->evaluated = true;
    }
    if (mode == RUN_TEST && !is_base)
        run_tests(R, b);
}

/* A finished build's texts go with it (a national run holds the texts of
 * the builds under way, not every file's): its diagnostics are settled
 * first, their positions and snippets kept.  A file the catalogue has a
 * diagnostic in keeps its text (that list is not the build's to touch). */
static void forget_texts(Run *R, Build *b)
{
    for (int i = 0; i < b->cb->nfiles; i++) {
        int f = b->cb->files[i];
        bool catalogued = false;
        for (int j = 0; j < R->p->diags.n && !catalogued; j++)
            catalogued = R->p->diags.v[j].span.file == f;
        for (int j = 0; j < R->repeats.n && !catalogued; j++)
            catalogued = R->repeats.v[j].span.file == f;
        if (catalogued)
            continue;
        SrcFile *sf = src_get(&R->p->src, f);
        dg_settle(&b->d, sf);
        src_forget_text(sf);
    }
}

static void free_build(Run *R, Build *b)
{
    if (b->freed)
        return;
    b->freed = true;
    if (b != &R->b[0])
        forget_texts(R, b);
    sm_free(b->m);
    b->m = NULL;
    for (int i = 0; i < b->nasts; i++)
        ast_free(b->asts[i]);
    free(b->asts);
    b->asts = NULL;
}

/* A temporary file written in 64 KiB blocks, not stdio's 4 KiB: the
 * results of a unit layout's eval --semua (80 MB) took 20,000 write
 * calls, each a trap on a virtual machine.  glibc takes a size only with
 * a buffer: *buf, freed after the file is closed.  NULL if none can be
 * made. */
static FILE *scratch_file(char **buf)
{
    FILE *f = tmpfile();
    if (f) {
        *buf = xmalloc(1 << 16);
        setvbuf(f, *buf, _IOFBF, 1 << 16);
    }
    return f;
}

/* --semua into a regular file (a shell's `> out.csv`, -o's temporary
 * file): the results go into it as they are made, and a run whose end
 * forbids them cuts the file back to where it was (cut_direct).  A
 * scratch file in between cost a unit layout its 80 MB of results twice
 * over in the page cache, each page a fresh one (a host fault here:
 * README, bench), and a copy.  Not when stderr is the same file: what
 * the run writes there must not be cut with the results; nor when it is
 * open for appending (`>>`): its end may move under other writers, and
 * a cut to where the run began could take their lines. */
static bool direct_sink(Run *R)
{
    FILE *f = R->o->out;
    struct stat so, se;
    int fd = f ? fileno(f) : -1;
    int fl = fd < 0 ? -1 : fcntl(fd, F_GETFL);
    if (fl < 0 || (fl & O_APPEND) || fstat(fd, &so) != 0 || !S_ISREG(so.st_mode))
        return false;
    if (fstat(STDERR_FILENO, &se) == 0 && se.st_dev == so.st_dev && se.st_ino == so.st_ino)
        return false;
    if (fflush(f) != 0 || (R->direct_at = ftello(f)) < 0)
        return false;
    R->sink = f;
    return R->direct = true;
}

/* The results of a direct sink taken back: the file as it was. */
static void cut_direct(Run *R)
{
    FILE *f = R->o->out;
    fflush(f);
    clearerr(f);
    if (ftruncate(fileno(f), R->direct_at) == 0)
        fseeko(f, R->direct_at, SEEK_SET);
}

/* A spilled chunk's bytes, copied from the spill file to the sink. */
static void unspill(Run *R, const Chunk *c)
{
    char buf[1 << 16];
    if (fseek(R->spill, c->spill_at, SEEK_SET) != 0)
        return;
    for (size_t left = c->n, k; left > 0; left -= k) {
        k = fread(buf, 1, left < sizeof buf ? left : sizeof buf, R->spill);
        if (k == 0)
            break;
        fwrite(buf, 1, k, R->sink);
    }
}

/* Results go out as soon as every plan before them is done. */
static void emit_ready(Run *R)
{
    while (R->next_chunk < R->nsel && R->chunks[R->next_chunk].ready) {
        Chunk *c = &R->chunks[R->next_chunk++];
        if ((!c->s && !c->spilled) || R->o->on_result)
            continue;
        if (R->nemitted++ > 0 && (R->o->format == RF_TABLE || R->o->format == RF_MD) && R->o->mode == RUN_EVAL)
            fputc('\n', R->sink);
        if (c->spilled) {
            unspill(R, c);
            continue;
        }
        fwrite(c->s, 1, c->n, R->sink);
        if (c->held)
            R->held -= c->n;
        free(c->s);
        c->s = NULL;
    }
}

/* A chunk done but waiting for an earlier plan's goes to the spill file
 * once the waiting ones hold more than hold_max bytes: the first plan
 * of a national run may be the superior every unit supports, done last,
 * and the 2,000 units' results waited in memory for it (36 MB). */
static void hold(Run *R, Chunk *c)
{
    if (!c->s || R->o->on_result)
        return;
    if (R->held + c->n <= R->hold_max) {
        R->held += c->n;
        c->held = true;
        return;
    }
    if (!R->spill)
        R->spill = scratch_file(&R->spill_vbuf);
    if (!R->spill || fseek(R->spill, 0, SEEK_END) != 0 || (c->spill_at = ftell(R->spill)) < 0 ||
        fwrite(c->s, 1, c->n, R->spill) != c->n) {
        R->held += c->n;        /* no room on disk: kept in memory */
        c->held = true;
        return;
    }
    c->spilled = true;
    free(c->s);
    c->s = NULL;
}

/* After a build: its chunks are ready, and the builds it needed may go
 * (the base stays to the end: every build reads it). */
static void finish(Run *R, Build *b)
{
    /* settled now, while every file they point into is alive: a build may
     * report in a file of a build it needs (a formula inherited from an
     * rkt), which may go before this build does */
    for (int i = 0; i < b->d.n; i++)
        if (!b->d.v[i].settled && b->d.v[i].span.file >= 0) {
            SrcFile *f = src_get(&R->p->src, b->d.v[i].span.file);
            if (f && f->text)
                dg_settle(&b->d, f);
        }
    b->done = true;
    int id = (int)(b - R->b);
    R->bound |= b->evaluated;
    R->galat |= b->galat;
    for (int k = 0; id > 0 && b->m && k < MU__COUNT; k++)
        for (int i = 0; i < b->m->ndecl[k]; i++)
            if (b->m->used[k][i])
                R->used[k][i] = true;
    for (int i = 0; R->sel_of && i < b->cb->nfiles; i++) {
        const CatFile *cf = &R->cat.files[b->cb->files[i]];
        for (int j = 0; j < cf->nplans; j++)
            if (R->sel_of[cf->plans[j].order] >= 0)
                R->chunks[R->sel_of[cf->plans[j].order]].ready = true;
    }
    emit_ready(R);
    for (int i = 0; R->sel_of && i < b->cb->nfiles; i++) {
        const CatFile *cf = &R->cat.files[b->cb->files[i]];
        for (int j = 0; j < cf->nplans; j++) {
            int k = R->sel_of[cf->plans[j].order];
            if (k >= R->next_chunk)
                hold(R, &R->chunks[k]);
        }
    }
    for (int i = 0; i < b->cb->ndeps; i++) {
        Build *d = &R->b[b->cb->deps[i]];
        if (!b->cb->reads[i] && !keeps_supporters(R))
            continue;           /* not counted in d->needed */
        if (--d->needed == 0 && d->done && d != &R->b[0] && !R->o->on_result)
            free_build(R, d);
    }
    if (b->needed == 0 && b != &R->b[0] && !R->o->on_result)
        free_build(R, b);
    for (int i = 0; i < b->nrdeps; i++)
        R->b[b->rdeps[i]].deps_left--;
    R->left--;
}

/* The lowest build that is ready, or NULL.  Builds start mostly in
 * order, so the scan begins after the ones all started (a scan from the
 * first, at each of 6,000 builds, was quadratic). */
static Build *next_ready(Run *R)
{
    while (R->unstarted < R->nb && R->b[R->unstarted].started)
        R->unstarted++;
    for (int k = R->unstarted; k < R->nb; k++) {
        Build *b = &R->b[k];
        if (!b->started && b->deps_left == 0)
            return b;
    }
    return NULL;
}

static void *worker(void *arg)
{
    Run *R = arg;
    pthread_mutex_lock(&R->mu);
    for (;;) {
        Build *b;
        while (!(b = next_ready(R)) && R->left > 0)
            pthread_cond_wait(&R->cv, &R->mu);
        if (!b)
            break;
        b->started = true;
        pthread_mutex_unlock(&R->mu);
        work(R, b);
        pthread_mutex_lock(&R->mu);
        finish(R, b);
        pthread_cond_broadcast(&R->cv);
    }
    pthread_mutex_unlock(&R->mu);
    return NULL;
}

static void run_builds(Run *R)
{
    R->nb = R->cat.nbuilds;
    R->support = xcalloc((size_t)R->cat.nplans + 1, sizeof *R->support);
    R->b = xcalloc((size_t)R->nb + 1, sizeof *R->b);
    for (int k = 0; k < R->nb; k++) {
        Build *b = &R->b[k];
        b->cb = &R->cat.builds[k];
        dg_init(&b->d);
        b->d.werror = R->o->werror;
        b->deps_left = b->cb->ndeps;
        b->needed = keeps_supporters(R) ? b->cb->ndependents : b->cb->nreaders;
        b->rdeps = ar_alloc(R->ar, ((size_t)b->cb->ndependents + 1) * sizeof *b->rdeps);
    }
    for (int k = 0; k < R->nb; k++)
        for (int i = 0; i < R->b[k].cb->ndeps; i++) {
            Build *d = &R->b[R->b[k].cb->deps[i]];
            d->rdeps[d->nrdeps++] = k;
        }
    R->unstarted = 1;
    R->left = R->nb;
    /* the base alone, first: every build reads it */
    Build *base = &R->b[0];
    base->started = true;
    work(R, base);
    if (base->m)
        for (int k = 0; k < MU__COUNT; k++)
            R->used[k] = ar_alloc(R->ar, (size_t)base->m->ndecl[k] + 1);
    if (R->o->mode == RUN_TEST && base->m)
        plan_tests(R, base->m);
    if (R->o->mode == RUN_TEST)
        run_tests(R, base);         /* its own plans' tests */
    pthread_mutex_lock(&R->mu);
    finish(R, base);
    pthread_mutex_unlock(&R->mu);
    int n = x_threads(R->o->threads, RUN_MAX_THREADS, R->nb - 1, RUN_BUILDS_PER_THREAD);
    pthread_t th[RUN_MAX_THREADS];
    int started = 0;
    while (started < n - 1 && i18n_thread(&th[started], worker, R) == 0)
        started++;
    worker(R);                  /* this thread works too (alone if none started) */
    for (int i = 0; i < started; i++)
        pthread_join(th[i], NULL);
}

/* ---- tests ------------------------------------------------------------ */

static void plan_tests(Run *R, Model *base)
{
    R->tests = ar_alloc(R->ar, (size_t)(base->ntests + 1) * sizeof *R->tests);
    const char *only = NULL;
    int nrkt = 0;
    for (int i = 0; i < R->cat.nplans; i++)
        if (R->cat.plans[i]->first && R->cat.plans[i]->kind != PLAN_RENSTRA) {
            only = R->cat.plans[i]->code;
            nrkt++;
        }
    for (int i = 0; i < base->ntests; i++) {
        const MTest *mt = &base->tests[i];
        Test t = {.t = mt};
        uji_init(&t.r, mt, &R->p->src, R->ar);
        if (R->o->pattern && !strstr(t.r.name, R->o->pattern))
            continue;
        const char *code = uji_rencana(mt->decl);
        if (!code && nrkt != 1)
            t.why = "name the plan to test with 'rencana CODE' (more than one rkt/pk plan is loaded)";
        else if (!(t.plan = cat_plan(&R->cat, code ? code : only)))
            t.why = "the plan named by 'rencana' is not loaded";
        R->tests[R->ntests++] = t;
    }
}

/* A test does not run when a file it depends on has errors: its own,
 * its plan's and that plan's mengacu chain, its plan's supporters' (their
 * realisasi feed it), and every file declaring no plan (units, scales,
 * functions, rules).  Judged once all is known. */
static int blocked_by(Run *R, const Test *t, const bool *bad, int shared_bad)
{
    int own = t->t->decl->h.span.file;
    if (bad[own])
        return own;
    if (shared_bad >= 0)
        return shared_bad;
    const CatPlan *pl = t->plan;
    for (int k = 0; pl && k <= R->cat.nplans; pl = pl->mengacu ? cat_plan(&R->cat, pl->mengacu) : NULL, k++)
        if (bad[pl->file])
            return pl->file;
    for (int i = 0; t->plan && i < t->plan->nsubs; i++)
        if (bad[t->plan->subs[i]->file])
            return t->plan->subs[i]->file;
    return -1;
}

static int report_tests(Run *R, const DgList *all)
{
    int n = R->p->src.n;
    bool *bad = xcalloc((size_t)n + 1, sizeof *bad);
    for (int i = 0; i < all->n; i++) {
        const Diag *g = &all->v[i];
        if (g->sev == DG_ERROR && g->span.file >= 0 && g->span.file < n)
            bad[g->span.file] = true;
    }
    int shared_bad = -1;
    for (int i = 0; i < R->cat.npost && shared_bad < 0; i++) {
        int f = R->cat.post[i];
        if (R->cat.files[f].nplans == 0 && bad[f])
            shared_bad = f;
    }
    UjiResult *res = ar_alloc(R->ar, (size_t)(R->ntests + 1) * sizeof *res);
    int passed = 0, failed = 0;
    for (int i = 0; i < R->ntests; i++) {
        Test *t = &R->tests[i];
        int why = blocked_by(R, t, bad, shared_bad);
        if (why >= 0) {
            t->r.error = ar_printf(R->ar, _("not run: %s has errors (shown on stderr)"), R->p->src.v[why]->path);
            t->r.nfails = 0;
        } else if (t->why) {
            t->r.error = t->why;
        } else if (!t->ran) {
            t->r.error = "the plan named by 'rencana' is not loaded";
        }
        res[i] = t->r;
        if (res[i].error || res[i].nfails)
            failed++;
        else
            passed++;
    }
    free(bad);
    switch (R->o->format) {
    case RF_TEST_JSON: out_test_json(R->o->out, res, R->ntests, passed, failed); break;
    case RF_TEST_JUNIT: out_test_junit(R->o->out, res, R->ntests, failed); break;
    default: out_test_text(R->o->out, res, R->ntests, passed, failed); break;
    }
    if (R->o->pattern && R->ntests == 0) {  /* a misspelt pattern must not pass as green */
        R->out->errmsg = xasprintf(_("no test name contains '%s'"), R->o->pattern);
        return RUN_INPUT;
    }
    return failed ? RUN_INPUT : 0;
}

/* ---- 5. the end ---------------------------------------------------------- */

/* The catalogue's E011, but in a file with syntax errors: there, checks
 * wait for the syntax (docs/language.md decision 12), and a broken line
 * can look like a declaration repeated. */
static void keep_repeats(Run *R, DgList *all)
{
    int n = R->p->src.n;
    bool *broken = xcalloc((size_t)n + 1, sizeof *broken);
    for (int i = 0; i < all->n; i++) {
        const Diag *g = &all->v[i];
        if (g->span.file >= 0 && g->span.file < n && parse_is_syntax(g->code))
            broken[g->span.file] = true;
    }
    DgList keep;
    dg_init(&keep);
    for (int i = 0; i < R->repeats.n; i++) {
        const Diag *g = &R->repeats.v[i];
        if (!(g->span.file >= 0 && g->span.file < n && broken[g->span.file]))
            dg_add(&keep, g->sev, g->code, g->span, "%s", g->msg);
    }
    dg_move(all, &keep);
    dg_free(&R->repeats);
    free(broken);
}

static int copy_sink(Run *R)
{
    if (!R->sink)
        return 0;
    if (fflush(R->sink) != 0)
        return -1;
    if (R->direct)
        return ferror(R->sink) ? -1 : 0;
    if (R->sink_buf)        /* in memory */
        return R->sink_len && fwrite(R->sink_buf, 1, R->sink_len, R->o->out) != R->sink_len ? -1 : 0;
    rewind(R->sink);
    char buf[1 << 16];
    for (size_t n; (n = fread(buf, 1, sizeof buf, R->sink)) > 0;)
        if (fwrite(buf, 1, n, R->o->out) != n)
            return -1;
    return ferror(R->sink) ? -1 : 0;
}

/* The results go out when nothing forbids it; the status of docs/cli.md. */
static int conclude(Run *R, int rc)
{
    const RunOptions *o = R->o;
    RunOutcome *out = R->out;
    DgList *all = &out->p.diags;
    if (rc != 0)
        return rc;
    if (o->mode == RUN_CHECK)
        return all->limit ? RUN_USAGE : dg_failed(all) ? RUN_INPUT : 0;
    if (o->mode == RUN_TEST) {
        if (all->limit)
            return RUN_USAGE;
        if (!R->b[0].m)             /* the tests live in the base */
            return RUN_INPUT;
        out->wrote = true;
        return report_tests(R, all);
    }
    /* eval, explain: a plan with errors is not evaluated; --semua leaves
     * out only the plans whose builds have errors */
    int check_errors = all->nerr;
    if (all->limit)
        return RUN_USAGE;
    if (check_errors && (!o->semua || !R->bound))
        return RUN_INPUT;       /* --semua: unless some plan was evaluated */
    if (R->sel_error) {
        out->errmsg = R->sel_error;
        R->sel_error = NULL;
        return RUN_USAGE;
    }
    bool data_shown = !o->semua || R->bound;
    int derr = R->dd.nerr;
    bool unreadable = R->data_unreadable;
    if (data_shown)
        dg_move(all, &R->dd);
    if (unreadable)
        return RUN_USAGE;
    if (derr)
        return RUN_INPUT;
    if (all->limit)
        return RUN_USAGE;
    if (R->explain_error) {
        out->errmsg = R->explain_error;
        R->explain_error = NULL;
        return RUN_USAGE;
    }
    if (o->on_result) {
        for (int i = 0; i < R->nsel; i++)
            if (R->chunks[i].s && o->on_result((const RPlan *)R->chunks[i].s, &out->p.src, o->ud))
                break;
    } else if (copy_sink(R) != 0) {
        return RUN_USAGE;
    }
    out->wrote = true;
    return R->galat || dg_failed(all) || check_errors ? RUN_INPUT : 0;
}

int run_pipeline(const RunOptions *o, RunOutcome *out)
{
    memset(out, 0, sizeof *out);
    Run R = {.o = o, .out = out, .p = &out->p, .ar = ar_new(), .hold_max = RUN_HOLD_MAX};
    /* a test knob (docs/cli.md): 0 spills every result that waits */
    const char *hold_env = getenv("RKT_HOLD_BYTES");
    if (hold_env && *hold_env >= '0' && *hold_env <= '9')
        R.hold_max = (size_t)strtoull(hold_env, NULL, 10);
    cat_init(&R.cat);
    dt_init(&R.ds);
    dg_init(&R.dd);
    dg_init(&R.repeats);
    pthread_mutex_init(&R.mu, NULL);
    pthread_cond_init(&R.cv, NULL);
    int rc = load(&R);
    /* the texts of the files of plans only went back once catalogued:
     * tens of MB in blocks of a file's size, which the data read next
     * (in blocks too large to reuse them) would leave resident on top
     * of its own (national layout: 48 MB resident after loading, 22 MB
     * with this); a run without data has its peak behind it already */
    if (o->ndata)
        x_release_freed();
    if (rc == 0 && (o->mode == RUN_EVAL || o->mode == RUN_EXPLAIN)) {
        select_plans(&R);
        R.chunks = ar_alloc(R.ar, (size_t)(R.nsel + 1) * sizeof *R.chunks);
        supplier_init(&R.sup, &R.ds, R.cat.nplans, R.ar);
        /* --semua: a national run's results (tens of MB) wait on disk, not in
         * memory, until the end says whether they go out */
        if (!o->semua || o->on_result || !direct_sink(&R))
            R.sink = o->semua ? scratch_file(&R.sink_vbuf) : NULL;
        if (!R.sink)
            R.sink = open_memstream(&R.sink_buf, &R.sink_len);
        if (!R.sink) {
            fprintf(stderr, "rkt: out of memory\n");
            exit(2);
        }
        if (o->mode == RUN_EVAL && o->format == RF_CSV && !o->on_result)
            out_eval_csv_header(R.sink, o->semua);
        if (!R.sel_error)
            read_data(&R);
    }
    DgList *all = &out->p.diags;
    if (rc == 0 || !out->p.diags.limit) {
        R.parse_only = rc != 0;
        if (rc != 0)
            cat_finish(&R.cat, &out->p.src, &R.repeats);
        run_builds(&R);
        Build *base = &R.b[0];
        bool every = !base->failed;
        for (int k = 1; k < R.nb; k++)
            every &= !R.b[k].failed;
        if (base->m && every)
            sm_warn_unused(base->m, R.used, base->asts, base->nasts, &base->d);
        for (int k = 0; k < R.nb; k++)
            dg_move(all, &R.b[k].d);
    }
    keep_repeats(&R, all);
    /* the rows of the plans whose data are at fault */
    int nbad = 0;
    for (int k = 0; k < R.nb; k++)
        nbad += R.b[k].nbad;
    if (nbad && !R.data_unreadable) {
        DtShadow **bad = xcalloc((size_t)nbad + 1, sizeof *bad);
        nbad = 0;
        for (int k = 0; k < R.nb; k++)
            for (int i = 0; i < R.b[k].nbad; i++)
                bad[nbad++] = R.b[k].bad[i];
        dt_report(bad, nbad, R.dfiles, R.ndfiles, &R.dopt, &R.dd);
        free(bad);
    }
    dg_once(all, "W401");
    out->status = conclude(&R, rc);
    dg_sort(all, &out->p.src);
    /* a file shelved and never built (a limit stopped the run) is read
     * again for the snippets of its diagnostics */
    for (int i = 0; i < all->n; i++)
        src_unshelve(src_get(&out->p.src, all->v[i].span.file), PARSE_MAX_BYTES + 1);
    /* freeing */
    for (int k = 0; k < R.nb; k++) {
        for (int i = 0; i < R.b[k].nbad; i++)
            dt_shadow_free(R.b[k].bad[i]);
        free(R.b[k].bad);
    }
    for (int i = 0; i < R.nsel && R.chunks; i++) {
        if (o->on_result && R.chunks[i].s)
            ev_free((RPlan *)R.chunks[i].s);
        else
            free(R.chunks[i].s);
        ev_cascade_free(&R.chunks[i].casc);
    }
    for (int k = R.nb - 1; k >= 0; k--) {
        free_build(&R, &R.b[k]);
        dg_free(&R.b[k].d);
    }
    free(R.b);
    for (int i = 0; R.support && i < R.cat.nplans; i++)
        sm_support_free(R.support[i]);
    free(R.support);
    for (int i = 0; R.sup.supply && i < R.cat.nplans; i++)
        free(R.sup.supply[i]);
    if (R.direct && !out->wrote)
        cut_direct(&R);
    else if (R.sink && !R.direct)
        fclose(R.sink);
    if (R.spill)
        fclose(R.spill);
    free(R.sink_vbuf);
    free(R.spill_vbuf);
    free(R.sink_buf);
    free(R.dfiles);
    free(R.sel_error);
    free(R.explain_error);
    dg_free(&R.dd);
    dt_free(&R.ds);
    cat_free(&R.cat);
    out->p.cat = NULL;
    ar_free(R.ar);
    pthread_mutex_destroy(&R.mu);
    pthread_cond_destroy(&R.cv);
    return out->status;
}

void run_outcome_free(RunOutcome *out)
{
    free(out->errmsg);
    ld_free(&out->p);
}
