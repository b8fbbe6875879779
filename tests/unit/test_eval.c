/*
 * test_eval.c - the interpreter (src/eval.c; LANGUAGE.md §4, §5): every
 * capaian formula, every konsolidasi over monthly, quarterly and mixed
 * data, evaluation through a month, a quarter and a semester, cumulative
 * quarterly targets, kosong, division by zero, weighted roll-ups over
 * unrounded values, predikat on the shown value, derived indicators,
 * fungsi, the built-ins, and the aturan rules with their findings.
 *
 * Each test builds a Model from in-memory source (ld_load_text +
 * sm_build), loads in-memory CSV (dt_load_text) and evaluates with
 * ev_plan; the arithmetic of every expected number is in a comment.
 * Expressions that are not an indicator's value are written as `harap`
 * lines of a `uji` block in the source and evaluated with ev_expr.
 *
 * Tests named bug_... assert the behaviour the contract asks for where
 * the interpreter departs from it (see the comment of each).
 */
#include "testutil.h"

#include <math.h>

#include "cli/cmd.h"
#include "data/data.h"
#include "eval/eval.h"
#include "front/load.h"
#include "base/num.h"
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
    if (csv) {
        DtOptions o = {.plans = &t->plan, .nplans = 1, .src = &t->p.src};
        t->data_rc = dt_load_text(&t->ds, t->m, "d.csv", csv, strlen(csv), &o, &t->p.diags);
        if (t->data_rc != 0) {
            dump_diags(t);
            fail_msg("the test's data has errors");
        }
    }
    Period per = {P_YEAR, 0, 0};
    if (periode)
        assert_int_equal(pd_parse(periode, strlen(periode), &per), 0);
    t->r = ev_plan(t->m, &t->ds, t->plan, per, &(EvOptions){.rules = true}, &t->p.diags);
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

static RSas *sas(T *t, const char *code)
{
    for (int i = 0; i < t->r->nsas; i++)
        if (strcmp(t->r->sas[i].sas->code, code) == 0)
            return &t->r->sas[i];
    fail_msg("no sasaran %s in the result", code);
    return NULL;
}

static int ndiag(const T *t, const char *code)
{
    int n = 0;
    for (int i = 0; i < t->p.diags.n; i++)
        n += strcmp(t->p.diags.v[i].code, code) == 0;
    return n;
}

static const Diag *diag(const T *t, const char *code)
{
    for (int i = 0; i < t->p.diags.n; i++)
        if (strcmp(t->p.diags.v[i].code, code) == 0)
            return &t->p.diags.v[i];
    dump_diags(t);
    fail_msg("no diagnostic %s", code);
    return NULL;
}

/* Line (from 1) and column (in bytes, from 1; the sources are ASCII) of
 * the first `needle` on the line that holds `marker`. */
static void pos_of(const char *src, const char *marker, const char *needle, int *line, int *col)
{
    const char *m = strstr(src, marker);
    if (!m)
        fail_msg("'%s' not in the source", marker);
    const char *bol = m;
    while (bol > src && bol[-1] != '\n')
        bol--;
    *line = 1;
    for (const char *s = src; s < bol; s++)
        *line += *s == '\n';
    const char *hit = strstr(bol, needle);
    const char *eol = strchr(bol, '\n');
    if (!hit || (eol && hit > eol))
        fail_msg("'%s' not on the line of '%s'", needle, marker);
    *col = (int)(hit - bol) + 1;
}

#define EPS 1e-9

static void near_(double got, double want, const char *what, int line)
{
    if (!(fabs(got - want) <= EPS * fmax(1, fabs(want))))
        fail_msg("line %d: %s = %.15g, expected %.15g", line, what, got, want);
}
#define NEAR(got, want) near_((got), (want), #got, __LINE__)

/* An RVal that is present and equal to `want`. */
#define VAL(rv, want)                                                           \
    do {                                                                        \
        RVal v_ = (rv);                                                         \
        if (!v_.ada)                                                            \
            fail_msg("line %d: %s is kosong, expected %.15g", __LINE__, #rv,    \
                     (double)(want));                                           \
        near_(v_.v, (want), #rv, __LINE__);                                     \
    } while (0)

#define KOSONG(rv)                                                              \
    do {                                                                        \
        RVal v_ = (rv);                                                         \
        if (v_.ada)                                                             \
            fail_msg("line %d: %s = %.15g, expected kosong", __LINE__, #rv,     \
                     v_.v);                                                     \
    } while (0)

/* The k-th `harap` (from 0) of the first uji of the source, evaluated
 * against the result. */
static EvValue hx(T *t, int k)
{
    assert_true(t->m->ntests > 0);
    for (Node *x = t->m->tests[0]->items.head; x; x = x->next) {
        if (x->kind != N_HARAP)
            continue;
        if (k-- == 0)
            return ev_expr(t->m, &t->ds, t->r, ((Harap *)x)->expr, &t->p.diags);
    }
    fail_msg("no such harap");
    return (EvValue){EV_KOSONG, 0, NULL};
}

#define HX_NUM(t, k, want)                                                      \
    do {                                                                        \
        EvValue e_ = hx((t), (k));                                              \
        if (e_.kind != EV_NUM)                                                  \
            fail_msg("line %d: harap #%d is not a number (kind %d)", __LINE__,  \
                     (k), (int)e_.kind);                                        \
        near_(e_.n, (want), "harap", __LINE__);                                 \
    } while (0)
#define HX_KIND(t, k, kd) assert_int_equal((int)hx((t), (k)).kind, (int)(kd))
#define HX_BOOL(t, k, b)                                                        \
    do {                                                                        \
        EvValue e_ = hx((t), (k));                                              \
        assert_int_equal((int)e_.kind, (int)EV_BOOL);                           \
        assert_int_equal(e_.n != 0, (b));                                       \
    } while (0)
#define HX_STR(t, k, want)                                                      \
    do {                                                                        \
        EvValue e_ = hx((t), (k));                                              \
        assert_int_equal((int)e_.kind, (int)EV_STR);                            \
        assert_string_equal(e_.s, (want));                                      \
    } while (0)

/* A plan of one sasaran S1 holding `inds` (indicator declarations). */
#define PLAN1(inds) PRELUDE "rkt R \"Rencana\" {\n  tahun 2025\n  sasaran S1 \"Sasaran\" {\n" inds "  }\n}\n"

/* ==== capaian by polarity (§4.3) ===================================== */

static void test_capaian_maksimal(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 80 }\n"),
               "kode,periode,nilai\nI1,2025,60\n", NULL);
    RInd *i = ind(t, "I1");
    VAL(i->realisasi, 60);
    assert_true(i->target.set);
    NEAR(i->target.lo, 80);
    assert_int_equal(i->target_from, RT_ANNUAL);
    VAL(i->capaian, 75);                /* 60 / 80 x 100 */
    VAL(i->capaian_raw, 75);
    assert_false(i->capped);
    assert_int_equal(i->formula, RF_MAKS);
    VAL(sas(t, "S1")->capaian, 75);     /* the only indicator */
    VAL(t->r->capaian, 75);
    done(t);
}

static void test_capaian_maksimal_t0_nonneg(void **state)
{
    /* T = 0: 100 for any R >= 0, also R = 0. */
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 0 }\n"
                     "    indikator I2 \"b\" { satuan skor target 0 }\n"),
               "kode,periode,nilai\nI1,2025,2\nI2,2025,0\n", NULL);
    VAL(ind(t, "I1")->capaian, 100);    /* R 2 >= 0 */
    assert_int_equal(ind(t, "I1")->formula, RF_MAKS_T0);
    VAL(ind(t, "I2")->capaian, 100);    /* R 0 >= 0 */
    assert_int_equal(ind(t, "I2")->formula, RF_MAKS_T0);
    done(t);
}

static void test_capaian_maksimal_t0_negative(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 0 }\n"),
               "kode,periode,nilai\nI1,2025,-1\n", NULL);
    VAL(ind(t, "I1")->capaian, 0);      /* T = 0, R -1 < 0: 0 */
    assert_int_equal(ind(t, "I1")->formula, RF_MAKS_T0);
    done(t);
}

static void test_capaian_minimal(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor polaritas minimal target 10 }\n"
                     "    indikator I2 \"b\" { satuan skor polaritas minimal target 10 }\n"),
               "kode,periode,nilai\nI1,2025,12\nI2,2025,8\n", NULL);
    VAL(ind(t, "I1")->capaian, 80);     /* (2 - 12 / 10) x 100 = 0.8 x 100 */
    VAL(ind(t, "I2")->capaian, 120);    /* (2 - 8 / 10) x 100 = 1.2 x 100 */
    assert_int_equal(ind(t, "I1")->formula, RF_MIN);
    assert_int_equal(ind(t, "I2")->formula, RF_MIN);
    VAL(sas(t, "S1")->capaian, 100);    /* (80 + 120) / 2 */
    done(t);
}

static void test_capaian_minimal_never_below_zero(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor polaritas minimal target 10 }\n"
                     "    indikator I2 \"b\" { satuan skor polaritas minimal target 10 }\n"),
               "kode,periode,nilai\nI1,2025,25\nI2,2025,20\n", NULL);
    VAL(ind(t, "I1")->capaian, 0);      /* (2 - 25 / 10) x 100 = -50 -> 0 */
    VAL(ind(t, "I1")->capaian_raw, 0);  /* the floor is part of the formula, not a batas */
    assert_int_equal(ind(t, "I1")->formula, RF_MIN);
    VAL(ind(t, "I2")->capaian, 0);      /* (2 - 20 / 10) x 100 = 0 exactly */
    done(t);
}

