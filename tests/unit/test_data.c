/*
 * test_data.c - the realisation-data loader and store: every error code
 * at its exact line and column, the CSV dialects (';', BOM, CRLF,
 * quoting), Indonesian numbers, plans in a `rencana` column, merging
 * files, and the store's own rules (duplicates, overlaps, kosong).
 *
 * The Model is built by hand: two rkt plans of 2025 and one data series.
 */
#include "testutil.h"

#include <math.h>

#include "data/data.h"
#include "base/num.h"

typedef struct Fix {
    Arena *a;
    SrcSet src;
    Model m;
    MUnit *sertifikat, *persen, *nilai;
    MPlan *pa, *pb;
    MSeries *ikm;
    DataStore ds;
    DgList d;
    DtOptions opt;
} Fix;

static MUnit *mk_unit(Fix *x, const char *name, UnitKind k)
{
    MUnit *u = ar_alloc(x->a, sizeof *u);
    u->name = name;
    u->kind = k;
    HASH_ADD_KEYPTR(hh, x->m.units, u->name, strlen(u->name), u);
    return u;
}

static MPlan *mk_plan(Fix *x, const char *code, int tahun)
{
    MPlan *p = ar_alloc(x->a, sizeof *p);
    p->code = code;
    p->kind = PLAN_RKT;
    p->tahun = tahun;
    p->inds = ar_alloc(x->a, 8 * sizeof *p->inds);
    HASH_ADD_KEYPTR(hh, x->m.plans, p->code, strlen(p->code), p);
    return p;
}

static MInd *mk_ind(Fix *x, MPlan *p, const char *code, MUnit *u)
{
    MInd *i = ar_alloc(x->a, sizeof *i);
    i->code = code;
    i->plan = p;
    i->unit = u;
    i->slot = x->m.nslots++;
    i->order = p->ninds;
    p->inds[p->ninds++] = i;
    HASH_ADD_KEYPTR(hh, p->ind_by_code, i->code, strlen(i->code), i);
    return i;
}

/* Slots: RKT_A IKSP1 0, IKSP2 1, IKSP3 2; RKT_B IKSP1 3; ikm_u1 4. */
static int setup(void **state)
{
    Fix *x = calloc(1, sizeof *x);
    x->a = ar_new();
    src_init(&x->src);
    x->m.arena = x->a;
    x->m.src = &x->src;
    x->sertifikat = mk_unit(x, "sertifikat", UK_CACAH);
    x->persen = mk_unit(x, "persen", UK_PERSEN);
    x->nilai = mk_unit(x, "nilai", UK_INDEKS);
    x->pa = mk_plan(x, "RKT_A", 2025);
    mk_ind(x, x->pa, "IKSP1", x->sertifikat);
    mk_ind(x, x->pa, "IKSP2", x->persen);
    mk_ind(x, x->pa, "IKSP3", x->sertifikat);
    x->pb = mk_plan(x, "RKT_B", 2025);
    mk_ind(x, x->pb, "IKSP1", x->sertifikat);
    x->ikm = ar_alloc(x->a, sizeof *x->ikm);
    x->ikm->name = "ikm_u1";
    x->ikm->unit = x->nilai;
    x->ikm->slot = x->m.nslots++;
    HASH_ADD_KEYPTR(hh, x->m.series, x->ikm->name, strlen(x->ikm->name), x->ikm);
    dt_init(&x->ds);
    dg_init(&x->d);
    x->opt = (DtOptions){&x->pa, 1, false, NULL};
    *state = x;
    return 0;
}

static int teardown(void **state)
{
    Fix *x = *state;
    dt_free(&x->ds);
    dg_free(&x->d);
    src_free(&x->src);
    HASH_CLEAR(hh, x->m.units);
    HASH_CLEAR(hh, x->m.plans);
    HASH_CLEAR(hh, x->m.series);
    HASH_CLEAR(hh, x->pa->ind_by_code);
    HASH_CLEAR(hh, x->pb->ind_by_code);
    ar_free(x->a);
    free(x);
    return 0;
}

