/*
 * budget.c - the budgets of a plan's tree: pagu, realisasi anggaran and
 * serapan of every element and of the plan (budget.h).  Budgets always
 * add up: every value here is a sum over the tree, and serapan is taken
 * from the sums, never as a mean of percentages.
 */
#include <stdlib.h>

#include "eval/budget.h"
#include "eval/eval.h"

static RVal bg_none(void)
{
    return (RVal){false, 0};
}

/* The budget children, in a scratch array the caller frees. */
static int bg_kids(const MSas *el, const MSas ***out)
{
    *out = xcalloc((size_t)el->plan->nels + 1, sizeof **out);
    return el_budget_kids(el, *out);
}

RVal bg_anggaran(const MSas *el)
{
    if (el->has_anggaran)
        return (RVal){true, el->anggaran};
    const MSas **kids;
    int n = bg_kids(el, &kids);
    RVal sum = bg_none();
    for (int i = 0; i < n; i++) {
        RVal a = bg_anggaran(kids[i]);
        if (a.ada)
            sum = (RVal){true, sum.v + a.v};
    }
    free(kids);
    return sum;
}

RVal bg_realisasi(const DtView *v, const MSas *el, Period per)
{
    RVal sum = el_budgets(el->kind) ? ev_rows_sum(v, dt_view_el(v, el), per) : bg_none();
    const MSas **kids;
    int n = bg_kids(el, &kids);
    for (int i = 0; i < n; i++) {
        RVal r = bg_realisasi(v, kids[i], per);
        if (r.ada)
            sum = (RVal){true, sum.v + r.v};     /* a kosong child counts 0 */
    }
    free(kids);
    return sum;
}

RVal bg_ratio(RVal spent, RVal pagu)
{
    if (!spent.ada || !pagu.ada || pagu.v == 0)
        return bg_none();
    return (RVal){true, spent.v / pagu.v * 100};
}

RVal bg_serapan(const DtView *v, const MSas *el, Period per)
{
    return bg_ratio(bg_realisasi(v, el, per), bg_anggaran(el));
}

void bg_element(const DtView *v, RSas *rs, Period per, Arena *ar)
{
    const MSas *el = rs->sas;
    rs->anggaran = bg_anggaran(el);
    rs->realisasi_anggaran = bg_realisasi(v, el, per);
    rs->serapan = bg_ratio(rs->realisasi_anggaran, rs->anggaran);
    const MSas **kids;
    int n = bg_kids(el, &kids);
    rs->tanpa_anggaran = ar_alloc(ar, (size_t)(n + 1) * sizeof *rs->tanpa_anggaran);
    for (int i = 0; i < n; i++)
        if (bg_anggaran(kids[i]).ada && !bg_realisasi(v, kids[i], per).ada)
            rs->tanpa_anggaran[rs->ntanpa_anggaran++] = kids[i]->code;
    free(kids);
}

/* Outermost: a budget kind with no budget kind around it. */
static bool bg_outermost(const MSas *el)
{
    if (!el_budgets(el->kind))
        return false;
    for (const MSas *p = el->parent; p; p = p->parent)
        if (el_budgets(p->kind))
            return false;
    return true;
}

void bg_totals(const DtView *v, const MPlan *pl, Period per, RVal *pagu, RVal *spent)
{
    *pagu = *spent = bg_none();
    for (int i = 0; i < pl->nels; i++) {
        if (!bg_outermost(pl->els[i]))
            continue;
        RVal a = bg_anggaran(pl->els[i]), s = bg_realisasi(v, pl->els[i], per);
        if (a.ada)
            *pagu = (RVal){true, pagu->v + a.v};
        if (s.ada)
            *spent = (RVal){true, spent->v + s.v};
    }
}

void bg_plan(const DtView *v, RPlan *r, Period per)
{
    bg_totals(v, r->plan, per, &r->anggaran, &r->realisasi_anggaran);
    r->serapan = bg_ratio(r->realisasi_anggaran, r->anggaran);
}
