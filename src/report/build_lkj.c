/*
 * build_lkj.c - `report --jenis pengukuran` and `--jenis lkj` (CLI.md
 * "Documents"), both from the plan evaluated through --periode.
 *
 * pengukuran: per indicator the annual target and, per quarter through
 * the period, realisasi and capaian through that quarter (the evaluator's
 * realisasi(X, 2025-TWn) and capaian(X, 2025-TWn), which are what
 * `eval --periode 2025-TWn` gives); per budgeted element pagu, realisasi
 * and serapan; the totals.
 *
 * lkj: target, realisasi, capaian and predikat; last year's realisasi and
 * capaian (realisasi(X, 2024), capaian(X, 2024): history rows and that
 * year's target from the plan chain, blank when absent); the Renstra's
 * end target (the mengacu chain's renstra, its last year) and the
 * capaian of this realisasi against it (ev_capaian_against: §4.3 with T =
 * that target, blank for a custom formula); the budget table; the rules'
 * findings; charts, each point titled with explain's words.
 */
#include <math.h>
#include <string.h>

#include "base/num.h"
#include "base/period.h"
#include "check/sema.h"
#include "eval/eval.h"
#include "report/build.h"

/* Quarters through the period: TW2 -> 2, S1 -> 2, month 5 -> 2, year -> 4. */
static int quarters_through(Period p)
{
    switch (p.kind) {
    case P_TW: return p.n;
    case P_SEM: return 2 * p.n;
    case P_MONTH: return (p.n + 2) / 3;
    default: return 4;
    }
}

static const char *el_text(const MSas *s)
{
    return s->uraian ? s->uraian : s->code;
}

/* Kode, Program/Kegiatan, Pagu, Realisasi, Serapan % (a row per budgeted
 * element; JUMLAH the evaluator's plan totals). */