static int load(Fix *x, const char *name, const char *text)
{
    return dt_load_text(&x->ds, &x->m, name, text, strlen(text), &x->opt, &x->d);
}

static int pidx(const char *s)
{
    Period p;
    assert_int_equal(pd_parse(s, strlen(s), &p), 0);
    return pd_index(p);
}

static double get(Fix *x, int slot, const char *per)
{
    double v = -1;
    if (!dt_get(&x->ds, slot, pidx(per), &v, NULL))
        return NAN;
    return v;
}

/* Diagnostic i has this code, line, column and message fragment. */
static void diag_is(Fix *x, int i, const char *code, int line, int col,
                    const char *frag)
{
    if (i >= x->d.n)
        fail_msg("expected diagnostic %d (%s), have %d", i, code, x->d.n);
    const Diag *g = &x->d.v[i];
    SrcPos at = src_span_lo(&x->src, g->span);
    if (strcmp(g->code, code) != 0 || at.line != line
        || at.col != col || !strstr(g->msg, frag))
        fail_msg("diagnostic %d: got %s %d:%d '%s'; want %s %d:%d '...%s...'",
                 i, g->code, at.line, at.col, g->msg,
                 code, line, col, frag);
}

/* ---- reading ---- */

static void test_basic(void **state)
{
    Fix *x = *state;
    int rc = load(x, "a.csv",
                  "kode,periode,nilai\n"
                  "IKSP1,2025-TW1,6100\n"
                  "IKSP1,2025-TW2,6600\n"
                  "IKSP2,2025,81.5\n"
                  "IKSP3,2025-S1,\n"
                  "ikm_u1,2025-03,3.25\n");
    assert_int_equal(rc, 0);
    assert_int_equal(x->d.n, 0);
    assert_true(get(x, 0, "2025-TW1") == 6100);
    assert_true(get(x, 0, "2025-TW2") == 6600);
    assert_true(isnan(get(x, 0, "2025-TW3")));
    assert_true(get(x, 1, "2025") == 81.5);
    assert_true(get(x, 4, "2025-03") == 3.25);
    /* kosong: no value, but the row is known */
    double v = 0;
    DtSrc src;
    assert_false(dt_get(&x->ds, 2, pidx("2025-S1"), &v, &src));
    assert_true(isnan(v));
    assert_int_equal(src.line, 5);
    assert_false(dt_get(&x->ds, 2, pidx("2025-S2"), NULL, &src));
    assert_int_equal(src.file, -1);
    /* where values came from */
    assert_true(dt_get(&x->ds, 0, pidx("2025-TW2"), NULL, &src));
    assert_string_equal(src_get(&x->src, src.file)->path, "a.csv");
    assert_int_equal(src.line, 3);
    assert_int_equal(dt_present(&x->ds, 0), (1u << 3) | (1u << 4));
    assert_int_equal(x->ds.nobs, 5);
}

static void test_columns_any_order_and_case(void **state)
{
    Fix *x = *state;
    int rc = load(x, "a.csv",
                  "Keterangan,NILAI,Periode, kode ,pelaksana,satuan\n"
                  "catatan,12,2025-01,IKSP1,Seksi A,dokumen\n");
    assert_int_equal(rc, 0);
    assert_true(get(x, 0, "2025-01") == 12);
}

static void test_iteration_chronological(void **state)
{
    Fix *x = *state;
    assert_int_equal(load(x, "a.csv",
                          "kode,periode,nilai\n"
                          "IKSP2,2025-12,4\n"
                          "IKSP2,2025-TW1,1\n"
                          "IKSP2,2025-05,2\n"
                          "IKSP2,2025-S2,\n"
                          "IKSP2,2025-06,3\n"), 0);
    static const char *want[] = {"2025-TW1", "2025-05", "2025-06", "2025-S2", "2025-12"};
    DtIter it;
    DtObs o;
    int n = 0;
    for (dt_iter(&x->ds, 1, &it); dt_next(&it, &o); n++) {
        assert_true(n < 5);
        assert_int_equal(o.idx, pidx(want[n]));
        assert_int_equal(o.kosong, n == 3);
    }
    assert_int_equal(n, 5);
    dt_iter(&x->ds, 2, &it);             /* a slot without data */
    assert_false(dt_next(&it, &o));
    dt_iter(&x->ds, 999, &it);           /* out of range */
    assert_false(dt_next(&it, &o));
}

