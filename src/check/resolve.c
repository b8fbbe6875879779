/*
 * resolve.c - expressions, from the syntax tree to MExprs (model.h): what
 * every name and call means is decided here once, with the errors of
 * docs/language.md#checks for names that mean nothing ("did you mean"), calls with
 * the wrong arguments and recursion among fungsi or derived indicators.
 *
 * Where a name stands tells its namespace (docs/language.md#namespaces):
 * a call names a fungsi or a built-in, the second argument of kategori a
 * skala, and any other name in an expression means, in this order: a
 * fungsi's parameter (inside a fungsi, the only names it may read); the
 * bare realisasi, target or capaian of the indicator it stands in; the
 * variable of a quantified rule; a data series; the code of an
 * indicator, sasaran or plan (of the same plan inside an indicator, of any
 * plan in a rule); a period word (TW2, S1, B03).  A skala is never read
 * as a value, so `skala IK1` does not hide the indicator IK1.  The tree is
 * never written to: it may be shared by Models built on several threads.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/period.h"
#include "check/sema_int.h"

static MExpr *mx_new(Sema *s, MxKind k, Span at)
{
    MExpr *x = ar_alloc(s->ar, sizeof *x);
    x->kind = k;
    x->span = at;
    return x;
}

static bool is_period_word(const char *n, Period *out)
{
    size_t len = strlen(n);
    if (len == 3 && n[0] == 'T' && n[1] == 'W' && n[2] >= '1' && n[2] <= '4') {
        *out = (Period){P_TW, 0, n[2] - '0'};
        return true;
    }
    if (len == 2 && n[0] == 'S' && (n[1] == '1' || n[1] == '2')) {
        *out = (Period){P_SEM, 0, n[1] - '0'};
        return true;
    }
    if (len == 3 && n[0] == 'B' && n[1] >= '0' && n[1] <= '1' && n[2] >= '0' && n[2] <= '9') {
        int m = (n[1] - '0') * 10 + (n[2] - '0');
        if (m >= 1 && m <= 12) {
            *out = (Period){P_MONTH, 0, m};
            return true;
        }
    }
    return false;
}

/* Does any plan of the run (or just `only`, of this build) have this
 * indicator, sasaran or plan code? */
static bool code_exists(Sema *s, const char *code, const MPlan *only)
{
    if (cat_plan(s->cat, code))
        return true;
    if (only)
        return sm_ind(only, code) || sm_element(only, code);
    return cat_has_code(s->cat, code);
}

void sm_unknown_name(Sema *s, Name nm, ExCx *cx)
{
    /* candidates: codes of the plan (or all plans), series, params */
    int cap = 64, n = 0;
    const char **c = xmalloc((size_t)cap * sizeof *c);
#define ADD(x) do { if (n == cap) c = xrealloc(c, (size_t)(cap *= 2) * sizeof *c); c[n++] = (x); } while (0)
    if (cx->plan) {
        for (int j = 0; j < cx->plan->ninds; j++)
            ADD(cx->plan->inds[j]->code);
        for (int j = 0; j < cx->plan->nsas; j++)
            ADD(cx->plan->sas[j]->code);
    } else {
        for (int i = 0; i < s->cat->nplans; i++) {
            const CatPlan *pl = s->cat->plans[i];
            if (!pl->first || (cx->cplan && pl != cx->cplan))
                continue;
            for (int j = 0; j < pl->ninds; j++)
                ADD(pl->inds[j]);
            for (int j = 0; j < pl->nsas; j++)
                ADD(pl->sas[j]);
        }
    }
    for (MSeries *se = s->m->series; se; se = se->hh.next)
        ADD(se->name);
    if (cx->fn)
        for (Node *p = cx->fn->params.head; p; p = p->next)
            ADD(((Param *)p)->name.s);
    if (cx->rule && cx->rule->var.s)
        ADD(cx->rule->var.s);
    if (cx->kind == CX_IND) {
        ADD("realisasi");
        ADD("target");
        ADD("capaian");
    }
#undef ADD
    const char *near = dg_nearest(nm.s, c, n);
    const char *what = cx->kind == CX_FUNGSI ? "parameter" : "code";
    if (near && strcmp(near, nm.s) == 0) {      /* it exists, but not for this */
        dg_emit(s->d, "E018", nm.span, "code '%s' cannot stand here: %s", nm.s,
                cx->kind == CX_UJI ? "a data row names an indicator, a data series, or a program, kegiatan or subkegiatan of the plan"
                                   : "it is no value of this plan");
        free(c);
        return;
    }
    MScale *sc;
    HASH_FIND_STR(s->m->scales, nm.s, sc);
    /* a skala of that name is not a value: say where one is read */
    const char *hint = sc ? ar_printf(s->ar, _("; the skala '%s' is not a value: kategori(x, %s) gives the band of x"), nm.s, nm.s) : "";
    if (near)
        dg_emit(s->d, "E018", nm.span, "undeclared %s '%s'; did you mean '%s'?%s", what, nm.s, near, hint);
    else if (cx->kind == CX_FUNGSI)
        dg_emit(s->d, "E018", nm.span, "'%s' is not a parameter of fungsi '%s'; a fungsi reads only its parameters%s",
                nm.s, cx->fn->name.s, hint);
    else
        dg_emit(s->d, "E018", nm.span, "undeclared code '%s': no indicator, sasaran, plan or data series has it%s", nm.s, hint);
    free(c);
}

