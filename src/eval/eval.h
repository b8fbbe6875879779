/*
 * eval.h - the interpreter of docs/language.md#evaluation and #rules-aturan: realisasi, target
 * and capaian of every indicator for a period, roll-ups, predikat, and
 * the aturan rules, producing an RPlan (result.h).
 */
#ifndef RKT_EVAL_H
#define RKT_EVAL_H

#include "data/data.h"
#include "base/diag.h"
#include "check/model.h"
#include "eval/result.h"

/* Evaluates `plan` through period `per` (year 0 = the plan's year; a
 * P_YEAR period of year 0 = the whole year), reading its data through
 * `view` (NULL: no data, every realisasi is kosong).  Warnings (division by zero) go to d.
 * `rules`: also run the aturan rules (all of them, or only the static
 * ones when static_only).  Free with ev_free. */
typedef struct EvOptions {
    bool rules;
    bool static_only;
    const char *periode_text;     /* as given; NULL: derived from per */
    const struct EvCascade *cascade;  /* its supporters' supplies (cascade.h); NULL: none */
} EvOptions;

RPlan *ev_plan(Model *m, const DtView *view, const MPlan *plan, Period per,
               const EvOptions *opt, DgList *d);
void ev_free(RPlan *r);

/* The realisasi of an indicator of an evaluated plan through `per` (of
 * its year). */
RVal ev_realisasi(RPlan *r, const MInd *ind, Period per);

/* The default capaian (§4.3, by polaritas, before batas) of realisasi R
 * against target t: the documents' capaian against the Renstra's end
 * target (report/build_lkj.c).  Kosong without R or t. */
RVal ev_capaian_against(const MInd *ind, RVal R, const MTarget *t);

/* Evaluates an expression (a test's `harap`) against an evaluated plan,
 * with the values it already knows. */
typedef struct EvValue {
    enum { EV_KOSONG, EV_NUM, EV_BOOL, EV_STR } kind;
    double n;
    const char *s;
} EvValue;

EvValue ev_expr(RPlan *r, const MExpr *e, DgList *d);

/* The sum of a record's observations through per (a budget's rows:
 * budget.c); kosong when none lies inside the span. */
RVal ev_rows_sum(const DtView *v, int rec, Period per);

/* Formats a value for a message or a test report (NM_PLAIN numbers). */
const char *ev_value_text(EvValue v, char *buf, size_t n);

#endif