static void test_blank_lines_and_empty_rows(void **state)
{
    Fix *x = *state;
    int rc = load(x, "a.csv",
                  "\n"
                  "kode,periode,nilai\n"
                  "\n"
                  "IKSP1,2025-01,1\n"
                  ",,\n"
                  "  ,  ,\n"
                  "\n"
                  "IKSP1,2025-02,2");           /* no final newline */
    assert_int_equal(rc, 0);
    assert_int_equal(x->ds.nobs, 2);
    DtSrc src;
    assert_true(dt_get(&x->ds, 0, pidx("2025-02"), NULL, &src));
    assert_int_equal(src.line, 8);
}

/* A Windows spreadsheet in the Indonesian locale: BOM, ';', CRLF, and
 * Indonesian numbers read with --angka id. */
static void test_indonesian_semicolon_bom_crlf(void **state)
{
    Fix *x = *state;
    x->opt.id_format = true;
    int rc = load(x, "id.csv",
                  "\xEF\xBB\xBFkode;periode;nilai;keterangan\r\n"
                  "IKSP1;2025-TW1;25.945;\"catatan; dengan titik koma\"\r\n"
                  "IKSP2;2025-TW1;81,5;\r\n"
                  "IKSP3;2025-TW1;1.234.567;\r\n"
                  "IKSP2;2025-TW2;25.9;\r\n");
    assert_int_equal(rc, 1);
    assert_true(get(x, 0, "2025-TW1") == 25945);
    assert_true(get(x, 1, "2025-TW1") == 81.5);
    assert_true(get(x, 2, "2025-TW1") == 1234567);
    assert_int_equal(x->d.n, 1);
    diag_is(x, 0, "E402", 5, 16, "not a number in Indonesian format");
    assert_non_null(strstr(x->d.v[0].msg, "without --angka id it reads as 25.9"));
}

static void test_quoted_fields(void **state)
{
    Fix *x = *state;
    int rc = load(x, "q.csv",
                  "kode,periode,nilai,keterangan\n"
                  "\"IKSP1\",\"2025-01\",\"7\",\"a, b\"\n"
                  "IKSP1,2025-02,8,\"two\nlines, and \"\"quotes\"\"\"\n"
                  "IKSP1,2025-03,9,\"\"\n"
                  "\"IKS\"\"P1\",2025-04,1,\n");
    assert_int_equal(rc, 1);
    assert_true(get(x, 0, "2025-01") == 7);
    assert_true(get(x, 0, "2025-02") == 8);
    assert_true(get(x, 0, "2025-03") == 9);
    DtSrc src;
    assert_true(dt_get(&x->ds, 0, pidx("2025-03"), NULL, &src));
    assert_int_equal(src.line, 5);       /* the quoted newline counts */
    /* "" inside a quoted code is undone before the lookup */
    diag_is(x, 0, "E401", 6, 1, "unknown code 'IKS\"P1'");
}

static void test_rencana_column(void **state)
{
    Fix *x = *state;
    int rc = load(x, "nas.csv",
                  "rencana,kode,periode,nilai\n"
                  "RKT_A,IKSP1,2025-01,5\n"
                  "RKT_B,IKSP1,2025-01,6\n"         /* another unit: skipped */
                  "RKT_Z,NOPE,garbage,x\n"          /* unknown plan: skipped */
                  ",IKSP1,2025-02,1\n"              /* no plan: skipped */
                  "RKT_A,ikm_u1,2025,70.5\n");
    assert_int_equal(rc, 0);
    assert_int_equal(x->d.n, 0);
    assert_true(get(x, 0, "2025-01") == 5);
    assert_true(isnan(get(x, 3, "2025-01")));
    assert_true(get(x, 4, "2025") == 70.5);     /* one plan: the series' slot */
    assert_int_equal(dt_plan_slot(&x->ds, x->pa, 4), 4);
    assert_int_equal(x->ds.nskipped, 3);
}

