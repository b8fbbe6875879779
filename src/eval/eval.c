/*
 * eval.c - the interpreter (docs/language.md#evaluation, #rules-aturan; docs/language.md
 * "Evaluation").
 *
 * realisasi: the observations from the start of the plan year through the
 * evaluated period whose whole period lies inside that span, combined by
 * konsolidasi (or the `realisasi = expr` of a derived indicator); of an
 * earlier year (realisasi(X, 2024)), the same from that year's rows, the
 * history the data store keeps for the PD_HISTORY years before.
 * target: the cumulative quarterly target that applies, else the annual;
 * of another year, that year's from the mengacu chain (sm_year_target).
 * capaian: kosong without realisasi; else the custom formula, or the
 * default by polarity (capaian.c), then batas.
 * Roll-ups are weighted means over unrounded values, leaving kosong out.
 * Values are never rounded here, except where a scale classifies them
 * (rs_classify), so a band always agrees with the figure shown.
 *
 * Every value of an indicator, a sasaran or the plan is computed once per
 * period and kept (the memo): a chain of derived indicators where each
 * reads the one below twice costs its length, not two to its length.  A
 * value asked for while it is being computed (a capaian formula reading
 * its own capaian) is kosong.  Expressions run against an Env: the
 * period, the indicator whose bare realisasi/target/capaian they read, a
 * fungsi's arguments, and the variable of a quantified rule; fungsi calls
 * are not kept (their arguments vary), so the work of one call tree is
 * bounded (EV_MAX_STEPS): past it the value is kosong and the run stops
 * with E002, exit 2.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/num.h"
#include "base/period.h"
#include "check/sema.h"
#include "check/tmap.h"
#include "eval/cascade.h"
#include "eval/eval.h"
#include "eval/budget.h"
#include "eval/capaian.h"
#include "eval/level_eval.h"

enum {
    EV_MAX_CALLS = 64,              /* nested fungsi calls (sema forbids recursion) */
    EV_MAX_STEPS = 1000000          /* expression nodes in one call tree */
};

/* A value kept for one period: 0 not yet, 1 being computed, 2 known. */
typedef struct Memo {
    struct Memo *next;
    int8_t idx;                     /* memo_idx of the period */
    uint8_t rstate, cstate;         /* realisasi, capaian */
    RVal r;
    RVal craw, cval;
    RFormula f;
    bool capped;
} Memo;

typedef struct Eval {
    Model *m;
    const DtView *view;     /* the plan's records; NULL: no data */
    const EvCascade *cascade;   /* its supporters' realisasi; NULL: none */
    DgList *d;
    RPlan *out;             /* the result being built (its arena) */
    const MPlan *plan;
    Period per;
    Memo **ind_memo;        /* by MInd.pos */
    Memo **sas_memo;        /* by MSas.pos; only craw/cval used */
    Memo *plan_memo;
    const MFunc *calls[EV_MAX_CALLS];
    int ncalls;
    long steps;             /* of the current call tree */
    bool over;              /* that tree ran past EV_MAX_STEPS */
    Span *warned;           /* division-by-zero warnings already given */
    int nwarned, capwarned;
} Eval;

typedef struct Env {
    const MInd *self;       /* bare realisasi/target/capaian */
    Period per;
    const EvValue *args;    /* fungsi arguments */
    int nargs;
    const MInd *var_ind;    /* `untuk indikator i` */
    const MSas *var_sas;    /* `untuk sasaran s` */
    const MExpr *call;      /* inside a fungsi: the call in the formula that led there */
    const MFunc *fn;        /* inside a fungsi: the one whose body this is */
} Env;

static EvValue kosong(void) { return (EvValue){EV_KOSONG, 0, NULL}; }
/* A number that overflowed (inf) or is undefined (nan) is no value. */
static EvValue num(double v) { return isfinite(v) ? (EvValue){EV_NUM, v, NULL} : (EvValue){EV_KOSONG, 0, NULL}; }
static RVal finite(RVal v) { return v.ada && !isfinite(v.v) ? (RVal){false, 0} : v; }
static EvValue boolean(bool b) { return (EvValue){EV_BOOL, b, NULL}; }
static EvValue rval(RVal v) { return v.ada ? num(v.v) : kosong(); }
static RVal none(void) { return (RVal){false, 0}; }

static bool truthy(EvValue v)
{
    return (v.kind == EV_BOOL || v.kind == EV_NUM) && v.n != 0;
}

/* ---- classification ------------------------------------------------- */

const MBand *rs_classify(const MScale *sc, double v)
{
    if (!sc)
        return NULL;
    double shown = nm_round2(v);
    for (int i = 0; i < sc->nbands; i++) {
        const MBand *b = &sc->bands[i];
        if (b->ge ? shown >= b->threshold : shown > b->threshold)
            return b;
    }
    return NULL;
}

/* ---- the memo ------------------------------------------------------- */

/* Values are kept for the periods of the plan year and of its history
 * years, the only years with data: how many years per lies before the
 * plan year, or -1 for a year whose realisasi and capaian are kosong. */
static int years_back(const Eval *ev, Period per)
{
    return pd_years_back(ev->plan->tahun, per.year);
}

/* A period's place in a memo list: its year (back, from years_back) and
 * its index within the year, at most (PD_HISTORY + 1) * PD_NIDX - 1. */
static int memo_idx(const Eval *ev, Period per)
{
    return years_back(ev, per) * PD_NIDX + pd_index(per);
}

static Memo *memo_at(Eval *ev, Memo **head, Period per)
{
    int idx = memo_idx(ev, per);
    for (Memo *m = *head; m; m = m->next)
        if (m->idx == idx)
            return m;
    Memo *m = ar_alloc(ev->out->arena, sizeof *m);
    m->idx = (int8_t)idx;
    m->next = *head;
    *head = m;
    return m;
}