static MScale *find_scale(Sema *s, const char *name)
{
    MScale *sc;
    HASH_FIND_STR(s->m->scales, name, sc);
    if (sc)
        sm_use(s, MU_SCALE, sc->id, &sc->used);
    return sc;
}

static MSeries *find_series(Sema *s, const char *name)
{
    MSeries *se;
    HASH_FIND_STR(s->m->series, name, se);
    return se;
}

static MExpr *compile_name(Sema *s, Expr *e, ExCx *cx)
{
    const char *n = e->u.name.s;
    Span at = e->h.span;
    MExpr *x;
    if (cx->kind == CX_FUNGSI) {
        int i = 0;
        for (Node *p = cx->fn->params.head; p; p = p->next, i++)
            if (strcmp(((Param *)p)->name.s, n) == 0) {
                x = mx_new(s, MX_PARAM, at);
                x->u.param = i;
                return x;
            }
        sm_unknown_name(s, e->u.name, cx);
        return mx_new(s, MX_KOSONG, at);
    }
    int bi = builtin_find(n);
    if (bi == BI_REALISASI || bi == BI_TARGET || bi == BI_CAPAIAN) {
        if (cx->kind != CX_IND) {
            dg_emit(s->d, "E034", at, "a bare '%s' means the indicator's own value and stands only inside an indikator; write %s(CODE)",
                    n, n);
            return mx_new(s, MX_KOSONG, at);
        }
        cx->dynamic |= builtin_info[bi].dynamic;
        x = mx_new(s, MX_SELF, at);
        x->op = bi;
        return x;
    }
    if (cx->rule && cx->rule->var.s && strcmp(cx->rule->var.s, n) == 0)
        return mx_new(s, MX_VAR, at);
    MSeries *se = find_series(s, n);
    if (se) {
        sm_use(s, MU_SERIES, se->id, &se->used);
        cx->dynamic = true;
        x = mx_new(s, MX_SERIES, at);
        x->u.series = se;
        return x;
    }
    if (code_exists(s, n, cx->kind == CX_IND ? cx->plan : NULL)) {
        cx->dynamic = true;   /* a bare indicator code reads its realisasi */
        x = mx_new(s, MX_CODE, at);
        x->u.code = n;
        return x;
    }
    Period p;
    if (is_period_word(n, &p)) {
        x = mx_new(s, MX_PERIOD, at);
        x->u.period = p;
        return x;
    }
    sm_unknown_name(s, e->u.name, cx);
    return mx_new(s, MX_KOSONG, at);
}

static void arity_error(Sema *s, const BuiltinInfo *b, Span at, int nargs)
{
    const char *fn = b->name;
    if (b->min_args == b->max_args)
        dg_emit(s->d, "E027", at, "%s() takes %d argument%s, not %d", fn, b->min_args,
                b->min_args == 1 ? "" : "s", nargs);
    else if (b->max_args < 0)
        dg_emit(s->d, "E027", at, "%s() takes at least %d argument, not %d", fn, b->min_args, nargs);
    else
        dg_emit(s->d, "E027", at, "%s() takes %d to %d arguments, not %d", fn, b->min_args, b->max_args, nargs);
}