static void test_capaian_minimal_t0_terburuk(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor polaritas minimal target 0 terburuk 10 }\n"
                     "    indikator I2 \"b\" { satuan skor polaritas minimal target 0 terburuk 10 }\n"
                     "    indikator I3 \"c\" { satuan skor polaritas minimal target 0 terburuk 10 }\n"),
               "kode,periode,nilai\nI1,2025,4\nI2,2025,12\nI3,2025,0\n", NULL);
    VAL(ind(t, "I1")->capaian, 60);     /* (10 - 4) / 10 x 100 */
    assert_int_equal(ind(t, "I1")->formula, RF_MIN_T0_W);
    VAL(ind(t, "I2")->capaian, 0);      /* (10 - 12) / 10 x 100 = -20 -> 0 */
    assert_int_equal(ind(t, "I2")->formula, RF_MIN_T0_W);
    VAL(ind(t, "I3")->capaian, 100);    /* (10 - 0) / 10 x 100 */
    done(t);
}

static void test_capaian_minimal_t0_without_terburuk(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor polaritas minimal target 0 }\n"
                     "    indikator I2 \"b\" { satuan skor polaritas minimal target 0 }\n"),
               "kode,periode,nilai\nI1,2025,0\nI2,2025,3\n", NULL);
    VAL(ind(t, "I1")->capaian, 100);    /* R = 0: 100 */
    assert_int_equal(ind(t, "I1")->formula, RF_MIN_T0);
    VAL(ind(t, "I2")->capaian, 0);      /* R 3 > 0: 0 */
    assert_int_equal(ind(t, "I2")->formula, RF_MIN_T0);
    done(t);
}

static void test_capaian_stabil_inside(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor polaritas stabil target 3..5 }\n"
                     "    indikator I2 \"b\" { satuan skor polaritas stabil target 3..5 }\n"
                     "    indikator I3 \"c\" { satuan skor polaritas stabil target 3..5 }\n"),
               "kode,periode,nilai\nI1,2025,4\nI2,2025,3\nI3,2025,5\n", NULL);
    RInd *i = ind(t, "I1");
    assert_true(i->target.range);
    NEAR(i->target.lo, 3);
    NEAR(i->target.hi, 5);
    VAL(i->capaian, 100);               /* 3 <= 4 <= 5 */
    assert_int_equal(i->formula, RF_STABIL_IN);
    VAL(ind(t, "I2")->capaian, 100);    /* R = a: inside */
    assert_int_equal(ind(t, "I2")->formula, RF_STABIL_IN);
    VAL(ind(t, "I3")->capaian, 100);    /* R = b: inside */
    assert_int_equal(ind(t, "I3")->formula, RF_STABIL_IN);
    done(t);
}

static void test_capaian_stabil_below(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor polaritas stabil target 3..5 }\n"
                     "    indikator I2 \"b\" { satuan skor polaritas stabil target 0..5 }\n"),
               "kode,periode,nilai\nI1,2025,2.4\nI2,2025,-1\n", NULL);
    VAL(ind(t, "I1")->capaian, 80);     /* 2.4 / 3 x 100 */
    assert_int_equal(ind(t, "I1")->formula, RF_STABIL_BELOW);
    VAL(ind(t, "I2")->capaian, 0);      /* a = 0 and R -1 below the band: 0 */
    assert_int_equal(ind(t, "I2")->formula, RF_STABIL_BELOW);
    done(t);
}

static void test_capaian_stabil_above(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor polaritas stabil target 3..5 }\n"
                     "    indikator I2 \"b\" { satuan skor polaritas stabil target 3..5 }\n"
                     "    indikator I3 \"c\" { satuan skor polaritas stabil target 3..5 }\n"),
               "kode,periode,nilai\nI1,2025,6\nI2,2025,11\nI3,2025,10\n", NULL);
    VAL(ind(t, "I1")->capaian, 80);     /* (2 - 6 / 5) x 100 */
    assert_int_equal(ind(t, "I1")->formula, RF_STABIL_ABOVE);
    VAL(ind(t, "I2")->capaian, 0);      /* (2 - 11 / 5) x 100 = -20 -> never below 0 */
    assert_int_equal(ind(t, "I2")->formula, RF_STABIL_ABOVE);
    VAL(ind(t, "I3")->capaian, 0);      /* (2 - 10 / 5) x 100 = 0 */
    done(t);
}

static void test_capaian_batas(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 3 batas 120 }\n"
                     "    indikator I2 \"b\" { satuan skor target 3 batas 120 }\n"
                     "    indikator I3 \"c\" { satuan skor target 3 batas 120 }\n"),
               "kode,periode,nilai\nI1,2025,4\nI2,2025,3\nI3,2025,3.6\n", NULL);
    RInd *i = ind(t, "I1");
    VAL(i->capaian_raw, 400.0 / 3);     /* 4 / 3 x 100 = 133.333... */
    VAL(i->capaian, 120);               /* capped at batas 120 */
    assert_true(i->capped);
    assert_int_equal(i->formula, RF_MAKS);
    VAL(ind(t, "I2")->capaian, 100);    /* 3 / 3 x 100, under the cap */
    VAL(ind(t, "I2")->capaian_raw, 100);
    assert_false(ind(t, "I2")->capped);
    VAL(ind(t, "I3")->capaian, 120);    /* 3.6 / 3 x 100 = 120: at the cap, not above */
    assert_false(ind(t, "I3")->capped);
    /* the roll-up takes the capped value: (120 + 100 + 120) / 3 */
    VAL(sas(t, "S1")->capaian, 340.0 / 3);
    done(t);
}

static void test_capaian_custom(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor polaritas minimal target 10\n"
                     "      capaian = target / realisasi * 100 }\n"
                     "    indikator I2 \"b\" { satuan skor target 10 batas 110\n"
                     "      capaian = realisasi / target * 100 + 5 }\n"),
               "kode,periode,nilai\nI1,2025,12\nI2,2025,11\n", NULL);
    RInd *i = ind(t, "I1");
    VAL(i->capaian, 1000.0 / 12);       /* 10 / 12 x 100 = 83.333..., not the default 80 */
    assert_int_equal(i->formula, RF_CUSTOM);
    RInd *j = ind(t, "I2");
    VAL(j->capaian_raw, 115);           /* 11 / 10 x 100 + 5 */
    VAL(j->capaian, 110);               /* batas caps a custom formula too */
    assert_true(j->capped);
    assert_int_equal(j->formula, RF_CUSTOM);
    done(t);
}

static void test_capaian_kosong_without_realisasi(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 10 }\n"), NULL, NULL);
    KOSONG(ind(t, "I1")->realisasi);
    KOSONG(ind(t, "I1")->capaian);
    assert_int_equal(ind(t, "I1")->formula, RF_NONE);
    assert_int_equal(ind(t, "I1")->nobs, 0);
    done(t);
}

/* ==== konsolidasi (§4.1) ============================================= */

#define KON5                                                                 \
    PLAN1("    indikator J \"jumlah\"   { satuan skor konsolidasi jumlah target 100 }\n"   \
          "    indikator R \"rata\"     { satuan skor konsolidasi rata target 100 }\n"     \
          "    indikator L \"terakhir\" { satuan skor konsolidasi terakhir target 100 }\n" \
          "    indikator X \"maks\"     { satuan skor konsolidasi maks target 100 }\n"     \
          "    indikator N \"min\"      { satuan skor konsolidasi min target 100 }\n")

/* The same rows for each of the five indicators J R L X N. */
static char *rows5(const char *const *per, const char *const *val, int n)
{
    static const char *codes[] = {"J", "R", "L", "X", "N"};
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    fputs("kode,periode,nilai\n", f);
    for (int c = 0; c < 5; c++)
        for (int i = 0; i < n; i++)
            fprintf(f, "%s,%s,%s\n", codes[c], per[i], val[i]);
    fclose(f);
    return buf;
}

static void expect5(T *t, double j, double r, double l, double x, double n)
{
    VAL(ind(t, "J")->realisasi, j);
    VAL(ind(t, "R")->realisasi, r);
    VAL(ind(t, "L")->realisasi, l);
    VAL(ind(t, "X")->realisasi, x);
    VAL(ind(t, "N")->realisasi, n);
}

static void test_konsolidasi_monthly(void **state)
{
    const char *per[] = {"2025-01", "2025-02", "2025-03"};
    const char *val[] = {"10", "30", "20"};
    char *csv = rows5(per, val, 3);
    T *t = run(KON5, csv, NULL);
    /* jumlah 10 + 30 + 20 = 60; rata 60 / 3 = 20; terakhir (03) 20;
     * maks 30; min 10 */
    expect5(t, 60, 20, 20, 30, 10);
    assert_int_equal(ind(t, "J")->nobs, 3);
    VAL(ind(t, "J")->capaian, 60);      /* 60 / 100 x 100 */
    done(t);
    free(csv);
}

static void test_konsolidasi_quarterly(void **state)
{
    /* rows given out of order: consolidation follows the calendar */
    const char *per[] = {"2025-TW3", "2025-TW1", "2025-TW4", "2025-TW2"};
    const char *val[] = {"4", "5", "6", "9"};
    char *csv = rows5(per, val, 4);
    T *t = run(KON5, csv, NULL);
    /* jumlah 5 + 9 + 4 + 6 = 24; rata 24 / 4 = 6; terakhir (TW4) 6;
     * maks 9; min 4 */
    expect5(t, 24, 6, 6, 9, 4);
    assert_int_equal(ind(t, "L")->nobs, 4);
    done(t);
    free(csv);
}

static void test_konsolidasi_mixed_month_quarter(void **state)
{
    const char *per[] = {"2025-TW2", "2025-01", "2025-02", "2025-03"};
    const char *val[] = {"50", "10", "30", "20"};
    char *csv = rows5(per, val, 4);
    T *t = run(KON5, csv, NULL);
    /* jumlah 10 + 30 + 20 + 50 = 110; rata 110 / 4 = 27.5;
     * terakhir TW2 (after 2025-03) 50; maks 50; min 10 */
    expect5(t, 110, 27.5, 50, 50, 10);
    /* the observations used, in calendar order */
    RInd *l = ind(t, "L");
    assert_int_equal(l->nobs, 4);
    assert_int_equal(l->obs[0].idx, PD_IDX_MONTH(1));
    assert_int_equal(l->obs[3].idx, PD_IDX_TW(2));
    done(t);
    free(csv);
}