/* The records of an indicator and a series for per's year, or -1. */
static int ind_rec(const Eval *ev, const MInd *ind, Period per)
{
    return dt_view_ind(ev->view, ind, years_back(ev, per));
}

static int ser_rec(const Eval *ev, const MSeries *se, Period per)
{
    return dt_view_ser(ev->view, se, years_back(ev, per));
}

/* ---- realisasi ------------------------------------------------------ */

/* Combines the observations of a record through `per`.  When `used` is
 * not NULL the observations that counted are copied there (explain). */
static RVal consolidate(Eval *ev, int rec, Konsolidasi kon, Period per, DtObs *used, int *nused)
{
    RVal r = none();
    if (nused)
        *nused = 0;
    if (!ev->view || rec < 0)
        return r;
    int last = pd_last_month(per);
    double sum = 0, mx = -INFINITY, mn = INFINITY, lastv = 0;
    int n = 0;
    DtIter it;
    DtObs o;
    for (dt_iter(ev->view->ds, rec, &it); dt_next(&it, &o);) {
        if (o.kosong)
            continue;
        Period op = pd_from_index(per.year, o.idx);
        if (pd_last_month(op) > last)
            continue;       /* its whole period must lie inside the span */
        sum += o.v;
        if (o.v > mx) mx = o.v;
        if (o.v < mn) mn = o.v;
        lastv = o.v;
        if (used)
            used[n] = o;
        n++;
    }
    if (nused)
        *nused = n;
    if (n == 0)
        return r;
    r.ada = true;
    switch (kon) {
    case KON_JUMLAH: r.v = sum; break;
    case KON_RATA: r.v = sum / n; break;
    case KON_TERAKHIR: r.v = lastv; break;
    case KON_MAKS: r.v = mx; break;
    case KON_MIN: r.v = mn; break;
    }
    return finite(r);
}

RVal ev_rows_sum(const DtView *v, int rec, Period per)
{
    Eval ev = {.view = v};
    return consolidate(&ev, rec, KON_JUMLAH, per, NULL, NULL);
}

static EvValue eval_expr(Eval *ev, const MExpr *e, const Env *env);
static EvValue eval_tree(Eval *ev, const MExpr *e, const Env *env);

/* Whether the plan has a row of its own for the indicator in its year. */
static bool own_rows(const Eval *ev, const MInd *ind)
{
    int rec = dt_view_ind(ev->view, ind, 0);     /* the plan year's */
    DtIter it;
    DtObs o;
    if (!ev->view || rec < 0)
        return false;
    dt_iter(ev->view->ds, rec, &it);
    return dt_next(&it, &o);
}

/* The supporters of a konsolidasi_lokasi indicator without rows of its
 * own (docs/language.md#cascading), or NULL. */
static const EvSupply *const *cascade_of(const Eval *ev, const MInd *ind, int *n)
{
    *n = 0;
    if (!ind->has_kon_lokasi || !ev->cascade || ind->realisasi_expr || own_rows(ev, ind))
        return NULL;
    return ev_cascade_find(ev->cascade, ind->code, n);
}

/* The supporters' realisasi through per, combined; kosong ones left out. */
static RVal combine(const MInd *ind, const EvSupply *const *v, int n, Period per)
{
    int idx = pd_index(per), k = 0;
    double sum = 0, mx = 0, mn = 0;
    for (int i = 0; i < n; i++) {
        RVal x = v[i]->r[idx];
        if (!x.ada)
            continue;
        sum += x.v;
        mx = k == 0 || x.v > mx ? x.v : mx;
        mn = k == 0 || x.v < mn ? x.v : mn;
        k++;
    }
    if (k == 0)
        return none();
    switch (ind->kon_lokasi) {
    case KON_RATA: return finite((RVal){true, sum / k});
    case KON_MAKS: return (RVal){true, mx};
    case KON_MIN: return (RVal){true, mn};
    default: return finite((RVal){true, sum});
    }
}

static RVal realisasi_of(Eval *ev, const MInd *ind, Period per)
{
    if (years_back(ev, per) < 0)
        return none();
    Memo *m = memo_at(ev, &ev->ind_memo[ind->pos], per);
    if (m->rstate == 2)
        return m->r;
    if (m->rstate == 1)
        return none();              /* read while being computed */
    m->rstate = 1;
    RVal r;
    if (ind->realisasi_expr) {
        Env env = {.self = ind, .per = per};
        EvValue v = eval_tree(ev, ind->realisasi_expr, &env);
        r = lv_is(ind->unit) ? le_from_value(ind->unit, v) : v.kind == EV_NUM ? (RVal){true, v.n} : none();
    } else if (lv_is(ind->unit)) {
        r = le_realisasi(ev->view ? ev->view->ds : NULL, ind_rec(ev, ind, per), ind->unit, per, NULL, NULL);
    } else {
        int nsup;
        const EvSupply *const *sup = cascade_of(ev, ind, &nsup);
        r = sup ? combine(ind, sup, nsup, per) : consolidate(ev, ind_rec(ev, ind, per), ind->kon, per, NULL, NULL);
    }
    m = memo_at(ev, &ev->ind_memo[ind->pos], per);
    m->r = r;
    m->rstate = 2;
    return r;
}

/* ---- target and capaian --------------------------------------------- */

/* The target through per of the plan year (docs/language.md#target-for-the-period). */
static MTarget target_of(const MInd *ind, Period per, RTargetFrom *from, int *tw, int share[2])
{
    share[0] = share[1] = 0;
    if (ind->tmap) {
        TmThrough th = tm_through(ind->tmap, ind->kon, pd_last_month(per));
        if (th.t.set) {
            if (th.elapsed < th.len && ind->kon == KON_JUMLAH) {
                share[0] = th.elapsed;
                share[1] = th.len;
            }
            *from = ind->tmap->periodik ? RT_PERIODIK : share[1] ? RT_SHARE : RT_QUARTER;
            *tw = th.part;
            return th.t;
        }
    }
    *from = ind->target.set ? RT_ANNUAL : RT_NONE;
    *tw = 0;
    return ind->target;
}

