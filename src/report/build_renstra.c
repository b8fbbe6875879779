/*
 * build_renstra.c - `report --jenis renstra`: the Renstra matrix (CLI.md
 * "Documents"): Tujuan, Indikator Tujuan, Sasaran, Indikator Sasaran,
 * Satuan, Kondisi Awal, a target column per year of its periode, Kondisi
 * Akhir (the target of the last year).  A row per indicator in source
 * order; a tujuan's or sasaran's text only on its first row.
 */
#include <math.h>
#include <string.h>

#include "check/sema.h"
#include "report/build.h"

enum { R_TUJ, R_ITUJ, R_SAS, R_ISAS, R_SATUAN, R_AWAL, R_Y0 };

/* The tujuan a sasaran serves: the one it is nested in, or its `tujuan T1`. */
static const MSas *tujuan_of(const MSas *s)
{
    for (const MSas *p = s; p; p = p->parent)
        if (p->kind == EL_TUJUAN)
            return p;
    return s->tujuan ? sm_element(s->plan, s->tujuan) : NULL;
}

RdDoc *rb_build_renstra(const RbInput *in)
{
    const MPlan *pl = in->r->plan;
    RdDoc *d = rb_doc("renstra", pl->title ? pl->title : pl->code, in->angka_en);
    rb_block(d, RD_B_TITLE, ar_printf(d->arena, "MATRIKS RENCANA STRATEGIS %d-%d", pl->periode_lo, pl->periode_hi));
    if (pl->instansi)
        rb_block(d, RD_B_TITLE, rb_upper(d, pl->instansi));
    int ny = pl->periode_hi >= pl->periode_lo && pl->periode_lo ? pl->periode_hi - pl->periode_lo + 1 : 0;
    int ncols = R_Y0 + ny + 1;
    RbTable tb = rb_table(d, "Renstra", NULL, ncols);
    const char **h0 = ar_alloc(d->arena, (size_t)ncols * sizeof *h0);
    const char **h1 = ar_alloc(d->arena, (size_t)ncols * sizeof *h1);
    static const char *const fixed[R_Y0] = {"Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran", "Satuan",
                                             "Kondisi Awal"};
    for (int c = 0; c < R_Y0; c++)
        h0[c] = fixed[c];
    if (ny)
        h0[R_Y0] = "Target";
    for (int y = 0; y < ny; y++)
        h1[R_Y0 + y] = ar_printf(d->arena, "%d", pl->periode_lo + y);
    h0[ncols - 1] = "Kondisi Akhir";
    rb_head(&tb, RD_ROW_HEAD, h0);
    rb_head(&tb, RD_ROW_HEAD, h1);
    for (int c = 0; c < R_Y0; c++)
        rb_span(&tb, 0, c, 1, 2);
    if (ny)
        rb_span(&tb, 0, R_Y0, ny, 1);
    rb_span(&tb, 0, ncols - 1, 1, 2);
    rb_numbers(&tb, NULL);
    const MSas *last_tuj = NULL, *last_sas = NULL;
    for (int i = 0; i < pl->ninds; i++) {
        const MInd *ind = pl->inds[i];
        const MSas *el = ind->sas;
        bool is_tuj = el && el->kind == EL_TUJUAN;
        const MSas *tuj = el ? (is_tuj ? el : tujuan_of(el)) : NULL;
        RdRow *row = rb_row(&tb, RD_ROW_BODY);
        if (tuj && tuj != last_tuj)
            rb_text(row, R_TUJ, tuj->uraian ? tuj->uraian : tuj->code);
        last_tuj = tuj;
        if (is_tuj) {
            rb_text(row, R_ITUJ, ind->uraian);
        } else {
            if (el && el != last_sas)
                rb_text(row, R_SAS, el->uraian ? el->uraian : el->code);
            last_sas = el;
            rb_text(row, R_ISAS, ind->uraian);
        }
        rb_text(row, R_SATUAN, mu_label(ind->unit, d->arena));
        rb_num(row, R_AWAL, rb_target_num(&ind->kondisi_awal), RD_AUTO);
        for (int y = 0; y < ny; y++)
            rb_num(row, R_Y0 + y, rb_target_num(sm_year_target(ind, pl->periode_lo + y)), RD_AUTO);
        rb_num(row, ncols - 1, ny ? rb_target_num(sm_year_target(ind, pl->periode_hi)) : NAN, RD_AUTO);
    }
    rb_table_done(d, &tb);
    rb_sign(d, pl, false);
    return d;
}
