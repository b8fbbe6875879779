/*
 * tingkat.h - the checks of `tingkat` units and of their indicators'
 * targets, for sema.c (tingkat.c).  Only the check layer includes it.
 */
#ifndef RKT_TINGKAT_H
#define RKT_TINGKAT_H

#include <stdbool.h>
#include "check/model.h"

struct Sema;

/* A satuan's levels into u (u->kind set): E070, E011. */
void tk_lower_unit(struct Sema *s, MUnit *u, Satuan *n);

/* A target against a tingkat unit, or a level target against any unit:
 * resolves a level's index into lo/hi (E071-E073).  True when the target
 * concerns levels (the numeric checks do not apply then). */
bool tk_check_target(struct Sema *s, const MInd *ind, MTarget *t, const char *what);

/* konsolidasi (E074) and `predikat ... dari realisasi` (E075) on an
 * indicator of a tingkat unit; its konsolidasi is terakhir. */
void tk_check_indicator(struct Sema *s, MInd *ind);

#endif