/* The target for per of any year: of the plan year as target_of says;
 * of another, that year's annual target from the plan chain (a plan
 * states no parts of another year), kosong when no plan has one. */
static MTarget target_for(const Eval *ev, const MInd *ind, Period per)
{
    RTargetFrom from;
    int tw, share[2];
    if (per.year == ev->plan->tahun)
        return target_of(ind, per, &from, &tw, share);
    const MTarget *t = sm_year_target(ind, per.year);
    return t ? *t : (MTarget){0};
}

/* The months of the plan year through per that an observation of the
 * indicator's own (that counts through per) covers: bit m - 1 for month m. */
static unsigned reported_months(const Eval *ev, const MInd *ind, Period per)
{
    int rec = ind_rec(ev, ind, per), last = pd_last_month(per);
    unsigned months = 0;
    DtIter it;
    DtObs o;
    if (!ev->view || rec < 0)
        return 0;
    for (dt_iter(ev->view->ds, rec, &it); dt_next(&it, &o);) {
        Period op = pd_from_index(per.year, o.idx);
        if (o.kosong || pd_last_month(op) > last)
            continue;
        for (int m = pd_first_month(op); m <= pd_last_month(op); m++)
            months |= 1u << (m - 1);
    }
    return months;
}

/* target_terlapor(X [, P]) (docs/language.md#target-for-the-period): the
 * own targets of the parts with an observation, summed; without a map the
 * annual target once any observation counts; kosong for another year, an
 * indicator without rows of its own, or a range. */
static EvValue target_reported(Eval *ev, const MInd *ind, Period per)
{
    if (per.year != ev->plan->tahun)
        return kosong();
    unsigned months = reported_months(ev, ind, per);
    MTarget t = ind->tmap ? tm_reported(ind->tmap, ind->kon, pd_last_month(per), months)
                          : months ? target_for(ev, ind, per) : (MTarget){0};
    return t.set && !t.range ? num(t.lo) : kosong();
}

/* The capaian of an indicator through per, kept in its memo entry. */
static const Memo *capaian_of(Eval *ev, const MInd *ind, Period per)
{
    static const Memo nothing;
    if (years_back(ev, per) < 0)
        return &nothing;
    RVal R = realisasi_of(ev, ind, per);
    Memo *m = memo_at(ev, &ev->ind_memo[ind->pos], per);
    if (m->cstate != 0)
        return m->cstate == 2 ? m : &nothing;   /* 1: read while being computed */
    m->cstate = 1;
    RVal raw = none();
    RFormula f = RF_NONE;
    if (ind->ditunda) {
        /* not pursued: no capaian */
    } else if (!R.ada) {
        /* no realisasi of its own: kosong, whatever the formula (a
         * custom one never invents achievement without data) */
    } else if (ind->capaian_expr) {
        Env env = {.self = ind, .per = per};
        EvValue v = eval_tree(ev, ind->capaian_expr, &env);
        f = RF_CUSTOM;
        raw = v.kind == EV_NUM ? (RVal){true, v.n} : none();
    } else {
        MTarget t = target_for(ev, ind, per);
        if (t.set)
            raw = finite(lv_is(ind->unit) ? le_capaian(ind->unit, R.v, &t, &f) : cp_default(ind, R.v, &t, &f));
    }
    m = memo_at(ev, &ev->ind_memo[ind->pos], per);
    m->craw = m->cval = raw;
    m->f = f;
    if (raw.ada && ind->has_batas && raw.v > ind->batas) {
        m->cval.v = ind->batas;
        m->capped = true;
    }
    m->cstate = 2;
    return m;
}

static const MBand *predikat_of(const MInd *ind, RVal R, RVal C)
{
    if (!ind->predikat)
        return NULL;
    RVal v = ind->predikat_realisasi ? (lv_is(ind->unit) ? le_value(ind->unit, R) : R) : C;
    return v.ada ? rs_classify(ind->predikat, v.v) : NULL;
}

/* ---- roll-ups ------------------------------------------------------- */

/* Weighted mean of the values present; kosong when none (or no weight). */
typedef struct Mean {
    double sum, wsum;
    int n;
    int nkosong;                /* parts left out: kosong */
} Mean;

static void mean_add(Mean *m, RVal v, double w)
{
    m->nkosong += !v.ada;
    if (!v.ada)
        return;
    m->sum += w * v.v;
    m->wsum += w;
    m->n++;
}

/* bila_kosong kosong: any part kosong makes the whole kosong. */
static RVal mean_val(const Mean *m, BilaKosong bk)
{
    if (m->n == 0 || m->wsum == 0 || (bk == BK_KOSONG && m->nkosong > 0))
        return none();
    return finite((RVal){true, m->sum / m->wsum});
}

/* The kin of an element with no indicator of its own (el_kin), in the
 * result's arena: a memo miss of such an element allocates once. */
static int kin_of(Eval *ev, const MSas *sa, const MSas ***out)
{
    *out = ar_alloc(ev->out->arena, (size_t)(ev->plan->nels + 1) * sizeof **out);
    return el_kin(sa, *out);
}

/* An element's capaian: the weighted mean of its own indicators, else of
 * its nearest descendants of its kind (docs/language.md, "Roll-up"). */
