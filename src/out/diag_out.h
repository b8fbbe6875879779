/*
 * diag_out.h - the renderers of a diagnostic list (diag_*.c), one per
 * `--format`: the caret view for people, JSON, GitHub workflow commands,
 * SARIF 2.1.0.  Kept out of base/diag.h so the base layer never calls up
 * into this one (make check-layers).
 *
 * Nothing taken from input reaches a terminal or a log raw (docs/cli.md
 * "Diagnostics"): every renderer escapes control characters its own way
 * (docs/diagnostics.md, "Formats").
 */
#ifndef RKT_DIAG_OUT_H
#define RKT_DIAG_OUT_H

#include <stdbool.h>
#include <stdio.h>

#include "base/diag.h"

typedef enum { DGF_HUMAN, DGF_JSON, DGF_GITHUB, DGF_SARIF } DgFormat;

/* Sorts (dg_sort) and renders in format f. */
void dg_render(FILE *out, DgFormat f, DgList *d, SrcSet *src, bool color);
/* Each writes the list in the order it has; dg_render sorts first.  The
 * human form is built in memory and written at once: stderr is
 * unbuffered, and a character at a time would be a write(2) each. */
void out_diag_human(FILE *out, DgList *d, SrcSet *src, bool color);
void out_diag_json(FILE *out, DgList *d, SrcSet *src);
void out_diag_github(FILE *out, DgList *d, SrcSet *src);
void out_diag_sarif(FILE *out, DgList *d, SrcSet *src);

#endif