static void test_konsolidasi_mixed_through_month(void **state)
{
    const char *per[] = {"2025-01", "2025-02", "2025-03", "2025-TW2"};
    const char *val[] = {"10", "30", "20", "50"};
    char *csv = rows5(per, val, 4);
    /* Through 2025-05 TW2 (Apr-Jun) does not lie inside Jan-May:
     * jumlah 60, rata 20, terakhir 20, maks 30, min 10 */
    T *t = run(KON5, csv, "2025-05");
    expect5(t, 60, 20, 20, 30, 10);
    assert_int_equal(ind(t, "J")->nobs, 3);
    assert_int_equal(t->r->periode.kind, P_MONTH);
    assert_int_equal(t->r->periode.year, 2025);
    done(t);
    /* Through 2025-06 it does: 110, 27.5, 50, 50, 10 */
    t = run(KON5, csv, "2025-06");
    expect5(t, 110, 27.5, 50, 50, 10);
    done(t);
    /* Through 2025-02: only 01 and 02: 40, 20, 30, 30, 10 */
    t = run(KON5, csv, "2025-02");
    expect5(t, 40, 20, 30, 30, 10);
    done(t);
    free(csv);
}

static void test_konsolidasi_mixed_through_quarter_semester(void **state)
{
    const char *per[] = {"2025-01", "2025-02", "2025-03", "2025-TW2", "2025-TW3"};
    const char *val[] = {"10", "30", "20", "50", "5"};
    char *csv = rows5(per, val, 5);
    /* TW1: the three months: 60, 20, 20, 30, 10 */
    T *t = run(KON5, csv, "2025-TW1");
    expect5(t, 60, 20, 20, 30, 10);
    done(t);
    /* TW2 and S1: months and TW2, not TW3: 110, 27.5, 50, 50, 10 */
    t = run(KON5, csv, "2025-TW2");
    expect5(t, 110, 27.5, 50, 50, 10);
    done(t);
    t = run(KON5, csv, "2025-S1");
    expect5(t, 110, 27.5, 50, 50, 10);
    done(t);
    /* the year: 115, 23, 5, 50, 5 */
    t = run(KON5, csv, NULL);
    expect5(t, 115, 23, 5, 50, 5);
    done(t);
    free(csv);
}

static void test_yearly_value_only_for_the_year(void **state)
{
    const char *per[] = {"2025"};
    const char *val[] = {"93.47"};
    char *csv = rows5(per, val, 1);
    /* A yearly observation does not lie inside Jan..P for any P before
     * December: kosong whatever the konsolidasi. */
    static const char *const early[] = {"2025-S1", "2025-TW3", "2025-11", "2025-TW1", "2025-01"};
    for (int k = 0; k < 5; k++) {
        T *t = run(KON5, csv, early[k]);
        KOSONG(ind(t, "J")->realisasi);
        KOSONG(ind(t, "R")->realisasi);
        KOSONG(ind(t, "L")->realisasi);
        KOSONG(ind(t, "X")->realisasi);
        KOSONG(ind(t, "N")->realisasi);
        KOSONG(ind(t, "J")->capaian);
        KOSONG(t->r->capaian);
        assert_int_equal(sas(t, "S1")->ntanpa, 5);
        done(t);
    }
    T *t = run(KON5, csv, NULL);
    expect5(t, 93.47, 93.47, 93.47, 93.47, 93.47);
    done(t);
    free(csv);
}

static void test_yearly_value_through_year_end(void **state)
{
    /* Through TW4, S2 or 2025-12 the span Jan..P is the whole year, so
     * the year's whole period lies inside it and a yearly row counts
     * (§4.1: "an observation counts when its whole period lies inside
     * that span"). */
    const char *per[] = {"2025"};
    const char *val[] = {"93.47"};
    char *csv = rows5(per, val, 1);
    static const char *const late[] = {"2025-TW4", "2025-S2", "2025-12"};
    for (int k = 0; k < 3; k++) {
        T *t = run(KON5, csv, late[k]);
        expect5(t, 93.47, 93.47, 93.47, 93.47, 93.47);
        done(t);
    }
    free(csv);
}

static void test_semester_value_through_quarters(void **state)
{
    /* An S1 value counts through TW2 and later, never through TW1. */
    const char *per[] = {"2025-S1", "2025-TW3"};
    const char *val[] = {"40", "12"};
    char *csv = rows5(per, val, 2);
    T *t = run(KON5, csv, "2025-TW1");
    KOSONG(ind(t, "J")->realisasi);
    done(t);
    t = run(KON5, csv, "2025-TW2");
    expect5(t, 40, 40, 40, 40, 40);
    done(t);
    t = run(KON5, csv, "2025-08");     /* TW3 (Jul-Sep) not inside Jan-Aug */
    expect5(t, 40, 40, 40, 40, 40);
    done(t);
    t = run(KON5, csv, "2025-TW3");    /* 40 + 12 = 52; rata 26; terakhir 12 */
    expect5(t, 52, 26, 12, 40, 12);
    done(t);
    free(csv);
}

static void test_konsolidasi_default_by_unit(void **state)
{
    /* cacah: jumlah; other units: terakhir */
    T *t = run(PLAN1("    indikator C \"cacah\" { satuan buah target 10 }\n"
                     "    indikator A \"angka\" { satuan skor target 10 }\n"),
               "kode,periode,nilai\nC,2025-TW1,3\nC,2025-TW2,4\nA,2025-TW1,3\nA,2025-TW2,4\n", NULL);
    assert_int_equal(ind(t, "C")->ind->kon, KON_JUMLAH);
    VAL(ind(t, "C")->realisasi, 7);     /* 3 + 4 */
    assert_int_equal(ind(t, "A")->ind->kon, KON_TERAKHIR);
    VAL(ind(t, "A")->realisasi, 4);     /* the last: TW2 */
    done(t);
}

static void test_kosong_row_is_no_observation(void **state)
{
    /* An empty nilai is kosong: not counted, not a zero. */
    T *t = run(KON5, "kode,periode,nilai\nR,2025-TW1,4\nR,2025-TW2,\nL,2025-TW1,4\nL,2025-TW2,\nJ,2025-TW1,\n",
               NULL);
    VAL(ind(t, "R")->realisasi, 4);     /* rata of 4 alone, not (4 + 0) / 2 */
    VAL(ind(t, "L")->realisasi, 4);     /* terakhir with a value: TW1 */
    KOSONG(ind(t, "J")->realisasi);     /* only a kosong row */
    done(t);
}

/* ==== targets for the period (§4.2) ================================== */

#define QPLAN                                                                     \
    PLAN1("    indikator Q \"kuartal\" { satuan buah target { TW1: 10, TW2: 20, TW3: 30, TW4: 40 } }\n" \
          "    indikator Y \"tahunan\" { satuan buah target 40 }\n")

static void expect_target(const char *periode, double q, int tw)
{
    T *t = run(QPLAN, NULL, periode);
    RInd *i = ind(t, "Q");
    assert_true(i->target.set);
    if (fabs(i->target.lo - q) > EPS)
        fail_msg("%s: target %g, expected %g", periode ? periode : "2025", i->target.lo, q);
    assert_int_equal(i->target_from, RT_QUARTER);
    assert_int_equal(i->tw, tw);
    RInd *y = ind(t, "Y");
    NEAR(y->target.lo, 40);             /* no quarterly targets: the annual one */
    assert_int_equal(y->target_from, RT_ANNUAL);
    done(t);
}

static void test_target_cumulative_quarters(void **state)
{
    expect_target(NULL, 40, 4);         /* the year: TW4 */
    expect_target("2025", 40, 4);
    expect_target("2025-S2", 40, 4);    /* S2: TW4 */
    expect_target("2025-S1", 20, 2);    /* S1: TW2 */
    expect_target("2025-TW1", 10, 1);
    expect_target("2025-TW2", 20, 2);
    expect_target("2025-TW3", 30, 3);
    expect_target("2025-TW4", 40, 4);
    expect_target("2025-01", 10, 1);    /* a month: its quarter */
    expect_target("2025-03", 10, 1);
    expect_target("2025-05", 20, 2);
    expect_target("2025-07", 30, 3);
    expect_target("2025-12", 40, 4);
}

static void test_target_quarter_capaian(void **state)
{
    T *t = run(QPLAN, "kode,periode,nilai\nQ,2025-TW1,6\nQ,2025-TW2,9\nY,2025-TW1,6\nY,2025-TW2,9\n", "2025-TW2");
    VAL(ind(t, "Q")->realisasi, 15);    /* 6 + 9 */
    VAL(ind(t, "Q")->capaian, 75);      /* 15 / 20 (TW2) x 100 */
    VAL(ind(t, "Y")->capaian, 37.5);    /* 15 / 40 (annual) x 100 */
    done(t);
}

/* ==== kosong (§4.4, §4.5) ============================================ */