static RVal sas_capaian(Eval *ev, const MSas *sa, Period per, Mean *out)
{
    if (years_back(ev, per) < 0)
        return none();
    Memo *m = memo_at(ev, &ev->sas_memo[sa->pos], per);
    if (m->cstate == 2 && !out)
        return m->cval;
    Mean mn = {0};
    for (int i = 0; i < sa->ninds; i++) {
        const MInd *ind = sa->inds[i];
        if (!ind->ditunda)
            mean_add(&mn, capaian_of(ev, ind, per)->cval, ind->bobot);
    }
    const MSas **kin;
    for (int i = 0, n = sa->ninds ? 0 : kin_of(ev, sa, &kin); i < n; i++)
        mean_add(&mn, sas_capaian(ev, kin[i], per, NULL), kin[i]->bobot);
    m = memo_at(ev, &ev->sas_memo[sa->pos], per);
    m->cval = mean_val(&mn, sa->bila_kosong);
    m->cstate = 2;
    if (out)
        *out = mn;
    return m->cval;
}

/* The plan's capaian: the weighted mean of its outermost sasaran, those
 * inside no other sasaran wherever they are nested. */
static RVal plan_capaian(Eval *ev, Period per, Mean *out)
{
    if (years_back(ev, per) < 0)
        return none();
    Memo *m = memo_at(ev, &ev->plan_memo, per);
    if (m->cstate == 2 && !out)
        return m->cval;
    Mean mn = {0};
    for (int i = 0; i < ev->plan->nsas; i++)
        if (ev->plan->sas[i]->outer)
            mean_add(&mn, sas_capaian(ev, ev->plan->sas[i], per, NULL), ev->plan->sas[i]->bobot);
    m = memo_at(ev, &ev->plan_memo, per);
    m->cval = mean_val(&mn, ev->plan->bila_kosong);
    m->cstate = 2;
    if (out)
        *out = mn;
    return m->cval;
}

/* ---- expressions ---------------------------------------------------- */

static bool same_span(Span a, Span b)
{
    return memcmp(&a, &b, sizeof a) == 0;
}

/* W401 once per location: the division, or inside a fungsi the call in
 * the indicator's (or rule's) formula that led there (LANGUAGE.md §4.5),
 * so a division in a library module is reported where the plan uses it. */
static void warn_div0(Eval *ev, Span at, const Env *env)
{
    if (env->call)
        at = env->call->span;
    for (int i = 0; i < ev->nwarned; i++)
        if (same_span(ev->warned[i], at))
            return;
    /* once per expression in the run, whatever plan reached it first */
    for (int i = 0; ev->d && i < ev->d->n; i++)
        if (strcmp(ev->d->v[i].code, "W401") == 0 && same_span(ev->d->v[i].span, at))
            return;
    if (ev->nwarned == ev->capwarned) {
        ev->capwarned = ev->capwarned ? ev->capwarned * 2 : 8;
        ev->warned = xrealloc(ev->warned, (size_t)ev->capwarned * sizeof *ev->warned);
    }
    ev->warned[ev->nwarned++] = at;
    const MInd *ind = env->self ? env->self : env->var_ind;
    if (!ev->d)
        return;
    if (env->call && ind)
        dg_emit(ev->d, "W401", at, "division by zero in fungsi '%s', called for indikator '%s': the value is kosong",
                env->fn->name, ind->code);
    else if (env->call)
        dg_emit(ev->d, "W401", at, "division by zero in fungsi '%s': the value is kosong", env->fn->name);
    else
        dg_emit(ev->d, "W401", at, "division by zero: the value is kosong");
}

static Period arg_period(const Eval *ev, const Env *env, const MExpr *arg)
{
    if (!arg || arg->kind != MX_PERIOD)
        return env->per;
    Period p = arg->u.period;
    if (p.year == 0)
        p.year = ev->per.year;
    return p;
}

/* The indicator, sasaran or plan a code argument names in this plan. */
typedef struct Target3 {
    const MInd *ind;
    const MSas *sas;
    const MPlan *plan;
} Target3;

static Target3 code_target(Eval *ev, const MExpr *a, const Env *env)
{
    Target3 t = {0};
    if (!a)
        return t;
    if (a->kind == MX_VAR) {
        t.ind = env->var_ind;
        t.sas = env->var_sas;
        return t;
    }
    if (a->kind != MX_CODE)
        return t;
    const char *code = a->u.code;
    if ((t.ind = sm_ind(ev->plan, code)))
        return t;
    if ((t.sas = sm_element(ev->plan, code)))
        return t;
    if (strcmp(ev->plan->code, code) == 0)
        t.plan = ev->plan;
    return t;
}

/* realisasi, target or capaian of an indicator for per: a target of any
 * year; realisasi and capaian of the plan year and its history (kosong
 * for another year: realisasi_of, capaian_of). */
static EvValue ind_value(Eval *ev, const MInd *ind, Builtin which, Period per)
{
    if (which == BI_TARGET) {
        MTarget t = target_for(ev, ind, per);
        if (lv_is(ind->unit))       /* a level is its name */
            return le_str(ind->unit, (RVal){t.set, lv_target(ind->unit, &t)});
        return t.set && !t.range ? num(t.lo) : kosong();
    }
    if (which == BI_TARGET_BAWAH || which == BI_TARGET_ATAS) {
        MTarget t = target_for(ev, ind, per);
        return t.set ? num(which == BI_TARGET_BAWAH ? t.lo : t.hi) : kosong();
    }
    if (ind->ditunda)
        return kosong();        /* not pursued: no realisasi, no capaian */
    if (which == BI_TARGET_TERLAPOR)
        return target_reported(ev, ind, per);
    if (which == BI_REALISASI && lv_is(ind->unit))
        return le_str(ind->unit, realisasi_of(ev, ind, per));
    if (which == BI_REALISASI)
        return rval(realisasi_of(ev, ind, per));
    return rval(capaian_of(ev, ind, per)->cval);
}

