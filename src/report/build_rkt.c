/*
 * build_rkt.c - `report --jenis rkt`: the RKT's Lampiran "Sasaran, Program
 * dan Indikator Kinerja" in the seed's layout (CLI.md "Documents"): the
 * two header rows and the numbered row 1-5, a row per program or kegiatan
 * in capitals, a group row per sasaran headed by its level ("SASARAN
 * PROGRAM 1: ..."), a row per indicator (its code as written, its uraian,
 * the target with the unit's label glued to it), then place, date and
 * signature.  Rows follow the plan's tree in source order.
 */
#include <string.h>

#include "report/build.h"

enum { K_NO, K_URAIAN, K_TARGET, K_SATUAN, K_PELAKSANA, K_KET, K_NCOLS };

/* How many group rows of each heading so far ("SASARAN PROGRAM n"). */
typedef struct Counts {
    const char *heading[8];
    int n[8];
    int used;
} Counts;

static int count_next(Counts *c, const char *h)
{
    for (int i = 0; i < c->used; i++)
        if (strcmp(c->heading[i], h) == 0)
            return ++c->n[i];
    if (c->used == 8)
        return 1;
    c->heading[c->used] = h;
    c->n[c->used++] = 1;
    return 1;
}

/* A target cell: a number, a range "a - b" as text, blank when none;
 * the unit's label glued beside it. */
void rb_target_cells(RdDoc *d, RdRow *row, int col, const MInd *ind, const MTarget *t)
{
    RdCell *c;
    if (t->set && !t->bad && t->range) {
        char a[64], b[64];
        rd_num_text(a, sizeof a, t->lo, RD_AUTO, d->angka_en);
        rd_num_text(b, sizeof b, t->hi, RD_AUTO, d->angka_en);
        c = rb_text(row, col, ar_printf(d->arena, "%s - %s", a, b));
        c->align = RD_RIGHT;
    } else {
        c = rb_num(row, col, rb_target_num(t), RD_AUTO);
        c->align = RD_RIGHT;
    }
    c->glue = true;
    rb_text(row, col + 1, mu_label(ind->unit, d->arena));
}

static void ind_row(RdDoc *d, RbTable *tb, const MInd *ind)
{
    RdRow *row = rb_row(tb, RD_ROW_BODY);
    rb_text(row, K_NO, ind->code);
    rb_text(row, K_URAIAN, ind->uraian);
    rb_target_cells(d, row, K_TARGET, ind, &ind->target);
    rb_text(row, K_PELAKSANA, ind->pelaksana);
    if (ind->ditunda)
        rb_text(row, K_KET, ar_printf(d->arena, "ditunda: %s", ind->ditunda));
    else
        rb_text(row, K_KET, ind->keterangan);
}

static void group_row(RbTable *tb, RdRowKind k, const char *text)
{
    RdRow *row = rb_row(tb, k);
    rb_text(row, K_NO, text)->bold = true;
    rb_span(tb, tb->t->nrows - 1, K_NO, 2, 1);
}

static void el_rows(RdDoc *d, RbTable *tb, const MSas *el, Counts *c)
{
    if (el->kind == EL_SASARAN) {
        const char *h = rb_sas_heading(el);
        int n = count_next(c, h);
        group_row(tb, RD_ROW_GROUP, ar_printf(d->arena, "%s %d: %s", h, n, el->uraian ? el->uraian : el->code));
    } else if (el->kind == EL_TUJUAN) {
        int n = count_next(c, "TUJUAN");
        group_row(tb, RD_ROW_GROUP, ar_printf(d->arena, "TUJUAN %d: %s", n, el->uraian ? el->uraian : el->code));
    } else {
        group_row(tb, RD_ROW_PROGRAM, rb_upper(d, el->uraian ? el->uraian : el->code));
    }
    for (int i = 0; i < el->ninds; i++)
        ind_row(d, tb, el->inds[i]);
    for (int i = 0; i < el->nkids; i++)
        el_rows(d, tb, el->kids[i], c);
}

RdDoc *rb_build_rkt(const RbInput *in)
{
    const MPlan *pl = in->r->plan;
    RdDoc *d = rb_doc("rkt", pl->title ? pl->title : pl->code, in->angka_en);
    rb_block(d, RD_B_TITLE, "Lampiran : Sasaran, Program dan Indikator Kinerja");
    if (pl->title)
        rb_block(d, RD_B_TITLE, pl->title);
    RbTable tb = rb_table(d, "Lampiran", NULL, K_NCOLS);
    static const double widths[K_NCOLS] = {10, 48, 10, 12, 18, 18};
    tb.t->widths = widths;
    const char *h0[K_NCOLS] = {"PROGRAM/KEGIATAN/SASARAN", "PROGRAM/SASARAN KEGIATAN/INDIKATOR KINERJA", "TARGET",
                               NULL, "UNIT ORGANISASI PELAKSANA", "KETERANGAN"};
    const char *h1[K_NCOLS] = {"No IK", "Uraian IK", ar_printf(d->arena, "%d", pl->tahun), NULL, NULL, NULL};
    rb_head(&tb, RD_ROW_HEAD, h0);
    rb_head(&tb, RD_ROW_HEAD, h1);
    rb_span(&tb, 0, K_TARGET, 2, 1);
    rb_span(&tb, 1, K_TARGET, 2, 1);
    rb_span(&tb, 0, K_PELAKSANA, 1, 2);
    rb_span(&tb, 0, K_KET, 1, 2);
    bool pairs[K_NCOLS] = {[K_TARGET] = true};
    rb_numbers(&tb, pairs);
    Counts c = {0};
    for (int i = 0; i < pl->nels; i++)
        if (!pl->els[i]->parent)
            el_rows(d, &tb, pl->els[i], &c);
    rb_table_done(d, &tb);
    rb_sign(d, pl, false);
    return d;
}
