/*
 * test_api.c - the library's API alone (include/rkt.h), as an embedding
 * program uses it: nothing of src/ is included, only rkt.h, cmocka and
 * the C library.  Every expected figure is computed by hand beside it
 * (LANGUAGE.md §4: capaian, roll-up, rounding).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rkt.h"

/* Plan A: two sasaran, three indicators, a band target, a scale and a
 * rule.  Line numbers matter (the finding's location is line 20). */
static const char plan_a[] =
    "satuan dokumen : cacah\n"                                                  /* 1 */
    "satuan persen : persen\n"                                                  /* 2 */
    "\n"                                                                        /* 3 */
    "skala MUTU {\n"                                                            /* 4 */
    "  B \"Baik\" : >= 75\n"                                                    /* 5 */
    "  K \"Kurang\" : >= 0\n"                                                   /* 6 */
    "}\n"                                                                       /* 7 */
    "\n"                                                                        /* 8 */
    "rkt RKT_A \"Rencana A\" {\n"                                               /* 9 */
    "  tahun 2025\n"                                                            /* 10 */
    "  predikat MUTU\n"                                                         /* 11 */
    "  sasaran S1 \"Layanan\" {\n"                                              /* 12 */
    "    indikator I1 \"Dokumen yang diterbitkan\" { satuan dokumen target 200 }\n" /* 13 */
    "    indikator I2 \"Ketepatan waktu\" { satuan persen polaritas stabil target 80..95 }\n" /* 14 */
    "  }\n"                                                                     /* 15 */
    "  sasaran S2 \"Tata kelola\" {\n"                                          /* 16 */
    "    indikator I3 \"Laporan\" { satuan dokumen target 4 }\n"                /* 17 */
    "  }\n"                                                                     /* 18 */
    "}\n"                                                                       /* 19 */
    "aturan \"Capaian di bawah 80% perlu rencana aksi\" {\n"                    /* 20 */
    "  untuk indikator i\n"
    "  jika ada(capaian(i)) dan capaian(i) < 80\n"
    "  maka peringatan \"{kode(i)} baru mencapai {capaian(i)}%\"\n"
    "}\n";

/* Its data: a quarter's own count per row (LANGUAGE.md §4.1), no rencana
 * column, so every row is the evaluated plan's; nothing for I3. */
static const char data_a[] =
    "kode,periode,nilai\n"
    "I1,2025-TW1,50\n"
    "I1,2025-TW2,60\n"
    "I2,2025-TW1,70\n"
    "I2,2025-TW2,90\n";

/* Plan B, in a text of its own, on plan A's unit (top-level names are
 * shared by every text of a session). */
static const char plan_b[] =
    "rkt RKT_B \"Rencana B\" {\n"
    "  tahun 2025\n"
    "  sasaran S1 \"Layanan\" {\n"
    "    indikator I1 \"Dokumen yang diterbitkan\" { satuan dokumen target 40 }\n"
    "  }\n"
    "}\n";

/* A national export: rows name their plan; RKT_C is not loaded (skipped). */
static const char data_ab[] =
    "rencana,kode,periode,nilai\n"
    "RKT_A,I1,2025-TW1,50\n"
    "RKT_A,I1,2025-TW2,60\n"
    "RKT_A,I2,2025-TW2,90\n"
    "RKT_B,I1,2025-S1,30\n"
    "RKT_C,I1,2025-TW1,5\n";

/* An error and a note: E012 at line 6, column 52 (4 spaces, then
 * `indikator I1 "Dokumen" { satuan dokumen target ` is 47 characters:
 * 12.5 starts at 52 and ends before 56); I001 at 7:48 (the `0`). */
static const char plan_e[] =
    "satuan dokumen : cacah\n"
    "\n"
    "rkt RKT_E \"Rencana E\" {\n"
    "  tahun 2025\n"
    "  sasaran S1 \"Layanan\" {\n"
    "    indikator I1 \"Dokumen\" { satuan dokumen target 12.5 }\n"
    "    indikator I2 \"Nol\" { satuan dokumen target 0 }\n"
    "  }\n"
    "}\n";