static EvValue code_value(Eval *ev, Builtin which, const MExpr *a0, const MExpr *a1, const Env *env)
{
    Period per = arg_period(ev, env, a1);
    if (a0 && a0->kind == MX_SERIES)
        return rval(consolidate(ev, ser_rec(ev, a0->u.series, per), a0->u.series->kon, per, NULL, NULL));
    Target3 t = code_target(ev, a0, env);
    if (t.ind)
        return ind_value(ev, t.ind, which, per);
    if (which != BI_CAPAIAN)
        return kosong();        /* a sasaran or plan has only a capaian */
    if (t.sas)
        return rval(sas_capaian(ev, t.sas, per, NULL));
    if (t.plan)
        return rval(plan_capaian(ev, per, NULL));
    return kosong();
}

/* kode(X), uraian(X), pelaksana(X): a string, or kosong (a code of no
 * element here; an indicator without pelaksana, or anything else than an
 * indicator for pelaksana). */
static EvValue code_text(Eval *ev, Builtin b, const MExpr *a0, const Env *env)
{
    Target3 t = code_target(ev, a0, env);
    const char *s = NULL;
    if (b == BI_KODE)
        s = t.ind ? t.ind->code : t.sas ? t.sas->code : t.plan ? t.plan->code : NULL;
    else if (b == BI_URAIAN)
        s = t.ind ? t.ind->uraian : t.sas ? t.sas->uraian : t.plan ? t.plan->title : NULL;
    else if (t.ind)
        s = t.ind->pelaksana;
    return s ? (EvValue){EV_STR, 0, s} : kosong();
}

/* jumlah, rata, min, maks skip kosong; kosong only when all are. */
static EvValue fold(Eval *ev, Builtin b, const MExpr *e, const Env *env)
{
    double acc = 0;
    int n = 0;
    for (int i = 0; i < e->u.call.nargs; i++) {
        EvValue v = eval_expr(ev, e->u.call.args[i], env);
        if (v.kind != EV_NUM)
            continue;
        if (n == 0)
            acc = b == BI_RATA || b == BI_JUMLAH ? 0 : v.n;
        if (b == BI_JUMLAH || b == BI_RATA)
            acc += v.n;
        else if (b == BI_MIN)
            acc = v.n < acc ? v.n : acc;    /* a value is a number, never NaN */
        else
            acc = v.n > acc ? v.n : acc;
        n++;
    }
    if (n == 0)
        return kosong();
    return num(b == BI_RATA ? acc / n : acc);
}

/* anggaran(X), realisasi_anggaran(X [, P]), serapan(X [, P]) of an
 * element or the plan (budget.h); kosong for an indicator. */
static EvValue budget_value(Eval *ev, Builtin b, const MExpr *a0, const MExpr *a1, const Env *env)
{
    Period per = arg_period(ev, env, a1);
    if (per.year != ev->per.year)
        return kosong();        /* budgets are of the plan's year */
    Target3 t = code_target(ev, a0, env);
    RVal pagu, spent;
    if (t.sas) {
        pagu = bg_anggaran(t.sas);
        spent = b == BI_ANGGARAN ? pagu : bg_realisasi(ev->view, t.sas, per);
    } else if (t.plan) {
        bg_totals(ev->view, t.plan, per, &pagu, &spent);
    } else {
        return kosong();
    }
    if (b == BI_ANGGARAN)
        return rval(pagu);
    return rval(b == BI_REALISASI_ANGGARAN ? spent : bg_ratio(spent, pagu));
}

static EvValue call_builtin(Eval *ev, const MExpr *e, const Env *env)
{
    Builtin b = (Builtin)e->op;
    const MExpr *a0 = e->u.call.nargs > 0 ? e->u.call.args[0] : NULL;
    const MExpr *a1 = e->u.call.nargs > 1 ? e->u.call.args[1] : NULL;
    EvValue v;
    switch (b) {
    case BI_REALISASI:
    case BI_TARGET:
    case BI_CAPAIAN:
    case BI_TARGET_BAWAH:
    case BI_TARGET_ATAS:
    case BI_TARGET_TERLAPOR:
        return code_value(ev, b, a0, a1, env);
    case BI_ADA:
        return boolean(eval_expr(ev, a0, env).kind != EV_KOSONG);
    case BI_MIN:
    case BI_MAKS:
    case BI_JUMLAH:
    case BI_RATA:
        return fold(ev, b, e, env);
    case BI_ABS:
        v = eval_expr(ev, a0, env);
        return v.kind == EV_NUM ? num(fabs(v.n)) : kosong();
    case BI_BULAT: {
        v = eval_expr(ev, a0, env);
        EvValue d = a1 ? eval_expr(ev, a1, env) : num(0);
        if (v.kind != EV_NUM || d.kind != EV_NUM)
            return kosong();
        /* nm_roundn leaves x as it is past 15 decimals either way */
        double n = floor(d.n) < -99 ? -99 : floor(d.n) > 99 ? 99 : floor(d.n);
        return num(nm_roundn(v.n, (int)n));
    }
    case BI_KATEGORI: {
        v = eval_expr(ev, a0, env);
        const MScale *sc = a1 && a1->kind == MX_SCALE ? a1->u.scale : NULL;
        const MBand *band = v.kind == EV_NUM ? rs_classify(sc, v.n) : NULL;
        return band ? (EvValue){EV_STR, 0, band->code} : kosong();
    }
    case BI_KODE:
    case BI_URAIAN:
    case BI_PELAKSANA:
        return code_text(ev, b, a0, env);
    case BI_ANGGARAN:
    case BI_REALISASI_ANGGARAN:
    case BI_SERAPAN:
        return budget_value(ev, b, a0, a1, env);
    case BI__COUNT:
        break;
    }
    return kosong();
}

