/*
 * level_eval.h - evaluating indicators of `tingkat` units
 * (docs/language.md, "Levels"): the realisasi is the index of the level
 * of the last observation, the capaian compares levels (§4.3), and in
 * expressions a level is its name, a string.
 */
#ifndef RKT_LEVEL_EVAL_H
#define RKT_LEVEL_EVAL_H

#include "check/level.h"
#include "data/data.h"
#include "eval/eval.h"
#include "eval/result.h"

/* The index of the level of the last observation of record rec whose
 * period ends within per; kosong when there is none.  When `used` is not
 * NULL the observations read are copied there (explain), in order:
 * room for PD_NIDX. */
RVal le_realisasi(const DataStore *ds, int rec, const MUnit *u, Period per, DtObs *used, int *nused);

/* The capaian of realisation level R against target t (§4.3), before
 * batas: with level values value(R) / value(T) x 100 (a target value of 0:
 * the zero rule), without them 100 when R is T or better, else 0. */
RVal le_capaian(const MUnit *u, double R, const MTarget *t, RFormula *f);

/* The value of level R (level values), for `predikat ... dari realisasi`. */
RVal le_value(const MUnit *u, RVal R);

/* Level index R (a realisasi or a target) as an expression's value: its
 * name, or kosong. */
EvValue le_str(const MUnit *u, RVal R);

/* An expression's value as a level index of u (a derived indicator's
 * `realisasi = expr` that gives a level's name). */
RVal le_from_value(const MUnit *u, EvValue v);

#endif