/* The first argument of realisasi/target/capaian/kode/uraian: a code. */
static MExpr *compile_code_arg(Sema *s, Expr *a, const BuiltinInfo *b, int bi, ExCx *cx)
{
    Span at = a->h.span;
    MExpr *x;
    if (a->kind != EX_NAME) {
        dg_emit(s->d, "E027", at, "%s() takes an indicator, sasaran or plan code as its first argument", b->name);
        return mx_new(s, MX_KOSONG, at);
    }
    const char *n = a->u.name.s;
    if (cx->kind == CX_FUNGSI) {
        dg_emit(s->d, "E027", at, "a fungsi reads only its parameters; pass %s(%s) to it as an argument", b->name, n);
        return mx_new(s, MX_KOSONG, at);
    }
    if (cx->rule && cx->rule->var.s && strcmp(n, cx->rule->var.s) == 0)
        return mx_new(s, MX_VAR, at);
    if (code_exists(s, n, cx->kind == CX_IND ? cx->plan : NULL)) {
        x = mx_new(s, MX_CODE, at);
        x->u.code = n;
        return x;
    }
    MSeries *se = find_series(s, n);
    if (se && bi == BI_REALISASI) {
        sm_use(s, MU_SERIES, se->id, &se->used);
        x = mx_new(s, MX_SERIES, at);
        x->u.series = se;
        return x;
    }
    sm_unknown_name(s, a->u.name, cx);
    return mx_new(s, MX_KOSONG, at);
}

/* The period argument: a period word, a dated period or a year. */
static MExpr *compile_period_arg(Sema *s, Expr *a, const BuiltinInfo *b, ExCx *cx)
{
    Period p;
    MExpr *x = mx_new(s, MX_PERIOD, a->h.span);
    if (a->kind == EX_NAME && is_period_word(a->u.name.s, &p)) {
        x->u.period = p;
    } else if (a->kind == EX_NUM && pd_year_ok(a->u.num.v)) {
        x->u.period = (Period){P_YEAR, (int)a->u.num.v, 0};
    } else if (a->kind == EX_PERIOD) {
        x->u.period = a->u.period;
    } else {
        dg_emit(s->d, "E027", a->h.span, "the second argument of %s() is a period: TW1..TW4, S1, S2, B01..B12 or 2025-TW2", b->name);
        (void)cx;
        x->kind = MX_KOSONG;
    }
    return x;
}

static MExpr *compile_scale_arg(Sema *s, Expr *a, const BuiltinInfo *b)
{
    MScale *sc = a->kind == EX_NAME ? find_scale(s, a->u.name.s) : NULL;
    if (sc) {
        MExpr *x = mx_new(s, MX_SCALE, a->h.span);
        x->u.scale = sc;
        return x;
    }
    if (a->kind == EX_NAME)
        sm_undeclared(s, G_SKALA, a->u.name, "skala");
    else
        dg_emit(s->d, "E027", a->h.span, "the second argument of %s() is the name of a skala", b->name);
    return mx_new(s, MX_KOSONG, a->h.span);
}

static MExpr **compile_args(Sema *s, int n)
{
    return ar_alloc(s->ar, (size_t)(n + 1) * sizeof(MExpr *));
}

static MExpr *compile_builtin(Sema *s, Expr *e, int bi, ExCx *cx)
{
    const BuiltinInfo *b = &builtin_info[bi];
    int nargs = e->u.call.args.n;
    if (nargs < b->min_args || (b->max_args >= 0 && nargs > b->max_args))
        arity_error(s, b, e->h.span, nargs);
    cx->dynamic |= b->dynamic;
    MExpr *x = mx_new(s, MX_BUILTIN, e->h.span);
    x->op = bi;
    x->u.call.args = compile_args(s, nargs);
    x->u.call.nargs = nargs;
    int i = 0;
    bool code_first = b->arg[0] == BA_CODE;
    for (Node *a = e->u.call.args.head; a; a = a->next, i++) {
        Expr *ae = (Expr *)a;
        BiArg kind = i < 2 ? b->arg[i] : BA_VALUE;
        /* the argument kinds count where they are meant: a code and its
         * period, or kategori's value and scale */
        if (kind == BA_PERIOD && !code_first)
            kind = BA_VALUE;
        if (kind == BA_SCALE && nargs != 2)
            kind = BA_VALUE;
        if (kind == BA_CODE && i == 0)
            x->u.call.args[i] = compile_code_arg(s, ae, b, bi, cx);
        else if (kind == BA_PERIOD)
            x->u.call.args[i] = compile_period_arg(s, ae, b, cx);
        else if (kind == BA_SCALE)
            x->u.call.args[i] = compile_scale_arg(s, ae, b);
        else if (code_first && i >= 2)
            x->u.call.args[i] = mx_new(s, MX_KOSONG, ae->h.span);    /* too many: reported */
        else
            x->u.call.args[i] = sm_compile(s, ae, cx);
    }
    return x;
}