/* eval --semua: every plan; each plan has its own values of a series. */
static void test_several_plans(void **state)
{
    Fix *x = *state;
    MPlan *both[2] = {x->pa, x->pb};
    x->opt.plans = both;
    x->opt.nplans = 2;
    int rc = load(x, "nas.csv",
                  "rencana,kode,periode,nilai\n"
                  "RKT_A,IKSP1,2025-01,5\n"
                  "RKT_B,IKSP1,2025-01,6\n"
                  "RKT_A,ikm_u1,2025,70.5\n"
                  "RKT_B,ikm_u1,2025,80.25\n"
                  "RKT_B,IKSP1,2025-01,7\n"
                  "RKT_B,IKSP2,2025-01,7\n");
    assert_int_equal(rc, 1);
    assert_true(get(x, 0, "2025-01") == 5);
    assert_true(get(x, 3, "2025-01") == 6);
    int sa = dt_plan_slot(&x->ds, x->pa, 4), sb = dt_plan_slot(&x->ds, x->pb, 4);
    assert_int_not_equal(sa, sb);
    assert_true(get(x, sa, "2025") == 70.5);
    assert_true(get(x, sb, "2025") == 80.25);
    assert_int_equal(dt_plan_slot(&x->ds, x->pb, 3), 3);   /* indicators: own slot */
    assert_int_equal(x->d.n, 2);
    diag_is(x, 0, "E405", 6, 13, "IKSP1 2025-01 of RKT_B was already given at nas.csv:3");
    diag_is(x, 1, "E401", 7, 7, "neither an indicator of RKT_B");
}

static void test_several_plans_need_rencana(void **state)
{
    Fix *x = *state;
    MPlan *both[2] = {x->pa, x->pb};
    x->opt.plans = both;
    x->opt.nplans = 2;
    assert_int_equal(load(x, "a.csv", "kode,periode,nilai\nIKSP1,2025,1\n"), 1);
    assert_int_equal(x->d.n, 1);
    diag_is(x, 0, "E408", 1, 1, "no 'rencana' column");
    assert_int_equal(x->ds.nobs, 0);
}

/* Two files into one store; a row repeated across them is a duplicate. */
static void test_merge_two_files(void **state)
{
    Fix *x = *state;
    assert_int_equal(load(x, "tw1.csv", "kode,periode,nilai\nIKSP1,2025-TW1,10\n"
                                        "IKSP2,2025-TW1,50\n"), 0);
    assert_int_equal(load(x, "tw2.csv", "kode;periode;nilai\nIKSP1;2025-TW2;11\n"
                                        "IKSP2;2025-TW1;51\n"), 1);
    assert_true(get(x, 0, "2025-TW1") == 10);
    assert_true(get(x, 0, "2025-TW2") == 11);
    assert_true(get(x, 1, "2025-TW1") == 50);    /* the first one stays */
    assert_int_equal(x->d.n, 1);
    diag_is(x, 0, "E405", 3, 7, "IKSP2 2025-TW1 was already given at tw1.csv:3");
    DtSrc src;
    assert_true(dt_get(&x->ds, 0, pidx("2025-TW2"), NULL, &src));
    assert_string_equal(src_get(&x->src, src.file)->path, "tw2.csv");
}

static void test_load_missing_file(void **state)
{
    Fix *x = *state;
    assert_int_equal(dt_load(&x->ds, &x->m, "/nonexistent/x.csv", &x->opt, &x->d), -1);
    assert_int_equal(x->d.n, 1);
    assert_string_equal(x->d.v[0].code, "E400");
    assert_non_null(strstr(x->d.v[0].msg, "/nonexistent/x.csv"));
}