/* Only a warning: W003, satuan liter is never used (line 2, column 8). */
static const char plan_w[] =
    "satuan dokumen : cacah\n"
    "satuan liter : cacah\n"
    "rkt RKT_W \"Rencana W\" {\n"
    "  tahun 2025\n"
    "  sasaran S1 \"Layanan\" {\n"
    "    indikator I1 \"Dokumen\" { satuan dokumen target 10 }\n"
    "  }\n"
    "}\n";

/* ---- helpers ------------------------------------------------------------- */

/* The diagnostics a callback saw, copied (their strings live only as long
 * as the callback). */
typedef struct Seen {
    int n;
    struct {
        rkt_severity sev;
        char code[16], file[64];
        int line, column, end_line, end_column;
    } d[8];
} Seen;

static void on_diagnostic(const rkt_diagnostic *d, void *ud)
{
    Seen *s = ud;
    if (s->n < 8) {
        s->d[s->n].sev = d->severity;
        snprintf(s->d[s->n].code, sizeof s->d[s->n].code, "%s", d->code);
        snprintf(s->d[s->n].file, sizeof s->d[s->n].file, "%s", d->file ? d->file : "");
        s->d[s->n].line = d->line;
        s->d[s->n].column = d->column;
        s->d[s->n].end_line = d->end_line;
        s->d[s->n].end_column = d->end_column;
    }
    s->n++;
}

static rkt_session *open_with(Seen *seen, int flags)
{
    rkt_options o = {.threads = 1, .flags = flags, .on_diagnostic = on_diagnostic, .userdata = seen};
    rkt_session *s = rkt_open(&o);
    assert_non_null(s);
    return s;
}

static void add_text(rkt_session *s, const char *name, const char *text)
{
    assert_int_equal(rkt_add_text(s, name, text, strlen(text)), RKT_OK);
}

static void add_data(rkt_session *s, const char *name, const char *text)
{
    assert_int_equal(rkt_add_data_text(s, name, text, strlen(text)), RKT_OK);
}

/* Plans A and B with the national export. */
static rkt_session *open_ab(Seen *seen)
{
    rkt_session *s = open_with(seen, 0);
    add_text(s, "a.rkt", plan_a);
    add_text(s, "b.rkt", plan_b);
    add_data(s, "nasional.csv", data_ab);
    return s;
}

/* Figures are compared as a reader sees them: rounded to two decimals. */
#define assert_value(val, want)                                                                    \
    do {                                                                                           \
        assert_true((val).ada);                                                                    \
        assert_true(rkt_round2((val).v) == (want));                                                \
    } while (0)

static const rkt_indicator *indicator(const rkt_element *e, const char *code)
{
    for (int i = 0; i < e->nindicators; i++)
        if (strcmp(e->indicators[i].code, code) == 0)
            return &e->indicators[i];
    fail_msg("no indicator %s in %s", code, e->code);
    return NULL;
}

/* What a result callback keeps: the walks below run inside it, since a
 * result lives only until the callback returns. */
typedef struct Got {
    int n;
    char code[4][16];
    double capaian[4];
    char *json[4];
    void (*walk)(const rkt_plan_result *p);
} Got;

static int on_result(const rkt_result *r, void *ud)
{
    Got *g = ud;
    const rkt_plan_result *p = rkt_result_plan(r);
    assert_non_null(p);
    assert_true(g->n < 4);
    snprintf(g->code[g->n], sizeof g->code[g->n], "%s", p->code);
    g->capaian[g->n] = p->capaian.ada ? rkt_round2(p->capaian.v) : -1;
    g->json[g->n] = rkt_result_json(r);
    if (g->walk)
        g->walk(p);
    g->n++;
    return 0;
}

static void got_free(Got *g)
{
    for (int i = 0; i < g->n; i++)
        rkt_free(g->json[i]);
}

/* ---- tests ------------------------------------------------------------------ */

static void test_version_and_rounding(void **state)
{
    (void)state;
    char want[32];
    snprintf(want, sizeof want, "%d.%d.%d", RKT_VERSION_MAJOR, RKT_VERSION_MINOR, RKT_VERSION_PATCH);
    assert_string_equal(rkt_version(), want);
    /* half away from zero on the shortest decimal: 1.005 -> 1.01 (the
     * double is 1.00499999999999989...), -2.345 -> -2.35, 2.675 -> 2.68 */
    assert_true(rkt_round2(1.005) == 1.01);
    assert_true(rkt_round2(-2.345) == -2.35);
    assert_true(rkt_round2(2.675) == 2.68);
    assert_true(rkt_round2(100.0 / 3) == 33.33);     /* 33.333... */
    assert_true(rkt_round2(200.0 / 3) == 66.67);     /* 66.666... */
    rkt_close(NULL);                                  /* as free(NULL) */
}

