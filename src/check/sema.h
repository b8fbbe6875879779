/*
 * sema.h - semantic analysis: builds the Model from the ASTs of a run and
 * performs every check of LANGUAGE.md §6 that needs no realisation data.
 * sema_ref.c adds the checks against the referenced plan (`mengacu`).
 */
#ifndef RKT_SEMA_H
#define RKT_SEMA_H

#include "front/load.h"
#include "check/model.h"

/* Always returns a Model (possibly partial when there were errors). */
Model *sm_build(Program *p);
void sm_free(Model *m);

/* Plan lookup by code; NULL if absent. */
MPlan *sm_plan(const Model *m, const char *code);
MInd *sm_ind(const MPlan *p, const char *code);
MSas *sm_sas(const MPlan *p, const char *code);

/* Checks against referenced plans (sema_ref.c), run by sm_build. */
void sm_check_refs(Model *m, DgList *d);

#endif