static void test_kosong_roll_up_and_tanpa_data(void **state)
{
    T *t = run(PRELUDE "rkt R \"Rencana\" {\n  tahun 2025\n"
                       "  sasaran S1 \"a\" {\n"
                       "    indikator I1 \"a\" { satuan skor target 100 }\n"
                       "    indikator I2 \"b\" { satuan skor target 100 }\n"
                       "    indikator I3 \"c\" { satuan skor target 100 }\n"
                       "  }\n"
                       "  sasaran S2 \"b\" {\n"
                       "    indikator I4 \"d\" { satuan skor target 100 }\n"
                       "  }\n"
                       "  sasaran S3 \"c\" {\n"
                       "    indikator I5 \"e\" { satuan skor target 100 }\n"
                       "  }\n}\n",
               "kode,periode,nilai\nI1,2025,80\nI3,2025,90\nI5,2025,60\n", NULL);
    KOSONG(ind(t, "I2")->realisasi);
    KOSONG(ind(t, "I2")->capaian);
    RSas *s1 = sas(t, "S1");
    VAL(s1->capaian, 85);               /* (80 + 90) / 2: I2 left out, not 0 */
    assert_int_equal(s1->ntanpa, 1);
    assert_string_equal(s1->tanpa_data[0], "I2");
    NEAR(s1->wsum, 2);
    RSas *s2 = sas(t, "S2");
    KOSONG(s2->capaian);                /* no indicator with a capaian */
    assert_null(s2->predikat);
    assert_int_equal(s2->ntanpa, 1);
    assert_string_equal(s2->tanpa_data[0], "I4");
    VAL(t->r->capaian, 72.5);           /* (85 + 60) / 2: S2 left out */
    assert_int_equal(t->r->ntanpa, 1);
    assert_string_equal(t->r->tanpa_data[0], "S2");
    NEAR(t->r->wsum, 2);
    done(t);
}

static void test_kosong_plan_without_data(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 100 }\n"), NULL, NULL);
    KOSONG(sas(t, "S1")->capaian);
    KOSONG(t->r->capaian);
    assert_null(t->r->predikat);
    assert_int_equal(t->r->ntanpa, 1);
    done(t);
}

#define KPLAN                                                                  \
    PRELUDE "rkt R \"Rencana\" {\n  tahun 2025\n"                              \
            "  sasaran S1 \"a\" {\n"                                           \
            "    indikator I1 \"ada\" { satuan skor target 10 }\n"             \
            "    indikator I2 \"kosong\" { satuan skor target 10 }\n"          \
            "    indikator I3 \"kosong juga\" { satuan skor target 10 }\n"     \
            "    indikator D1 \"a\" { satuan skor target 10 realisasi = I2 + 1 }\n"           \
            "    indikator D2 \"b\" { satuan skor target 10 realisasi = -I2 }\n"              \
            "    indikator D3 \"c\" { satuan skor target 10 realisasi = I2 * 0 }\n"           \
            "    indikator D4 \"d\" { satuan skor target 10 realisasi = jumlah(I1, I2, 5) }\n" \
            "    indikator D5 \"e\" { satuan skor target 10 realisasi = rata(I1, I2, 5) }\n"   \
            "    indikator D6 \"f\" { satuan skor target 10 realisasi = min(I2, I1, 5) }\n"    \
            "    indikator D7 \"g\" { satuan skor target 10 realisasi = maks(I2, I1, 5) }\n"   \
            "    indikator D8 \"h\" { satuan skor target 10 realisasi = jumlah(I2, I3) }\n"    \
            "    indikator D9 \"i\" { satuan skor target 10 realisasi = rata(I2, I3) }\n"      \
            "    indikator DA \"j\" { satuan skor target 10 realisasi = min(I2, I3) }\n"       \
            "    indikator DB \"k\" { satuan skor target 10 realisasi = maks(I2, I3) }\n"      \
            "    indikator DC \"l\" { satuan skor target 10 realisasi = abs(I2) }\n"           \
            "    indikator DD \"m\" { satuan skor target 10 realisasi = bulat(I2, 1) }\n"      \
            "  }\n}\n"

static void test_kosong_arithmetic(void **state)
{
    T *t = run(KPLAN, "kode,periode,nilai\nI1,2025,8\n", NULL);
    KOSONG(ind(t, "D1")->realisasi);    /* kosong + 1 */
    KOSONG(ind(t, "D2")->realisasi);    /* -kosong */
    KOSONG(ind(t, "D3")->realisasi);    /* kosong x 0 is kosong, not 0 */
    KOSONG(ind(t, "DC")->realisasi);    /* abs(kosong) */
    KOSONG(ind(t, "DD")->realisasi);    /* bulat(kosong, 1) */
    KOSONG(ind(t, "D1")->capaian);
    done(t);
}

static void test_kosong_folds(void **state)
{
    T *t = run(KPLAN, "kode,periode,nilai\nI1,2025,8\n", NULL);
    VAL(ind(t, "D4")->realisasi, 13);   /* jumlah(8, -, 5) = 13 */
    VAL(ind(t, "D5")->realisasi, 6.5);  /* rata(8, -, 5) = 13 / 2: kosong is not counted */
    VAL(ind(t, "D6")->realisasi, 5);    /* min(-, 8, 5) */
    VAL(ind(t, "D7")->realisasi, 8);    /* maks(-, 8, 5) */
    KOSONG(ind(t, "D8")->realisasi);    /* every argument kosong */
    KOSONG(ind(t, "D9")->realisasi);
    KOSONG(ind(t, "DA")->realisasi);
    KOSONG(ind(t, "DB")->realisasi);
    done(t);
}

static void test_min_maks_negative(void **state)
{
    /* min/maks start from the first value present, not from 0 */
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 10 }\n"
                     "    indikator D1 \"b\" { satuan skor target 10 realisasi = maks(I1, -7) }\n"
                     "    indikator D2 \"c\" { satuan skor target 10 realisasi = min(3, I1) }\n"
                     "    indikator D3 \"d\" { satuan skor target 10 realisasi = jumlah(-2, I1) }\n"),
               "kode,periode,nilai\nI1,2025,-3\n", NULL);
    VAL(ind(t, "D1")->realisasi, -3);   /* maks(-3, -7) */
    VAL(ind(t, "D2")->realisasi, -3);   /* min(3, -3) */
    VAL(ind(t, "D3")->realisasi, -5);   /* -2 + -3 */
    done(t);
}

static void test_kosong_comparisons_and_ada(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 10 }\n"
                     "    indikator I2 \"b\" { satuan skor target 10 }\n")
               "uji \"x\" {\n  rencana R\n"
               "  harap realisasi(I2) < 1\n"                    /* 0 */
               "  harap realisasi(I2) >= 1\n"                   /* 1 */
               "  harap realisasi(I2) == realisasi(I2)\n"       /* 2 */
               "  harap realisasi(I2) != 1\n"                   /* 3 */
               "  harap bukan (realisasi(I2) < 1)\n"            /* 4 */
               "  harap ada(realisasi(I2))\n"                   /* 5 */
               "  harap ada(realisasi(I1))\n"                   /* 6 */
               "  harap ada(capaian(I2))\n"                     /* 7 */
               "  harap ada(target(I2))\n"                      /* 8 */
               "  harap realisasi(I1) > 1 dan realisasi(I2) < 1\n"    /* 9 */
               "  harap realisasi(I1) > 1 atau realisasi(I2) < 1\n"   /* 10 */
               "  harap jika realisasi(I2) < 1 maka 1 lainnya 2\n"    /* 11 */
               "  harap realisasi(I2) + 1\n"                    /* 12 */
               "  harap ada(realisasi(I2) + 1)\n"               /* 13 */
               "}\n",
               "kode,periode,nilai\nI1,2025,8\n", NULL);
    HX_BOOL(t, 0, false);               /* kosong < 1: false */
    HX_BOOL(t, 1, false);               /* kosong >= 1: false too */
    HX_BOOL(t, 2, false);               /* kosong == kosong: false */
    HX_BOOL(t, 3, false);               /* kosong != 1: false */
    HX_BOOL(t, 4, true);                /* bukan false */
    HX_BOOL(t, 5, false);
    HX_BOOL(t, 6, true);
    HX_BOOL(t, 7, false);
    HX_BOOL(t, 8, true);                /* targets are declared */
    HX_BOOL(t, 9, false);
    HX_BOOL(t, 10, true);
    HX_NUM(t, 11, 2);                   /* the condition is false: lainnya */
    HX_KIND(t, 12, EV_KOSONG);
    HX_BOOL(t, 13, false);
    done(t);
}

/* ==== division by zero (W401) ======================================== */

static void test_div_zero_warning(void **state)
{
    static const char src[] =
        PRELUDE
        "data a \"A\" satuan skor\n"
        "data b \"B\" satuan skor\n"
        "rkt R \"Rencana\" {\n  tahun 2025\n"
        "  sasaran S1 \"a\" {\n"
        "    indikator I1 \"rasio\" { satuan skor target 10 realisasi = a / b * 100 }\n"
        "    indikator I2 \"c\" { satuan skor target 10 capaian = realisasi / target * 100 + I1 }\n"
        "  }\n}\n"
        "aturan \"r\" {\n  jika realisasi(I1) > 0 atau realisasi(I1, TW1) > 0 atau ada(I1)\n"
        "  maka info \"x\"\n}\n";
    T *t = run(src, "kode,periode,nilai\na,2025,5\nb,2025,0\nI2,2025,5\n", NULL);
    KOSONG(ind(t, "I1")->realisasi);    /* 5 / 0 */
    KOSONG(ind(t, "I1")->capaian);
    KOSONG(ind(t, "I2")->capaian);      /* 5 / 10 x 100 + kosong */
    /* I1's expression is evaluated several times (its realisasi, I2's
     * capaian, the rule): one warning, at the division a / b */
    if (ndiag(t, "W401") != 1)
        dump_diags(t);
    assert_int_equal(ndiag(t, "W401"), 1);
    const Diag *g = diag(t, "W401");
    int line, col;
    pos_of(src, "indikator I1 \"rasio\"", "a / b", &line, &col);
    assert_int_equal(src_span_lo(&t->p.src, g->span).line, line);
    assert_int_equal(src_span_lo(&t->p.src, g->span).col, col);
    assert_non_null(strstr(g->msg, "division by zero"));
    done(t);
}

