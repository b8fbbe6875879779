/*
 * test_eval.c - the interpreter's C API (src/eval.c, result.h) where the
 * language cannot reach it: ev_plan's options (static rules only, no data,
 * no rules at all), rs_classify (a NULL scale included), and the rows
 * dt_locate finds again for the observations of a result.
 *
 * What the interpreter computes is tested in the language: the capaian
 * formulas, konsolidasi, targets, kosong, division by zero, roll-ups,
 * predikat, derived indicators, fungsi and rules in tests/golden/eval/
 * (`rkt explain` and `rkt eval` on the plans these tests used), and the
 * expressions and built-ins in tests/uji/ekspresi.rkt.
 *
 * Each test builds a Model from in-memory source (ld_load_text +
 * sm_build), reads in-memory CSV (dt_read, bound to the plan with dt_bind)
 * and evaluates with ev_plan.
 */

#include "testutil.h"

#include "data/data.h"
#include "eval/eval.h"
#include "front/load.h"
#include "base/period.h"
#include "check/sema.h"

/* Units and a scale every test may use; unused ones only warn. */
#define PRELUDE                                                     \
    "satuan buah : cacah\n"                                         \
    "satuan skor : angka\n"                                         \
    "satuan pct : persen\n"                                         \
    "skala P {\n"                                                   \
    "  AA \"Sangat\" : > 90\n"                                      \
    "  A  \"Baik\"   : > 80\n"                                      \
    "  B  \"Cukup\"  : >= 0\n"                                      \
    "}\n"

typedef struct T {
    Program p;
    Model *m;
    MPlan *plan;
    DataStore ds;
    DtView view;
    Arena *ar;
    int data_rc;
    RPlan *r;
} T;

/* The evaluations alive: a failed assertion leaves its test early, and
 * the teardown frees what it left (the sanitizer build checks leaks). */
enum { MAX_LIVE = 8 };
static T *live[MAX_LIVE];

static void live_add(T *t)
{
    for (int i = 0; i < MAX_LIVE; i++)
        if (!live[i]) {
            live[i] = t;
            return;
        }
    fail_msg("too many evaluations alive");
}

static void live_del(T *t)
{
    for (int i = 0; i < MAX_LIVE; i++)
        if (live[i] == t)
            live[i] = NULL;
}

static void dump_diags(const T *t)
{
    for (int i = 0; i < t->p.diags.n; i++) {
        const Diag *g = &t->p.diags.v[i];
        fprintf(stderr, "  diag %d:%d:%d %s %s\n", g->span.file, src_span_lo(&t->p.src, g->span).line, src_span_lo(&t->p.src, g->span).col,
                g->code, g->msg);
    }
}

/* Builds `src` (must be free of errors), loads `csv` (may be NULL) and
 * evaluates the only rkt/pk plan (or `plan_code`) through `periode`
 * ("2025", "2025-TW2", "2025-05", "2025-S1"; NULL: the whole year). */
static T *run_plan(const char *src, const char *csv, const char *periode, const char *plan_code)
{
    T *t = calloc(1, sizeof *t);
    assert_non_null(t);
    live_add(t);
    ld_init(&t->p);
    dt_init(&t->ds);
    ld_load_text(&t->p, "t.rkt", src);
    t->m = sm_build(&t->p);
    assert_non_null(t->m);
    if (t->p.diags.nerr) {
        dump_diags(t);
        fail_msg("the test's source has errors");
    }
    if (plan_code) {
        t->plan = sm_plan(t->m, plan_code);
    } else {
        for (int i = 0; i < t->m->nplans; i++)
            if (t->m->plan_list[i]->kind != PLAN_RENSTRA)
                t->plan = t->m->plan_list[i];
    }
    assert_non_null(t->plan);
    t->ar = ar_new();
    if (csv) {
        DtOptions o = {.nplans = 1, .rencana = t->plan->code, .src = &t->p.src};
        SrcFile *f = src_add(&t->p.src, "d.csv", csv, strlen(csv));
        t->data_rc = dt_read(&t->ds, f, &o, &t->p.diags);
        dt_bind(&t->view, &t->ds, t->m, t->plan, t->ar);
        if (t->view.bad) {
            DtShadow *sh = dt_shadow(t->m, t->plan, 0);
            dt_report(&sh, 1, &f, 1, &o, &t->p.diags);
            dt_shadow_free(sh);
            t->data_rc |= t->p.diags.nerr > 0;
        }
        if (t->data_rc != 0) {
            dump_diags(t);
            fail_msg("the test's data has errors");
        }
    }
    Period per = {P_YEAR, 0, 0};
    if (periode)
        assert_int_equal(pd_parse(periode, strlen(periode), &per), 0);
    t->r = ev_plan(t->m, csv ? &t->view : NULL, t->plan, per, &(EvOptions){.rules = true}, &t->p.diags);
    assert_non_null(t->r);
    return t;
}

static T *run(const char *src, const char *csv, const char *periode)
{
    return run_plan(src, csv, periode, NULL);
}

static void done(T *t)
{
    live_del(t);
    ev_free(t->r);
    dt_free(&t->ds);
    if (t->ar)
        ar_free(t->ar);
    sm_free(t->m);
    ld_free(&t->p);
    free(t);
}