/* The callback gets every diagnostic, in source order, with its place. */
static void test_check_diagnostics(void **state)
{
    (void)state;
    Seen seen = {0};
    rkt_session *s = open_with(&seen, 0);
    add_text(s, "e.rkt", plan_e);
    assert_int_equal(rkt_check(s), RKT_EINPUT);
    assert_int_equal(seen.n, 2);
    assert_int_equal(seen.d[0].sev, RKT_SEV_ERROR);
    assert_string_equal(seen.d[0].code, "E012");
    assert_string_equal(seen.d[0].file, "e.rkt");
    assert_int_equal(seen.d[0].line, 6);
    assert_int_equal(seen.d[0].column, 52);
    assert_int_equal(seen.d[0].end_line, 6);
    assert_int_equal(seen.d[0].end_column, 56);    /* "12.5": 4 characters */
    assert_int_equal(seen.d[1].sev, RKT_SEV_NOTE);
    assert_string_equal(seen.d[1].code, "I001");
    assert_int_equal(seen.d[1].line, 7);
    assert_int_equal(seen.d[1].column, 48);
    assert_int_equal(rkt_error_count(s), 1);
    assert_int_equal(rkt_warning_count(s), 0);
    assert_null(rkt_errmsg(s));

    /* the same diagnostics, rendered: the JSON of CLI.md "Diagnostics" */
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    assert_int_equal(rkt_diagnostics_write(s, RKT_FORMAT_JSON, 0, f), RKT_OK);
    fclose(f);
    assert_non_null(strstr(buf, "\"valid\":false,\"error_count\":1,\"warning_count\":0"));
    assert_non_null(strstr(buf, "\"code\":\"E012\""));
    free(buf);

    /* a second check of the same session sees the same, again */
    seen.n = 0;
    assert_int_equal(rkt_check(s), RKT_EINPUT);
    assert_int_equal(seen.n, 2);
    rkt_close(s);
}

/* rkt_format_text: the canonical text, malloc'd, and its length; a syntax
 * error is a diagnostic through the callback, RKT_EINPUT and no text. */
static void test_format_text(void **state)
{
    (void)state;
    Seen seen = {0};
    rkt_session *s = open_with(&seen, 0);
    const char *in = "satuan  a:cacah # n\nrkt R \"r\" {tahun 2025 target 25945}";
    char *out = NULL;
    size_t n = 0;
    assert_int_equal(rkt_format_text(s, "f.rkt", in, strlen(in), &out, &n), RKT_OK);
    assert_string_equal(out, "satuan a : cacah  # n\n\nrkt R \"r\" { tahun 2025  target 25_945 }\n");
    assert_int_equal(n, strlen(out));
    assert_int_equal(seen.n, 0);
    rkt_free(out);

    const char *bad = "satuan a : cacah\nrkt R \"r\" {\n";
    out = (char *)1;
    assert_int_equal(rkt_format_text(s, "bad.rkt", bad, strlen(bad), &out, NULL), RKT_EINPUT);
    assert_null(out);
    assert_int_equal(seen.n, 1);
    assert_string_equal(seen.d[0].code, "E009");
    assert_string_equal(seen.d[0].file, "bad.rkt");
    assert_int_equal(seen.d[0].line, 3);
    assert_int_equal(rkt_error_count(s), 1);
    rkt_close(s);
}

/* Warnings pass, unless RKT_WERROR; a file that cannot be read is a usage
 * error with its reason. */