static EvValue call_fungsi(Eval *ev, const MExpr *e, const Env *env)
{
    const MFunc *f = e->u.call.fn;
    EvValue args[32];
    int n = 0;
    for (int i = 0; i < e->u.call.nargs && n < 32; i++)
        args[n++] = eval_expr(ev, e->u.call.args[i], env);
    /* sema rejects recursion (E017); a Model with that error may still
     * run its static rules, so a call already under way is kosong */
    for (int i = 0; i < ev->ncalls; i++)
        if (ev->calls[i] == f)
            return kosong();
    if (ev->ncalls >= EV_MAX_CALLS)
        return kosong();
    ev->calls[ev->ncalls++] = f;
    Env inner = *env;
    inner.args = args;
    inner.nargs = n;
    inner.call = env->call ? env->call : e;
    inner.fn = f;
    EvValue v = eval_expr(ev, f->body, &inner);
    ev->ncalls--;
    return v;
}

static EvValue compare(BinOp op, EvValue a, EvValue b)
{
    if (a.kind == EV_KOSONG || b.kind == EV_KOSONG)
        return boolean(false);          /* comparisons with kosong are false */
    int c;
    if (a.kind == EV_STR || b.kind == EV_STR) {
        if (a.kind != EV_STR || b.kind != EV_STR)
            return boolean(op == OP_NE);
        c = strcmp(a.s, b.s);
    } else {
        c = a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
    }
    switch (op) {
    case OP_EQ: return boolean(c == 0);
    case OP_NE: return boolean(c != 0);
    case OP_LT: return boolean(c < 0);
    case OP_LE: return boolean(c <= 0);
    case OP_GT: return boolean(c > 0);
    case OP_GE: return boolean(c >= 0);
    default: return boolean(false);
    }
}

static EvValue binary(Eval *ev, const MExpr *e, const Env *env)
{
    BinOp op = (BinOp)e->op;
    if (op == OP_AND) {
        if (!truthy(eval_expr(ev, e->u.bin.a, env)))
            return boolean(false);
        return boolean(truthy(eval_expr(ev, e->u.bin.b, env)));
    }
    if (op == OP_OR) {
        if (truthy(eval_expr(ev, e->u.bin.a, env)))
            return boolean(true);
        return boolean(truthy(eval_expr(ev, e->u.bin.b, env)));
    }
    EvValue a = eval_expr(ev, e->u.bin.a, env), b = eval_expr(ev, e->u.bin.b, env);
    if (op >= OP_EQ)
        return compare(op, a, b);
    if (a.kind != EV_NUM || b.kind != EV_NUM)
        return kosong();                /* arithmetic with kosong is kosong */
    switch (op) {
    case OP_ADD: return num(a.n + b.n);
    case OP_SUB: return num(a.n - b.n);
    case OP_MUL: return num(a.n * b.n);
    case OP_DIV:
        if (b.n == 0) {
            warn_div0(ev, e->span, env);
            return kosong();
        }
        return num(a.n / b.n);
    default: return kosong();
    }
}

static EvValue name_value(Eval *ev, const MExpr *e, const Env *env)
{
    switch (e->kind) {
    case MX_PARAM:
        return e->u.param < env->nargs ? env->args[e->u.param] : kosong();
    case MX_SELF:
        return env->self ? ind_value(ev, env->self, (Builtin)e->op, env->per) : kosong();
    case MX_SERIES:
        return rval(consolidate(ev, ser_rec(ev, e->u.series, env->per), e->u.series->kon, env->per, NULL, NULL));
    case MX_CODE:
    case MX_VAR: {
        Target3 t = code_target(ev, e, env);
        return t.ind ? ind_value(ev, t.ind, BI_REALISASI, env->per) : kosong();
    }
    default:
        return kosong();
    }
}

static EvValue eval_expr(Eval *ev, const MExpr *e, const Env *env)
{
    if (!e || ev->over)
        return kosong();
    if (++ev->steps > EV_MAX_STEPS) {
        ev->over = true;
        return kosong();
    }
    EvValue v;
    switch (e->kind) {
    case MX_NUM:
        return num(e->u.num);
    case MX_STR:
        return (EvValue){EV_STR, 0, e->u.str};
    case MX_NEG:
        v = eval_expr(ev, e->u.un, env);
        return v.kind == EV_NUM ? num(-v.n) : kosong();
    case MX_NOT:
        return boolean(!truthy(eval_expr(ev, e->u.un, env)));
    case MX_BIN:
        return binary(ev, e, env);
    case MX_IF:
        return truthy(eval_expr(ev, e->u.cond.c, env)) ? eval_expr(ev, e->u.cond.a, env)
                                                       : eval_expr(ev, e->u.cond.b, env);
    case MX_BUILTIN:
        return call_builtin(ev, e, env);
    case MX_FUNC:
        return call_fungsi(ev, e, env);
    default:
        return name_value(ev, e, env);
    }
}

/* One call tree: an expression evaluated from outside any other (an
 * indicator's formula, a rule's condition or message piece, a test's
 * expectation), its work bounded by EV_MAX_STEPS.  A tree entered from
 * inside another (a formula reading a derived indicator) counts toward
 * the outer one. */
static EvValue eval_tree(Eval *ev, const MExpr *e, const Env *env)
{
    if (ev->steps > 0)
        return eval_expr(ev, e, env);
    ev->over = false;
    EvValue v = eval_expr(ev, e, env);
    if (ev->over) {
        if (ev->d && !ev->d->limit) {
            dg_emit(ev->d, "E002", e->span, "evaluating this expression takes more than %d steps; simplify it "
                    "(a fungsi that calls another twice doubles the work at every level)", EV_MAX_STEPS);
            ev->d->limit = true;
        }
        v = kosong();
    }
    ev->steps = 0;
    ev->over = false;
    return v;
}

