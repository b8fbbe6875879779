/*
 * out_eval.h - renderers of an evaluated plan (result.h): the formats of
 * `rkt eval` (JSON, CSV, Markdown, terminal table) and `rkt explain`.
 * They walk the RPlan in array order and never re-evaluate anything;
 * numbers are rounded only here, with nm_fmt.  File paths come from the
 * SrcSet the spans and observations point into.
 */
#ifndef RKT_OUT_EVAL_H
#define RKT_OUT_EVAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "base/num.h"
#include "eval/result.h"
#include "base/source.h"
#include "out/escape.h"

/* ---- renderers ------------------------------------------------------ */

/* One compact JSON object on one line, "\n" after it (JSON Lines for
 * --semua), in the key order of docs/cli.md. */
void out_eval_json(FILE *f, const RPlan *r, const SrcSet *src);

/* A header row, then one row per indicator of every plan; with_rencana
 * adds a leading `rencana` column (--semua).  RFC 4180 quoting, "\n"
 * line ends. */
void out_eval_csv(FILE *f, const RPlan *const *plans, int n, const SrcSet *src,
                  bool with_rencana);
/* The same in pieces, for a stream of plans (eval --semua): the header
 * row, and the rows of one plan. */
void out_eval_csv_header(FILE *f, bool with_rencana);
void out_eval_csv_rows(FILE *f, const RPlan *r, const SrcSet *src, bool with_rencana);

/* A Markdown document: heading, a table per sasaran, the plan's capaian,
 * the findings. */
void out_eval_md(FILE *f, const RPlan *r, const SrcSet *src);

/* For a terminal: every line of the tables at most OUT_TABLE_WIDTH
 * characters wide; ANSI colour only when `color`. */
#define OUT_TABLE_WIDTH 80
void out_eval_table(FILE *f, const RPlan *r, const SrcSet *src, bool color);

/* `rkt explain`: how the value of `code` (an indicator, a sasaran or the
 * plan) was obtained.  Prints nothing when out_explain_has is false. */
bool out_explain_has(const RPlan *r, const char *code);
void out_explain(FILE *f, const RPlan *r, const char *code, const SrcSet *src);

/* ---- shared by the renderers (out_common.c) ------------------------- */
/* Every byte from input is written through escape.h. */

/* How a value is written: numbers, kosong, a range target. */
typedef enum OutCtx {
    OUT_JSON,   /* NM_JSON, kosong null, range [a,b] */
    OUT_CSV,    /* NM_JSON, kosong empty, range a..b */
    OUT_TEXT    /* NM_PLAIN, kosong "-", range a..b (table, md) */
} OutCtx;

/* Big enough for out_target: two numbers and the punctuation. */
#define OUT_TGTSZ (2 * NM_BUFSZ + 4)

/* The period as given ("2025", "2025-TW2"); buf (PD_BUFSZ) is used
 * when the result carries no text. */
const char *out_period_text(const RPlan *r, char *buf, size_t n);

/* The plan's elements as every renderer lists them: its sasaran, then
 * the other elements (tujuan, program, ...), each in source order; i runs
 * up to out_nelements(r).  A renderer that lists tables skips the other
 * elements that have no indicator (out_listed). */
int out_nelements(const RPlan *r);
const RSas *out_element(const RPlan *r, int i);
bool out_listed(const RSas *rs);

/* A value rounded for readers, or kosong (also for a non-finite one). */
const char *out_val(char *buf, size_t n, RVal v, OutCtx cx);
/* A target: a number, a range, or kosong when not set (OUT_TGTSZ). */
const char *out_target(char *buf, size_t n, const MTarget *t, OutCtx cx);
/* The band's code, or NULL. */
const char *out_band(const MBand *b);
/* The path of SrcSet file `file`, or NULL. */
const char *out_path(const SrcSet *src, int file);

/* "path:line", or "" when the file is unknown (OUT_LOCSZ is enough
 * for any path the system accepts). */
#define OUT_LOCSZ 4160
const char *out_loc(char *buf, size_t n, const SrcSet *src, int file, int line);
/* "105.80  predikat AA", "105.80" (no band), or "-" (kosong). */
const char *out_capaian_text(char *buf, size_t n, RVal v, const MBand *b);

/* pre, the codes (escaped as `how` says) joined by ", ", post; nothing
 * at all when n is 0. */
void out_codes(FILE *f, const char *pre, const char *const *codes, int n, const char *post,
               OutEsc how);

/* The cells of one indicator row, as every tabular format needs them. */
typedef struct OutRow {
    const char *kode, *uraian, *satuan, *polaritas, *konsolidasi;
    char target[OUT_TGTSZ];
    char realisasi[NM_BUFSZ];
    char capaian[NM_BUFSZ];
    const char *predikat;       /* band code; NULL: none */
    const char *pelaksana;      /* NULL: none */
} OutRow;

void out_row(OutRow *row, const RInd *ri, OutCtx cx);

/* Level ix of tingkat unit u as a cell (its name; quoted in JSON), or
 * kosong when ix is none of u's. */
const char *out_level(char *buf, size_t n, const MUnit *u, double ix, OutCtx cx);

/* The cells of one budgeted element's row (a program, kegiatan or
 * subkegiatan with an anggaran or a realisasi anggaran): false for any
 * other element, which has no row. */
typedef struct OutBudget {
    const char *kode, *jenis, *uraian, *induk;
    char anggaran[NM_BUFSZ];
    char realisasi[NM_BUFSZ];
    char serapan[NM_BUFSZ];
} OutBudget;

bool out_budget_row(OutBudget *row, const RSas *rs, OutCtx cx);

/* Whether some indicator of the plan has a pelaksana: the table and
 * Markdown show the column only then (docs/cli.md). */
bool out_has_pelaksana(const RPlan *r);

#endif
