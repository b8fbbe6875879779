/*
 * test_data.c - the realisation-data loader and store where the values it
 * keeps and the slots it fills matter: the CSV dialects (';', BOM, CRLF,
 * quoting), Indonesian numbers, plans in a `rencana` column, merging files,
 * what is kept of a file with errors, and the store's own rules
 * (duplicates, overlaps, kosong, growth).
 *
 * The Model is built by hand: two rkt plans of 2025 and one data series.
 * The loader's diagnostics on files whose every assertion an output shows
 * are golden cases on the same files, tests/golden/data/loader.t, with this
 * Model written as fixtures/data/model.rkt.
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
    MPlan **plans;          /* the evaluated plans (opt.nplans) */
    SrcFile *files[8];
    int nfiles;
    DtView views[2];
    bool bound;
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
    i->pos = p->ninds;
    p->inds[p->ninds++] = i;
    HASH_ADD_KEYPTR(hh, p->ind_by_code, i->code, strlen(i->code), i);
    return i;
}

/* "Slots" name what a test reads: RKT_A IKSP1 0, IKSP2 1, IKSP3 2;
 * RKT_B IKSP1 3; the series ikm_u1 of RKT_A 4, of RKT_B 5. */
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
    x->ikm->id = 0;
    x->m.series_list = ar_alloc(x->a, sizeof *x->m.series_list);
    x->m.series_list[x->m.nseries++] = x->ikm;
    HASH_ADD_KEYPTR(hh, x->m.series, x->ikm->name, strlen(x->ikm->name), x->ikm);
    dt_init(&x->ds);
    dg_init(&x->d);
    x->plans = &x->pa;
    x->opt = (DtOptions){.nplans = 1, .rencana = "RKT_A", .src = &x->src};
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

/* Reads one more file into the store, as eval does for each --data. */
static int add(Fix *x, const char *name, const char *text)
{
    SrcFile *f = src_add(&x->src, name, text, strlen(text));
    x->files[x->nfiles++] = f;
    x->bound = false;
    return dt_read(&x->ds, f, &x->opt, &x->d);
}

/* Binds the evaluated plans and reports the rows of those at fault, as
 * eval does once every file is read; diagnostics then in source order. */
static int finish(Fix *x)
{
    DtShadow *bad[2] = {0};
    int nbad = 0;
    for (int k = 0; k < x->opt.nplans; k++) {
        dt_bind(&x->views[k], &x->ds, &x->m, x->plans[k], x->a);
        if (x->views[k].bad)
            bad[nbad++] = dt_shadow(&x->m, x->plans[k], k);
    }
    x->bound = true;
    dt_report(bad, nbad, x->files, x->nfiles, &x->opt, &x->d);
    for (int k = 0; k < nbad; k++)
        dt_shadow_free(bad[k]);
    dg_sort(&x->d, &x->src);
    return x->d.nerr > 0;
}

static int load(Fix *x, const char *name, const char *text)
{
    int r = add(x, name, text);
    int f = finish(x);
    return r < 0 ? r : (r || f);
}

static int pidx(const char *s)
{
    Period p;
    assert_int_equal(pd_parse(s, strlen(s), &p), 0);
    return pd_index(p);
}

/* The record a slot reads (above), through its plan's view. */
static int rec_of(Fix *x, int slot)
{
    if (!x->bound)
        finish(x);
    int k = slot == 3 || slot == 5 ? 1 : 0;
    if (k >= x->opt.nplans)
        k = 0;
    const DtView *v = &x->views[k];
    if (slot <= 2)
        return dt_view_ind(v, x->pa->inds[slot], 0);
    if (slot == 3)
        return x->opt.nplans > 1 ? dt_view_ind(v, x->pb->inds[0], 0) : -1;
    if (slot == 5 && x->opt.nplans < 2)
        return -1;
    return dt_view_ser(v, x->ikm, 0);
}

/* The observation of a slot for period index idx (data.h's old dt_get):
 * true with *v when it has a value; src->file -1 when no row at all. */
static bool sget(Fix *x, int slot, int idx, double *v, DtSrc *src)
{
    DtIter it;
    DtObs o;
    int rec = rec_of(x, slot);
    if (src)
        *src = (DtSrc){-1, 0};
    for (dt_iter(&x->ds, rec, &it); dt_next(&it, &o);)
        if (o.idx == idx) {
            if (src) {
                DtSrc at[PD_NIDX];
                dt_locate(&x->ds, rec, x->files, x->nfiles, &x->opt, at);
                *src = at[idx];
            }
            if (v)
                *v = o.v;
            return !o.kosong;
        }
    return false;
}

