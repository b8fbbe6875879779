/*
 * eval.c - the interpreter (LANGUAGE.md §4, §5).
 *
 * realisasi: the observations from the start of the plan year through the
 * evaluated period whose whole period lies inside that span, combined by
 * konsolidasi (or the `realisasi = expr` of a derived indicator).
 * target: the cumulative quarterly target that applies, else the annual.
 * capaian: the custom formula, else the default by polarity, then batas.
 * Roll-ups are weighted means over unrounded values, leaving kosong out.
 * Values are never rounded here, except where a scale classifies them
 * (rs_classify), so a band always agrees with the figure shown.
 *
 * Expressions run against an Env: the plan, the period, the indicator
 * whose bare realisasi/target/capaian they may read, a fungsi's
 * arguments, and the variable of a quantified rule.  The language has no
 * loops and sema rejects recursion; the `busy` stack still guards a
 * capaian formula that reads its own capaian, which yields kosong.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "eval/eval.h"
#include "base/num.h"
#include "base/period.h"
#include "check/sema.h"

enum { EV_MAX_BUSY = 64 };

typedef struct Eval {
    Model *m;
    const DataStore *ds;
    DgList *d;
    RPlan *out;             /* the result being built (its arena) */
    RPlan *r;               /* results for the evaluated period, once complete */
    const MPlan *plan;
    Period per;
    const void *busy[EV_MAX_BUSY];
    int nbusy;
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
} Env;

static EvValue kosong(void) { return (EvValue){EV_KOSONG, 0, NULL}; }
/* A number that overflowed (inf) or is undefined (nan) is no value. */
static EvValue num(double v) { return isfinite(v) ? (EvValue){EV_NUM, v, NULL} : (EvValue){EV_KOSONG, 0, NULL}; }
static RVal finite(RVal v) { return v.ada && !isfinite(v.v) ? (RVal){false, 0} : v; }
static EvValue boolean(bool b) { return (EvValue){EV_BOOL, b, NULL}; }
static EvValue rval(RVal v) { return v.ada ? num(v.v) : kosong(); }

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

/* ---- realisasi ------------------------------------------------------ */

static bool busy_enter(Eval *ev, const void *k)
{
    for (int i = 0; i < ev->nbusy; i++)
        if (ev->busy[i] == k)
            return false;
    if (ev->nbusy >= EV_MAX_BUSY)
        return false;
    ev->busy[ev->nbusy++] = k;
    return true;
}

static void busy_leave(Eval *ev) { ev->nbusy--; }

/* Combines the observations of a slot through `per`.  When `used` is not
 * NULL the observations that counted are copied there (explain). */
