/*
 * diag_out.c - dg_render: sorts a diagnostic list and hands it to the
 * renderer of the format asked for.
 */
#include "out/diag_out.h"

/* Renders in source order: sorting here means no caller can forget. */
void dg_render(FILE *out, DgFormat f, DgList *d, SrcSet *src, bool color)
{
    dg_sort(d, src);
    switch (f) {
    case DGF_HUMAN:  out_diag_human(out, d, src, color); break;
    case DGF_JSON:   out_diag_json(out, d, src); break;
    case DGF_GITHUB: out_diag_github(out, d, src); break;
    case DGF_SARIF:  out_diag_sarif(out, d, src); break;
    }
}