static uint32_t present(Fix *x, int slot)
{
    DtIter it;
    dt_iter(&x->ds, rec_of(x, slot), &it);
    return it.mask;
}

static int nobs(Fix *x)
{
    int n = 0;
    for (int slot = 0; slot <= 5; slot++)
        n += __builtin_popcount(present(x, slot));
    return n;
}

static double get(Fix *x, int slot, const char *per)
{
    double v = -1;
    if (!sget(x, slot, pidx(per), &v, NULL))
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
    assert_false(sget(x, 2, pidx("2025-S1"), &v, &src));
    assert_true(isnan(v));
    assert_int_equal(src.line, 5);
    assert_false(sget(x, 2, pidx("2025-S2"), NULL, &src));
    assert_int_equal(src.file, -1);
    /* where values came from */
    assert_true(sget(x, 0, pidx("2025-TW2"), NULL, &src));
    assert_string_equal(src_get(&x->src, src.file)->path, "a.csv");
    assert_int_equal(src.line, 3);
    assert_int_equal(present(x, 0), (1u << 3) | (1u << 4));
    assert_int_equal(nobs(x), 5);
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
    for (dt_iter(&x->ds, rec_of(x, 1), &it); dt_next(&it, &o); n++) {
        assert_true(n < 5);
        assert_int_equal(o.idx, pidx(want[n]));
        assert_int_equal(o.kosong, n == 3);
    }
    assert_int_equal(n, 5);
    dt_iter(&x->ds, rec_of(x, 2), &it);  /* an indicator without data */
    assert_false(dt_next(&it, &o));
    dt_iter(&x->ds, 999, &it);           /* out of range */
    assert_false(dt_next(&it, &o));
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
    assert_true(sget(x, 0, pidx("2025-03"), NULL, &src));
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
    assert_true(get(x, 4, "2025") == 70.5);     /* one plan: the series' record */
}

/* eval --semua: every plan; each plan has its own values of a series. */
static void test_several_plans(void **state)
{
    Fix *x = *state;
    MPlan *both[2] = {x->pa, x->pb};
    x->plans = both;
    x->opt.nplans = 2;
    x->opt.rencana = "";
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
    assert_int_not_equal(rec_of(x, 4), rec_of(x, 5));
    assert_true(get(x, 4, "2025") == 70.5);
    assert_true(get(x, 5, "2025") == 80.25);
    assert_int_equal(x->d.n, 2);
    diag_is(x, 0, "E405", 6, 13, "IKSP1 2025-01 of RKT_B was already given at nas.csv:3");
    diag_is(x, 1, "E401", 7, 7, "neither an indicator of RKT_B");
}

static void test_several_plans_need_rencana(void **state)
{
    Fix *x = *state;
    MPlan *both[2] = {x->pa, x->pb};
    x->plans = both;
    x->opt.nplans = 2;
    x->opt.rencana = "";
    assert_int_equal(load(x, "a.csv", "kode,periode,nilai\nIKSP1,2025,1\n"), 1);
    assert_int_equal(x->d.n, 1);
    diag_is(x, 0, "E408", 1, 1, "no 'rencana' column");
    assert_int_equal(nobs(x), 0);
}

/* Two files into one store; a row repeated across them is a duplicate. */
static void test_merge_two_files(void **state)
{
    Fix *x = *state;
    assert_int_equal(add(x, "tw1.csv", "kode,periode,nilai\nIKSP1,2025-TW1,10\n"
                                       "IKSP2,2025-TW1,50\n"), 0);
    assert_int_equal(add(x, "tw2.csv", "kode;periode;nilai\nIKSP1;2025-TW2;11\n"
                                       "IKSP2;2025-TW1;51\n"), 0);
    assert_int_equal(finish(x), 1);
    assert_true(get(x, 0, "2025-TW1") == 10);
    assert_true(get(x, 0, "2025-TW2") == 11);
    assert_true(get(x, 1, "2025-TW1") == 50);    /* the first one stays */
    assert_int_equal(x->d.n, 1);
    diag_is(x, 0, "E405", 3, 7, "IKSP2 2025-TW1 was already given at tw1.csv:3");
    DtSrc src;
    assert_true(sget(x, 0, pidx("2025-TW2"), NULL, &src));
    assert_string_equal(src_get(&x->src, src.file)->path, "tw2.csv");
}

