/*
 * uji.h - one `uji` block run (docs/cli.md "uji blocks"): its plan evaluated
 * for its period against its own data rows, then every `harap` checked:
 * a comparison compares numbers at the two decimals shown; `harap temuan
 * "rule"` asks that the rule fired.  The result is plain data with its
 * positions resolved, so that it outlives the plan's Model.
 */
#ifndef RKT_UJI_H
#define RKT_UJI_H

#include "check/model.h"
#include "eval/eval.h"

typedef struct UjiFail {
    const char *where;       /* "file:line:col" of the harap */
    int line, column;
    const char *expr;        /* its source text */
    const char *expected;
    const char *actual;
} UjiFail;

typedef struct UjiResult {
    const char *name;
    const char *file;        /* the uji's */
    const char *where;       /* "file:line:col" of the uji */
    int line;
    UjiFail *fails;
    int nfails;
    const char *error;       /* set when the test could not run */
} UjiResult;

/* The plan a test names with `rencana CODE`, or NULL when it names none. */
const char *uji_rencana(const Uji *u);

/* Fills r (strings from ar) with the name and place of test t. */
void uji_init(UjiResult *r, const MTest *t, const SrcSet *src, Arena *ar);

struct DataStore;
struct EvCascade;

/* The other plans of a run, as its pipeline holds them: a test's rows may
 * be for another plan, and a plan's supporters feed it (cascade.h). */
typedef struct UjiWorld {
    void *ctx;
    /* plan `code` when its Model is at hand; NULL: not (its rows are
     * still stored, their codes checked by check) */
    const MPlan *(*plan)(void *ctx, const char *code);
    /* the supplies of pl's supporters computed from the test's rows in
     * ds, kept by the caller until the test is done; NULL: pl has none */
    const struct EvCascade *(*cascade)(void *ctx, const struct DataStore *ds, const MPlan *pl);
} UjiWorld;

/* Runs test t against plan pl of model m: its data rows (a bad row fails
 * the test), the evaluation, the expectations.  Warnings of evaluation go
 * to `quiet`: they belong to eval, not to tests.  w (NULL: none) gives
 * the other plans. */
void uji_run(Model *m, const MTest *t, const MPlan *pl, const UjiWorld *w, const SrcSet *src, UjiResult *r,
             Arena *ar, DgList *quiet);

#endif