static void test_load_real_file(void **state)
{
    Fix *x = *state;
    char path[] = "/tmp/rkt_test_dataXXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs("kode,periode,nilai\nIKSP1,2025,3\nIKSP1,2025-TW1,1\n", f);
    fclose(f);
    assert_int_equal(dt_load(&x->ds, &x->m, path, &x->opt, &x->d), 1);
    remove(path);
    assert_true(get(x, 0, "2025") == 3);
    assert_int_equal(x->d.n, 1);
    diag_is(x, 0, "E406", 3, 7, "overlaps 2025 given at");
}

/* ---- every error, at its line and column ---- */

static void test_e401_unknown_code(void **state)
{
    Fix *x = *state;
    int rc = load(x, "e.csv",
                  "periode,kode,nilai\n"
                  "2025,IKS3,1\n"
                  "2025,ZZZZZZ,1\n"
                  "2025,,1\n"
                  "2025,IKS3,2\n");     /* same unknown code again: again */
    assert_int_equal(rc, 1);
    assert_int_equal(x->d.n, 4);
    diag_is(x, 0, "E401", 2, 6, "unknown code 'IKS3': neither an indicator of RKT_A "
                                "nor a data series; did you mean 'IKSP3'?");
    diag_is(x, 1, "E401", 3, 6, "unknown code 'ZZZZZZ'");
    assert_null(strstr(x->d.v[1].msg, "did you mean"));
    diag_is(x, 2, "E401", 4, 6, "no kode");
    diag_is(x, 3, "E401", 5, 6, "IKS3");
}

static void test_e402_bad_number(void **state)
{
    Fix *x = *state;
    int rc = load(x, "e.csv",
                  "kode,periode,nilai\n"
                  "IKSP2,2025-01,81,5\n"           /* E409: a ',' too many */
                  "IKSP2,2025-02,\"81,5\"\n"
                  "IKSP2,2025-03,abc\n"
                  "IKSP2,2025-04,1e5\n"
                  "IKSP2,2025-05,1.234.567\n"
                  "IKSP2,2025-06,\"25,945\"\n");
    assert_int_equal(rc, 1);
    assert_int_equal(x->d.n, 6);
    diag_is(x, 0, "E409", 2, 18, "this row has 4 fields but the header has 3");
    diag_is(x, 1, "E402", 3, 15, "nilai '81,5' is not a number");
    assert_non_null(strstr(x->d.v[1].msg, "read the file with --angka id"));
    diag_is(x, 2, "E402", 4, 15, "nilai 'abc'");
    assert_null(strstr(x->d.v[2].msg, "--angka id"));
    diag_is(x, 3, "E402", 5, 15, "nilai '1e5'");
    diag_is(x, 4, "E402", 6, 15, "Indonesian number format: read the file with --angka id");
    diag_is(x, 5, "E402", 7, 15, "nilai '25,945' is not a number: if ',' groups "
                                 "thousands, write the digits without it; if it is "
                                 "the decimal comma, read the file with --angka id");
}

static void test_e403_bad_period(void **state)
{
    Fix *x = *state;
    int rc = load(x, "e.csv",
                  "kode,periode,nilai\n"
                  "IKSP1,2025-13,1\n"
                  "IKSP1,2025-3,1\n"
                  "IKSP1,2025-TW5,1\n"
                  "IKSP1,2025-S3,1\n"
                  "IKSP1,TW1,1\n"
                  "IKSP1,B03,1\n"
                  "IKSP1, 2025-TW1 ,1\n");       /* blanks are trimmed */
    assert_int_equal(rc, 1);
    assert_int_equal(x->d.n, 6);
    diag_is(x, 0, "E403", 2, 7, "periode '2025-13' is not a period; write the year "
                                "2025, a semester 2025-S1..2025-S2, a quarter "
                                "2025-TW1..2025-TW4 or a month 2025-01..2025-12");
    diag_is(x, 1, "E403", 3, 7, "'2025-3'");
    diag_is(x, 2, "E403", 4, 7, "'2025-TW5'");
    diag_is(x, 3, "E403", 5, 7, "'2025-S3'");
    diag_is(x, 4, "E403", 6, 7, "periode 'TW1' has no year; a data file writes 2025-TW1");
    diag_is(x, 5, "E403", 7, 7, "writes 2025-03");
    assert_true(get(x, 0, "2025-TW1") == 1);
}