/* The value of a record at period text `per` (its year the record's). */
static double rec_get(Fix *x, int rec, const char *per)
{
    DtIter it;
    DtObs o;
    for (dt_iter(&x->ds, rec, &it); dt_next(&it, &o);)
        if (o.idx == pidx(per))
            return o.kosong ? NAN : o.v;
    return NAN;
}

/* History: rows of the five years before the plan year are records of
 * their own year, which the view holds beside the plan year's; the plan
 * year's record keeps only its own rows, whatever the order of the file
 * (a year's rows between another's, in two files), and a duplicate of a
 * history row is one as a plan-year row is. */
static void test_history_records(void **state)
{
    Fix *x = *state;
    assert_int_equal(add(x, "a.csv", "kode,periode,nilai\n"
                                     "IKSP1,2025-TW1,10\n"
                                     "IKSP1,2024-TW1,5000\n"
                                     "IKSP1,2025-TW2,11\n"
                                     "IKSP1,2020,7\n"
                                     "ikm_u1,2023-03,3.5\n"), 0);
    assert_int_equal(add(x, "b.csv", "kode,periode,nilai\nIKSP1,2024-TW2,5500\n"), 0);
    assert_int_equal(finish(x), 0);
    const DtView *v = &x->views[0];
    assert_false(v->bad);
    assert_int_equal(v->years, 6);                   /* 2025 back to 2020 */
    int r25 = dt_view_ind(v, x->pa->inds[0], 0), r24 = dt_view_ind(v, x->pa->inds[0], 1);
    assert_true(r25 >= 0 && r24 >= 0 && r25 != r24);
    assert_true(rec_get(x, r25, "2025-TW1") == 10);
    assert_true(rec_get(x, r25, "2025-TW2") == 11);
    assert_true(isnan(rec_get(x, r25, "2025")));     /* 2020's row is not 2025's */
    assert_true(rec_get(x, r24, "2024-TW1") == 5000);
    assert_true(rec_get(x, r24, "2024-TW2") == 5500);
    assert_true(rec_get(x, dt_view_ind(v, x->pa->inds[0], 5), "2020") == 7);
    assert_int_equal(dt_view_ind(v, x->pa->inds[0], 2), -1);     /* no row of 2023 */
    assert_int_equal(dt_view_ind(v, x->pa->inds[0], 6), -1);     /* past the history */
    assert_true(rec_get(x, dt_view_ser(v, x->ikm, 2), "2023-03") == 3.5);
    assert_int_equal(add(x, "c.csv", "kode,periode,nilai\nIKSP1,2024-TW2,1\n"), 0);
    assert_int_equal(finish(x), 1);
    diag_is(x, 0, "E405", 2, 7, "IKSP1 2024-TW2 was already given at b.csv:2");
}

/* A plan whose rows are all of its own year reads one year: history
 * costs nothing then; a row before the history or after the plan year is
 * a record no view claims (E404 at its row). */
static void test_history_span(void **state)
{
    Fix *x = *state;
    assert_int_equal(load(x, "a.csv", "kode,periode,nilai\nIKSP1,2025-TW1,10\n"), 0);
    assert_int_equal(x->views[0].years, 1);
    assert_int_equal(load(x, "b.csv", "kode,periode,nilai\nIKSP1,2019-TW4,1\n"
                                      "IKSP1,2026-TW1,2\n"), 1);
    assert_int_equal(x->d.n, 2);
    diag_is(x, 0, "E404", 2, 7, "2020-2024, the 5 years of history before it; remove the row");
    diag_is(x, 1, "E404", 3, 7, "a row of 2026 belongs to the data of a plan of that year");
}

static void test_load_missing_file(void **state)
{
    Fix *x = *state;
    char *err = NULL;
    assert_null(src_map(&x->src, "/nonexistent/x.csv", &err));
    assert_non_null(err);
    assert_non_null(strstr(err, "/nonexistent/x.csv"));
    free(err);
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
    char *err = NULL;
    SrcFile *sf = src_map(&x->src, path, &err);
    assert_non_null(sf);
    x->files[x->nfiles++] = sf;
    assert_int_equal(dt_read(&x->ds, sf, &x->opt, &x->d), 0);
    assert_int_equal(finish(x), 1);
    remove(path);
    assert_true(get(x, 0, "2025") == 3);
    assert_int_equal(x->d.n, 1);
    diag_is(x, 0, "E406", 3, 7, "overlaps 2025 given at");
}