static void test_div_zero_each_expression_once(void **state)
{
    /* Two divisions by zero in two places: one warning each. */
    static const char src[] =
        PRELUDE
        "fungsi bagi(x, y) = x / y\n"
        "rkt R \"Rencana\" {\n  tahun 2025\n"
        "  sasaran S1 \"a\" {\n"
        "    indikator I1 \"a\" { satuan skor target 10 }\n"
        "    indikator D1 \"b\" { satuan skor target 10 realisasi = bagi(I1, 0) }\n"
        "    indikator D2 \"c\" { satuan skor target 10 realisasi = bagi(I1, I1 - I1) }\n"
        "    indikator D3 \"d\" { satuan skor target 10 realisasi = I1 / (I1 - 8) }\n"
        "  }\n}\n";
    T *t = run(src, "kode,periode,nilai\nI1,2025,8\n", NULL);
    KOSONG(ind(t, "D1")->realisasi);
    KOSONG(ind(t, "D2")->realisasi);
    KOSONG(ind(t, "D3")->realisasi);
    /* the fungsi's x / y (evaluated twice) and D3's I1 / (I1 - 8) */
    if (ndiag(t, "W401") != 2)
        dump_diags(t);
    assert_int_equal(ndiag(t, "W401"), 2);
    int lf, cf, l3, c3;
    pos_of(src, "fungsi bagi", "x / y", &lf, &cf);
    pos_of(src, "indikator D3", "I1 / (", &l3, &c3);
    bool seen_f = false, seen_3 = false;
    for (int i = 0; i < t->p.diags.n; i++) {
        const Diag *g = &t->p.diags.v[i];
        if (strcmp(g->code, "W401") != 0)
            continue;
        SrcPos at = src_span_lo(&t->p.src, g->span);
        seen_f |= at.line == lf && at.col == cf;
        seen_3 |= at.line == l3 && at.col == c3;
    }
    assert_true(seen_f);
    assert_true(seen_3);
    done(t);
}

static void bug_div_zero_once_across_plans(void **state)
{
    /* One warning per expression: a static rule (or a fungsi) that
     * divides by zero is evaluated once for each rkt/pk plan, and each
     * ev_plan starts its own list of warned locations, so `rkt check`
     * and `rkt eval --semua` print the same W401 at the same location
     * once per plan.  Reproducer: two rkt plans with I1 and I2 (target 0)
     * and `aturan "s" { jika target(I1) / target(I2) > 1 maka info "x" }`;
     * `rkt check` prints main.rkt:L:C: warning[W401] twice. */
    static const char src[] =
        PRELUDE
        "rkt R \"Satu\" {\n  tahun 2025\n  sasaran S1 \"a\" {\n"
        "    indikator I1 \"a\" { satuan skor target 80 }\n"
        "    indikator I2 \"b\" { satuan skor target 0 }\n  }\n}\n"
        "rkt Q \"Dua\" {\n  tahun 2025\n  sasaran S1 \"a\" {\n"
        "    indikator I1 \"a\" { satuan skor target 80 }\n"
        "    indikator I2 \"b\" { satuan skor target 0 }\n  }\n}\n"
        "aturan \"s\" {\n  jika target(I1) / target(I2) > 1\n  maka info \"x\"\n}\n";
    T *t = run_plan(src, NULL, NULL, "R");
    int before = ndiag(t, "W401");      /* ev_plan of R with rules: one */
    assert_int_equal(before, 1);
    DgList d;
    dg_init(&d);
    cmd_static_rules(t->m, &d);         /* what `rkt check` does: R and Q */
    int n = 0;
    for (int i = 0; i < d.n; i++)
        n += strcmp(d.v[i].code, "W401") == 0;
    dg_free(&d);
    assert_int_equal(n, 1);
    done(t);
}

static void test_div_nonzero_no_warning(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 10 }\n"
                     "    indikator D1 \"b\" { satuan skor target 10 realisasi = I1 / 4 }\n"),
               "kode,periode,nilai\nI1,2025,10\n", NULL);
    VAL(ind(t, "D1")->realisasi, 2.5);
    assert_int_equal(ndiag(t, "W401"), 0);
    done(t);
}

static void bug_overflow_is_not_a_value(void **state)
{
    /* A product can overflow to infinity (and inf - inf is NaN); the
     * interpreter returns such a double as a value, and every renderer
     * then aborts in nm_fmt (assert isfinite): `rkt eval` dies with
     * SIGABRT (exit 134).  Reproducer: `data a "A" satuan skor`, an
     * indicator with `realisasi = a * a`, and the row a,2025,1 followed
     * by 200 zeros; `rkt eval main.rkt --data d.csv --format json`.
     * A value that is not finite must not come out of the evaluator
     * (kosong, like a division by zero). */
    char csv[400];
    snprintf(csv, sizeof csv, "kode,periode,nilai\na,2025,1%0200d\n", 0);
    T *t = run(PRELUDE
               "data a \"A\" satuan skor\n"
               "rkt R \"Rencana\" {\n  tahun 2025\n  sasaran S1 \"a\" {\n"
               "    indikator I1 \"a\" { satuan skor target 80 realisasi = a * a }\n"
               "    indikator I2 \"b\" { satuan skor target 80 realisasi = a * a - a * a }\n"
               "  }\n}\n",
               csv, NULL);
    RVal r1 = ind(t, "I1")->realisasi, r2 = ind(t, "I2")->realisasi;
    RVal c1 = ind(t, "I1")->capaian;
    assert_true(!r1.ada || isfinite(r1.v));
    assert_true(!r2.ada || isfinite(r2.v));
    assert_true(!c1.ada || isfinite(c1.v));
    assert_true(!t->r->capaian.ada || isfinite(t->r->capaian.v));
    done(t);
}

/* ==== roll-ups over unrounded values (§4.4, §4.6) ==================== */

static void test_rollup_weighted_unrounded(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 3 bobot 2 }\n"
                     "    indikator I2 \"b\" { satuan skor target 3 bobot 1 }\n"),
               "kode,periode,nilai\nI1,2025,1\nI2,2025,3\n", NULL);
    /* I1 1 / 3 x 100 = 33.333...; I2 3 / 3 x 100 = 100.
     * (2 x 33.333... + 1 x 100) / 3 = 500 / 9 = 55.5555... -> 55.56.
     * Rounding first would give (2 x 33.33 + 100) / 3 = 55.5533 -> 55.55. */
    RSas *s = sas(t, "S1");
    VAL(s->capaian, 500.0 / 9);
    NEAR(nm_round2(s->capaian.v), 55.56);
    NEAR(s->wsum, 3);
    VAL(t->r->capaian, 500.0 / 9);
    done(t);
}

static void test_rollup_plan_weighted_sasaran(void **state)
{
    T *t = run(PRELUDE "rkt R \"Rencana\" {\n  tahun 2025\n"
                       "  sasaran S1 \"a\" { bobot 2\n"
                       "    indikator I1 \"a\" { satuan skor target 3 }\n"
                       "    indikator I2 \"b\" { satuan skor target 3 }\n"
                       "  }\n"
                       "  sasaran S2 \"b\" { bobot 1\n"
                       "    indikator I3 \"c\" { satuan skor target 3 }\n"
                       "  }\n}\n",
               "kode,periode,nilai\nI1,2025,1\nI2,2025,1\nI3,2025,3\n", NULL);
    /* S1 (1/3 + 1/3) / 2 x 100 = 33.333...; S2 100.
     * plan (2 x 33.333... + 100) / 3 = 55.5555... -> 55.56 (not 55.55) */
    VAL(sas(t, "S1")->capaian, 100.0 / 3);
    VAL(sas(t, "S2")->capaian, 100);
    VAL(t->r->capaian, 500.0 / 9);
    NEAR(nm_round2(t->r->capaian.v), 55.56);
    NEAR(t->r->wsum, 3);
    done(t);
}

static void test_rollup_bobot_of_kosong_left_out(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 10 bobot 3 }\n"
                     "    indikator I2 \"b\" { satuan skor target 10 bobot 1 }\n"
                     "    indikator I3 \"c\" { satuan skor target 10 bobot 5 }\n"),
               "kode,periode,nilai\nI1,2025,9\nI2,2025,5\n", NULL);
    /* (3 x 90 + 1 x 50) / (3 + 1) = 320 / 4 = 80: I3's weight 5 does not count */
    VAL(sas(t, "S1")->capaian, 80);
    NEAR(sas(t, "S1")->wsum, 4);
    done(t);
}

/* ==== predikat (§4.6: classified as shown) =========================== */

static void test_predikat_rounded_capaian(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 100 predikat P capaian = realisasi }\n"
                     "    indikator I2 \"b\" { satuan skor target 100 predikat P capaian = realisasi }\n"
                     "    indikator I3 \"c\" { satuan skor target 100 predikat P capaian = realisasi }\n"
                     "    indikator I4 \"d\" { satuan skor target 100 predikat P capaian = realisasi }\n"
                     "    indikator I5 \"e\" { satuan skor target 100 predikat P }\n"),
               "kode,periode,nilai\nI1,2025,90.004\nI2,2025,90.005\nI3,2025,90\nI4,2025,-1\nI5,2025,-0.004\n",
               NULL);
    VAL(ind(t, "I1")->capaian, 90.004);
    assert_non_null(ind(t, "I1")->predikat);
    assert_string_equal(ind(t, "I1")->predikat->code, "A");   /* shown 90.00: not > 90 */
    assert_non_null(ind(t, "I2")->predikat);
    assert_string_equal(ind(t, "I2")->predikat->code, "AA");  /* shown 90.01 > 90 */
    assert_string_equal(ind(t, "I3")->predikat->code, "A");   /* exactly 90: not > 90 */
    assert_null(ind(t, "I4")->predikat);                       /* -1: no band */
    /* -0.004 / 100 x 100 = -0.004, shown as 0.00: >= 0, band B */
    assert_non_null(ind(t, "I5")->predikat);
    assert_string_equal(ind(t, "I5")->predikat->code, "B");
    done(t);
}