static void test_check_status(void **state)
{
    (void)state;
    Seen seen = {0};
    rkt_session *s = open_with(&seen, 0);
    add_text(s, "w.rkt", plan_w);
    assert_int_equal(rkt_check(s), RKT_OK);
    assert_int_equal(seen.n, 1);
    assert_int_equal(seen.d[0].sev, RKT_SEV_WARNING);
    assert_string_equal(seen.d[0].code, "W003");
    assert_int_equal(seen.d[0].line, 2);
    assert_int_equal(seen.d[0].column, 8);
    assert_int_equal(rkt_warning_count(s), 1);
    rkt_close(s);

    Seen strict = {0};
    s = open_with(&strict, RKT_WERROR);
    add_text(s, "w.rkt", plan_w);
    assert_int_equal(rkt_check(s), RKT_EINPUT);
    assert_int_equal(strict.n, 1);
    assert_string_equal(strict.d[0].code, "W003");
    rkt_close(s);

    Seen none = {0};
    s = open_with(&none, 0);
    assert_int_equal(rkt_add_file(s, "/nonexistent/rkt-api-test.rkt"), RKT_OK);   /* read by the run */
    assert_int_equal(rkt_check(s), RKT_EUSAGE);
    assert_non_null(rkt_errmsg(s));
    assert_non_null(strstr(rkt_errmsg(s), "cannot read"));
    assert_non_null(strstr(rkt_errmsg(s), "/nonexistent/rkt-api-test.rkt"));
    rkt_close(s);
}

/* Plan A for the year:
 *   I1  cacah, so konsolidasi jumlah: 50 + 60 = 110; target 200;
 *       capaian 110 / 200 x 100 = 55
 *   I2  persen, so terakhir: 90 (TW2); stabil, band 80..95, 90 inside: 100
 *   I3  no row: realisasi and capaian kosong
 *   S1  (55 + 100) / 2 = 77.5                   S2  kosong, tanpa_data [I3]
 *   plan: the mean of the sasaran with a capaian, S1 alone: 77.5 >= 75: B
 *   finding: I1's 55 < 80: "I1 baru mencapai 55%" (55 shown whole), at
 *   the rule, line 20 column 1; I2's 100 and I3's kosong do not fire. */
static void walk_year(const rkt_plan_result *p)
{
    assert_string_equal(p->code, "RKT_A");
    assert_int_equal(p->year, 2025);
    assert_string_equal(p->periode, "2025");
    assert_value(p->capaian, 77.5);
    assert_non_null(p->predikat);
    assert_string_equal(p->predikat, "B");
    assert_int_equal(p->nelements, 2);

    const rkt_element *s1 = &p->elements[0], *s2 = &p->elements[1];
    assert_string_equal(s1->code, "S1");
    assert_string_equal(s1->kind, "sasaran");
    assert_string_equal(s1->uraian, "Layanan");
    assert_value(s1->capaian, 77.5);
    assert_int_equal(s1->nindicators, 2);
    assert_int_equal(s1->ntanpa_data, 0);

    const rkt_indicator *i1 = indicator(s1, "I1");
    assert_string_equal(i1->uraian, "Dokumen yang diterbitkan");
    assert_string_equal(i1->satuan, "dokumen");
    assert_string_equal(i1->polaritas, "maksimal");
    assert_string_equal(i1->konsolidasi, "jumlah");
    assert_null(i1->pelaksana);
    assert_value(i1->target, 200);
    assert_value(i1->target_hi, 200);     /* not a range: == target */
    assert_value(i1->realisasi, 110);
    assert_value(i1->capaian, 55);

    const rkt_indicator *i2 = indicator(s1, "I2");
    assert_string_equal(i2->polaritas, "stabil");
    assert_string_equal(i2->konsolidasi, "terakhir");
    assert_value(i2->target, 80);
    assert_value(i2->target_hi, 95);
    assert_value(i2->realisasi, 90);
    assert_value(i2->capaian, 100);

    assert_string_equal(s2->code, "S2");
    assert_false(s2->capaian.ada);
    assert_int_equal(s2->nindicators, 1);
    assert_int_equal(s2->ntanpa_data, 1);
    assert_string_equal(s2->tanpa_data[0], "I3");
    const rkt_indicator *i3 = indicator(s2, "I3");
    assert_value(i3->target, 4);
    assert_false(i3->realisasi.ada);
    assert_false(i3->capaian.ada);

    assert_int_equal(p->nfindings, 1);
    assert_string_equal(p->findings[0].rule, "Capaian di bawah 80% perlu rencana aksi");
    assert_string_equal(p->findings[0].severity, "peringatan");
    assert_string_equal(p->findings[0].message, "I1 baru mencapai 55%");
    assert_string_equal(p->findings[0].file, "a.rkt");
    assert_int_equal(p->findings[0].line, 20);
    assert_int_equal(p->findings[0].column, 1);
}

