/*
 * level.h - the ordered levels of a `tingkat` unit (docs/language.md,
 * "Levels"): `satuan opini : tingkat { WTP, WDP, TW, TMP }`, best first,
 * optionally with values (`{ AA = 100, A = 90 }`).  A level is known by
 * its index in the unit's list (0 = the best); a level target keeps its
 * name (MTarget.level) and a level in the data its text, so that every
 * reader turns either into the index with lv_find.
 */
#ifndef RKT_LEVEL_H
#define RKT_LEVEL_H

#include <stdbool.h>
#include <stddef.h>
#include "check/model.h"

/* u is a tingkat unit. */
static inline bool lv_is(const MUnit *u)
{
    return u && u->kind == UK_TINGKAT;
}

/* The index of level s[0..n) of u, or -1. */
int lv_findn(const MUnit *u, const char *s, size_t n);
int lv_find(const MUnit *u, const char *name);

/* The name of the level at index ix (a double, as values are carried),
 * or NULL when ix is not one of u's. */
const char *lv_name(const MUnit *u, double ix);

/* The level of u nearest to s ("did you mean"), or NULL. */
const char *lv_nearest(const MUnit *u, const char *s);

/* u's levels as "WTP, WDP, TW, TMP", into buf. */
const char *lv_list(const MUnit *u, char *buf, size_t n);

/* The index of a level target of u, or -1 (not a level, or not u's). */
int lv_target(const MUnit *u, const MTarget *t);

#endif