static void test_e404_outside_year(void **state)
{
    Fix *x = *state;
    assert_int_equal(load(x, "e.csv", "kode,periode,nilai\nIKSP1,2025-01,1\n"
                                      "IKSP1,2024-TW4,1\n"), 1);
    assert_int_equal(x->d.n, 1);
    diag_is(x, 0, "E404", 3, 7, "periode 2024-TW4 is outside the plan year 2025 of RKT_A");
}

static void test_e405_duplicate(void **state)
{
    Fix *x = *state;
    int rc = load(x, "e.csv",
                  "kode,periode,nilai\n"
                  "IKSP1,2025-TW1,1\n"
                  "IKSP2,2025-TW1,2\n"
                  "IKSP1,2025-TW1,3\n"
                  "IKSP2,2025-TW1,\n");          /* kosong duplicates too */
    assert_int_equal(rc, 1);
    assert_int_equal(x->d.n, 2);
    diag_is(x, 0, "E405", 4, 7, "duplicate row: IKSP1 2025-TW1 was already given at e.csv:2");
    diag_is(x, 1, "E405", 5, 7, "e.csv:3");
    assert_true(get(x, 0, "2025-TW1") == 1);
}

static void test_e406_overlap(void **state)
{
    Fix *x = *state;
    int rc = load(x, "e.csv",
                  "kode,periode,nilai\n"
                  "IKSP1,2025-02,1\n"
                  "IKSP1,2025-01,1\n"
                  "IKSP1,2025-TW1,3\n"            /* both months: the earlier row */
                  "IKSP1,2025-S2,4\n"
                  "IKSP1,2025-08,5\n"
                  "IKSP1,2025,6\n"
                  "IKSP2,2025-TW2,\n"             /* kosong rows never overlap */
                  "IKSP2,2025-05,7\n"
                  "IKSP2,2025-S1,\n");
    assert_int_equal(rc, 1);
    assert_int_equal(x->d.n, 3);
    diag_is(x, 0, "E406", 4, 7, "IKSP1 2025-TW1 overlaps 2025-02 given at e.csv:2");
    diag_is(x, 1, "E406", 6, 7, "IKSP1 2025-08 overlaps 2025-S2 given at e.csv:5");
    diag_is(x, 2, "E406", 7, 7, "IKSP1 2025 overlaps 2025-02 given at e.csv:2");
    assert_true(get(x, 1, "2025-05") == 7);
}

static void test_e407_not_whole(void **state)
{
    Fix *x = *state;
    int rc = load(x, "e.csv",
                  "kode,periode,nilai\n"
                  "IKSP1,2025-TW1,25.945\n"
                  "IKSP1,2025-TW2,2.5\n"
                  "IKSP2,2025-TW1,2.5\n"          /* persen: fine */
                  "IKSP1,2025-TW2,3\n");          /* the E407 row was kept */
    assert_int_equal(rc, 1);
    assert_int_equal(x->d.n, 3);
    diag_is(x, 0, "E407", 2, 16, "nilai 25.945 of IKSP1 is not a whole number, but "
                                 "satuan 'sertifikat' counts; if it means 25945, "
                                 "read the file with --angka id");
    diag_is(x, 1, "E407", 3, 16, "nilai 2.5 of IKSP1");
    assert_null(strstr(x->d.v[1].msg, "--angka"));
    diag_is(x, 2, "E405", 5, 7, "e.csv:3");
}