/* Plan A through TW1 (no map, so the annual target for every period):
 *   I1  50 / 200 x 100 = 25
 *   I2  70, below the band 80..95: 70 / 80 x 100 = 87.5
 *   S1  (25 + 87.5) / 2 = 56.25; the plan 56.25 < 75: K
 *   finding: I1's 25 < 80 only. */
static void walk_tw1(const rkt_plan_result *p)
{
    assert_string_equal(p->periode, "2025-TW1");
    assert_value(p->capaian, 56.25);
    assert_string_equal(p->predikat, "K");
    assert_value(indicator(&p->elements[0], "I1")->realisasi, 50);
    assert_value(indicator(&p->elements[0], "I1")->capaian, 25);
    assert_value(indicator(&p->elements[0], "I2")->realisasi, 70);
    assert_value(indicator(&p->elements[0], "I2")->capaian, 87.5);
    assert_int_equal(p->nfindings, 1);
    assert_string_equal(p->findings[0].message, "I1 baru mencapai 25%");
}

static void test_eval_one(void **state)
{
    (void)state;
    Seen seen = {0};
    rkt_session *s = open_with(&seen, 0);
    add_text(s, "a.rkt", plan_a);
    add_data(s, "a.csv", data_a);

    Got g = {.walk = walk_year};
    rkt_eval_options o = {0};          /* the only plan, for its year */
    assert_int_equal(rkt_eval(s, &o, on_result, &g), RKT_OK);
    assert_int_equal(g.n, 1);
    assert_int_equal(seen.n, 0);       /* a clean plan and clean data */
    /* the JSON of CLI.md "eval output", one line: its leading keys */
    assert_non_null(g.json[0]);
    assert_non_null(strstr(g.json[0],
        "{\"rencana\":\"RKT_A\",\"tahun\":2025,\"periode\":\"2025\",\"capaian\":77.5,\"predikat\":\"B\""));
    assert_non_null(strstr(g.json[0], "\"tanpa_data\":[\"I3\"]"));
    assert_non_null(strstr(g.json[0], "\"pesan\":\"I1 baru mencapai 55%\""));
    assert_null(strchr(g.json[0], '\n'));

    /* rkt_eval_write's JSON is the same line */
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    o.format = RKT_FORMAT_JSON;
    assert_int_equal(rkt_eval_write(s, &o, f), RKT_OK);
    fclose(f);
    size_t jl = strlen(g.json[0]);
    assert_int_equal(len, jl + 1);
    assert_memory_equal(buf, g.json[0], jl);
    assert_int_equal(buf[jl], '\n');
    free(buf);
    got_free(&g);

    Got q = {.walk = walk_tw1};
    rkt_eval_options tw1 = {.plan = "RKT_A", .periode = "2025-TW1"};
    assert_int_equal(rkt_eval(s, &tw1, on_result, &q), RKT_OK);
    assert_int_equal(q.n, 1);
    got_free(&q);
    rkt_close(s);
}

/* all = 1, two plans and a rencana column:
 *   RKT_A  I1 50 + 60 = 110 of 200: 55; I2 90 inside 80..95: 100;
 *          S1 (55 + 100) / 2 = 77.5, the plan 77.5
 *   RKT_B  I1 30 (its S1 row) of 40: 75; S1 75, the plan 75
 *   RKT_C's row: not loaded, skipped.  Results in load order: A, B. */
static void test_eval_all(void **state)
{
    (void)state;
    Seen seen = {0};
    rkt_session *s = open_ab(&seen);
    Got g = {0};
    rkt_eval_options o = {.all = 1};
    assert_int_equal(rkt_eval(s, &o, on_result, &g), RKT_OK);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.code[0], "RKT_A");
    assert_true(g.capaian[0] == 77.5);
    assert_string_equal(g.code[1], "RKT_B");
    assert_true(g.capaian[1] == 75);
    assert_non_null(strstr(g.json[1], "\"rencana\":\"RKT_B\""));
    assert_non_null(strstr(g.json[1], "\"target\":40,\"realisasi\":30,\"capaian\":75"));
    got_free(&g);

    /* one plan by its code */
    rkt_eval_options one = {.plan = "RKT_B"};
    Got b = {0};
    assert_int_equal(rkt_eval(s, &one, on_result, &b), RKT_OK);
    assert_int_equal(b.n, 1);
    assert_string_equal(b.code[0], "RKT_B");
    got_free(&b);

    /* two plans and none named: which one is a usage error */
    rkt_eval_options unnamed = {0};
    Got u = {0};
    assert_int_equal(rkt_eval(s, &unnamed, on_result, &u), RKT_EUSAGE);
    assert_int_equal(u.n, 0);
    assert_non_null(rkt_errmsg(s));
    rkt_close(s);
}

