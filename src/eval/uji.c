/*
 * uji.c - one `uji` block run (uji.h).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/num.h"
#include "base/period.h"
#include "check/sema.h"
#include "data/data.h"
#include "eval/uji.h"
#include "check/level.h"

typedef struct Ctx {
    Model *m;
    const SrcSet *src;
    Arena *ar;
    UjiResult *r;
    const Uji *uji;
    const UjiWorld *w;
} Ctx;

static const char *str0(const Str *s)
{
    return s && s->n && s->parts[0].text ? s->parts[0].text : "";
}

static const char *where(const SrcSet *src, Arena *ar, Span sp)
{
    SrcFile *f = src_get(src, sp.file);
    SrcPos at = src_span_lo(src, sp);
    return ar_printf(ar, "%s:%d:%d", f ? f->path : "?", at.line, at.col);
}

static const char *source_text(Ctx *t, Span sp)
{
    SrcFile *f = src_get(t->src, sp.file);
    if (!f || !f->text || sp.hi <= sp.lo || (size_t)sp.hi > f->len)
        return "";
    return ar_strndup(t->ar, f->text + sp.lo, (size_t)(sp.hi - sp.lo));
}

static void add_fail(Ctx *t, Span at, const char *expected, const char *actual)
{
    UjiResult *r = t->r;
    UjiFail *nf = ar_alloc(t->ar, (size_t)(r->nfails + 1) * sizeof *nf);
    if (r->nfails)
        memcpy(nf, r->fails, (size_t)r->nfails * sizeof *nf);
    SrcPos pos = src_span_lo(t->src, at);
    nf[r->nfails++] = (UjiFail){where(t->src, t->ar, at), pos.line, pos.col, source_text(t, at),
                                ar_strdup(t->ar, expected), ar_strdup(t->ar, actual)};
    r->fails = nf;
}

const char *uji_rencana(const Uji *u)
{
    for (Node *x = u->items.head; x; x = x->next)
        if (x->kind == N_PROP && strcmp(((Prop *)x)->name.s, "rencana") == 0 && ((Prop *)x)->val.kind == V_NAME)
            return ((Prop *)x)->val.name.s;
    return NULL;
}

void uji_init(UjiResult *r, const MTest *t, const SrcSet *src, Arena *ar)
{
    memset(r, 0, sizeof *r);
    r->name = str0(t->decl->name);
    SrcFile *f = src_get(src, t->decl->h.span.file);
    r->file = f ? f->path : "";
    r->where = where(src, ar, t->decl->h.span);
    r->line = src_span_lo(src, t->decl->h.span).line;
}

static Period uji_period(const Uji *u, const MPlan *pl)
{
    Period per = {P_YEAR, pl->tahun, 0};
    for (Node *x = u->items.head; x; x = x->next) {
        Prop *p = (Prop *)x;
        if (x->kind != N_PROP || strcmp(p->name.s, "periode") != 0)
            continue;
        if (p->val.kind == V_PERIOD)
            per = p->val.period;
        else if (p->val.kind == V_NUM && pd_year_ok(p->val.num.v))    /* else E013 */
            per = (Period){P_YEAR, (int)p->val.num.v, 0};
    }
    if (per.year == 0)
        per.year = pl->tahun;
    return per;
}

/* The plan code a row is stored under: its PLAN, else the test's (own). */
static const char *row_rencana(const Row *row, const char *own)
{
    return row->plan.s ? row->plan.s : own;
}

/* The line of the row before `row` in the test that it repeats (DT_DUP)
 * or overlaps (DT_OVERLAP). */
static int earlier_row(const SrcSet *src, const Uji *u, const char *own, const Row *row, DtPut why)
{
    int idx = pd_index(row->period);
    for (Node *x = u->items.head; x; x = x->next) {
        if (x->kind != N_UJIDATA)
            continue;
        for (Node *y = ((UjiData *)x)->rows.head; y && y != &row->h; y = y->next) {
            const Row *e = (const Row *)y;
            if (strcmp(e->code.s, row->code.s) != 0 || e->period.year != row->period.year ||
                strcmp(row_rencana(e, own), row_rencana(row, own)) != 0)
                continue;
            int j = pd_index(e->period);
            if (why == DT_DUP ? j == idx : (pd_mask_overlapping(idx) >> j & 1))
                return src_span_lo(src, e->h.span).line;
        }
    }
    return 0;
}

