/*
 * cascade.h - a superior's realisasi from its supporters' (docs/language.md#cascading):
 * each supporting indicator's realisasi through every period of the year,
 * taken from its own plan's evaluation (EvSupply), and the supplies of a
 * superior's supporters indexed by the code they support (EvCascade).
 */
#ifndef RKT_CASCADE_H
#define RKT_CASCADE_H

#include "base/period.h"
#include "eval/result.h"

typedef struct EvSupply {
    const char *plan;           /* the supporter's plan code */
    const char *code;           /* the superior's indicator it supports */
    RVal r[PD_NIDX];            /* its realisasi through each period (pd_index) */
} EvSupply;

typedef struct EvCascEntry EvCascEntry;

/* The supplies of one superior's supporters, by the code they support,
 * each list in the order added (the supporters' plan order). */
typedef struct EvCascade {
    EvCascEntry *by_code;
} EvCascade;

void ev_cascade_init(EvCascade *c);
void ev_cascade_free(EvCascade *c);
void ev_cascade_add(EvCascade *c, const EvSupply *s);
/* The supplies for `code` (n of them), or NULL. */
const EvSupply *const *ev_cascade_find(const EvCascade *c, const char *code, int *n);

/* The supplies of an evaluated plan: one per indicator with `mendukung`,
 * malloc'd (free), their number returned. */
int ev_supplies(RPlan *r, EvSupply **out);

/* A supporter's supplies from an evaluation of plan pl (of Model m) on
 * store ds, its own supporters' supplies in c (NULL: none), through per;
 * *bad tells whether its data are at fault.  Its warnings are dropped:
 * they belong to its own evaluation.  The pipeline's eval and an uji's
 * run both take a supporter's realisasi from here. */
int ev_supply_eval(Model *m, const struct DataStore *ds, const MPlan *pl, Period per, const EvCascade *c,
                   EvSupply **out, bool *bad);

#endif
