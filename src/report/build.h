/*
 * build.h - the builders of the report documents (CLI.md "Documents"):
 * one per --jenis, each turning an evaluated plan (eval/result.h) into an
 * RdDoc (doc.h) that every renderer lays out.  A builder computes nothing
 * the evaluator does not: a value of another period (a quarter, last
 * year) is asked of the evaluator through rb_value, as a rule would.
 * The rb_ helpers of build_common.c grow tables, rows and blocks in the
 * document's arena.
 */
#ifndef RKT_REPORT_BUILD_H
#define RKT_REPORT_BUILD_H

#include "base/source.h"
#include "eval/result.h"
#include "report/doc.h"

typedef struct RbInput {
    const char *jenis;          /* rkt, pk, renstra, iku, pengukuran, lkj */
    RPlan *r;                   /* the evaluated plan (renstra: r->plan is one) */
    const SrcSet *src;
    bool angka_en;
} RbInput;

/* The document, or NULL with the reason in *err (malloc'd).  Free with rb_free. */
RdDoc *rb_build(const RbInput *in, char **err);
void rb_free(RdDoc *d);
/* Whether jenis is one of the six kinds. */
bool rb_known(const char *jenis);

/* ---- build_common.c ---- */

/* A table under construction: rows grow by doubling. */
typedef struct RbTable {
    RdTable *t;
    int cap;
    Arena *a;
} RbTable;

RdDoc *rb_doc(const char *jenis, const char *title, bool en);
void rb_block(RdDoc *d, RdBlockKind k, const char *text);
RbTable rb_table(RdDoc *d, const char *name, const char *caption, int ncols);
/* Appends the table as a block. */
void rb_table_done(RdDoc *d, RbTable *tb);
RdRow *rb_row(RbTable *tb, RdRowKind k);
RdCell *rb_text(RdRow *row, int col, const char *s);
RdCell *rb_num(RdRow *row, int col, double v, RdNumFmt f);
/* A value as the reader sees it (nm_round2); kosong: a blank cell. */
RdCell *rb_val(RdRow *row, int col, RVal v, RdNumFmt f);
/* A cell spanning cols x rows: the cells it covers become RD_COVERED
 * (rows below must exist already). */
void rb_span(RbTable *tb, int row, int col, int cols, int rows);
/* A heading row from texts; NULL: covered by a span set after. */
void rb_head(RbTable *tb, RdRowKind k, const char *const *texts);
/* The numbered column row "1 2 3 ...": glued pairs share a number. */
void rb_numbers(RbTable *tb, const bool *pair_start);

/* The value of built-in b (BI_REALISASI, BI_TARGET, BI_CAPAIAN,
 * BI_SERAPAN, ...) of `code` through period p, as a rule reading
 * b(code, p) gets it. */
RVal rb_value(RPlan *r, int b, const char *code, Period p);
/* The plan's year, a quarter of it, a year before it. */
Period rb_year(const RPlan *r, int years_back);
Period rb_quarter(const RPlan *r, int tw);
/* The text of `explain CODE` (how the value was obtained), in the arena. */
const char *rb_explain(RdDoc *d, const RPlan *r, const char *code, const SrcSet *src);
/* The target as a number (a range's lower bound: NAN when not set). */
double rb_target_num(const MTarget *t);
/* The signature block from the plan's tempat, tanggal and signers. */
void rb_sign(RdDoc *d, const MPlan *pl, bool two_parties);
/* The heading of a sasaran's group row: "SASARAN PROGRAM" (CLI.md rule). */
const char *rb_sas_heading(const MSas *s);
/* A target cell at col (a number; a range as text; blank when none)
 * with the unit's label glued in col + 1. */
void rb_target_cells(RdDoc *d, RdRow *row, int col, const MInd *ind, const MTarget *t);
/* The budget table No / Program/Kegiatan / Anggaran (Rp) with JUMLAH
 * (build_pk.c); nothing when the plan has no budget. */
void rb_budget_pagu(RdDoc *d, const RPlan *r);
/* Upper-case ASCII copy. */
const char *rb_upper(RdDoc *d, const char *s);

/* ---- one per kind ---- */
RdDoc *rb_build_rkt(const RbInput *in);
RdDoc *rb_build_pk(const RbInput *in);
RdDoc *rb_build_renstra(const RbInput *in);
RdDoc *rb_build_iku(const RbInput *in);
RdDoc *rb_build_pengukuran(const RbInput *in);
RdDoc *rb_build_lkj(const RbInput *in);

#endif
