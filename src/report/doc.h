/*
 * doc.h - a document as every report renderer sees it: a sequence of
 * blocks (title lines, headings, paragraphs, tables, charts, signatures,
 * page breaks), each table cell typed, so that md, html and xlsx show the
 * same figures from one build and no renderer computes or rounds anything
 * on its own (CLI.md "Documents").
 *
 * The builders (one per --jenis) turn the evaluated plan(s) into an RdDoc;
 * the renderers only lay it out.  A number stays a number down to the
 * renderer: md and html print it in the document's number style
 * (Indonesian "25.945" / "101,96" unless --angka-laporan en), xlsx writes
 * a numeric cell with the display format the cell names.
 * Everything lives in RdDoc.arena.
 */
#ifndef RKT_REPORT_DOC_H
#define RKT_REPORT_DOC_H

#include <stdbool.h>
#include <stdio.h>
#include "base/util.h"

typedef enum RdKind {
    RD_EMPTY,       /* a blank cell */
    RD_TEXT,        /* text (escaped by each renderer; never a formula) */
    RD_NUM,         /* a number, already rounded as the reader sees it */
    RD_DATE,        /* a date: y, m, d */
    RD_COVERED      /* covered by a colspan/rowspan of an earlier cell */
} RdKind;

typedef enum RdNumFmt {
    RD_INT,         /* #,##0        "25.945"      */
    RD_DEC2,        /* #,##0.00     "101,96"      */
    RD_AUTO         /* a whole number as RD_INT, any other as RD_DEC2 */
} RdNumFmt;

typedef enum RdAlign { RD_LEFT, RD_CENTER, RD_RIGHT } RdAlign;

typedef struct RdCell {
    RdKind kind;
    const char *text;       /* RD_TEXT */
    double num;             /* RD_NUM */
    RdNumFmt fmt;
    int y, m, d;            /* RD_DATE */
    int colspan, rowspan;   /* 0 or 1: none */
    RdAlign align;          /* numbers: RD_RIGHT unless set otherwise */
    bool bold;
    /* Text formats (md, html) show this cell and the next one as one
     * cell, joined by a space: a target "25.945" and its unit label
     * "Sertifikat" under the merged TARGET heading.  xlsx keeps the two
     * cells (a number stays summable). */
    bool glue;
    const char *title;      /* how the figure was obtained (explain's words):
                             * html title attribute, xlsx cell comment */
} RdCell;

typedef enum RdRowKind {
    RD_ROW_HEAD,        /* a header row (repeated on every printed page) */
    RD_ROW_NUMBERS,     /* the numbered column row "1 2 3 4 5" (a header row too) */
    RD_ROW_GROUP,       /* "SASARAN PROGRAM 1: ..." spanning the table */
    RD_ROW_PROGRAM,     /* a program row, its text in capitals */
    RD_ROW_BODY,
    RD_ROW_TOTAL        /* JUMLAH */
} RdRowKind;

typedef struct RdRow {
    RdRowKind kind;
    RdCell *cells;      /* exactly RdTable.ncols, RD_COVERED under spans */
} RdRow;

typedef struct RdTable {
    const char *name;       /* the xlsx sheet's name (<= 31 chars, unique) */
    const char *caption;    /* printed above the table; NULL: none */
    int ncols;
    const double *widths;   /* per column, in characters (xlsx, html); NULL: auto */
    RdRow *rows;
    int nrows;
    int nhead;              /* leading RD_ROW_HEAD/RD_ROW_NUMBERS rows */
    bool landscape;         /* wide: printed on landscape A4 */
} RdTable;

typedef enum RdChartKind {
    RD_CHART_BAR,           /* capaian per indicator; serapan per program */
    RD_CHART_LINE           /* realisasi per quarter against the cumulative target */
} RdChartKind;

typedef struct RdSeries {
    const char *name;
    const double *v;        /* ncats values */
    const bool *ada;        /* false: kosong (no point drawn) */
    const char *const *titles;  /* per point, how it was obtained; may be NULL */
} RdSeries;

typedef struct RdChart {
    RdChartKind kind;
    const char *title;
    const char *y_label;    /* "%", "Sertifikat" */
    const char *const *cats;
    int ncats;
    const RdSeries *series;
    int nseries;
    bool has_ref;           /* a reference line: 100 % */
    double ref;
    int table;              /* index (among the doc's tables) of the table
                             * whose sheet holds the chart in xlsx */
} RdChart;

typedef struct RdParty {
    bool set;
    const char *role;       /* "PIHAK KEDUA", "PIHAK PERTAMA"; NULL: none */
    const char *jabatan, *nama, *nip, *pangkat;   /* NULL: blank */
    bool plt;               /* acting: "Plt." before the jabatan */
} RdParty;

typedef struct RdSign {
    const char *tempat;     /* NULL: blank */
    int y, m, d;            /* y 0: no date */
    RdParty left, right;    /* a pk: left PIHAK KEDUA, right PIHAK PERTAMA;
                             * an rkt: right only */
} RdSign;

typedef enum RdBlockKind {
    RD_B_TITLE,             /* centred title lines of the page (text) */
    RD_B_HEADING,           /* a section heading (text) */
    RD_B_PARA,              /* a paragraph (text) */
    RD_B_TABLE,
    RD_B_CHART,
    RD_B_SIGN,
    RD_B_PAGEBREAK
} RdBlockKind;

typedef struct RdBlock {
    RdBlockKind kind;
    const char *text;
    const RdTable *table;
    const RdChart *chart;
    const RdSign *sign;
} RdBlock;

typedef struct RdDoc {
    const char *title;      /* the document's title (html <title>, xlsx properties) */
    const char *jenis;      /* "rkt", "pk", "renstra", "iku", "pengukuran", "lkj" */
    bool angka_en;          /* --angka-laporan en: "25,945.00" style in md/html */
    RdBlock *blocks;
    int nblocks;
    Arena *arena;
} RdDoc;

/* The renderers (report/render_*.c).  md and html write to f; xlsx
 * writes the workbook to path (the caller's temporary file, renamed into
 * place by the command) and must give identical bytes for the same doc.
 * Each returns 0, or -1 with the reason in err (malloc'd). */
int rd_render_md(FILE *f, const RdDoc *doc, char **err);
int rd_render_html(FILE *f, const RdDoc *doc, char **err);
int rd_render_xlsx(const char *path, const RdDoc *doc, char **err);

/* A number as md and html print it: Indonesian grouping and decimal
 * comma unless en; fmt as in RdNumFmt.  Writes into buf (NUL-terminated). */
const char *rd_num_text(char *buf, size_t n, double v, RdNumFmt fmt, bool en);
/* "7 Februari 2025" (en: "7 February 2025"). */
const char *rd_date_text(char *buf, size_t n, int y, int m, int d, bool en);

#endif
