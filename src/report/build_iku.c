/*
 * build_iku.c - `report --jenis iku`: the IKU form (CLI.md "Documents"):
 * No, Sasaran, Indikator Kinerja Utama, Definisi Operasional (definisi),
 * Formula (the capaian rule of the indicator's polaritas in words, or its
 * `capaian = expr` written back as written), Satuan, Target, Sumber Data
 * (sumber), Penanggung Jawab (pelaksana).
 */
#include <string.h>

#include "report/build.h"

/* The rule of docs/language.md#capaian in words. */
static const char *formula_words(const MInd *ind)
{
    switch (ind->pol) {
    case POL_MINIMAL: return "Capaian = (2 - Realisasi / Target) x 100% (polaritas minimal: makin kecil makin baik)";
    case POL_STABIL: return "Capaian = 100% bila Realisasi dalam rentang target; di bawahnya Realisasi / batas bawah x 100%, "
                            "di atasnya (2 - Realisasi / batas atas) x 100% (polaritas stabil)";
    default: return "Capaian = Realisasi / Target x 100% (polaritas maksimal: makin besar makin baik)";
    }
}

/* `capaian = expr` as written in the plan. */
static const char *formula_written(RdDoc *d, const MExpr *e, const SrcSet *src)
{
    SrcFile *sf = src_get(src, e->span.file);
    if (sf && !sf->text)
        src_unshelve(sf, SRC_MAX_BYTES);
    if (!sf || !sf->text || e->span.lo < 0 || e->span.hi < e->span.lo || (size_t)e->span.hi > sf->len)
        return "capaian = (rumus pada rencana)";
    return ar_printf(d->arena, "capaian = %.*s", e->span.hi - e->span.lo, sf->text + e->span.lo);
}

enum { I_NO, I_SAS, I_IND, I_DEF, I_FORMULA, I_SATUAN, I_TARGET, I_SUMBER, I_PJ, I_NCOLS };

RdDoc *rb_build_iku(const RbInput *in)
{
    const MPlan *pl = in->r->plan;
    RdDoc *d = rb_doc("iku", pl->title ? pl->title : pl->code, in->angka_en);
    rb_block(d, RD_B_TITLE, ar_printf(d->arena, "INDIKATOR KINERJA UTAMA TAHUN %d", pl->tahun));
    if (pl->instansi)
        rb_block(d, RD_B_TITLE, rb_upper(d, pl->instansi));
    RbTable tb = rb_table(d, "IKU", NULL, I_NCOLS);
    const char *h[I_NCOLS] = {"No", "Sasaran", "Indikator Kinerja Utama", "Definisi Operasional", "Formula",
                              "Satuan", "Target", "Sumber Data", "Penanggung Jawab"};
    rb_head(&tb, RD_ROW_HEAD, h);
    rb_numbers(&tb, NULL);
    int n = 0;
    for (int s = 0; s < pl->nsas; s++) {
        const MSas *sa = pl->sas[s];
        for (int i = 0; i < sa->ninds; i++) {
            const MInd *ind = sa->inds[i];
            RdRow *row = rb_row(&tb, RD_ROW_BODY);
            rb_num(row, I_NO, ++n, RD_INT)->align = RD_CENTER;
            rb_text(row, I_SAS, i == 0 ? (sa->uraian ? sa->uraian : sa->code) : NULL);
            rb_text(row, I_IND, ind->uraian);
            rb_text(row, I_DEF, ind->definisi);
            rb_text(row, I_FORMULA, ind->capaian_expr ? formula_written(d, ind->capaian_expr, in->src) : formula_words(ind));
            rb_text(row, I_SATUAN, mu_label(ind->unit, d->arena));
            rb_num(row, I_TARGET, rb_target_num(&ind->target), RD_AUTO);
            rb_text(row, I_SUMBER, ind->sumber);
            rb_text(row, I_PJ, ind->pelaksana);
        }
    }
    rb_table_done(d, &tb);
    rb_sign(d, pl, false);
    return d;
}