static void test_e408_header(void **state)
{
    Fix *x = *state;
    assert_int_equal(load(x, "h1.csv", "kode,nilai,keterangan\nIKSP1,1,x\n"), 1);
    diag_is(x, 0, "E408", 1, 1, "the header lacks the required column 'periode' "
                                "(a data file needs kode, periode and nilai; found: "
                                "kode,nilai,keterangan)");
    assert_int_equal(load(x, "h2.csv", "kode,periode,nilai,KODE\n"), 1);
    diag_is(x, 1, "E408", 1, 20, "column 'kode' appears twice in the header (columns 1 and 4)");
    assert_int_equal(load(x, "h3.csv", ""), 1);
    diag_is(x, 2, "E408", 1, 1, "no header row");
    assert_int_equal(load(x, "h4.csv", "\n\n"), 1);
    diag_is(x, 3, "E408", 3, 1, "no header row");
    assert_int_equal(load(x, "h5.csv", "kode periode nilai\n"), 1);
    diag_is(x, 4, "E408", 1, 1, "lacks the required column 'kode'");
    assert_int_equal(x->d.n, 7);       /* h5: kode, periode and nilai */
    assert_int_equal(x->ds.nobs, 0);
}

static void test_e409_field_count(void **state)
{
    Fix *x = *state;
    int rc = load(x, "e.csv",
                  "kode,periode,nilai\n"
                  "IKSP1,2025-01\n"
                  "IKSP1,2025-02,1,extra,more\n"
                  "IKSP1,2025-03,\"a\nb\",x\n"
                  "IKSP1,2025-04,2\n");
    assert_int_equal(rc, 1);
    assert_int_equal(x->d.n, 3);
    diag_is(x, 0, "E409", 2, 14, "this row has 2 fields but the header has 3");
    diag_is(x, 1, "E409", 3, 17, "has 5 fields");
    diag_is(x, 2, "E409", 5, 4, "has 4 fields");
    assert_true(get(x, 0, "2025-04") == 2);
    DtSrc src;
    assert_true(dt_get(&x->ds, 0, pidx("2025-04"), NULL, &src));
    assert_int_equal(src.line, 6);
}

static void test_e410_quotes(void **state)
{
    Fix *x = *state;
    int rc = load(x, "e.csv",
                  "kode,periode,nilai\n"
                  "IKSP1,\"2025-01\"x,1\n"
                  "IKSP1,2025-02,2\n"
                  "IKSP1,2025-03,\"3\n"
                  "IKSP1,2025-04,4\n");
    assert_int_equal(rc, 1);
    assert_int_equal(x->d.n, 2);
    diag_is(x, 0, "E410", 2, 16, "unexpected text 'x' after the closing quote");
    diag_is(x, 1, "E410", 4, 15, "unterminated quote");
    assert_true(get(x, 0, "2025-02") == 2);
    assert_true(isnan(get(x, 0, "2025-01")));
}

/* Columns count characters, not bytes. */
static void test_columns_in_characters(void **state)
{
    Fix *x = *state;
    assert_int_equal(load(x, "e.csv", "keterangan,kode,periode,nilai\n"
                                      "\xC3\xA9t\xC3\xA9,IKSP2,2025,x\n"), 1);
    diag_is(x, 0, "E402", 2, 16, "nilai 'x'");
    assert_int_equal(src_span_hi(&x->src, x->d.v[0].span).col, 17);
    assert_int_equal(x->d.v[0].span.lo, 30 + 17);
}

/* Every error of the file, in order, none stopping the others. */
static void test_all_errors_reported(void **state)
{
    Fix *x = *state;
    int rc = load(x, "e.csv",
                  "kode,periode,nilai\n"
                  "NOPE,2025-13,abc\n"
                  "IKSP1,2024,2.5\n"
                  "IKSP1,2025-TW1,1\n"
                  "IKSP1,2025-01,1\n");
    assert_int_equal(rc, 1);
    assert_int_equal(x->d.n, 6);
    diag_is(x, 0, "E401", 2, 1, "NOPE");
    diag_is(x, 1, "E403", 2, 6, "2025-13");
    diag_is(x, 2, "E402", 2, 14, "abc");
    diag_is(x, 3, "E404", 3, 7, "2024");
    diag_is(x, 4, "E407", 3, 12, "2.5");
    diag_is(x, 5, "E406", 5, 7, "2025-01 overlaps 2025-TW1 given at e.csv:4");
}

