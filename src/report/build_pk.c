/*
 * build_pk.c - `report --jenis pk`: the Perjanjian Kinerja (CLI.md
 * "Documents"): the statement page in the wording of PermenPANRB 53/2014,
 * Lampiran I (pihak pertama: the plan's penandatangan; pihak kedua: its
 * pihak_kedua), both signatures (PIHAK KEDUA left, PIHAK PERTAMA right),
 * then its Lampiran: No, Sasaran Strategis/Program/Kegiatan, Indikator,
 * Target, Satuan and, when the plan has quarterly targets, Target
 * Triwulan I-IV; and the budget table with its JUMLAH (the evaluator's
 * total over the outermost budgeted elements).
 */
#include <string.h>

#include "check/tmap.h"
#include "report/build.h"

static const char *or_blank(const char *s)
{
    return s ? s : "";
}

static void party_paras(RdDoc *d, const MSigner *g, const char *closing)
{
    rb_block(d, RD_B_PARA, ar_printf(d->arena, "Nama : %s", or_blank(g->nama)));
    rb_block(d, RD_B_PARA, ar_printf(d->arena, "Jabatan : %s%s", g->plt ? "Plt. " : "", or_blank(g->jabatan)));
    rb_block(d, RD_B_PARA, closing);
}

static void statement(RdDoc *d, const MPlan *pl)
{
    rb_block(d, RD_B_TITLE, ar_printf(d->arena, "PERJANJIAN KINERJA TAHUN %d", pl->tahun));
    if (pl->instansi)
        rb_block(d, RD_B_TITLE, rb_upper(d, pl->instansi));
    rb_block(d, RD_B_PARA, "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel "
                           "serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:");
    party_paras(d, &pl->penandatangan, "selanjutnya disebut pihak pertama.");
    party_paras(d, &pl->pihak_kedua, "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.");
    rb_block(d, RD_B_PARA, "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
                           "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
                           "ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja "
                           "tersebut menjadi tanggung jawab kami.");
    rb_block(d, RD_B_PARA, "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap "
                           "capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka "
                           "pemberian penghargaan dan sanksi.");
    rb_sign(d, pl, true);
}

enum { P_NO, P_SAS, P_IND, P_TARGET, P_SATUAN, P_TW1 };

static void lampiran(RdDoc *d, const MPlan *pl)
{
    bool tw = false;
    for (int i = 0; i < pl->ninds; i++)
        tw |= pl->inds[i]->tmap != NULL;
    int ncols = tw ? P_TW1 + 4 : P_TW1;
    rb_block(d, RD_B_PAGEBREAK, NULL);
    rb_block(d, RD_B_TITLE, ar_printf(d->arena, "LAMPIRAN PERJANJIAN KINERJA TAHUN %d", pl->tahun));
    RbTable tb = rb_table(d, "Lampiran PK", NULL, ncols);
    const char *h0[P_TW1 + 4] = {"No", "Sasaran Strategis/Program/Kegiatan", "Indikator", "Target", "Satuan",
                                 "Target Triwulan", NULL, NULL, NULL};
    rb_head(&tb, RD_ROW_HEAD, h0);
    if (tw) {
        const char *h1[P_TW1 + 4] = {NULL, NULL, NULL, NULL, NULL, "I", "II", "III", "IV"};
        rb_head(&tb, RD_ROW_HEAD, h1);
        for (int c = 0; c < P_TW1; c++)
            rb_span(&tb, 0, c, 1, 2);
        rb_span(&tb, 0, P_TW1, 4, 1);
    }
    rb_numbers(&tb, NULL);
    int n = 0;
    for (int e = 0; e < pl->nels; e++) {
        const MSas *el = pl->els[e];
        if (el->ninds == 0)
            continue;
        int first = tb.t->nrows;
        n++;
        for (int i = 0; i < el->ninds; i++) {
            const MInd *ind = el->inds[i];
            RdRow *row = rb_row(&tb, RD_ROW_BODY);
            if (i == 0) {
                rb_num(row, P_NO, n, RD_INT)->align = RD_CENTER;
                rb_text(row, P_SAS, el->uraian ? el->uraian : el->code);
            }
            rb_text(row, P_IND, ind->uraian);
            rb_num(row, P_TARGET, rb_target_num(&ind->target), RD_AUTO);
            rb_text(row, P_SATUAN, mu_label(ind->unit, d->arena));
            /* the target through each quarter, whatever the map's parts
             * (quarters, semesters, months, periodik: docs/language.md) */
            for (int q = 0; tw && ind->tmap && q < 4; q++) {
                TmThrough th = tm_through(ind->tmap, ind->kon, 3 * (q + 1));
                if (th.t.set)
                    rb_num(row, P_TW1 + q, rb_target_num(&th.t), RD_AUTO);
            }
        }
        rb_span(&tb, first, P_NO, 1, el->ninds);
        rb_span(&tb, first, P_SAS, 1, el->ninds);
    }
    rb_table_done(d, &tb);
}

/* No, Program/Kegiatan, Anggaran (Rp); JUMLAH: the evaluator's total. */
void rb_budget_pagu(RdDoc *d, const RPlan *r)
{
    if (!r->anggaran.ada)
        return;
    RbTable tb = rb_table(d, "Anggaran", "Anggaran", 3);
    const char *h[3] = {"No", "Program/Kegiatan", "Anggaran (Rp)"};
    rb_head(&tb, RD_ROW_HEAD, h);
    int n = 0;
    for (int i = 0; i < r->nels; i++) {
        const RSas *rs = &r->els[i];
        if (!el_budgets(rs->sas->kind) || !rs->anggaran.ada)
            continue;
        RdRow *row = rb_row(&tb, RD_ROW_BODY);
        rb_num(row, 0, ++n, RD_INT)->align = RD_CENTER;
        rb_text(row, 1, rs->sas->uraian ? rs->sas->uraian : rs->sas->code);
        rb_val(row, 2, rs->anggaran, RD_INT);
    }
    RdRow *row = rb_row(&tb, RD_ROW_TOTAL);
    rb_text(row, 0, "JUMLAH")->bold = true;
    rb_span(&tb, tb.t->nrows - 1, 0, 2, 1);
    rb_val(row, 2, r->anggaran, RD_INT)->bold = true;
    rb_table_done(d, &tb);
}

RdDoc *rb_build_pk(const RbInput *in)
{
    const MPlan *pl = in->r->plan;
    RdDoc *d = rb_doc("pk", pl->title ? pl->title : pl->code, in->angka_en);
    statement(d, pl);
    lampiran(d, pl);
    rb_budget_pagu(d, in->r);
    rb_sign(d, pl, true);
    return d;
}