static MExpr *compile_call(Sema *s, Expr *e, ExCx *cx)
{
    const char *fn = e->u.call.fn.s;
    int nargs = e->u.call.args.n;
    int bi = builtin_find(fn);
    if (bi >= 0)
        return compile_builtin(s, e, bi, cx);
    MFunc *f;
    HASH_FIND_STR(s->m->funcs, fn, f);
    MExpr *x = mx_new(s, f ? MX_FUNC : MX_KOSONG, e->h.span);
    if (!f) {
        int n = 0;
        const char **c = xmalloc((BI__COUNT + (size_t)HASH_COUNT(s->m->funcs)) * sizeof *c);
        for (int i = 0; i < BI__COUNT; i++)
            c[n++] = builtin_info[i].name;
        for (MFunc *g = s->m->funcs; g; g = g->hh.next)
            c[n++] = g->name;
        const char *near = dg_nearest(fn, c, n);
        sm_mark_used(s, G_FUNGSI, near);
        if (near)
            dg_emit(s->d, "E018", e->u.call.fn.span, "undeclared fungsi '%s'; did you mean '%s'?", fn, near);
        else
            dg_emit(s->d, "E018", e->u.call.fn.span, "undeclared fungsi '%s'; declare it with 'fungsi %s(...) = ...'", fn, fn);
        free(c);
    } else {
        sm_use(s, MU_FUNC, f->id, &f->used);
        x->u.call.fn = f;
        x->u.call.fn_span = e->u.call.fn.span;
        if (nargs != f->nparams)
            dg_emit(s->d, "E027", e->h.span, "fungsi '%s' takes %d argument%s, not %d", fn, f->nparams,
                    f->nparams == 1 ? "" : "s", nargs);
    }
    x->u.call.args = compile_args(s, nargs);
    x->u.call.nargs = nargs;
    int i = 0;
    for (Node *a = e->u.call.args.head; a; a = a->next)
        x->u.call.args[i++] = sm_compile(s, (Expr *)a, cx);
    return x;
}

MExpr *sm_compile(Sema *s, Expr *e, ExCx *cx)
{
    if (!e)
        return NULL;
    MExpr *x;
    switch (e->kind) {
    case EX_NUM:
        x = mx_new(s, MX_NUM, e->h.span);
        x->u.num = e->u.num.v;
        return x;
    case EX_PERIOD:
        x = mx_new(s, MX_PERIOD, e->h.span);
        x->u.period = e->u.period;
        return x;
    case EX_STR:
        /* an interpolated string is a message, never a value: its pieces
         * are still resolved, for their errors */
        if (e->u.str->interp)
            for (int i = 0; i < e->u.str->n; i++)
                sm_compile(s, e->u.str->parts[i].expr, cx);
        x = mx_new(s, MX_STR, e->h.span);
        x->u.str = e->u.str->n && e->u.str->parts[0].text ? e->u.str->parts[0].text : "";
        return x;
    case EX_NAME:
        return compile_name(s, e, cx);
    case EX_NEG:
    case EX_NOT:
        x = mx_new(s, e->kind == EX_NEG ? MX_NEG : MX_NOT, e->h.span);
        x->u.un = sm_compile(s, e->u.un, cx);
        return x;
    case EX_BIN:
        x = mx_new(s, MX_BIN, e->h.span);
        x->op = e->u.bin.op;
        x->u.bin.a = sm_compile(s, e->u.bin.a, cx);
        x->u.bin.b = sm_compile(s, e->u.bin.b, cx);
        return x;
    case EX_IF:
        x = mx_new(s, MX_IF, e->h.span);
        x->u.cond.c = sm_compile(s, e->u.cond.c, cx);
        x->u.cond.a = sm_compile(s, e->u.cond.a, cx);
        x->u.cond.b = sm_compile(s, e->u.cond.b, cx);
        return x;
    case EX_CALL:
        return compile_call(s, e, cx);
    }
    return mx_new(s, MX_KOSONG, e->h.span);
}