static void test_predikat_after_batas(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 100 batas 85 predikat P }\n"),
               "kode,periode,nilai\nI1,2025,95\n", NULL);
    VAL(ind(t, "I1")->capaian_raw, 95); /* 95 / 100 x 100: AA before the cap */
    VAL(ind(t, "I1")->capaian, 85);     /* capped at 85 */
    assert_string_equal(ind(t, "I1")->predikat->code, "A");  /* the capped 85 is rated */
    done(t);
}

static void test_predikat_default_formula_rounded(void **state)
{
    /* The default maksimal formula: 90.005 / 100 x 100 must also be shown
     * (and classified) as 90.01. */
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 100 predikat P }\n"),
               "kode,periode,nilai\nI1,2025,90.005\n", NULL);
    NEAR(nm_round2(ind(t, "I1")->capaian.v), 90.01);
    assert_non_null(ind(t, "I1")->predikat);
    assert_string_equal(ind(t, "I1")->predikat->code, "AA");
    done(t);
}

static void test_predikat_dari_realisasi(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 200 predikat P dari realisasi }\n"
                     "    indikator I2 \"b\" { satuan skor target 200 predikat P dari realisasi }\n"
                     "    indikator I3 \"c\" { satuan skor target 200 predikat P dari realisasi }\n"),
               "kode,periode,nilai\nI1,2025,90.004\nI2,2025,90.005\nI3,2025,85\n", NULL);
    /* capaian 45.002, 45.0025, 42.5 would all be B; the realisasi rates */
    assert_string_equal(ind(t, "I1")->predikat->code, "A");   /* 90.004 -> 90.00 */
    assert_string_equal(ind(t, "I2")->predikat->code, "AA");  /* 90.005 -> 90.01 */
    assert_string_equal(ind(t, "I3")->predikat->code, "A");   /* 85 > 80 */
    done(t);
}

static void test_predikat_kosong(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 100 predikat P }\n"
                     "    indikator I2 \"b\" { satuan skor target 100 predikat P dari realisasi }\n"),
               NULL, NULL);
    assert_null(ind(t, "I1")->predikat);
    assert_null(ind(t, "I2")->predikat);
    done(t);
}

static void test_predikat_sasaran_and_plan(void **state)
{
    T *t = run(PRELUDE "rkt R \"Rencana\" {\n  tahun 2025\n  predikat P\n"
                       "  sasaran S1 \"a\" { predikat P\n"
                       "    indikator I1 \"a\" { satuan skor target 100 }\n"
                       "    indikator I2 \"b\" { satuan skor target 100 }\n"
                       "  }\n"
                       "  sasaran S2 \"b\" { predikat P\n"
                       "    indikator I3 \"c\" { satuan skor target 100 }\n"
                       "  }\n}\n",
               "kode,periode,nilai\nI1,2025,90.004\nI2,2025,90.004\nI3,2025,90.016\n", NULL);
    /* S1 (90.004 + 90.004) / 2 = 90.004 -> 90.00: A.
     * S2 90.016 -> 90.02: AA.  plan (90.004 + 90.016) / 2 = 90.01: AA */
    assert_string_equal(sas(t, "S1")->predikat->code, "A");
    assert_string_equal(sas(t, "S2")->predikat->code, "AA");
    VAL(t->r->capaian, 90.01);
    assert_non_null(t->r->predikat);
    assert_string_equal(t->r->predikat->code, "AA");
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

/* ==== derived indicators and fungsi ================================== */

static void test_derived_from_series(void **state)
{
    static const char src[] =
        PRELUDE
        "data a \"A\" satuan buah\n"
        "data b \"B\" satuan skor\n"
        "data c \"C\" satuan skor { konsolidasi rata }\n"
        "rkt R \"Rencana\" {\n  tahun 2025\n"
        "  sasaran S1 \"a\" {\n"
        "    indikator D \"turunan\" { satuan skor target 20 realisasi = a + b }\n"
        "    indikator E \"rata\" { satuan skor target 4 realisasi = c }\n"
        "  }\n}\n";
    static const char csv[] =
        "kode,periode,nilai\na,2025-TW1,3\na,2025-TW2,4\nb,2025-TW1,10\nb,2025-TW2,12\n"
        "c,2025-TW1,3\nc,2025-TW2,4\n";
    T *t = run(src, csv, NULL);
    RInd *d = ind(t, "D");
    assert_true(d->derived);
    /* a (cacah: jumlah) 3 + 4 = 7; b (angka: terakhir) 12; 7 + 12 = 19 */
    VAL(d->realisasi, 19);
    VAL(d->capaian, 95);                /* 19 / 20 x 100 */
    VAL(ind(t, "E")->realisasi, 3.5);   /* c: rata (3 + 4) / 2 */
    VAL(ind(t, "E")->capaian, 87.5);    /* 3.5 / 4 x 100 */
    done(t);
    t = run(src, csv, "2025-TW1");
    VAL(ind(t, "D")->realisasi, 13);    /* 3 + 10 */
    VAL(ind(t, "E")->realisasi, 3);
    done(t);
}

static void test_derived_from_indicators(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan buah target 10 }\n"
                     "    indikator I2 \"b\" { satuan buah target 10 }\n"
                     "    indikator D1 \"c\" { satuan skor target 50 realisasi = I1 / (I1 + I2) * 100 }\n"
                     "    indikator D2 \"d\" { satuan skor target 10 realisasi = realisasi(I1) + realisasi(I2, TW1) }\n"
                     "    indikator D3 \"e\" { satuan skor target 10 realisasi = D1 / 10 }\n"),
               "kode,periode,nilai\nI1,2025-TW1,2\nI1,2025-TW2,4\nI2,2025-TW1,1\nI2,2025-TW2,3\n", NULL);
    /* I1 2 + 4 = 6, I2 1 + 3 = 4; D1 6 / 10 x 100 = 60 */
    VAL(ind(t, "D1")->realisasi, 60);
    VAL(ind(t, "D1")->capaian, 120);    /* 60 / 50 x 100 */
    VAL(ind(t, "D2")->realisasi, 7);    /* 6 + I2 through TW1 = 1 */
    VAL(ind(t, "D3")->realisasi, 6);    /* a derived one from a derived one: 60 / 10 */
    done(t);
}

static void test_fungsi(void **state)
{
    T *t = run(PRELUDE
               "fungsi rasio(a, b) = a / b * 100\n"
               "fungsi persen_dari_50(x) = rasio(x, 50)\n"
               "fungsi pilih(x, y) = jika x > y maka x lainnya y\n"
               "rkt R \"Rencana\" {\n  tahun 2025\n"
               "  sasaran S1 \"a\" {\n"
               "    indikator I1 \"a\" { satuan skor target 10 }\n"
               "    indikator D1 \"b\" { satuan skor target 10 realisasi = persen_dari_50(I1) }\n"
               "    indikator D2 \"c\" { satuan skor target 10 realisasi = pilih(I1, 30) }\n"
               "    indikator D3 \"d\" { satuan skor target 10 capaian = rasio(realisasi, target) / 2 }\n"
               "  }\n}\n",
               "kode,periode,nilai\nI1,2025,40\nD3,2025,5\n", NULL);
    VAL(ind(t, "D1")->realisasi, 80);   /* 40 / 50 x 100 */
    VAL(ind(t, "D2")->realisasi, 40);   /* 40 > 30 */
    VAL(ind(t, "D3")->capaian, 25);     /* 5 / 10 x 100 / 2 */
    done(t);
}

/* ==== built-ins ====================================================== */

static void test_builtins(void **state)
{
    T *t = run(PLAN1("    indikator I1 \"Uraian satu\" { satuan skor target 80 }\n"
                     "    indikator I2 \"Uraian dua\" { satuan skor target 3..5 polaritas stabil }\n")
               "uji \"x\" {\n  rencana R\n"
               "  harap kategori(capaian(I1), P)\n"        /* 0 */
               "  harap kategori(90.004, P)\n"             /* 1 */
               "  harap kategori(90.005, P)\n"             /* 2 */
               "  harap kategori(-1, P)\n"                 /* 3 */
               "  harap kode(I1)\n"                        /* 4 */
               "  harap uraian(I1)\n"                      /* 5 */
               "  harap kode(S1)\n"                        /* 6 */
               "  harap uraian(S1)\n"                      /* 7 */
               "  harap bulat(2.345, 2)\n"                 /* 8 */
               "  harap bulat(1.005, 2)\n"                 /* 9 */
               "  harap bulat(2.5)\n"                      /* 10 */
               "  harap bulat(-2.5, 0)\n"                  /* 11 */
               "  harap bulat(1234.5678, 1)\n"             /* 12 */
               "  harap abs(-3.5)\n"                       /* 13 */
               "  harap target(I1)\n"                      /* 14 */
               "  harap target(I2)\n"                      /* 15 */
               "  harap realisasi(I1)\n"                   /* 16 */
               "  harap capaian(I1)\n"                     /* 17 */
               "  harap capaian(S1)\n"                     /* 18 */
               "  harap capaian(R)\n"                      /* 19 */
               "  harap realisasi(I1, TW1)\n"              /* 20 */
               "  harap capaian(I1, S1)\n"                 /* 21 */
               "  harap capaian(S1, TW1)\n"                /* 22 */
               "  harap kode(R)\n"                         /* 23 */
               "  harap 7 / 2\n"                           /* 24 */
               "  harap \"teks\" == \"teks\"\n"            /* 25 */
               "  harap kategori(capaian(I1), P) == \"AA\"\n"   /* 26 */
               "}\n",
               "kode,periode,nilai\nI1,2025-TW1,76\nI1,2025-TW2,80\nI2,2025,4\n", NULL);
    /* I1 terakhir (angka) = 80 -> 80 / 80 x 100 = 100 */
    HX_STR(t, 0, "AA");
    HX_STR(t, 1, "A");
    HX_STR(t, 2, "AA");
    HX_KIND(t, 3, EV_KOSONG);           /* no band */
    HX_STR(t, 4, "I1");
    HX_STR(t, 5, "Uraian satu");
    HX_STR(t, 6, "S1");
    HX_STR(t, 7, "Sasaran");
    HX_NUM(t, 8, 2.35);                 /* half away from zero on the decimal 2.345 */
    HX_NUM(t, 9, 1.01);                 /* 1.005 -> 1.01 as a spreadsheet */
    HX_NUM(t, 10, 3);                   /* no n: whole number, half away from zero */
    HX_NUM(t, 11, -3);
    HX_NUM(t, 12, 1234.6);
    HX_NUM(t, 13, 3.5);
    HX_NUM(t, 14, 80);
    HX_KIND(t, 15, EV_KOSONG);          /* a range target is kosong in an expression */
    HX_NUM(t, 16, 80);
    HX_NUM(t, 17, 100);
    HX_NUM(t, 18, 100);                 /* (100 + 100) / 2: I2 4 inside 3..5 */
    HX_NUM(t, 19, 100);
    HX_NUM(t, 20, 76);                  /* through TW1 */
    HX_NUM(t, 21, 100);                 /* through S1: terakhir 80 */
    HX_NUM(t, 22, 95);                  /* TW1: I1 76 / 80 = 95; I2's yearly row does not count */
    HX_STR(t, 23, "R");
    HX_NUM(t, 24, 3.5);
    HX_BOOL(t, 25, true);
    HX_BOOL(t, 26, true);
    done(t);
}