static RVal consolidate(Eval *ev, int slot, Konsolidasi kon, Period per, DtObs *used, int *nused)
{
    RVal r = {false, 0};
    if (!ev->ds || slot < 0)
        return r;
    slot = dt_plan_slot(ev->ds, ev->plan, slot);
    int last = pd_last_month(per);
    double sum = 0, mx = -INFINITY, mn = INFINITY, lastv = 0;
    int n = 0;
    DtIter it;
    DtObs o;
    for (dt_iter(ev->ds, slot, &it); dt_next(&it, &o);) {
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

static EvValue eval_expr(Eval *ev, Expr *e, const Env *env);

static RVal realisasi_of(Eval *ev, const MInd *ind, Period per)
{
    if (ind->realisasi_expr) {
        if (!busy_enter(ev, ind))
            return (RVal){false, 0};
        Env env = {.self = ind, .per = per};
        EvValue v = eval_expr(ev, ind->realisasi_expr, &env);
        busy_leave(ev);
        return v.kind == EV_NUM ? (RVal){true, v.n} : (RVal){false, 0};
    }
    return consolidate(ev, ind->slot, ind->kon, per, NULL, NULL);
}

/* ---- target and capaian --------------------------------------------- */

static MTarget target_of(const MInd *ind, Period per, RTargetFrom *from, int *tw)
{
    if (ind->has_tw) {
        int q = pd_target_quarter(per);
        if (ind->tw[q - 1].set) {
            *from = RT_QUARTER;
            *tw = q;
            return ind->tw[q - 1];
        }
    }
    *from = ind->target.set ? RT_ANNUAL : RT_NONE;
    *tw = 0;
    return ind->target;
}

/* The default achievement by polarity (§4.3), before batas. */
static RVal default_capaian(const MInd *ind, double R, const MTarget *t, RFormula *f)
{
    double T = t->lo;
    switch (ind->pol) {
    case POL_MAKSIMAL:
        if (T == 0) {
            *f = RF_MAKS_T0;
            return (RVal){true, R >= 0 ? 100 : 0};
        }
        *f = RF_MAKS;
        return (RVal){true, R / T * 100};
    case POL_MINIMAL:
        if (T == 0) {
            if (ind->has_terburuk && ind->terburuk != 0) {
                *f = RF_MIN_T0_W;
                return (RVal){true, fmax(0, (ind->terburuk - R) / ind->terburuk * 100)};
            }
            *f = RF_MIN_T0;
            return (RVal){true, R == 0 ? 100 : 0};
        }
        *f = RF_MIN;
        return (RVal){true, fmax(0, (2 - R / T) * 100)};
    case POL_STABIL: {
        double a = t->lo, b = t->hi;
        if (R >= a && R <= b) {
            *f = RF_STABIL_IN;
            return (RVal){true, 100};
        }
        if (R < a) {
            *f = RF_STABIL_BELOW;
            return (RVal){true, a == 0 ? 0 : R / a * 100};
        }
        *f = RF_STABIL_ABOVE;
        return (RVal){true, b == 0 ? 0 : fmax(0, (2 - R / b) * 100)};
    }
    }
    return (RVal){false, 0};
}

typedef struct Cap {
    RVal raw, val;
    RFormula f;
    bool capped;
} Cap;

static Cap capaian_of(Eval *ev, const MInd *ind, Period per, RVal R)
{
    Cap c = {{false, 0}, {false, 0}, RF_NONE, false};
    if (ind->ditunda)
        return c;
    if (ind->capaian_expr) {
        if (!busy_enter(ev, &ind->capaian_expr))     /* a key apart from realisasi's */
            return c;
        Env env = {.self = ind, .per = per};
        EvValue v = eval_expr(ev, ind->capaian_expr, &env);
        busy_leave(ev);
        c.f = RF_CUSTOM;
        c.raw = v.kind == EV_NUM ? (RVal){true, v.n} : (RVal){false, 0};
    } else {
        RTargetFrom from;
        int tw;
        MTarget t = target_of(ind, per, &from, &tw);
        if (!R.ada || !t.set)
            return c;
        c.raw = finite(default_capaian(ind, R.v, &t, &c.f));
    }
    c.val = c.raw;
    if (c.raw.ada && ind->has_batas && c.raw.v > ind->batas) {
        c.val.v = ind->batas;
        c.capped = true;
    }
    return c;
}

static const MBand *predikat_of(const MInd *ind, RVal R, RVal C)
{
    if (!ind->predikat)
        return NULL;
    RVal v = ind->predikat_realisasi ? R : C;
    return v.ada ? rs_classify(ind->predikat, v.v) : NULL;
}

/* ---- roll-ups ------------------------------------------------------- */

/* Weighted mean of the values present; kosong when none (or no weight). */
typedef struct Mean {
    double sum, wsum;
    int n;
} Mean;

static void mean_add(Mean *m, RVal v, double w)
{
    if (!v.ada)
        return;
    m->sum += w * v.v;
    m->wsum += w;
    m->n++;
}

static RVal mean_val(const Mean *m)
{
    if (m->n == 0 || m->wsum == 0)
        return (RVal){false, 0};
    return finite((RVal){true, m->sum / m->wsum});
}

static RVal sas_capaian(Eval *ev, const MSas *sa, Period per)
{
    Mean mn = {0};
    for (int i = 0; i < sa->ninds; i++) {
        const MInd *ind = sa->inds[i];
        if (ind->ditunda)
            continue;
        RVal R = realisasi_of(ev, ind, per);
        mean_add(&mn, capaian_of(ev, ind, per, R).val, ind->bobot);
    }
    return mean_val(&mn);
}

static RVal plan_capaian(Eval *ev, const MPlan *pl, Period per)
{
    Mean mn = {0};
    for (int i = 0; i < pl->nsas; i++)
        mean_add(&mn, sas_capaian(ev, pl->sas[i], per), pl->sas[i]->bobot);
    return mean_val(&mn);
}

/* ---- expressions ---------------------------------------------------- */

static void warn_div0(Eval *ev, Span at)
{
    for (int i = 0; i < ev->nwarned; i++)
        if (memcmp(&ev->warned[i], &at, sizeof at) == 0)
            return;
    /* once per expression in the run, whatever plan reached it first */
    for (int i = 0; ev->d && i < ev->d->n; i++)
        if (strcmp(ev->d->v[i].code, "W401") == 0 && memcmp(&ev->d->v[i].span, &at, sizeof at) == 0)
            return;
    if (ev->nwarned == ev->capwarned) {
        ev->capwarned = ev->capwarned ? ev->capwarned * 2 : 8;
        ev->warned = xrealloc(ev->warned, (size_t)ev->capwarned * sizeof *ev->warned);
    }
    ev->warned[ev->nwarned++] = at;
    if (ev->d)
        dg_emit(ev->d, "W401", at, "division by zero: the value is kosong");
}

static Period env_period(const Eval *ev, const Env *env, Expr *arg)
{
    if (!arg)
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

static Target3 code_target(Eval *ev, Expr *a, const Env *env)
{
    Target3 t = {0};
    if (!a)
        return t;
    if (a->ref_kind == REF_VAR) {
        t.ind = env->var_ind;
        t.sas = env->var_sas;
        return t;
    }
    const char *code = a->kind == EX_NAME ? a->u.name.s : NULL;
    if (!code)
        return t;
    if ((t.ind = sm_ind(ev->plan, code)))
        return t;
    if ((t.sas = sm_sas(ev->plan, code)))
        return t;
    if (strcmp(ev->plan->code, code) == 0)
        t.plan = ev->plan;
    return t;
}

static bool is_evaluated_period(const Eval *ev, Period p)
{
    return ev->r && p.kind == ev->per.kind && p.n == ev->per.n && p.year == ev->per.year;
}

static const RInd *result_of(const Eval *ev, const MInd *ind)
{
    if (!ev->r)
        return NULL;
    for (int i = 0; i < ev->r->nsas; i++)
        for (int j = 0; j < ev->r->sas[i].ninds; j++)
            if (ev->r->sas[i].inds[j].ind == ind)
                return &ev->r->sas[i].inds[j];
    return NULL;
}

static EvValue ind_value(Eval *ev, const MInd *ind, Builtin which, Period per)
{
    if (per.year != ev->per.year)
        return kosong();        /* the data are of the plan's year only */
    if (ind->ditunda && which != BI_TARGET)
        return kosong();        /* not pursued: no realisasi, no capaian */
    if (is_evaluated_period(ev, per)) {
        const RInd *ri = result_of(ev, ind);
        if (ri) {
            if (which == BI_REALISASI) return rval(ri->realisasi);
            if (which == BI_CAPAIAN) return rval(ri->capaian);
        }
    }
    if (which == BI_TARGET) {
        RTargetFrom from;
        int tw;
        MTarget t = target_of(ind, per, &from, &tw);
        return t.set && !t.range ? num(t.lo) : kosong();
    }
    RVal R = realisasi_of(ev, ind, per);
    if (which == BI_REALISASI)
        return rval(R);
    return rval(capaian_of(ev, ind, per, R).val);
}

static EvValue code_value(Eval *ev, Builtin which, Expr *a0, Expr *a1, const Env *env)
{
    Period per = env_period(ev, env, a1);
    if (per.year != ev->per.year)
        return kosong();
    if (a0 && a0->ref_kind == REF_SERIES) {
        const MSeries *se = a0->ref;
        return rval(consolidate(ev, se->slot, se->kon, per, NULL, NULL));
    }
    Target3 t = code_target(ev, a0, env);
    if (t.ind)
        return ind_value(ev, t.ind, which, per);
    if (which != BI_CAPAIAN)
        return kosong();        /* a sasaran or plan has only a capaian */
    if (t.sas) {
        if (is_evaluated_period(ev, per))
            for (int i = 0; i < ev->r->nsas; i++)
                if (ev->r->sas[i].sas == t.sas)
                    return rval(ev->r->sas[i].capaian);
        return rval(sas_capaian(ev, t.sas, per));
    }
    if (t.plan)
        return rval(is_evaluated_period(ev, per) ? ev->r->capaian : plan_capaian(ev, t.plan, per));
    return kosong();
}

static EvValue self_value(Eval *ev, Builtin which, const Env *env)
{
    if (!env->self)
        return kosong();
    return ind_value(ev, env->self, which, env->per);
}

/* jumlah, rata, min, maks skip kosong; kosong only when all are. */
static EvValue fold(Eval *ev, Builtin b, Expr *e, const Env *env)
{
    double acc = 0;
    int n = 0;
    for (Node *a = e->u.call.args.head; a; a = a->next) {
        EvValue v = eval_expr(ev, (Expr *)a, env);
        if (v.kind != EV_NUM)
            continue;
        if (n == 0)
            acc = b == BI_RATA ? 0 : (b == BI_JUMLAH ? 0 : v.n);
        if (b == BI_JUMLAH || b == BI_RATA)
            acc += v.n;
        else if (b == BI_MIN)
            acc = fmin(acc, v.n);
        else
            acc = fmax(acc, v.n);
        n++;
    }
    if (n == 0)
        return kosong();
    return num(b == BI_RATA ? acc / n : acc);
}

static EvValue call_builtin(Eval *ev, Builtin b, Expr *e, const Env *env)
{
    Expr *a0 = (Expr *)e->u.call.args.head;
    Expr *a1 = a0 && a0->h.next ? (Expr *)a0->h.next : NULL;
    EvValue v;
    switch (b) {
    case BI_REALISASI:
    case BI_TARGET:
    case BI_CAPAIAN:
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
        const MScale *sc = a1 && a1->ref_kind == REF_SCALE ? a1->ref : NULL;
        const MBand *band = v.kind == EV_NUM ? rs_classify(sc, v.n) : NULL;
        return band ? (EvValue){EV_STR, 0, band->code} : kosong();
    }
    case BI_KODE:
    case BI_URAIAN: {
        Target3 t = code_target(ev, a0, env);
        const char *code = t.ind ? t.ind->code : t.sas ? t.sas->code : t.plan ? t.plan->code : NULL;
        const char *ur = t.ind ? t.ind->uraian : t.sas ? t.sas->uraian : t.plan ? t.plan->title : NULL;
        const char *s = b == BI_KODE ? code : ur;
        return s ? (EvValue){EV_STR, 0, s} : kosong();
    }
    case BI__COUNT:
        break;
    }
    return kosong();
}

static EvValue call_fungsi(Eval *ev, const MFunc *f, Expr *e, const Env *env)
{
    EvValue args[32];
    int n = 0;
    for (Node *a = e->u.call.args.head; a && n < 32; a = a->next)
        args[n++] = eval_expr(ev, (Expr *)a, env);
    if (!busy_enter(ev, f))
        return kosong();
    Env inner = *env;
    inner.args = args;
    inner.nargs = n;
    EvValue v = eval_expr(ev, f->decl->body, &inner);
    busy_leave(ev);
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

static EvValue binary(Eval *ev, Expr *e, const Env *env)
{
    BinOp op = e->u.bin.op;
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
            warn_div0(ev, e->h.span);
            return kosong();
        }
        return num(a.n / b.n);
    default: return kosong();
    }
}

static EvValue name_value(Eval *ev, Expr *e, const Env *env)
{
    switch ((RefKind)e->ref_kind) {
    case REF_PARAM: {
        intptr_t i = (intptr_t)e->ref;
        return i < env->nargs ? env->args[i] : kosong();
    }
    case REF_SELF:
        return self_value(ev, (Builtin)(intptr_t)e->ref, env);
    case REF_SERIES: {
        const MSeries *se = e->ref;
        return rval(consolidate(ev, se->slot, se->kon, env->per, NULL, NULL));
    }
    case REF_CODE:
    case REF_VAR: {
        Target3 t = code_target(ev, e, env);
        if (t.ind)
            return ind_value(ev, t.ind, BI_REALISASI, env->per);
        return kosong();
    }
    default:
        return kosong();
    }
}

static EvValue eval_expr(Eval *ev, Expr *e, const Env *env)
{
    if (!e)
        return kosong();
    EvValue v;
    switch (e->kind) {
    case EX_NUM:
        return num(e->u.num.v);
    case EX_STR:
        return (EvValue){EV_STR, 0, e->u.str->n ? e->u.str->parts[0].text : ""};
    case EX_PERIOD:
        return kosong();
    case EX_NAME:
        return name_value(ev, e, env);
    case EX_NEG:
        v = eval_expr(ev, e->u.un, env);
        return v.kind == EV_NUM ? num(-v.n) : kosong();
    case EX_NOT:
        return boolean(!truthy(eval_expr(ev, e->u.un, env)));
    case EX_BIN:
        return binary(ev, e, env);
    case EX_IF:
        return truthy(eval_expr(ev, e->u.cond.c, env)) ? eval_expr(ev, e->u.cond.a, env)
                                                       : eval_expr(ev, e->u.cond.b, env);
    case EX_CALL:
        if (e->ref_kind == REF_BUILTIN)
            return call_builtin(ev, (Builtin)(intptr_t)e->ref, e, env);
        if (e->ref_kind == REF_FUNC)
            return call_fungsi(ev, e->ref, e, env);
        return kosong();
    }
    return kosong();
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

static const char *interpolate(Eval *ev, Arena *ar, const Str *msg, const Env *env)
{
    Sbuf b;
    sb_init(&b);
    for (int i = 0; msg && i < msg->n; i++) {
        if (msg->parts[i].text)
            sb_puts(&b, msg->parts[i].text);
        else {
            char buf[NM_BUFSZ + 64];
            const char *t = ev_value_text(eval_expr(ev, msg->parts[i].expr, env), buf, sizeof buf);
            sb_puts(&b, t);
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
    f->msg = interpolate(ev, ev->r->arena, r->decl->msg, env);
    f->span = r->decl->h.span;
    f->ind = env->var_ind;
    f->sas = env->var_sas;
}

static void run_rule(Eval *ev, const MRule *r, FindingList *fl)
{
    Aturan *a = r->decl;
    Env env = {.per = ev->per};
    if (a->quant == Q_NONE) {
        if (truthy(eval_expr(ev, a->cond, &env)))
            add_finding(ev, fl, r, &env);
        return;
    }
    for (int i = 0; i < ev->plan->nsas; i++) {
        const MSas *sa = ev->plan->sas[i];
        if (a->quant == Q_SASARAN) {
            env.var_sas = sa;
            if (truthy(eval_expr(ev, a->cond, &env)))
                add_finding(ev, fl, r, &env);
            continue;
        }
        if (a->within.s && strcmp(a->within.s, sa->code) != 0)
            continue;
        for (int j = 0; j < sa->ninds; j++) {
            if (sa->inds[j]->ditunda)
                continue;
            env.var_ind = sa->inds[j];
            if (truthy(eval_expr(ev, a->cond, &env)))
                add_finding(ev, fl, r, &env);
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
    ev->r->temuan = ar_alloc(ev->r->arena, (size_t)(fl.n + 1) * sizeof *ev->r->temuan);
    for (int i = 0; i < fl.n; i++)
        ev->r->temuan[i] = o[i].f;
    ev->r->ntemuan = fl.n;
    free(o);
    free(fl.v);
}

/* ---- the plan ------------------------------------------------------- */

static void eval_ind(Eval *ev, RInd *ri, const MInd *ind)
{
    Arena *ar = ev->out->arena;
    ri->ind = ind;
    ri->ditunda = ind->ditunda != NULL;
    ri->target = target_of(ind, ev->per, &ri->target_from, &ri->tw);
    ri->derived = ind->realisasi_expr != NULL;
    if (ri->ditunda)
        return;
    if (ri->derived) {
        ri->realisasi = realisasi_of(ev, ind, ev->per);
    } else {
        DtObs used[PD_NIDX];
        ri->realisasi = consolidate(ev, ind->slot, ind->kon, ev->per, used, &ri->nobs);
        if (ri->nobs) {
            ri->obs = ar_alloc(ar, (size_t)ri->nobs * sizeof *ri->obs);
            memcpy(ri->obs, used, (size_t)ri->nobs * sizeof *ri->obs);
        }
    }
    Cap c = capaian_of(ev, ind, ev->per, ri->realisasi);
    ri->capaian = c.val;
    ri->capaian_raw = c.raw;
    ri->capped = c.capped;
    ri->formula = c.f;
    ri->predikat = predikat_of(ind, ri->realisasi, ri->capaian);
}

static void eval_sas(Eval *ev, RSas *rs, const MSas *sa)
{
    Arena *ar = ev->out->arena;
    rs->sas = sa;
    rs->ninds = sa->ninds;
    rs->inds = ar_alloc(ar, (size_t)(sa->ninds + 1) * sizeof *rs->inds);
    rs->tanpa_data = ar_alloc(ar, (size_t)(sa->ninds + 1) * sizeof *rs->tanpa_data);
    Mean mn = {0};
    for (int i = 0; i < sa->ninds; i++) {
        RInd *ri = &rs->inds[i];
        eval_ind(ev, ri, sa->inds[i]);
        if (ri->ditunda)
            continue;
        if (!ri->capaian.ada)
            rs->tanpa_data[rs->ntanpa++] = sa->inds[i]->code;
        mean_add(&mn, ri->capaian, sa->inds[i]->bobot);
    }
    rs->capaian = mean_val(&mn);
    rs->wsum = mn.wsum;
    rs->predikat = rs->capaian.ada ? rs_classify(sa->predikat, rs->capaian.v) : NULL;
}

RPlan *ev_plan(Model *m, const DataStore *ds, const MPlan *plan, Period per, const EvOptions *opt, DgList *d)
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
    Eval ev = {.m = m, .ds = ds, .d = d, .plan = plan, .per = per, .out = r};
    r->nsas = plan->nsas;
    r->sas = ar_alloc(ar, (size_t)(plan->nsas + 1) * sizeof *r->sas);
    r->tanpa_data = ar_alloc(ar, (size_t)(plan->nsas + 1) * sizeof *r->tanpa_data);
    Mean mn = {0};
    for (int i = 0; i < plan->nsas; i++) {
        eval_sas(&ev, &r->sas[i], plan->sas[i]);
        if (!r->sas[i].capaian.ada)
            r->tanpa_data[r->ntanpa++] = plan->sas[i]->code;
        mean_add(&mn, r->sas[i].capaian, plan->sas[i]->bobot);
    }
    r->capaian = mean_val(&mn);
    r->wsum = mn.wsum;
    r->predikat = r->capaian.ada ? rs_classify(plan->predikat, r->capaian.v) : NULL;
    ev.r = r;
    if (opt && opt->rules)
        run_rules(&ev, opt->static_only);
    free(ev.warned);
    return r;
}

void ev_free(RPlan *r)
{
    if (r)
        ar_free(r->arena);
}

EvValue ev_expr(Model *m, const DataStore *ds, RPlan *r, Expr *e, DgList *d)
{
    Eval ev = {.m = m, .ds = ds, .d = d, .out = r, .r = r, .plan = r->plan, .per = r->periode};
    Env env = {.per = r->periode};
    EvValue v = eval_expr(&ev, e, &env);
    free(ev.warned);
    return v;
}
