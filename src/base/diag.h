/*
 * diag.h - diagnostics: one record per finding, collected for a run and
 * rendered by the out_diag_* modules (human, JSON, GitHub, SARIF).
 * Codes are stable: E = error, W = warning, I = note; every code is in
 * docs/diagnostics.md (a test checks).
 */
#ifndef RKT_DIAG_H
#define RKT_DIAG_H

#include <stdbool.h>
#include <stdio.h>
#include "base/source.h"

typedef enum { DG_ERROR, DG_WARNING, DG_NOTE } DgSev;

typedef struct Diag {
    DgSev sev;
    const char *code;    /* static string, "E012" */
    char *msg;           /* malloc'd, full sentence incl. suggestion */
    Span span;
    int seq;             /* insertion order, for a stable sort */
    int order;           /* load order of the span's file (dg_sort) */
} Diag;

typedef struct DgList {
    Diag *v;
    int n, cap;
    int nerr, nwarn, nnote;
    bool werror;         /* warnings count as errors for exit status */
    bool limit;          /* an internal limit was hit: exit 2 */
} DgList;

void dg_init(DgList *d);
void dg_free(DgList *d);
void dg_add(DgList *d, DgSev sev, const char *code, Span at, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Moves every record of `from` to the end of `to`, as if added there
 * (and its limit flag); `from` is left empty. */
void dg_move(DgList *to, DgList *from);
/* Severity of a code from its first letter. */
DgSev dg_sev_of(const char *code);
/* dg_add with the severity taken from the code. */
void dg_emit(DgList *d, const char *code, Span at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Source order: file (in load order; by id when src is NULL), line,
 * column, then insertion. */
void dg_sort(DgList *d, const SrcSet *src);
bool dg_failed(const DgList *d);   /* errors, or warnings under werror */
const char *dg_sev_name(DgSev s);  /* "error", "warning", "note" */

/* Nearest candidate to `word` by edit distance, NULL if none is close. */
const char *dg_nearest(const char *word, const char *const *cands, int n);

/* Renderers (out_diag_*.c). */
typedef enum { DGF_HUMAN, DGF_JSON, DGF_GITHUB, DGF_SARIF } DgFormat;
void dg_render(FILE *out, DgFormat f, DgList *d, SrcSet *src, bool color);
void out_diag_human(FILE *out, DgList *d, SrcSet *src, bool color);
void out_diag_json(FILE *out, DgList *d, SrcSet *src);
void out_diag_github(FILE *out, DgList *d, SrcSet *src);
void out_diag_sarif(FILE *out, DgList *d, SrcSet *src);

#endif
