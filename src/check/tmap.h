/*
 * tmap.h - the targets of a year's parts (MTargetMap): lowering a map of
 * quarters, semesters or months, cumulative or `periodik`, from the syntax
 * tree; the checks of docs/language.md "Checks" on such maps and on a
 * Renstra's trend; and what a map gives through a period (§4.2), which
 * the evaluator, explain and the static checks all read from here.
 */
#ifndef RKT_TMAP_H
#define RKT_TMAP_H

#include "check/model.h"

struct Sema;

/* The map of `target { TW1: n, ... }` or `target periodik { ... }` in an
 * rkt or pk, with its errors reported (E011, E013, E060); NULL when no
 * entry could be read. */
MTargetMap *tm_lower(struct Sema *s, MInd *ind, const Value *v);

/* The checks of an indicator's own map (E015, E022, E023, W060) against
 * its konsolidasi and its annual target; sets the annual target from the
 * map when none is written or inherited. */
void tm_check(struct Sema *s, MInd *ind);

/* A Renstra's year targets that move against the polaritas every year
 * (W061). */
void tm_check_trend(struct Sema *s, MInd *ind);

/* The target through the month `last` (1..12) of the plan year:
 * the value, and which part it came from. */
typedef struct TmThrough {
    MTarget t;                  /* .set false: none (an incomplete map) */
    int part;                   /* 1-based: the last part counted */
    int elapsed, len;           /* months of that part through `last`, of its months */
} TmThrough;

TmThrough tm_through(const MTargetMap *m, Konsolidasi kon, int last);

/* The map's target for the whole year (tm_through to December). */
MTarget tm_year(const MTargetMap *m, Konsolidasi kon);

/* The sum, over the parts through `last` that have an observation (bit
 * m - 1 of months set for each month m an observation covers), of each
 * part's own target: a periodik entry, or a cumulative entry minus the one
 * before; a part only partly inside counts its elapsed share for jumlah.
 * .set false when no part has one. */
MTarget tm_reported(const MTargetMap *m, Konsolidasi kon, int last, unsigned months);

/* "TW2", "S1", "B05": the name of part i (0-based) of the map. */
const char *tm_part_name(const MTargetMap *m, int i, char *buf, size_t n);

/* For check_one_target: `which` of part i (sema.c's target_name). */
enum { TM_WHICH_BASE = 10000 };

#endif