/* ---- errors, and what is kept of the file ---- */

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
    assert_true(sget(x, 0, pidx("2025-04"), NULL, &src));
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

/* ---- the store itself ---- */

static void test_put_rules(void **state)
{
    Fix *x = *state;
    DataStore *ds = &x->ds;
    DtSrc at = {0, 10};
    assert_int_equal(dt_key_put(ds, "P", "K", 2025, pidx("2025-TW2"), false, 1, at), DT_OK);
    assert_int_equal(dt_key_put(ds, "P", "K", 2025, pidx("2025-TW2"), false, 2, at), DT_DUP);
    assert_int_equal(dt_key_put(ds, "P", "K", 2025, pidx("2025-05"), false, 2, at), DT_OVERLAP);
    assert_int_equal(dt_key_put(ds, "P", "K", 2025, pidx("2025-05"), true, 0, at), DT_OK);
    assert_int_equal(dt_key_put(ds, "P", "K", 2025, pidx("2025-TW3"), false, 3, at), DT_OK);
    assert_int_equal(dt_key_put(ds, "P", "K", 2025, pidx("2025-S1"), false, 3, at), DT_OVERLAP);
    /* another plan's record of the same code is apart */
    assert_int_equal(dt_key_put(ds, "Q", "K", 2025, pidx("2025-TW2"), false, 9, at), DT_OK);
}

/* Kosong rows fill all 19 periods: a record grows through every class,
 * inserted in an order that exercises every rank; then many records. */
static void test_put_growth(void **state)
{
    Fix *x = *state;
    static const int order[PD_NIDX] = {18, 0, 9, 3, 17, 1, 12, 6, 7, 15, 2, 10, 5,
                                       14, 4, 8, 16, 11, 13};
    for (int i = 0; i < PD_NIDX; i++)
        assert_int_equal(dt_key_put(&x->ds, "RKT_A", "IKSP3", 2025, order[i], true, 0,
                                    (DtSrc){0, 100 + order[i]}), DT_OK);
    assert_int_equal(present(x, 2), (1u << PD_NIDX) - 1);
    for (int i = 0; i < PD_NIDX; i++)
        assert_false(sget(x, 2, i, NULL, NULL));
    char code[16];
    for (int s = 0; s < 20000; s++)
        for (int m = 1; m <= 12; m++) {
            snprintf(code, sizeof code, "K%d", s);
            assert_int_equal(dt_key_put(&x->ds, "P", code, 2025, PD_IDX_MONTH(m), false, s * 100 + m,
                                        (DtSrc){0, m}), DT_OK);
        }
    /* read back through a plan that has some of them */
    MPlan *p = mk_plan(x, "P", 2025);
    p->inds = ar_alloc(x->a, 32 * sizeof *p->inds);      /* mk_plan's 8 are too few */
    for (int s = 0; s < 20000; s += 997) {
        snprintf(code, sizeof code, "K%d", s);
        mk_ind(x, p, ar_strdup(x->a, code), x->persen);
    }
    DtView v;
    dt_bind(&v, &x->ds, &x->m, p, x->a);
    for (int i = 0; i < p->ninds; i++) {
        int s = i * 997;
        DtIter it;
        DtObs o;
        int m = 0;
        for (dt_iter(&x->ds, dt_view_ind(&v, p->inds[i], 0), &it); dt_next(&it, &o);) {
            m++;
            assert_int_equal(o.idx, PD_IDX_MONTH(m));
            assert_true(o.v == s * 100 + m);
        }
        assert_int_equal(m, 12);
    }
    HASH_CLEAR(hh, p->ind_by_code);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(test_basic),
        T(test_iteration_chronological),
        T(test_indonesian_semicolon_bom_crlf),
        T(test_quoted_fields),
        T(test_rencana_column),
        T(test_several_plans),
        T(test_several_plans_need_rencana),
        T(test_merge_two_files),
        T(test_history_records),
        T(test_history_span),
        T(test_load_missing_file),
        T(test_load_real_file),
        T(test_e403_bad_period),
        T(test_e405_duplicate),
        T(test_e406_overlap),
        T(test_e409_field_count),
        T(test_e410_quotes),
        T(test_columns_in_characters),
        T(test_put_rules),
        T(test_put_growth),
    };
#undef T
    return cmocka_run_group_tests(tests, NULL, NULL);
}