static int stop_at_first(const rkt_result *r, void *ud)
{
    (void)r;
    ++*(int *)ud;
    return 1;
}

/* Usage errors and data errors: no result, and the reason. */
static void test_eval_errors(void **state)
{
    (void)state;
    Seen seen = {0};
    rkt_session *s = open_ab(&seen);

    int calls = 0;
    rkt_eval_options all = {.all = 1};
    assert_int_equal(rkt_eval(s, &all, stop_at_first, &calls), RKT_OK);
    assert_int_equal(calls, 1);            /* a non-zero return stops the run */

    calls = 0;
    rkt_eval_options missing = {.plan = "RKT_X"};
    assert_int_equal(rkt_eval(s, &missing, stop_at_first, &calls), RKT_EUSAGE);
    assert_int_equal(calls, 0);
    assert_non_null(rkt_errmsg(s));
    assert_non_null(strstr(rkt_errmsg(s), "RKT_X"));
    rkt_close(s);

    /* an unknown code in the data: located at its row, nothing evaluated */
    Seen bad = {0};
    s = open_with(&bad, 0);
    add_text(s, "a.rkt", plan_a);
    add_data(s, "a.csv", "kode,periode,nilai\nI1,2025-TW1,50\nI9,2025-TW1,5\n");
    calls = 0;
    rkt_eval_options o = {0};
    assert_int_equal(rkt_eval(s, &o, stop_at_first, &calls), RKT_EINPUT);
    assert_int_equal(calls, 0);
    assert_true(bad.n >= 1);
    assert_int_equal(bad.d[0].sev, RKT_SEV_ERROR);
    assert_string_equal(bad.d[0].file, "a.csv");
    assert_int_equal(bad.d[0].line, 3);
    assert_true(bad.d[0].column >= 1);
    rkt_close(s);
}

/* 16 plans (enough for the session to start worker threads: 8 builds a
 * thread): every callback runs on the calling thread, and the results
 * come in load order.  Plan k (1..16): I1 with target 100 and one yearly
 * row of k, so its capaian is k / 100 x 100 = k; I2 with target 0 and no
 * row: a note I001 each (its zero target), capaian kosong, in tanpa_data;
 * the plan's capaian is I1's, k. */
typedef struct OnThread {
    pthread_t self;
    int elsewhere;              /* callbacks on another thread */
    int ndiag, nres;
    double capaian[16];
    char code[16][16];
} OnThread;

static void diag_thread(const rkt_diagnostic *d, void *ud)
{
    OnThread *t = ud;
    t->elsewhere += !pthread_equal(t->self, pthread_self());
    t->ndiag += strcmp(d->code, "I001") == 0;
}

static int result_thread(const rkt_result *r, void *ud)
{
    OnThread *t = ud;
    t->elsewhere += !pthread_equal(t->self, pthread_self());
    const rkt_plan_result *p = rkt_result_plan(r);
    if (t->nres < 16) {
        snprintf(t->code[t->nres], sizeof t->code[t->nres], "%s", p->code);
        t->capaian[t->nres] = p->capaian.ada ? rkt_round2(p->capaian.v) : -1;
    }
    t->nres++;
    return 0;
}

