/*
 * capaian.h - the default achievement formulas (docs/language.md#capaian,
 * LANGUAGE.md §4.3): by polarity, against a number or a band a..b (the
 * PermenPANRB rule: 100 inside the band, else the polarity's formula with
 * T* = the bound on R's side), with the rule for a zero target and the
 * `terburuk W` variant.  Pure arithmetic on one indicator's R and target:
 * the evaluator decides when there is an R (eval.c), explain prints what
 * was chosen (RFormula).  Prefix cp_.
 */
#ifndef RKT_CAPAIAN_H
#define RKT_CAPAIAN_H

#include "eval/result.h"

/* The target a formula compares R with: a number itself; for a band the
 * bound on R's side (the lower one when R is below it, else the upper). */
double cp_tstar(const MTarget *t, double R);

/* Whether R lies inside the band of a range target (a <= R <= b). */
bool cp_inside(const MTarget *t, double R);

/* The default capaian of R against t, before batas; *f says which rule.
 * Not finite (a division by a zero T - W) only on a plan with errors. */
RVal cp_default(const MInd *ind, double R, const MTarget *t, RFormula *f);

#endif