/* ---- the store itself ---- */

static void test_put_rules(void **state)
{
    Fix *x = *state;
    DtSrc prev = {-1, 0};
    DataStore *ds = &x->ds;
    assert_int_equal(dt_put(ds, 7, pidx("2025-TW2"), false, 1, (DtSrc){0, 10}, &prev), DT_OK);
    assert_int_equal(dt_put(ds, 7, pidx("2025-TW2"), false, 2, (DtSrc){0, 11}, &prev), DT_DUP);
    assert_int_equal(prev.line, 10);
    assert_int_equal(dt_put(ds, 7, pidx("2025-05"), false, 2, (DtSrc){0, 12}, &prev), DT_OVERLAP);
    assert_int_equal(prev.line, 10);
    assert_int_equal(dt_put(ds, 7, pidx("2025-05"), true, 0, (DtSrc){0, 13}, NULL), DT_OK);
    assert_int_equal(dt_put(ds, 7, pidx("2025-TW3"), false, 3, (DtSrc){0, 14}, NULL), DT_OK);
    assert_int_equal(dt_put(ds, 7, pidx("2025-S1"), false, 3, (DtSrc){0, 15}, &prev), DT_OVERLAP);
    assert_int_equal(prev.line, 10);
    assert_true(dt_get(ds, 7, pidx("2025-TW3"), NULL, NULL));
    assert_false(dt_get(ds, 7, -1, NULL, NULL));
    assert_false(dt_get(ds, 7, PD_NIDX, NULL, NULL));
}

/* Kosong rows fill all 19 periods: the slot grows through every class,
 * inserted in an order that exercises every rank. */
static void test_put_growth(void **state)
{
    Fix *x = *state;
    static const int order[PD_NIDX] = {18, 0, 9, 3, 17, 1, 12, 6, 7, 15, 2, 10, 5,
                                       14, 4, 8, 16, 11, 13};
    for (int i = 0; i < PD_NIDX; i++)
        assert_int_equal(dt_put(&x->ds, 2, order[i], true, 0,
                                (DtSrc){0, 100 + order[i]}, NULL), DT_OK);
    assert_int_equal(dt_present(&x->ds, 2), (1u << PD_NIDX) - 1);
    for (int i = 0; i < PD_NIDX; i++) {
        DtSrc src;
        assert_false(dt_get(&x->ds, 2, i, NULL, &src));
        assert_int_equal(src.line, 100 + i);
    }
    /* many slots: the pool hands out and recycles blocks */
    for (int s = 0; s < 20000; s++)
        for (int m = 1; m <= 12; m++)
            assert_int_equal(dt_put(&x->ds, 10 + s, PD_IDX_MONTH(m), false, s * 100 + m,
                                    (DtSrc){0, m}, NULL), DT_OK);
    for (int s = 0; s < 20000; s += 997)
        for (int m = 1; m <= 12; m++) {
            double v;
            assert_true(dt_get(&x->ds, 10 + s, PD_IDX_MONTH(m), &v, NULL));
            assert_true(v == s * 100 + m);
        }
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(test_basic),
        T(test_columns_any_order_and_case),
        T(test_iteration_chronological),
        T(test_blank_lines_and_empty_rows),
        T(test_indonesian_semicolon_bom_crlf),
        T(test_quoted_fields),
        T(test_rencana_column),
        T(test_several_plans),
        T(test_several_plans_need_rencana),
        T(test_merge_two_files),
        T(test_load_missing_file),
        T(test_load_real_file),
        T(test_e401_unknown_code),
        T(test_e402_bad_number),
        T(test_e403_bad_period),
        T(test_e404_outside_year),
        T(test_e405_duplicate),
        T(test_e406_overlap),
        T(test_e407_not_whole),
        T(test_e408_header),
        T(test_e409_field_count),
        T(test_e410_quotes),
        T(test_columns_in_characters),
        T(test_all_errors_reported),
        T(test_put_rules),
        T(test_put_growth),
    };
#undef T
    return cmocka_run_group_tests(tests, NULL, NULL);
}