/* A row's code is an indicator of pl, a data series, or one of pl's
 * budgeted elements (its rupiah); else it fails the test. */
static bool row_code_ok(Ctx *t, const MPlan *pl, const Row *row)
{
    const MInd *ind = sm_ind(pl, row->code.s);
    const MSas *el = ind ? NULL : sm_element(pl, row->code.s);
    MSeries *se = NULL;
    if (!ind)
        HASH_FIND_STR(t->m->series, row->code.s, se);
    if (ind || se || (el && el_budgets(el->kind)))
        return true;
    add_fail(t, row->h.span, _("a code of the plan or a data series"),
             ar_printf(t->ar, _("'%s' is neither in plan %s"), row->code.s, pl->code));
    return false;
}

/* A row's VALUE suits its code: a level of its indicator's tingkat unit
 * (OPINI 2025 WDP), a number otherwise; else it fails the test. */
static bool row_value_ok(Ctx *t, const MPlan *pl, const Row *row)
{
    if (!pl)
        return true;            /* another plan's, not at hand: check judged it */
    const MInd *ind = sm_ind(pl, row->code.s);
    const MUnit *u = ind ? ind->unit : NULL;
    char list[256];
    if (lv_is(u) && lv_find(u, row->level.s) < 0) {
        const char *near = row->level.s ? lv_nearest(u, row->level.s) : NULL;
        add_fail(t, row->val.span, ar_printf(t->ar, "a level of satuan '%s' (%s)", u->name, lv_list(u, list, sizeof list)),
                 ar_printf(t->ar, "%s%s%s%s", row->val.text ? row->val.text : "?", near ? "; did you mean '" : "",
                           near ? near : "", near ? "'?" : ""));
        return false;
    }
    if (!lv_is(u) && row->level.s) {
        add_fail(t, row->val.span, ar_printf(t->ar, "a number: %s is not of a 'tingkat' satuan", row->code.s),
                 ar_printf(t->ar, "the level '%s'", row->level.s));
        return false;
    }
    return true;
}

/* The plan a row is for: its PLAN when written (NULL when that plan's
 * Model is not at hand: check has judged its code), else the test's. */
static const MPlan *row_plan(Ctx *t, const MPlan *pl, const Row *row)
{
    if (!row->plan.s)
        return pl;
    return t->w && t->w->plan ? t->w->plan(t->w->ctx, row->plan.s) : NULL;
}

/* One data row into ds under its plan, as a data file's row with that
 * rencana; false: it fails the test. */
static bool uji_row(Ctx *t, const MPlan *own, const Row *row, DataStore *ds)
{
    const MPlan *pl = row_plan(t, own, row);
    const char *rencana = row_rencana(row, own->code);
    if (!pl)
        pl = own;               /* its year: the test's plan's */
    else if (!row_code_ok(t, pl, row))
        return false;
    if (!row_value_ok(t, row_plan(t, own, row), row))
        return false;
    char pb[PD_BUFSZ];
    Period per = row->period;
    /* the plan year, or history, as a data file's rows */
    if (pd_years_back(pl->tahun, per.year) < 0) {
        add_fail(t, row->period_span,
                 ar_printf(t->ar, _("a period of %d or of its history, %d-%d"), pl->tahun,
                           pl->tahun - PD_HISTORY, pl->tahun - 1),
                 pd_format(per, pb, sizeof pb));
        return false;
    }
    DtSrc src = {row->h.span.file, src_span_lo(t->src, row->h.span).line};
    DtPut put = row->level.s ? dt_key_put_level(ds, rencana, row->code.s, per.year, pd_index(per), row->level.s, src)
                             : dt_key_put(ds, rencana, row->code.s, per.year, pd_index(per), false, row->val.v, src);
    if (put != DT_OK) {
        add_fail(t, row->h.span, _("one row per code and period, none overlapping"),
                 ar_printf(t->ar, _("%s the row at line %d"), put == DT_DUP ? _("repeats") : _("overlaps"),
                           earlier_row(t->src, t->uji, own->code, row, put)));
        return false;
    }
    return true;
}