const char *ev_value_text(EvValue v, char *buf, size_t n)
{
    switch (v.kind) {
    case EV_KOSONG: snprintf(buf, n, "kosong"); break;
    case EV_BOOL: snprintf(buf, n, "%s", v.n ? "benar" : "salah"); break;
    case EV_STR: snprintf(buf, n, "%s", v.s); break;
    case EV_NUM: nm_fmt(buf, n, v.n, NM_PLAIN); break;
    }
    return buf;
}

/* ---- rules ---------------------------------------------------------- */

static const char *interpolate(Eval *ev, Arena *ar, const MStr *msg, const Env *env)
{
    Sbuf b;
    sb_init(&b);
    for (int i = 0; i < msg->n; i++) {
        if (msg->parts[i].text) {
            sb_puts(&b, msg->parts[i].text);
        } else {
            char buf[NM_BUFSZ + 64];
            sb_puts(&b, ev_value_text(eval_tree(ev, msg->parts[i].expr, env), buf, sizeof buf));
        }
    }
    const char *r = ar_strdup(ar, b.s ? b.s : "");
    sb_free(&b);
    return r;
}

typedef struct FindingList {
    RFinding *v;
    int n, cap;
} FindingList;

static void add_finding(Eval *ev, FindingList *fl, const MRule *r, const Env *env)
{
    if (fl->n == fl->cap) {
        fl->cap = fl->cap ? fl->cap * 2 : 8;
        fl->v = xrealloc(fl->v, (size_t)fl->cap * sizeof *fl->v);
    }
    RFinding *f = &fl->v[fl->n++];
    f->rule = r;
    f->sev = r->sev;
    f->msg = interpolate(ev, ev->out->arena, &r->msg, env);
    f->span = r->decl->h.span;
    f->ind = env->var_ind;
    f->sas = env->var_sas;
}

static void try_rule(Eval *ev, const MRule *r, FindingList *fl, const Env *env)
{
    if (truthy(eval_tree(ev, r->cond, env)))
        add_finding(ev, fl, r, env);
}

static void run_rule(Eval *ev, const MRule *r, FindingList *fl)
{
    Aturan *a = r->decl;
    Env env = {.per = ev->per};
    if (a->quant == Q_NONE) {
        try_rule(ev, r, fl, &env);
        return;
    }
    for (int i = 0; i < ev->plan->nsas; i++) {
        const MSas *sa = ev->plan->sas[i];
        if (a->quant == Q_SASARAN) {
            env.var_sas = sa;
            try_rule(ev, r, fl, &env);
            continue;
        }
        if (a->within.s && strcmp(a->within.s, sa->code) != 0)
            continue;
        for (int j = 0; j < sa->ninds; j++) {
            if (sa->inds[j]->ditunda)
                continue;
            env.var_ind = sa->inds[j];
            try_rule(ev, r, fl, &env);
        }
    }
}

/* Findings in source order of their rules; one rule's findings in plan
 * order.  Rules are visited in load order, which is not source order
 * across files, hence the sort (with the visit order as tie-break). */
typedef struct Ordered {
    RFinding f;
    int order;          /* load order of the rule's file */
    int seq;
} Ordered;

