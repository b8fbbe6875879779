/*
 * sema.h - semantic analysis: builds the Model from the ASTs of a run and
 * performs every check of docs/language.md#checks that needs no realisation data.
 * sema_ref.c adds the checks against the referenced plan (`mengacu`).
 */
#ifndef RKT_SEMA_H
#define RKT_SEMA_H

#include "front/catalog.h"
#include "front/load.h"
#include "check/model.h"

/* What one build of the pipeline (docs/design.md) hands to sema: its
 * trees, and what it sees beyond them. */
typedef struct SmInput {
    Ast **asts;                 /* in tree order */
    int nasts;
    SrcSet *src;
    DgList *d;
    const Catalog *cat;         /* every file's names and codes: required
                                 * (who declared a name first, the codes) */
    const Model *base;          /* the base, for a build of plan files; NULL:
                                 * this build is the base (or the whole run) */
    MPlan *(*world_plan)(void *ctx, const char *code);  /* other builds' plans */
    const MSupport *(*world_support)(void *ctx, const char *code);  /* and what is
                                 * kept of supporters once built (sm_support) */
    void *world;
    bool defer_unused;          /* the base: W003 waits for every build */
} SmInput;

/* Always returns a Model (possibly partial when there were errors). */
Model *sm_build_input(const SmInput *in);
/* What a superior's check reads of supporter plan pl (model.h,
 * MSupport), malloc'd apart from its Model; NULL for a plan with no
 * atasan.  sm_support_free frees it. */
MSupport *sm_support(const MPlan *pl);
void sm_support_free(MSupport *u);
/* Every tree of a Program loaded without a catalogue, as one build. */
Model *sm_build(Program *p);
void sm_free(Model *m);

/* W003 for the base's declarations that no build used: `used`, the
 * builds' records merged (by kind and id; NULL: what the base marked). */
void sm_warn_unused(const Model *base, bool *const used[MU__COUNT], Ast **asts, int nasts, DgList *d);

/* Plan lookup by code: the Model's own, else another build's; NULL if
 * absent. */
MPlan *sm_plan(const Model *m, const char *code);
MInd *sm_ind(const MPlan *p, const char *code);
MSas *sm_element(const MPlan *p, const char *code);

/* The target of `ind` for the whole of `year` (target(X, 2029)): the
 * first plan of its mengacu chain that states one, an rkt or pk of that
 * year its annual target, a renstra its target for that year; NULL when
 * none does. */
const MTarget *sm_year_target(const MInd *ind, int year);

/* Checks against referenced plans (sema_ref.c), run by sm_build. */
void sm_check_refs(Model *m, DgList *d);

#endif