static int cleanup(void **state)
{
    for (int i = 0; i < MAX_LIVE; i++)
        if (live[i])
            done(live[i]);
    return 0;
}

static RInd *ind(T *t, const char *code)
{
    for (int i = 0; i < t->r->nsas; i++)
        for (int j = 0; j < t->r->sas[i].ninds; j++)
            if (strcmp(t->r->sas[i].inds[j].ind->code, code) == 0)
                return &t->r->sas[i].inds[j];
    fail_msg("no indicator %s in the result", code);
    return NULL;
}

#define KOSONG(rv)                                                              \
    do {                                                                        \
        RVal v_ = (rv);                                                         \
        if (v_.ada)                                                             \
            fail_msg("line %d: %s = %.15g, expected kosong", __LINE__, #rv,     \
                     v_.v);                                                     \
    } while (0)

/* The k-th `harap` (from 0) of the first uji of the source, evaluated
 * against the result. */
/* A plan of one sasaran S1 holding `inds` (indicator declarations). */
#define PLAN1(inds) PRELUDE "rkt R \"Rencana\" {\n  tahun 2025\n  sasaran S1 \"Sasaran\" {\n" inds "  }\n}\n"

#define RPLAN                                                                   \
    PRELUDE "rkt R \"Rencana\" {\n  tahun 2025\n"                               \
            "  sasaran SP1 \"Pertama\" {\n"                                     \
            "    indikator I1 \"a\" { satuan skor target 100 }\n"               \
            "    indikator I2 \"b\" { satuan skor target 100 }\n"               \
            "  }\n"                                                              \
            "  sasaran SP2 \"Kedua\" {\n"                                       \
            "    indikator I3 \"c\" { satuan skor target 100 }\n"               \
            "    indikator I4 \"d\" { satuan skor target 100 }\n"               \
            "  }\n}\n"

#define RDATA "kode,periode,nilai\nI1,2025,50\nI2,2025,100\nI3,2025,75.5\n"

static void test_static_only(void **state)
{
    static const char src[] =
        RPLAN
        "aturan \"statis\" {\n  jika target(I1) > 50\n  maka info \"t {target(I1)}\"\n}\n"
        "aturan \"dinamis\" {\n  jika ada(realisasi(I1))\n  maka info \"r\"\n}\n";
    T *t = run(src, RDATA, NULL);
    assert_int_equal(t->r->ntemuan, 2);
    RPlan *s = ev_plan(t->m, NULL, t->plan, (Period){P_YEAR, 0, 0},
                       &(EvOptions){.rules = true, .static_only = true}, &t->p.diags);
    assert_int_equal(s->ntemuan, 1);
    assert_string_equal(s->temuan[0].rule->name, "statis");
    assert_string_equal(s->temuan[0].msg, "t 100");
    KOSONG(s->sas[0].inds[0].realisasi);    /* no data store: kosong */
    ev_free(s);
    /* without .rules no finding at all */
    s = ev_plan(t->m, &t->view, t->plan, (Period){P_YEAR, 0, 0}, &(EvOptions){0}, &t->p.diags);
    assert_int_equal(s->ntemuan, 0);
    ev_free(s);
    done(t);
}

static void test_rs_classify(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 100 }\n"), NULL, NULL);
    MScale *sc = NULL;
    HASH_FIND_STR(t->m->scales, "P", sc);
    assert_non_null(sc);
    assert_string_equal(rs_classify(sc, 90.004)->code, "A");
    assert_string_equal(rs_classify(sc, 90.005)->code, "AA");
    assert_string_equal(rs_classify(sc, 80.0049)->code, "B");   /* 80.00: not > 80 */
    assert_string_equal(rs_classify(sc, -0.004)->code, "B");    /* 0.00 >= 0 */
    assert_null(rs_classify(sc, -0.005));                       /* -0.01 */
    assert_null(rs_classify(NULL, 50));
    done(t);
}

/* The rows of a result's observations, found again in the file.  What
 * explain shows of them is tests/golden/eval/periode.t (test_obs_explain). */
static void test_obs_locate(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan buah target 10 }\n"),
               "kode,periode,nilai\nI1,2025-TW1,2\nI1,2025-TW3,5\nI1,2025-TW2,3\n", "2025-TW2");
    RInd *i = ind(t, "I1");
    assert_int_equal(i->nobs, 2);
    /* the store keeps a record's first row; explain finds each row again */
    DtOptions o = {.nplans = 1, .rencana = t->plan->code, .src = &t->p.src};
    SrcFile *f = src_get(&t->p.src, i->obs[0].src.file);
    DtSrc at[PD_NIDX];
    dt_locate(&t->ds, dt_view_ind(&t->view, i->ind, 0), &f, 1, &o, at);
    assert_int_equal(at[PD_IDX_TW(1)].line, 2);
    assert_int_equal(at[PD_IDX_TW(2)].line, 4);
    assert_int_equal(at[PD_IDX_TW(3)].line, 3);
    done(t);
}

#define TEST(f) cmocka_unit_test_teardown(f, cleanup)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_rs_classify),
        TEST(test_static_only),
        TEST(test_obs_locate),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