static MStr compile_msg(Sema *s, Str *m, ExCx *cx)
{
    MStr r = {0};
    if (!m)
        return r;
    r.parts = ar_alloc(s->ar, (size_t)(m->n + 1) * sizeof *r.parts);
    r.n = m->n;
    for (int i = 0; i < m->n; i++) {
        r.parts[i].text = m->parts[i].text;
        r.parts[i].expr = m->parts[i].text ? NULL : sm_compile(s, m->parts[i].expr, cx);
    }
    return r;
}

/* `dalam X` names a sasaran of some plan of the run. */
static void check_within(Sema *s, Aturan *a, ExCx *cx)
{
    const char *code = a->within.s, *near = NULL, *kind = NULL;
    char elk[32];
    for (int i = 0; i < s->cat->nplans; i++) {
        const CatPlan *pl = s->cat->plans[i];
        if (!pl->first)
            continue;
        for (int j = 0; !kind && j < pl->nsas; j++)
            if (strcmp(pl->sas[j], code) == 0) {
                if (pl->sas_kind[j] == EL_SASARAN)
                    return;
                snprintf(elk, sizeof elk, _("a %s"), el_kind_name(pl->sas_kind[j]));
                kind = elk;     /* every kind's name begins with a consonant */
            }
        for (int j = 0; !kind && j < pl->ninds; j++)
            if (strcmp(pl->inds[j], code) == 0) {
                kind = "an indikator";
                near = cat_ind_sasaran(s->cat, code);
            }
    }
    if (!kind && cat_plan(s->cat, code))
        kind = "a plan";
    if (kind)
        dg_emit(s->d, "E018", a->within.span, "'dalam %s': %s is %s, and 'dalam' takes the code of a sasaran%s%s%s",
                code, code, kind, near ? _("; did you mean '") : "", near ? near : "", near ? "'?" : "");
    else
        sm_unknown_name(s, a->within, cx);
}

/* Every expression written in the run, compiled: fungsi bodies, the
 * formulas written on indicators (an inherited one is its plan's, already
 * compiled), rule conditions and messages, and the tests' expectations. */
void sm_pass_exprs(Sema *s)
{
    Model *m = s->m;
    /* a build of plan files compiles its formulas; the fungsi and rules it
     * shares are the base's, compiled once there */
    for (MFunc *f = m->base ? NULL : m->funcs; f; f = f->hh.next) {
        ExCx cx = {.kind = CX_FUNGSI, .fn = f->decl};
        f->body = sm_compile(s, f->decl->body, &cx);
    }
    for (int i = 0; i < m->nplans; i++) {
        MPlan *pl = m->plan_list[i];
        for (int j = 0; j < pl->ninds; j++) {
            MInd *ind = pl->inds[j];
            IndInfo *info = sm_info(s, ind);
            ExCx cx = {.kind = CX_IND, .ind = ind, .plan = pl};
            if (info->realisasi)
                ind->realisasi_expr = sm_compile(s, info->realisasi, &cx);
            if (info->capaian)
                ind->capaian_expr = sm_compile(s, info->capaian, &cx);
        }
    }
    for (int i = 0; !m->base && i < m->nrules; i++) {
        MRule *r = &m->rules[i];
        Aturan *a = r->decl;
        ExCx cx = {.kind = CX_RULE, .rule = a};
        if (a->within.s)
            check_within(s, a, &cx);
        r->cond = sm_compile(s, a->cond, &cx);
        r->msg = compile_msg(s, a->msg, &cx);
        r->is_static = !cx.dynamic;
    }
}