static void bug_bulat_three_decimals_tie(void **state)
{
    /* LANGUAGE.md §4.6: rounding is half away from zero on the shortest
     * decimal that reads back as the same double (1.005 -> 1.01), and
     * bulat(x, 2) does exactly that.  For any other n, bulat multiplies
     * by 10^n in binary: 0.5005 is 0.50049999999999994..., x 1000 =
     * 500.49999999999994, round() gives 500 -> 0.5, where the decimal
     * rule (and a spreadsheet's ROUND(0.5005; 3)) gives 0.501. */
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan skor target 80 }\n")
               "uji \"x\" {\n  rencana R\n"
               "  harap bulat(1.005, 2)\n"
               "  harap bulat(1.45, 1)\n"
               "  harap bulat(0.5005, 3)\n"
               "}\n",
               NULL, NULL);
    HX_NUM(t, 0, 1.01);                 /* n = 2: the decimal rule */
    HX_NUM(t, 1, 1.5);                  /* n = 1: 1.45 x 10 happens to give 14.5 */
    HX_NUM(t, 2, 0.501);                /* n = 3: 0.5005 -> 0.501 */
    done(t);
}

static void bug_period_argument_of_another_year(void **state)
{
    /* The second argument of realisasi/target/capaian may be a dated
     * period (sema accepts 2024-TW2 in a 2025 plan), but the interpreter
     * ignores its year: consolidate() maps the store's 2025 observations
     * onto any year and target_of() never looks at it, so
     * realisasi(I1, 2024-TW2) is 2025's 10 + 12 = 22, target(I1, 2024)
     * is 2025's 40 and capaian(I1, 2026) is 22 / 40.  There is no data
     * and no target for those years: each should be kosong (or sema
     * should reject the year).  Reproducer (rkt test):
     *   uji "x" { data { I1 2025-TW1 10  I1 2025-TW2 12 }
     *             harap bukan ada(realisasi(I1, 2024-TW2)) }  -> FAIL */
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan buah target { TW1: 10, TW2: 20, TW3: 30, TW4: 40 } }\n")
               "uji \"x\" {\n  rencana R\n"
               "  harap realisasi(I1, 2025-TW2)\n"     /* 0 */
               "  harap realisasi(I1, 2024-TW2)\n"     /* 1 */
               "  harap target(I1, 2024)\n"            /* 2 */
               "  harap capaian(I1, 2026)\n"           /* 3 */
               "  harap capaian(S1, 2024)\n"           /* 4 */
               "}\n",
               "kode,periode,nilai\nI1,2025-TW1,10\nI1,2025-TW2,12\n", NULL);
    HX_NUM(t, 0, 22);                   /* 10 + 12: the plan's own year */
    HX_KIND(t, 1, EV_KOSONG);
    HX_KIND(t, 2, EV_KOSONG);
    HX_KIND(t, 3, EV_KOSONG);
    HX_KIND(t, 4, EV_KOSONG);
    done(t);
}

/* ==== rules (§5) ===================================================== */

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

static void test_rule_untuk_indikator(void **state)
{
    T *t = run(RPLAN "aturan \"rendah\" {\n  untuk indikator i\n"
                     "  jika ada(capaian(i)) dan capaian(i) < 80\n"
                     "  maka peringatan \"{kode(i)} baru {capaian(i)}%\"\n}\n",
               RDATA, NULL);
    /* I1 50 < 80, I3 75.5 < 80; I2 100 no; I4 kosong (ada false) */
    assert_int_equal(t->r->ntemuan, 2);
    RFinding *f = &t->r->temuan[0];
    assert_string_equal(f->rule->name, "rendah");
    assert_int_equal(f->sev, SEV_PERINGATAN);
    assert_string_equal(f->msg, "I1 baru 50%");         /* whole: no decimals */
    assert_non_null(f->ind);
    assert_string_equal(f->ind->code, "I1");
    assert_null(f->sas);
    assert_string_equal(t->r->temuan[1].msg, "I3 baru 75.50%");   /* two decimals */
    assert_string_equal(t->r->temuan[1].ind->code, "I3");
    done(t);
}

static void test_rule_untuk_indikator_dalam(void **state)
{
    T *t = run(RPLAN "aturan \"rendah di SP2\" {\n  untuk indikator i dalam SP2\n"
                     "  jika bukan ada(capaian(i)) atau capaian(i) < 80\n"
                     "  maka info \"{kode(i)}\"\n}\n",
               RDATA, NULL);
    /* I1 is below 80 but in SP1: not visited.  I3 75.5 < 80; I4 kosong */
    assert_int_equal(t->r->ntemuan, 2);
    assert_string_equal(t->r->temuan[0].msg, "I3");
    assert_string_equal(t->r->temuan[1].msg, "I4");
    assert_int_equal(t->r->temuan[0].sev, SEV_INFO);
    done(t);
}

static void test_rule_untuk_sasaran(void **state)
{
    T *t = run(RPLAN "aturan \"sasaran\" {\n  untuk sasaran s\n"
                     "  jika capaian(s) < 90\n"
                     "  maka galat \"{kode(s)} {uraian(s)} {capaian(s)}\"\n}\n",
               RDATA, NULL);
    /* SP1 (50 + 100) / 2 = 75 < 90; SP2 75.5 (I4 left out) < 90 */
    assert_int_equal(t->r->ntemuan, 2);
    RFinding *f = &t->r->temuan[0];
    assert_int_equal(f->sev, SEV_GALAT);
    assert_non_null(f->sas);
    assert_string_equal(f->sas->code, "SP1");
    assert_null(f->ind);
    assert_string_equal(f->msg, "SP1 Pertama 75");
    assert_string_equal(t->r->temuan[1].msg, "SP2 Kedua 75.50");
    done(t);
}

static void test_rule_unquantified(void **state)
{
    T *t = run(RPLAN "aturan \"rencana\" {\n"
                     "  jika capaian(R) < 100 dan realisasi(I1) == 50\n"
                     "  maka info \"rencana {capaian(R)}; I1 {realisasi(I1)}; I4 {realisasi(I4)}; {target(I1) / 3}\"\n}\n"
                     "aturan \"tidak\" {\n  jika realisasi(I4) < 1\n  maka galat \"tidak pernah\"\n}\n",
               RDATA, NULL);
    /* plan (75 + 75.5) / 2 = 75.25; kosong prints as "kosong"; 100 / 3 = 33.33.
     * "tidak": kosong < 1 is false */
    assert_int_equal(t->r->ntemuan, 1);
    RFinding *f = &t->r->temuan[0];
    assert_null(f->ind);
    assert_null(f->sas);
    assert_string_equal(f->msg, "rencana 75.25; I1 50; I4 kosong; 33.33");
    done(t);
}

static void test_rule_interpolation(void **state)
{
    T *t = run(RPLAN "aturan \"angka\" {\n"
                     "  jika 1 == 1\n"
                     "  maka info \"{100}|{25_945}|{12.5}|{0.004}|{99.999}|{1.005}|{-3}|{-0.5}|\\{x}\"\n}\n",
               RDATA, NULL);
    assert_int_equal(t->r->ntemuan, 1);
    /* whole numbers without decimals, any other with two (rounded as
     * shown: 0.004 -> 0, 99.999 -> 100, 1.005 -> 1.01) */
    assert_string_equal(t->r->temuan[0].msg, "100|25945|12.50|0|100|1.01|-3|-0.50|{x}");
    done(t);
}

