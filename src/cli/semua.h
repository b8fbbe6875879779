/*
 * semua.h - `rkt eval --semua` as a stream: every rkt/pk plan of a run
 * against the national export, with memory bounded by one plan file and
 * the data's values rather than by the whole run, on two threads.
 *
 * Phase 1 reads every --data file once into a keyed DataStore (data.h),
 * by (rencana, kode) text, before any plan is known.  Phase 2 loads the
 * files that are not plan files once (the base: units, renstra, rules and
 * what they import), then each plan file in turn into a child Program
 * (load.h, ld_fork), builds its Model, points its indicators and data
 * series at their records, evaluates and renders its plans, and frees it.
 * The output is the in-memory path's (cmd_eval.c), byte for byte, and so
 * are the diagnostics in every case the design covers; for the others
 * su_eval declines and the caller takes the in-memory path.
 */
#ifndef RKT_SEMUA_H
#define RKT_SEMUA_H

#include <stdbool.h>
#include <stddef.h>

#include "cli/cli.h"

typedef enum { SU_TABLE, SU_CSV, SU_JSON, SU_MD } SuFormat;

/* su_eval's answer when it leaves the run to the in-memory path: no
 * --semua plans to stream (fewer than two rkt/pk plans, --rencana, an
 * unreadable FILE or --periode), a layout it cannot split exactly (an
 * import cycle or an import it cannot resolve, a plan code declared
 * twice, a base too big to share), or an undeclared name (E018) whose
 * suggestions would draw on plans no build holds.  Nothing has been
 * printed then. */
#define SU_DECLINE (-1)

/* Runs `eval --semua` with the results in format `fmt`: the exit status,
 * or SU_DECLINE. */
int su_eval(const RktOpts *o, SuFormat fmt);

/* ---- the file classifier (exposed for the unit tests) ----------------
 *
 * A plan file holds rkt/pk plans and imports only: at brace depth 0 the
 * scan sees `impor "path"` and `rkt|pk CODE ["title"] { ... }` and
 * nothing else.  It skips whitespace, `#` comments and strings (with
 * their escapes, and the `{expr}` interpolations with the strings inside
 * them, as the lexer does) and counts braces; only depth 0 is looked at. */
typedef struct SuClass {
    bool plan;          /* an rkt or pk at depth 0 */
    bool other;         /* anything else at depth 0: not a plan file */
    bool odd;           /* an import it cannot follow exactly */
    char **codes;       /* the rkt/pk codes, in order */
    size_t *code_at;    /* byte offset of each code */
    int ncodes;
    char **imports;     /* the impor paths, in order */
    int nimports;
} SuClass;

void su_classify(const char *text, size_t len, SuClass *out);
void su_class_free(SuClass *c);

#endif