/* Loads the inline data rows; a bad row fails the test with its reason. */
static bool uji_data(Ctx *t, const MPlan *pl, DataStore *ds)
{
    for (Node *x = t->uji->items.head; x; x = x->next) {
        if (x->kind != N_UJIDATA)
            continue;
        for (Node *y = ((UjiData *)x)->rows.head; y; y = y->next)
            if (!uji_row(t, pl, (Row *)y, ds))
                return false;
    }
    return true;
}

static bool is_comparison(const MExpr *e)
{
    return e->kind == MX_BIN && e->op >= OP_EQ && e->op <= OP_GE;
}

/* harap A op B: numbers compared as shown (two decimals). */
static void check_harap(Ctx *t, RPlan *rp, const MHarap *mh, DgList *d)
{
    char ea[128], eb[128];
    const Harap *h = mh->decl;
    if (h->temuan) {
        const char *want = str0(h->temuan);
        for (int i = 0; i < rp->ntemuan; i++)
            if (strcmp(rp->temuan[i].rule->name, want) == 0)
                return;
        add_fail(t, h->h.span, ar_printf(t->ar, _("a finding of aturan \"%s\""), want),
                 rp->ntemuan ? ar_printf(t->ar, _("%d other finding(s), e.g. \"%s\""), rp->ntemuan, rp->temuan[0].rule->name)
                             : _("no finding"));
        return;
    }
    const MExpr *e = mh->expr;
    if (!e)
        return;
    if (!is_comparison(e)) {
        EvValue v = ev_expr(rp, e, d);
        if (!((v.kind == EV_BOOL || v.kind == EV_NUM) && v.n != 0))
            add_fail(t, h->h.span, "benar", ev_value_text(v, ea, sizeof ea));
        return;
    }
    EvValue a = ev_expr(rp, e->u.bin.a, d);
    EvValue b = ev_expr(rp, e->u.bin.b, d);
    if (a.kind == EV_NUM)
        a.n = nm_round2(a.n);
    if (b.kind == EV_NUM)
        b.n = nm_round2(b.n);
    bool ok = false;
    if (a.kind == EV_NUM && b.kind == EV_NUM) {
        double x = a.n, y = b.n;
        switch (e->op) {
        case OP_EQ: ok = x == y; break;
        case OP_NE: ok = x != y; break;
        case OP_LT: ok = x < y; break;
        case OP_LE: ok = x <= y; break;
        case OP_GT: ok = x > y; break;
        case OP_GE: ok = x >= y; break;
        default: break;
        }
    } else if (a.kind == EV_STR && b.kind == EV_STR) {
        int c = strcmp(a.s, b.s);
        ok = e->op == OP_EQ ? c == 0 : e->op == OP_NE ? c != 0 : false;
    } else if (e->op == OP_NE) {
        /* a string and a number differ; kosong compares with nothing (as
         * in every expression), so an expectation on it never holds */
        ok = a.kind != b.kind && a.kind != EV_KOSONG && b.kind != EV_KOSONG;
    }
    if (!ok) {
        const char *op = source_text(t, (Span){e->u.bin.a->span.file, e->u.bin.a->span.hi,
                                                e->u.bin.b->span.lo});
        const char *want = ev_value_text(b, eb, sizeof eb);
        if (e->op != OP_EQ)
            want = ar_printf(t->ar, "a value%s%s", op, want);
        add_fail(t, h->h.span, want, ev_value_text(a, ea, sizeof ea));
    }
}

void uji_run(Model *m, const MTest *t, const MPlan *pl, const UjiWorld *w, const SrcSet *src, UjiResult *r,
             Arena *ar, DgList *quiet)
{
    Ctx c = {.m = m, .src = src, .ar = ar, .r = r, .uji = t->decl, .w = w};
    DataStore ds;
    dt_init(&ds);
    if (uji_data(&c, pl, &ds)) {
        /* the plan's supporters evaluated on these rows, as eval does on
         * the data files (none: exactly as before cascading) */
        EvOptions eo = {.rules = true, .cascade = w && w->cascade ? w->cascade(w->ctx, &ds, pl) : NULL};
        Arena *va = ar_new();
        DtView v;
        dt_bind(&v, &ds, m, pl, va);
        RPlan *rp = ev_plan(m, &v, pl, uji_period(t->decl, pl), &eo, quiet);
        for (int i = 0; i < t->nharap; i++)
            check_harap(&c, rp, &t->harap[i], quiet);
        ev_free(rp);
        ar_free(va);
    }
    dt_free(&ds);
}