static void test_rule_severities_and_source_order(void **state)
{
    static const char src[] =
        RPLAN
        "aturan \"kedua\" {\n  untuk indikator i\n  jika ada(realisasi(i))\n  maka info \"{kode(i)}\"\n}\n"
        "aturan \"pertama\" {\n  jika 1 == 1\n  maka galat \"g\"\n}\n"
        "aturan \"ketiga\" {\n  untuk sasaran s\n  jika ada(capaian(s))\n  maka peringatan \"{kode(s)}\"\n}\n";
    T *t = run(src, RDATA, NULL);
    /* source order of the rules; within a rule, plan order */
    assert_int_equal(t->r->ntemuan, 6);
    const char *want[][2] = {{"kedua", "I1"}, {"kedua", "I2"}, {"kedua", "I3"},
                             {"pertama", "g"}, {"ketiga", "SP1"}, {"ketiga", "SP2"}};
    const RuleSev sev[] = {SEV_INFO, SEV_INFO, SEV_INFO, SEV_GALAT, SEV_PERINGATAN, SEV_PERINGATAN};
    for (int i = 0; i < 6; i++) {
        assert_string_equal(t->r->temuan[i].rule->name, want[i][0]);
        assert_string_equal(t->r->temuan[i].msg, want[i][1]);
        assert_int_equal(t->r->temuan[i].sev, sev[i]);
    }
    /* the finding's location is the rule's */
    int line, col;
    pos_of(src, "aturan \"pertama\"", "aturan", &line, &col);
    assert_int_equal(src_span_lo(&t->p.src, t->r->temuan[3].span).line, line);
    assert_int_equal(src_span_lo(&t->p.src, t->r->temuan[3].span).col, col);
    done(t);
}

static void test_rule_reads_other_periods(void **state)
{
    T *t = run(RPLAN "aturan \"tw\" {\n  untuk indikator i dalam SP1\n"
                     "  jika ada(realisasi(i, TW1))\n"
                     "  maka info \"{kode(i)} {realisasi(i, TW1)} {realisasi(i)} {capaian(i, S1)}\"\n}\n",
               "kode,periode,nilai\nI1,2025-TW1,10\nI1,2025-TW3,30\nI2,2025-TW2,5\n", "2025-TW3");
    /* I1: TW1 10; through TW3 terakhir (angka) 30; through S1 10 -> 10% */
    assert_int_equal(t->r->ntemuan, 1);
    assert_string_equal(t->r->temuan[0].msg, "I1 10 30 10");
    done(t);
}

static void test_rule_skips_ditunda(void **state)
{
    T *t = run(PRELUDE
               "renstra RS \"Renstra\" {\n  periode 2025..2029\n"
               "  sasaran S1 \"a\" {\n"
               "    indikator I1 \"a\" { satuan skor target { 2025: 10 } }\n"
               "    indikator I2 \"b\" { satuan skor target { 2025: 10 } }\n"
               "  }\n}\n"
               "rkt R \"Rencana\" {\n  tahun 2025\n  mengacu RS\n"
               "  sasaran S1 {\n"
               "    indikator I1 { target 10 }\n"
               "    indikator I2 { ditunda \"tidak tahun ini\" }\n"
               "  }\n}\n"
               "aturan \"semua\" {\n  untuk indikator i\n  jika 1 == 1\n  maka info \"{kode(i)}\"\n}\n",
               "kode,periode,nilai\nI1,2025,5\n", NULL);
    RInd *d = ind(t, "I2");
    assert_true(d->ditunda);
    KOSONG(d->realisasi);
    KOSONG(d->capaian);
    RSas *s = sas(t, "S1");
    VAL(s->capaian, 50);                /* 5 / 10: I2 takes no part */
    assert_int_equal(s->ntanpa, 0);     /* and is not listed as without data */
    assert_int_equal(t->r->ntemuan, 1);
    assert_string_equal(t->r->temuan[0].msg, "I1");
    done(t);
}

static void bug_ditunda_realisasi_read_by_expression(void **state)
{
    /* docs/language.md (departure 14): a ditunda indicator has no
     * realisasi.  Its own result is kosong and a rule reading
     * realisasi(I2) gets kosong, but a derived indicator evaluated in the
     * same run reads I2's data rows through realisasi_of() (ev->r is not
     * set yet while the indicators are evaluated), so D = I2 + 1 is
     * 7 + 1 = 8 instead of kosong + 1 = kosong.  Reproducer: this source
     * with the row I2,2025,7; `rkt eval` shows D 8 and the rule's message
     * "I2 kosong". */
    T *t = run(PRELUDE
               "renstra RS \"Renstra\" {\n  periode 2025..2029\n"
               "  sasaran S1 \"a\" {\n"
               "    indikator I1 \"a\" { satuan skor target { 2025: 10 } }\n"
               "    indikator I2 \"b\" { satuan skor target { 2025: 10 } }\n"
               "    indikator D \"d\" { satuan skor target { 2025: 10 } }\n"
               "  }\n}\n"
               "rkt R \"Rencana\" {\n  tahun 2025\n  mengacu RS\n"
               "  sasaran S1 {\n"
               "    indikator I1 { target 10 }\n"
               "    indikator I2 { ditunda \"tidak tahun ini\" }\n"
               "    indikator D { target 10 realisasi = I2 + 1 }\n"
               "  }\n}\n"
               "aturan \"x\" {\n  jika 1 == 1\n  maka info \"{realisasi(I2)}\"\n}\n",
               "kode,periode,nilai\nI1,2025,5\nI2,2025,7\n", NULL);
    KOSONG(ind(t, "I2")->realisasi);
    assert_string_equal(t->r->temuan[0].msg, "kosong");     /* the rule agrees */
    KOSONG(ind(t, "D")->realisasi);                         /* kosong + 1 */
    done(t);
}

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
    s = ev_plan(t->m, &t->ds, t->plan, (Period){P_YEAR, 0, 0}, &(EvOptions){0}, &t->p.diags);
    assert_int_equal(s->ntemuan, 0);
    ev_free(s);
    done(t);
}

static void test_periode_text(void **state)
{
    T *t = run(RPLAN, RDATA, "2025-TW2");
    assert_string_equal(t->r->periode_text, "2025-TW2");
    assert_int_equal(t->r->periode.kind, P_TW);
    assert_int_equal(t->r->periode.n, 2);
    done(t);
    t = run(RPLAN, RDATA, NULL);
    assert_string_equal(t->r->periode_text, "2025");
    done(t);
}

static void test_obs_explain(void **state)
{
    /* the observations that counted, with their rows (explain) */
    T *t = run(PLAN1("    indikator I1 \"a\" { satuan buah target 10 }\n"),
               "kode,periode,nilai\nI1,2025-TW1,2\nI1,2025-TW3,5\nI1,2025-TW2,3\n", "2025-TW2");
    RInd *i = ind(t, "I1");
    VAL(i->realisasi, 5);               /* 2 + 3; TW3 not yet */
    assert_int_equal(i->nobs, 2);
    assert_int_equal(i->obs[0].idx, PD_IDX_TW(1));
    assert_int_equal(i->obs[0].src.line, 2);
    assert_int_equal(i->obs[1].idx, PD_IDX_TW(2));
    assert_int_equal(i->obs[1].src.line, 4);
    NEAR(i->obs[1].v, 3);
    done(t);
}

#define TEST(f) cmocka_unit_test_teardown(f, cleanup)

int main(void)
{
    const struct CMUnitTest tests[] = {
        TEST(test_capaian_maksimal),
        TEST(test_capaian_maksimal_t0_nonneg),
        TEST(test_capaian_maksimal_t0_negative),
        TEST(test_capaian_minimal),
        TEST(test_capaian_minimal_never_below_zero),
        TEST(test_capaian_minimal_t0_terburuk),
        TEST(test_capaian_minimal_t0_without_terburuk),
        TEST(test_capaian_stabil_inside),
        TEST(test_capaian_stabil_below),
        TEST(test_capaian_stabil_above),
        TEST(test_capaian_batas),
        TEST(test_capaian_custom),
        TEST(test_capaian_kosong_without_realisasi),
        TEST(test_konsolidasi_monthly),
        TEST(test_konsolidasi_quarterly),
        TEST(test_konsolidasi_mixed_month_quarter),
        TEST(test_konsolidasi_mixed_through_month),
        TEST(test_konsolidasi_mixed_through_quarter_semester),
        TEST(test_yearly_value_only_for_the_year),
        TEST(test_yearly_value_through_year_end),
        TEST(test_semester_value_through_quarters),
        TEST(test_konsolidasi_default_by_unit),
        TEST(test_kosong_row_is_no_observation),
        TEST(test_target_cumulative_quarters),
        TEST(test_target_quarter_capaian),
        TEST(test_kosong_roll_up_and_tanpa_data),
        TEST(test_kosong_plan_without_data),
        TEST(test_kosong_arithmetic),
        TEST(test_kosong_folds),
        TEST(test_min_maks_negative),
        TEST(test_kosong_comparisons_and_ada),
        TEST(test_div_zero_warning),
        TEST(test_div_zero_each_expression_once),
        TEST(bug_div_zero_once_across_plans),
        TEST(test_div_nonzero_no_warning),
        TEST(bug_overflow_is_not_a_value),
        TEST(test_rollup_weighted_unrounded),
        TEST(test_rollup_plan_weighted_sasaran),
        TEST(test_rollup_bobot_of_kosong_left_out),
        TEST(test_predikat_rounded_capaian),
        TEST(test_predikat_after_batas),
        TEST(test_predikat_default_formula_rounded),
        TEST(test_predikat_dari_realisasi),
        TEST(test_predikat_kosong),
        TEST(test_predikat_sasaran_and_plan),
        TEST(test_rs_classify),
        TEST(test_derived_from_series),
        TEST(test_derived_from_indicators),
        TEST(test_fungsi),
        TEST(test_builtins),
        TEST(bug_bulat_three_decimals_tie),
        TEST(bug_period_argument_of_another_year),
        TEST(test_rule_untuk_indikator),
        TEST(test_rule_untuk_indikator_dalam),
        TEST(test_rule_untuk_sasaran),
        TEST(test_rule_unquantified),
        TEST(test_rule_interpolation),
        TEST(test_rule_severities_and_source_order),
        TEST(test_rule_reads_other_periods),
        TEST(test_rule_skips_ditunda),
        TEST(bug_ditunda_realisasi_read_by_expression),
        TEST(test_static_only),
        TEST(test_periode_text),
        TEST(test_obs_explain),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