/* The expectations of one uji, compiled (after the tests are lowered). */
void sm_compile_test(Sema *s, MTest *t)
{
    int n = 0;
    for (Node *x = t->decl->items.head; x; x = x->next)
        n += x->kind == N_HARAP;
    t->harap = ar_alloc(s->ar, (size_t)(n + 1) * sizeof *t->harap);
    for (Node *x = t->decl->items.head; x; x = x->next) {
        if (x->kind != N_HARAP)
            continue;
        Harap *h = (Harap *)x;
        MHarap *mh = &t->harap[t->nharap++];
        mh->decl = h;
        if (h->expr) {
            ExCx cx = {.kind = CX_UJI};
            mh->expr = sm_compile(s, h->expr, &cx);
        }
    }
}

/* ---- recursion ------------------------------------------------------ */

typedef struct Walk {
    bool capaian;            /* following capaian formulas, not realisasi */
    const void **stack;
    const char **names;
    int n, cap;
} Walk;

static void walk_push(Walk *w, const void *k, const char *name)
{
    if (w->n == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 16;
        w->stack = xrealloc(w->stack, (size_t)w->cap * sizeof *w->stack);
        w->names = xrealloc(w->names, (size_t)w->cap * sizeof *w->names);
    }
    w->stack[w->n] = k;
    w->names[w->n++] = name;
}

static const char *cycle_text(Sema *s, Walk *w, int from, const char *again)
{
    Sbuf b;
    sb_init(&b);
    for (int i = from; i < w->n; i++)
        sb_printf(&b, "%s -> ", w->names[i]);
    sb_puts(&b, again);
    const char *r = ar_strdup(s->ar, b.s);
    sb_free(&b);
    return r;
}

/* state: 0 unvisited, 1 on the stack, 2 done (kept in a small hash) */
typedef struct Visit {
    const void *key;
    int state;
    UT_hash_handle hh;
} Visit;

static Visit *visit_get(Visit **h, const void *k)
{
    Visit *v;
    HASH_FIND_PTR(*h, &k, v);
    if (!v) {
        v = xcalloc(1, sizeof *v);
        v->key = k;
        HASH_ADD_PTR(*h, key, v);
    }
    return v;
}

static void visit_free(Visit **h)
{
    Visit *v, *tmp;
    HASH_ITER(hh, *h, v, tmp) {
        HASH_DEL(*h, v);
        free(v);
    }
}

static void fn_calls(Sema *s, const MExpr *e, Walk *w, Visit **vis);

static void fn_visit(Sema *s, const MFunc *f, Span at, Walk *w, Visit **vis)
{
    Visit *v = visit_get(vis, f);
    if (v->state == 2)
        return;
    if (v->state == 1) {
        for (int i = 0; i < w->n; i++)
            if (w->stack[i] == f)
                dg_emit(s->d, "E017", at, "fungsi recursion: %s; a fungsi may not call itself, directly or through others",
                        cycle_text(s, w, i, f->name));
        return;
    }
    v->state = 1;
    walk_push(w, f, f->name);
    fn_calls(s, f->body, w, vis);
    w->n--;
    v = visit_get(vis, f);
    v->state = 2;
}

static void fn_calls(Sema *s, const MExpr *e, Walk *w, Visit **vis)
{
    if (!e)
        return;
    switch (e->kind) {
    case MX_NEG: case MX_NOT: fn_calls(s, e->u.un, w, vis); break;
    case MX_BIN: fn_calls(s, e->u.bin.a, w, vis); fn_calls(s, e->u.bin.b, w, vis); break;
    case MX_IF:
        fn_calls(s, e->u.cond.c, w, vis);
        fn_calls(s, e->u.cond.a, w, vis);
        fn_calls(s, e->u.cond.b, w, vis);
        break;
    case MX_BUILTIN:
    case MX_FUNC:
        for (int i = 0; i < e->u.call.nargs; i++)
            fn_calls(s, e->u.call.args[i], w, vis);
        if (e->kind == MX_FUNC)
            fn_visit(s, e->u.call.fn, e->u.call.fn_span, w, vis);
        break;
    default: break;
    }
}

/* Indicators a derived indicator's realisasi reads (same plan). */
static void ind_deps(Sema *s, MPlan *pl, const MExpr *e, Walk *w, Visit **vis);

