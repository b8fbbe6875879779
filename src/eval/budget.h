/*
 * budget.h - the budgets of a plan's tree (docs/language.md, "Budget"):
 * an element's anggaran (pagu), the realisation of its budget through a
 * period summed up the tree, its serapan, and the plan's totals.
 */
#ifndef RKT_BUDGET_H
#define RKT_BUDGET_H

#include "data/data.h"
#include "eval/result.h"

/* The element's pagu: its own, else the sum of its budget children's
 * (el_budget_kids); kosong when nothing in it is budgeted. */
RVal bg_anggaran(const MSas *el);

/* Rupiah spent through per: its own rows through per and its budget
 * children's; kosong when no row through per lies anywhere in it. */
RVal bg_realisasi(const DtView *v, const MSas *el, Period per);

/* realisasi / anggaran x 100, from the sums; kosong with either kosong
 * or a pagu of 0. */
RVal bg_serapan(const DtView *v, const MSas *el, Period per);

/* Fills the budget of an element's result: the three values and its
 * tanpa_anggaran (the budgeted children with no row through per). */
void bg_element(const DtView *v, RSas *rs, Period per, Arena *ar);

/* The plan's: sums over its outermost budgeted elements (those inside
 * no program, kegiatan or subkegiatan). */
void bg_totals(const DtView *v, const MPlan *pl, Period per, RVal *pagu, RVal *spent);
void bg_plan(const DtView *v, RPlan *r, Period per);

/* spent / pagu x 100; kosong with either kosong or a pagu of 0. */
RVal bg_ratio(RVal spent, RVal pagu);

#endif
