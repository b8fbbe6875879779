/*
 * tests/fuzz/libfuzzer.c - a coverage-guided fuzzer of the whole pipeline
 * through the library (clang's libFuzzer; `make fuzz-long`, not part of
 * `make test`).  Like the suite beside it, it includes rkt.h alone.
 *
 * One input is a .rkt text, optionally followed by a line `%%` and a CSV
 * data text.  A session checks it and writes the diagnostics in all four
 * forms; then evaluates every rkt/pk plan (rkt_eval with all: the structs
 * walked, each result's JSON), and for each plan found writes its results
 * in all four formats for the year and in JSON for TW2, and explains each
 * of its first 16 indicators, all into a memory stream.  Any crash,
 * sanitizer report, leak or hang is a bug; the input that found it belongs
 * in the golden tests once fixed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rkt.h"

#define MAX_PLANS 8
#define MAX_EXPLAIN 16

typedef struct Found {
    int n;
    char *code[MAX_PLANS];
    int year[MAX_PLANS];
    int nind[MAX_PLANS];
    char *ind[MAX_PLANS][MAX_EXPLAIN];
} Found;

static void on_diagnostic(const rkt_diagnostic *d, void *ud)
{
    /* touch every field, as a caller would */
    size_t *sum = ud;
    *sum += strlen(d->code) + strlen(d->message) + (d->file ? strlen(d->file) : 0) + (size_t)d->line +
            (size_t)d->column + (size_t)d->end_line + (size_t)d->end_column + (size_t)d->severity;
}

static char *dup(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *c = malloc(n);
    if (c)
        memcpy(c, s, n);
    return c;
}

/* Walks one result and keeps its plan's code, year and indicators. */
static int on_result(const rkt_result *r, void *ud)
{
    Found *f = ud;
    const rkt_plan_result *p = rkt_result_plan(r);
    double sum = rkt_round2(p->capaian.ada ? p->capaian.v : 0);
    for (int i = 0; i < p->nelements; i++) {
        const rkt_element *e = &p->elements[i];
        sum += e->capaian.v + (double)strlen(e->code) + (double)e->ntanpa_data;
        for (int j = 0; j < e->nindicators; j++) {
            const rkt_indicator *in = &e->indicators[j];
            sum += in->target.v + in->target_hi.v + in->realisasi.v + in->capaian.v;
            if (f->n < MAX_PLANS && f->nind[f->n] < MAX_EXPLAIN)
                f->ind[f->n][f->nind[f->n]++] = dup(in->code);
        }
    }
    for (int i = 0; i < p->nfindings; i++)
        sum += (double)strlen(p->findings[i].message) + p->findings[i].line;
    char *json = rkt_result_json(r);
    sum += json ? (double)strlen(json) : 0;
    rkt_free(json);
    if (f->n < MAX_PLANS) {
        f->code[f->n] = dup(p->code);
        f->year[f->n] = p->year;
        f->n++;
    }
    return sum < 0;             /* never: keeps sum alive */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    size_t textlen = size, csvlen = 0;
    const char *csv = NULL;
    for (size_t i = 0; i + 4 <= size; i++)
        if (memcmp(data + i, "\n%%\n", 4) == 0) {
            textlen = i + 1;
            csv = text + i + 4;
            csvlen = size - (i + 4);
            break;
        }
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    if (!out)
        return 0;
    size_t sum = 0;
    rkt_options o = {.threads = 1, .on_diagnostic = on_diagnostic, .userdata = &sum};
    rkt_session *s = rkt_open(&o);
    rkt_add_text(s, "f.rkt", text, textlen);
    if (csv)
        rkt_add_data_text(s, "data.csv", csv, csvlen);
    rkt_check(s);
    rkt_diagnostics_write(s, RKT_FORMAT_HUMAN, 0, out);
    rkt_diagnostics_write(s, RKT_FORMAT_JSON, 0, out);
    rkt_diagnostics_write(s, RKT_FORMAT_GITHUB, 0, out);
    rkt_diagnostics_write(s, RKT_FORMAT_SARIF, 0, out);
    (void)rkt_error_count(s);
    (void)rkt_warning_count(s);

    Found f = {0};
    rkt_eval_options e = {.all = 1};
    rkt_eval(s, &e, on_result, &f);
    static const rkt_format formats[] = {RKT_FORMAT_JSON, RKT_FORMAT_CSV, RKT_FORMAT_TABLE, RKT_FORMAT_MD};
    for (int i = 0; i < f.n; i++) {
        rkt_eval_options one = {.plan = f.code[i]};
        for (size_t k = 0; k < sizeof formats / sizeof formats[0]; k++) {
            one.format = formats[k];
            rkt_eval_write(s, &one, out);
        }
        char tw2[32];
        snprintf(tw2, sizeof tw2, "%d-TW2", f.year[i]);
        one.periode = tw2;
        one.format = RKT_FORMAT_JSON;
        rkt_eval_write(s, &one, out);
        one.periode = NULL;
        for (int j = 0; j < f.nind[i]; j++) {
            rkt_explain_write(s, &one, f.ind[i][j], out);
            free(f.ind[i][j]);
        }
        free(f.code[i]);
    }
    (void)rkt_errmsg(s);
    rkt_close(s);
    fclose(out);
    free(buf);
    return 0;
}