static void ind_visit(Sema *s, MPlan *pl, MInd *ind, Span at, Walk *w, Visit **vis)
{
    Visit *v = visit_get(vis, ind);
    if (v->state == 2)
        return;
    if (v->state == 1) {
        for (int i = 0; i < w->n; i++)
            if (w->stack[i] == ind) {
                bool self = i == w->n - 1;
                if (w->capaian && self)
                    dg_emit(s->d, "E017", at, "the capaian formula of %s reads its own capaian; compute it from realisasi and target",
                            ind->code);
                else if (w->capaian)
                    dg_emit(s->d, "E017", at, "capaian formulas depend on each other: %s; one of them must be computed without the other's capaian",
                            cycle_text(s, w, i, ind->code));
                else if (self)
                    dg_emit(s->d, "E017", at, "the realisasi formula of %s reads its own realisasi; it must read data or other indicators",
                            ind->code);
                else
                    dg_emit(s->d, "E017", at, "derived indicators depend on each other: %s; one of them must read data",
                            cycle_text(s, w, i, ind->code));
            }
        return;
    }
    v->state = 1;
    walk_push(w, ind, ind->code);
    ind_deps(s, pl, w->capaian ? ind->capaian_expr : ind->realisasi_expr, w, vis);
    w->n--;
    v = visit_get(vis, ind);
    v->state = 2;
}

static void ind_deps(Sema *s, MPlan *pl, const MExpr *e, Walk *w, Visit **vis)
{
    if (!e)
        return;
    switch (e->kind) {
    case MX_NEG: case MX_NOT: ind_deps(s, pl, e->u.un, w, vis); break;
    case MX_BIN: ind_deps(s, pl, e->u.bin.a, w, vis); ind_deps(s, pl, e->u.bin.b, w, vis); break;
    case MX_IF:
        ind_deps(s, pl, e->u.cond.c, w, vis);
        ind_deps(s, pl, e->u.cond.a, w, vis);
        ind_deps(s, pl, e->u.cond.b, w, vis);
        break;
    case MX_CODE:
        if (!w->capaian) {
            MInd *d = sm_ind(pl, e->u.code);
            if (d)
                ind_visit(s, pl, d, e->span, w, vis);
        }
        break;
    case MX_SELF:
        if (w->n > 0 && (e->op == BI_CAPAIAN || (e->op == BI_REALISASI && !w->capaian)))
            ind_visit(s, pl, (MInd *)w->stack[w->n - 1], e->span, w, vis);
        break;
    case MX_BUILTIN:
        if (e->op == BI_CAPAIAN || (e->op == BI_REALISASI && !w->capaian)) {
            const MExpr *a0 = e->u.call.nargs ? e->u.call.args[0] : NULL;
            if (a0 && a0->kind == MX_CODE) {
                MInd *d = sm_ind(pl, a0->u.code);
                if (d)
                    ind_visit(s, pl, d, a0->span, w, vis);
            }
            return;
        }
        for (int i = 0; i < e->u.call.nargs; i++)
            ind_deps(s, pl, e->u.call.args[i], w, vis);
        break;
    case MX_FUNC:
        for (int i = 0; i < e->u.call.nargs; i++)
            ind_deps(s, pl, e->u.call.args[i], w, vis);
        break;
    default: break;
    }
}

void sm_pass_recursion(Sema *s)
{
    Walk w = {0};
    Visit *vis = NULL;
    for (MFunc *f = s->m->base ? NULL : s->m->funcs; f; f = f->hh.next)
        fn_visit(s, f, f->decl->name.span, &w, &vis);
    visit_free(&vis);
    /* Walks start at the formulas written in each plan: a cycle among
     * formulas a pk inherits is its rkt's, reported there once. */
    for (int i = 0; i < s->m->nplans; i++) {
        MPlan *pl = s->m->plan_list[i];
        for (int j = 0; j < pl->ninds; j++)
            if (pl->inds[j]->realisasi_expr && sm_info(s, pl->inds[j])->realisasi)
                ind_visit(s, pl, pl->inds[j], pl->inds[j]->decl->code.span, &w, &vis);
        visit_free(&vis);
        w.capaian = true;
        for (int j = 0; j < pl->ninds; j++)
            if (pl->inds[j]->capaian_expr && sm_info(s, pl->inds[j])->capaian)
                ind_visit(s, pl, pl->inds[j], pl->inds[j]->decl->code.span, &w, &vis);
        visit_free(&vis);
        w.capaian = false;
    }
    free(w.stack);
    free(w.names);
}