static void test_callbacks_on_calling_thread(void **state)
{
    (void)state;
    OnThread t = {.self = pthread_self()};
    rkt_options o = {.threads = 2, .on_diagnostic = diag_thread, .userdata = &t};
    rkt_session *s = rkt_open(&o);
    add_text(s, "units.rkt", "satuan dokumen : cacah\n");
    char csv[2048] = "rencana,kode,periode,nilai\n";
    for (int k = 1; k <= 16; k++) {
        char name[32], text[512], row[64];
        snprintf(name, sizeof name, "p%02d.rkt", k);
        snprintf(text, sizeof text,
                 "rkt RKT_P%02d \"Rencana %d\" {\n  tahun 2025\n  sasaran S1 \"Layanan\" {\n"
                 "    indikator I1 \"Dokumen\" { satuan dokumen target 100 }\n"
                 "    indikator I2 \"Nol\" { satuan dokumen target 0 }\n  }\n}\n", k, k);
        add_text(s, name, text);
        snprintf(row, sizeof row, "RKT_P%02d,I1,2025,%d\n", k, k);
        strcat(csv, row);
    }
    add_data(s, "nasional.csv", csv);
    rkt_eval_options e = {.all = 1};
    assert_int_equal(rkt_eval(s, &e, result_thread, &t), RKT_OK);
    assert_int_equal(t.elsewhere, 0);
    assert_int_equal(t.ndiag, 16);
    assert_int_equal(t.nres, 16);
    for (int k = 1; k <= 16; k++) {
        char want[24];     /* room for any int: -Wformat-truncation */
        snprintf(want, sizeof want, "RKT_P%02d", k);
        assert_string_equal(t.code[k - 1], want);
        assert_true(t.capaian[k - 1] == k);
    }
    rkt_close(s);
}

/* Distinct sessions share nothing: two threads evaluate at once. */
static void *eval_thread(void *arg)
{
    double *capaian = arg;
    rkt_options o = {.threads = 1};
    rkt_session *s = rkt_open(&o);
    rkt_add_text(s, "a.rkt", plan_a, strlen(plan_a));
    rkt_add_data_text(s, "a.csv", data_a, strlen(data_a));
    Got g = {0};
    rkt_eval_options e = {0};
    for (int i = 0; i < 5; i++) {
        g.n = 0;
        if (rkt_eval(s, &e, on_result, &g) != RKT_OK || g.n != 1)
            *capaian = -1;
        else if (*capaian == 0 || *capaian == g.capaian[0])
            *capaian = g.capaian[0];
        else
            *capaian = -2;
        got_free(&g);
    }
    rkt_close(s);
    return NULL;
}

/* rkt_report_write on plan A (I1 50 + 60 = 110 of 200: 55,00 %; I2 in
 * 80..95: 100,00 %; S1 77,50): md to a stream, an unknown kind a usage
 * error with its message, html (a stub or the real renderer) never a
 * crash. */
static void test_report(void **state)
{
    (void)state;
    Seen seen = {0};
    rkt_session *s = open_with(&seen, 0);
    add_text(s, "a.rkt", plan_a);
    add_data(s, "a.csv", data_a);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_non_null(f);
    rkt_report_options o = {.jenis = "lkj", .format = RKT_FORMAT_MD, .out = f};
    assert_int_equal(rkt_report_write(s, &o), RKT_OK);
    fclose(f);
    assert_non_null(strstr(buf, "| Dokumen | 200 | 110 | 55,00 |"));
    assert_non_null(strstr(buf, "| **Capaian RKT_A** |"));
    assert_non_null(strstr(buf, "**77,50**"));
    free(buf);
    rkt_report_options bad = {.jenis = "laporan", .format = RKT_FORMAT_MD, .out = stdout};
    assert_int_equal(rkt_report_write(s, &bad), RKT_EUSAGE);
    assert_non_null(strstr(rkt_errmsg(s), "--jenis laporan is not a kind of document"));
    rkt_close(s);
}

static void test_sessions_on_threads(void **state)
{
    (void)state;
    pthread_t t[2];
    double capaian[2] = {0, 0};
    for (int i = 0; i < 2; i++)
        assert_int_equal(pthread_create(&t[i], NULL, eval_thread, &capaian[i]), 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    assert_true(capaian[0] == 77.5);       /* as test_eval_one */
    assert_true(capaian[1] == 77.5);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_version_and_rounding),
        cmocka_unit_test(test_check_diagnostics),
        cmocka_unit_test(test_check_status),
        cmocka_unit_test(test_format_text),
        cmocka_unit_test(test_eval_one),
        cmocka_unit_test(test_eval_all),
        cmocka_unit_test(test_eval_errors),
        cmocka_unit_test(test_callbacks_on_calling_thread),
        cmocka_unit_test(test_sessions_on_threads),
        cmocka_unit_test(test_report),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