static void budget_table(RdDoc *d, const RPlan *r, bool capaian)
{
    if (!r->anggaran.ada && !r->realisasi_anggaran.ada)
        return;
    int nc = capaian ? 6 : 5;
    RbTable tb = rb_table(d, "Anggaran", "Anggaran", nc);
    const char *h[6] = {"Kode", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan %", "Capaian Kinerja %"};
    rb_head(&tb, RD_ROW_HEAD, h);
    for (int i = 0; i < r->nels; i++) {
        const RSas *rs = &r->els[i];
        if (!el_budgets(rs->sas->kind) || (!rs->anggaran.ada && !rs->realisasi_anggaran.ada))
            continue;
        RdRow *row = rb_row(&tb, RD_ROW_BODY);
        rb_text(row, 0, rs->sas->code);
        rb_text(row, 1, el_text(rs->sas));
        rb_val(row, 2, rs->anggaran, RD_INT);
        rb_val(row, 3, rs->realisasi_anggaran, RD_INT);
        rb_val(row, 4, rs->serapan, RD_DEC2);
        if (capaian)
            rb_val(row, 5, rs->capaian, RD_DEC2);
    }
    RdRow *row = rb_row(&tb, RD_ROW_TOTAL);
    rb_text(row, 0, "JUMLAH")->bold = true;
    rb_span(&tb, tb.t->nrows - 1, 0, 2, 1);
    rb_val(row, 2, r->anggaran, RD_INT)->bold = true;
    rb_val(row, 3, r->realisasi_anggaran, RD_INT)->bold = true;
    rb_val(row, 4, r->serapan, RD_DEC2)->bold = true;
    rb_table_done(d, &tb);
}

static void doc_titles(RdDoc *d, const RPlan *r, const char *what)
{
    char per[PD_BUFSZ];
    pd_format(r->periode, per, sizeof per);
    rb_block(d, RD_B_TITLE, ar_printf(d->arena, "%s %s", what, r->periode_text ? r->periode_text : per));
    if (r->plan->instansi)
        rb_block(d, RD_B_TITLE, rb_upper(d, r->plan->instansi));
}

RdDoc *rb_build_pengukuran(const RbInput *in)
{
    RPlan *r = in->r;
    const MPlan *pl = r->plan;
    RdDoc *d = rb_doc("pengukuran", pl->title ? pl->title : pl->code, in->angka_en);
    doc_titles(d, r, "PENGUKURAN KINERJA");
    int nq = quarters_through(r->periode);
    enum { G_NO, G_SAS, G_IND, G_SATUAN, G_TARGET, G_Q1 };
    int ncols = G_Q1 + 2 * nq;
    RbTable tb = rb_table(d, "Pengukuran", NULL, ncols);
    const char **h0 = ar_alloc(d->arena, (size_t)ncols * sizeof *h0);
    const char **h1 = ar_alloc(d->arena, (size_t)ncols * sizeof *h1);
    static const char *const fixed[G_Q1] = {"No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"};
    for (int c = 0; c < G_Q1; c++)
        h0[c] = fixed[c];
    for (int q = 0; q < nq; q++) {
        h0[G_Q1 + 2 * q] = ar_printf(d->arena, "s.d. TW%d", q + 1);
        h1[G_Q1 + 2 * q] = "Realisasi";
        h1[G_Q1 + 2 * q + 1] = "Capaian %";
    }
    rb_head(&tb, RD_ROW_HEAD, h0);
    rb_head(&tb, RD_ROW_HEAD, h1);
    for (int c = 0; c < G_Q1; c++)
        rb_span(&tb, 0, c, 1, 2);
    for (int q = 0; q < nq; q++)
        rb_span(&tb, 0, G_Q1 + 2 * q, 2, 1);
    rb_numbers(&tb, NULL);
    int n = 0;
    for (int s = 0; s < r->nsas; s++) {
        const RSas *rs = &r->sas[s];
        for (int i = 0; i < rs->ninds; i++) {
            const RInd *ri = &rs->inds[i];
            RdRow *row = rb_row(&tb, RD_ROW_BODY);
            rb_num(row, G_NO, ++n, RD_INT)->align = RD_CENTER;
            rb_text(row, G_SAS, i == 0 ? el_text(rs->sas) : NULL);
            rb_text(row, G_IND, ri->ind->uraian);
            rb_text(row, G_SATUAN, mu_label(ri->ind->unit, d->arena));
            rb_num(row, G_TARGET, rb_target_num(&ri->ind->target), RD_AUTO);
            for (int q = 0; q < nq; q++) {
                Period p = rb_quarter(r, q + 1);
                rb_val(row, G_Q1 + 2 * q, rb_value(r, BI_REALISASI, ri->ind->code, p), RD_AUTO);
                rb_val(row, G_Q1 + 2 * q + 1, rb_value(r, BI_CAPAIAN, ri->ind->code, p), RD_DEC2);
            }
        }
    }
    RdRow *row = rb_row(&tb, RD_ROW_TOTAL);
    rb_text(row, G_NO, ar_printf(d->arena, "Capaian %s", pl->code))->bold = true;
    rb_span(&tb, tb.t->nrows - 1, G_NO, 3, 1);
    for (int q = 0; q < nq; q++)
        rb_val(row, G_Q1 + 2 * q + 1, rb_value(r, BI_CAPAIAN, pl->code, rb_quarter(r, q + 1)), RD_DEC2)->bold = true;
    rb_table_done(d, &tb);
    budget_table(d, r, false);
    rb_sign(d, pl, false);
    return d;
}

/* The renstra the plan refers to, through its mengacu chain. */
static const MPlan *renstra_of(const MPlan *pl)
{
    for (int k = 0; pl && k < 8; k++, pl = pl->mengacu)
        if (pl->kind == PLAN_RENSTRA)
            return pl;
    return NULL;
}

/* The same indicator in the renstra (through each plan's ref). */
static const MInd *renstra_ind(const MInd *ind)
{
    for (int k = 0; ind && k < 8; k++, ind = ind->ref)
        if (ind->plan && ind->plan->kind == PLAN_RENSTRA)
            return ind;
    return NULL;
}

enum { L_NO, L_SAS, L_IND, L_SATUAN, L_TARGET, L_REAL, L_CAP, L_PRED, L_REAL0, L_CAP0, L_TEND, L_CAPEND, L_NCOLS };

static void findings(RdDoc *d, const RPlan *r)
{
    rb_block(d, RD_B_HEADING, "Temuan aturan");
    if (r->ntemuan == 0) {
        rb_block(d, RD_B_PARA, "Tidak ada temuan.");
        return;
    }
    RbTable tb = rb_table(d, "Temuan", NULL, 3);
    const char *h[3] = {"Aturan", "Tingkat", "Temuan"};
    rb_head(&tb, RD_ROW_HEAD, h);
    for (int i = 0; i < r->ntemuan; i++) {
        const RFinding *f = &r->temuan[i];
        RdRow *row = rb_row(&tb, RD_ROW_BODY);
        rb_text(row, 0, f->rule ? f->rule->name : NULL);
        rb_text(row, 1, rule_sev_name(f->sev));
        rb_text(row, 2, f->msg);
    }
    rb_table_done(d, &tb);
}

static RdChart *chart_new(RdDoc *d, RdChartKind k, const char *title, const char *ylab, int ncats, int nseries, int table)
{
    RdChart *c = ar_alloc(d->arena, sizeof *c);
    c->kind = k;
    c->title = title;
    c->y_label = ylab;
    c->cats = ar_alloc(d->arena, (size_t)(ncats + 1) * sizeof *c->cats);
    c->ncats = ncats;
    RdSeries *s = ar_alloc(d->arena, (size_t)nseries * sizeof *s);
    for (int i = 0; i < nseries; i++) {
        s[i].v = ar_alloc(d->arena, (size_t)(ncats + 1) * sizeof *s[i].v);
        s[i].ada = ar_alloc(d->arena, (size_t)(ncats + 1) * sizeof *s[i].ada);
        s[i].titles = ar_alloc(d->arena, (size_t)(ncats + 1) * sizeof *s[i].titles);
    }
    c->series = s;
    c->nseries = nseries;
    c->table = table;
    return c;
}

static void chart_put(RdChart *c, int s, int i, RVal v, const char *title)
{
    RdSeries *se = (RdSeries *)&c->series[s];
    ((double *)se->v)[i] = v.ada ? nm_round2(v.v) : 0;
    ((bool *)se->ada)[i] = v.ada;
    ((const char **)se->titles)[i] = title;
}

static void chart_block(RdDoc *d, const RdChart *c)
{
    rb_block(d, RD_B_CHART, NULL);
    d->blocks[d->nblocks - 1].chart = c;
}

static void charts(RdDoc *d, const RbInput *in, int ninds)
{
    RPlan *r = in->r;
    RdChart *c = chart_new(d, RD_CHART_BAR, "Capaian kinerja per indikator terhadap 100%", "%", ninds, 1, 0);
    ((RdSeries *)c->series)[0].name = "Capaian %";
    c->has_ref = true;
    c->ref = 100;
    int k = 0;
    for (int s = 0; s < r->nsas; s++)
        for (int i = 0; i < r->sas[s].ninds; i++, k++) {
            const RInd *ri = &r->sas[s].inds[i];
            ((const char **)c->cats)[k] = ri->ind->code;
            chart_put(c, 0, k, ri->capaian, rb_explain(d, r, ri->ind->code, in->src));
        }
    chart_block(d, c);
    int nb = 0;
    for (int i = 0; i < r->nels; i++)
        nb += r->els[i].sas->kind == EL_PROGRAM && r->els[i].serapan.ada;
    if (nb) {
        RdChart *b = chart_new(d, RD_CHART_BAR, "Serapan anggaran per program", "%", nb, 1, 1);
        ((RdSeries *)b->series)[0].name = "Serapan %";
        b->has_ref = true;
        b->ref = 100;
        int j = 0;
        for (int i = 0; i < r->nels; i++)
            if (r->els[i].sas->kind == EL_PROGRAM && r->els[i].serapan.ada) {
                ((const char **)b->cats)[j] = r->els[i].sas->code;
                chart_put(b, 0, j++, r->els[i].serapan, ar_printf(d->arena, "serapan = realisasi anggaran / anggaran x 100"));
            }
        chart_block(d, b);
    }
    /* realisasi per quarter against the cumulative target, per indicator
     * with quarterly targets: one line chart each */
    for (int s = 0; s < r->nsas; s++)
        for (int i = 0; i < r->sas[s].ninds; i++) {
            const MInd *ind = r->sas[s].inds[i].ind;
            if (!ind->tmap)
                continue;
            RdChart *l = chart_new(d, RD_CHART_LINE,
                                   ar_printf(d->arena, "%s: realisasi s.d. triwulan terhadap target kumulatif", ind->code),
                                   mu_label(ind->unit, d->arena), 4, 2, 0);
            ((RdSeries *)l->series)[0].name = "Realisasi";
            ((RdSeries *)l->series)[1].name = "Target";
            static const char *const tw[4] = {"TW1", "TW2", "TW3", "TW4"};
            for (int q = 0; q < 4; q++) {
                ((const char **)l->cats)[q] = tw[q];
                Period p = rb_quarter(r, q + 1);
                chart_put(l, 0, q, rb_value(r, BI_REALISASI, ind->code, p),
                          ar_printf(d->arena, "realisasi(%s, %s)", ind->code, tw[q]));
                chart_put(l, 1, q, rb_value(r, BI_TARGET, ind->code, p),
                          ar_printf(d->arena, "target(%s, %s)", ind->code, tw[q]));
            }
            chart_block(d, l);
        }
}

RdDoc *rb_build_lkj(const RbInput *in)
{
    RPlan *r = in->r;
    const MPlan *pl = r->plan;
    RdDoc *d = rb_doc("lkj", pl->title ? pl->title : pl->code, in->angka_en);
    doc_titles(d, r, "LAPORAN KINERJA");
    rb_block(d, RD_B_HEADING, "BAB III Akuntabilitas Kinerja");
    const MPlan *ren = renstra_of(pl->mengacu);
    int end = ren ? ren->periode_hi : 0;
    RbTable tb = rb_table(d, "Capaian", "Capaian Kinerja", L_NCOLS);
    const char *h0[L_NCOLS] = {"No", "Sasaran", "Indikator Kinerja", "Satuan", ar_printf(d->arena, "Tahun %d", pl->tahun),
                               NULL, NULL, NULL, ar_printf(d->arena, "Tahun %d", pl->tahun - 1), NULL,
                               end ? ar_printf(d->arena, "Renstra (%d)", end) : "Renstra", NULL};
    const char *h1[L_NCOLS] = {NULL, NULL, NULL, NULL, "Target", "Realisasi", "Capaian %", "Predikat", "Realisasi",
                               "Capaian %", "Target Akhir", "Capaian %"};
    rb_head(&tb, RD_ROW_HEAD, h0);
    rb_head(&tb, RD_ROW_HEAD, h1);
    for (int c = 0; c < L_TARGET; c++)
        rb_span(&tb, 0, c, 1, 2);
    rb_span(&tb, 0, L_TARGET, 4, 1);
    rb_span(&tb, 0, L_REAL0, 2, 1);
    rb_span(&tb, 0, L_TEND, 2, 1);
    rb_numbers(&tb, NULL);
    int n = 0;
    for (int s = 0; s < r->nsas; s++) {
        const RSas *rs = &r->sas[s];
        for (int i = 0; i < rs->ninds; i++) {
            const RInd *ri = &rs->inds[i];
            const MInd *ind = ri->ind;
            RdRow *row = rb_row(&tb, RD_ROW_BODY);
            rb_num(row, L_NO, ++n, RD_INT)->align = RD_CENTER;
            rb_text(row, L_SAS, i == 0 ? el_text(rs->sas) : NULL);
            rb_text(row, L_IND, ind->uraian);
            rb_text(row, L_SATUAN, mu_label(ind->unit, d->arena));
            rb_num(row, L_TARGET, rb_target_num(&ri->target), RD_AUTO);
            rb_val(row, L_REAL, ri->realisasi, RD_AUTO);
            rb_val(row, L_CAP, ri->capaian, RD_DEC2)->title = rb_explain(d, r, ind->code, in->src);
            rb_text(row, L_PRED, ri->predikat ? ri->predikat->code : NULL);
            Period last = rb_year(r, 1);
            rb_val(row, L_REAL0, rb_value(r, BI_REALISASI, ind->code, last), RD_AUTO);
            rb_val(row, L_CAP0, rb_value(r, BI_CAPAIAN, ind->code, last), RD_DEC2);
            const MInd *ri_ren = renstra_ind(ind);
            const MTarget *tend = ri_ren && end ? sm_year_target(ri_ren, end) : NULL;
            rb_num(row, L_TEND, rb_target_num(tend), RD_AUTO);
            if (!ind->capaian_expr)
                rb_val(row, L_CAPEND, ev_capaian_against(ind, ri->realisasi, tend), RD_DEC2);
        }
    }
    RdRow *row = rb_row(&tb, RD_ROW_TOTAL);
    rb_text(row, L_NO, ar_printf(d->arena, "Capaian %s", pl->code))->bold = true;
    rb_span(&tb, tb.t->nrows - 1, L_NO, 4, 1);
    rb_val(row, L_CAP, r->capaian, RD_DEC2)->bold = true;
    rb_text(row, L_PRED, r->predikat ? r->predikat->code : NULL);
    rb_table_done(d, &tb);
    budget_table(d, r, true);
    findings(d, r);
    charts(d, in, n);
    rb_sign(d, pl, false);
    return d;
}