static int finding_cmp(const void *pa, const void *pb)
{
    const Ordered *a = pa, *b = pb;
    if (a->order != b->order)
        return a->order < b->order ? -1 : 1;
    if (a->f.span.lo != b->f.span.lo)
        return a->f.span.lo < b->f.span.lo ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static void run_rules(Eval *ev, bool static_only)
{
    FindingList fl = {0};
    for (int i = 0; i < ev->m->nrules; i++) {
        const MRule *r = &ev->m->rules[i];
        if ((static_only && !r->is_static) || r->invalid)
            continue;
        run_rule(ev, r, &fl);
    }
    Ordered *o = xcalloc((size_t)fl.n + 1, sizeof *o);
    for (int i = 0; i < fl.n; i++)
        o[i] = (Ordered){fl.v[i], src_order(ev->m->src, fl.v[i].span.file), i};
    qsort(o, (size_t)fl.n, sizeof *o, finding_cmp);
    RPlan *r = ev->out;
    r->temuan = ar_alloc(r->arena, (size_t)(fl.n + 1) * sizeof *r->temuan);
    for (int i = 0; i < fl.n; i++)
        r->temuan[i] = o[i].f;
    r->ntemuan = fl.n;
    free(o);
    free(fl.v);
}

/* ---- the plan ------------------------------------------------------- */

/* A cascaded indicator's supporters without data through the period. */
static void cascade_result(Eval *ev, RInd *ri)
{
    int n;
    const EvSupply *const *sup = cascade_of(ev, ri->ind, &n);
    if (!sup)
        return;
    ri->cascaded = true;
    ri->tanpa_data = ar_alloc(ev->out->arena, (size_t)n * sizeof *ri->tanpa_data);
    for (int i = 0, idx = pd_index(ev->per); i < n; i++)
        if (!sup[i]->r[idx].ada)
            ri->tanpa_data[ri->ntanpa++] = ar_strdup(ev->out->arena, sup[i]->plan);
}

static void eval_ind(Eval *ev, RInd *ri, const MInd *ind)
{
    ri->ind = ind;
    ri->ditunda = ind->ditunda != NULL;
    int share[2];
    ri->target = target_of(ind, ev->per, &ri->target_from, &ri->tw, share);
    ri->share_num = share[0];
    ri->share_den = share[1];
    ri->derived = ind->realisasi_expr != NULL;
    if (ri->ditunda)
        return;
    ri->realisasi = realisasi_of(ev, ind, ev->per);
    cascade_result(ev, ri);
    if (!ri->derived && !ri->cascaded) {
        DtObs used[PD_NIDX];
        if (lv_is(ind->unit))
            le_realisasi(ev->view ? ev->view->ds : NULL, ind_rec(ev, ind, ev->per), ind->unit, ev->per, used, &ri->nobs);
        else
            consolidate(ev, ind_rec(ev, ind, ev->per), ind->kon, ev->per, used, &ri->nobs);
        if (ri->nobs) {
            ri->obs = ar_alloc(ev->out->arena, (size_t)ri->nobs * sizeof *ri->obs);
            memcpy(ri->obs, used, (size_t)ri->nobs * sizeof *ri->obs);
        }
    }
    const Memo *c = capaian_of(ev, ind, ev->per);
    ri->capaian = c->cval;
    ri->capaian_raw = c->craw;
    ri->capped = c->capped;
    ri->formula = c->f;
    ri->predikat = predikat_of(ind, ri->realisasi, ri->capaian);
}

static void eval_sas(Eval *ev, RSas *rs, const MSas *sa)
{
    Arena *ar = ev->out->arena;
    rs->sas = sa;
    rs->ninds = sa->ninds;
    rs->inds = ar_alloc(ar, (size_t)(sa->ninds + 1) * sizeof *rs->inds);
    /* left out of its mean: its indicators, or its kin (at most every
     * element of the plan) */
    int most = sa->ninds ? sa->ninds : ev->plan->nels;
    rs->tanpa_data = ar_alloc(ar, (size_t)(most + 1) * sizeof *rs->tanpa_data);
    for (int i = 0; i < sa->ninds; i++) {
        RInd *ri = &rs->inds[i];
        eval_ind(ev, ri, sa->inds[i]);
        if (!ri->ditunda && !ri->capaian.ada)
            rs->tanpa_data[rs->ntanpa++] = sa->inds[i]->code;
    }
    const MSas **kin;
    for (int i = 0, n = sa->ninds ? 0 : kin_of(ev, sa, &kin); i < n; i++)
        if (!sas_capaian(ev, kin[i], ev->per, NULL).ada)
            rs->tanpa_data[rs->ntanpa++] = kin[i]->code;
    Mean mn = {0};
    rs->capaian = sas_capaian(ev, sa, ev->per, &mn);
    rs->wsum = mn.wsum;
    rs->predikat = rs->capaian.ada ? rs_classify(sa->predikat, rs->capaian.v) : NULL;
    bg_element(ev->view, rs, ev->per, ar);
}

RPlan *ev_plan(Model *m, const DtView *view, const MPlan *plan, Period per, const EvOptions *opt, DgList *d)
{
    Arena *ar = ar_new();
    RPlan *r = ar_alloc(ar, sizeof *r);
    r->arena = ar;
    r->plan = plan;
    if (per.year == 0)
        per.year = plan->tahun;
    r->periode = per;
    char buf[PD_BUFSZ];
    r->periode_text = opt && opt->periode_text ? ar_strdup(ar, opt->periode_text)
                                               : ar_strdup(ar, pd_format(per, buf, sizeof buf));
    Eval ev = {.m = m, .view = view, .d = d, .plan = plan, .per = per, .out = r,
               .cascade = opt ? opt->cascade : NULL};
    ev.ind_memo = ar_alloc(ar, (size_t)(plan->ninds + 1) * sizeof *ev.ind_memo);
    ev.sas_memo = ar_alloc(ar, (size_t)(plan->nels + 1) * sizeof *ev.sas_memo);
    r->nsas = plan->nsas;
    r->sas = ar_alloc(ar, (size_t)(plan->nsas + 1) * sizeof *r->sas);
    r->tanpa_data = ar_alloc(ar, (size_t)(plan->nsas + 1) * sizeof *r->tanpa_data);
    for (int i = 0; i < plan->nsas; i++) {
        eval_sas(&ev, &r->sas[i], plan->sas[i]);
        if (plan->sas[i]->outer && !r->sas[i].capaian.ada)
            r->tanpa_data[r->ntanpa++] = plan->sas[i]->code;
    }
    r->els = ar_alloc(ar, (size_t)(plan->nels - plan->nsas + 1) * sizeof *r->els);
    for (int i = 0; i < plan->nels; i++)
        if (plan->els[i]->kind != EL_SASARAN)
            eval_sas(&ev, &r->els[r->nels++], plan->els[i]);
    bg_plan(view, r, per);
    Mean mn = {0};
    r->capaian = plan_capaian(&ev, per, &mn);
    r->wsum = mn.wsum;
    r->predikat = r->capaian.ada ? rs_classify(plan->predikat, r->capaian.v) : NULL;
    if (opt && opt->rules)
        run_rules(&ev, opt->static_only);
    r->ev = xmalloc(sizeof ev);
    memcpy(r->ev, &ev, sizeof ev);
    return r;
}

void ev_free(RPlan *r)
{
    if (!r)
        return;
    Eval *ev = r->ev;
    if (ev)
        free(ev->warned);
    free(ev);
    ar_free(r->arena);
}

RVal ev_realisasi(RPlan *r, const MInd *ind, Period per)
{
    return realisasi_of(r->ev, ind, per);
}

EvValue ev_expr(RPlan *r, const MExpr *e, DgList *d)
{
    Eval *ev = r->ev;
    DgList *keep = ev->d;
    ev->d = d;
    Env env = {.per = r->periode};
    EvValue v = eval_tree(ev, e, &env);
    ev->d = keep;
    return v;
}

RVal ev_capaian_against(const MInd *ind, RVal R, const MTarget *t)
{
    RFormula f;
    if (!R.ada || !t || !t->set || t->bad || ind->ditunda)
        return none();
    return finite(lv_is(ind->unit) ? le_capaian(ind->unit, R.v, t, &f) : cp_default(ind, R.v, t, &f));
}
