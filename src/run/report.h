/*
 * report.h - `rkt report` inside the library: one evaluated plan turned
 * into a document (report/build.h) and rendered (report/doc.h).
 * session.c runs the pipeline and hands each result here.
 */
#ifndef RKT_RUN_REPORT_H
#define RKT_RUN_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "base/source.h"
#include "eval/result.h"

typedef enum RpFormat { RP_MD, RP_HTML, RP_XLSX } RpFormat;

typedef struct RpOptions {
    const char *jenis;
    RpFormat format;
    bool angka_en;
    FILE *out;                  /* md, html */
    const char *path;           /* xlsx */
} RpOptions;

/* Whether jenis names a document kind; whether it takes a renstra. */
bool rp_known(const char *jenis);
bool rp_takes_renstra(const char *jenis);
/* pengukuran and lkj read realisation data (CLI.md: "needs data"). */
bool rp_needs_data(const char *jenis);
/* 0, or -1 with the reason in *err (malloc'd). */
int rp_write(const RPlan *r, const SrcSet *src, const RpOptions *o, char **err);

#endif
