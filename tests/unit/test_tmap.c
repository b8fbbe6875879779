/*
 * test_tmap.c - the arithmetic of a map of the year's parts through a
 * month (check/tmap.h): cumulative entries and the elapsed share of a
 * jumlah indicator, periodik entries by konsolidasi, and target_terlapor's
 * own targets of the reported parts.  Every figure is worked out beside it.
 */
#include "testutil.h"

#include <math.h>

#include "check/tmap.h"

static MTargetMap map_of(PeriodKind k, bool periodik, const double *v, int n, MTarget *parts)
{
    for (int i = 0; i < n; i++)
        parts[i] = (MTarget){.set = true, .lo = v[i], .hi = v[i]};
    return (MTargetMap){.kind = k, .nparts = n, .periodik = periodik, .part = parts};
}

static void test_cumulative_quarters(void **state)
{
    (void)state;
    MTarget p[4];
    MTargetMap m = map_of(P_TW, false, (double[]){6000, 12500, 19000, 25945}, 4, p);
    /* through May: 6_000 + 2/3 x (12_500 - 6_000) = 10_333.333... */
    TmThrough t = tm_through(&m, KON_JUMLAH, 5);
    assert_true(t.t.set);
    assert_true(fabs(t.t.lo - (6000 + 6500.0 * 2 / 3)) < 1e-9);
    assert_int_equal(t.part, 2);
    assert_int_equal(t.elapsed, 2);
    assert_int_equal(t.len, 3);
    /* January: 0 + 1/3 x 6_000 = 2_000; June: TW2 itself */
    assert_true(fabs(tm_through(&m, KON_JUMLAH, 1).t.lo - 2000) < 1e-9);
    assert_true(tm_through(&m, KON_JUMLAH, 6).t.lo == 12500);
    /* terakhir: the containing quarter's entry */
    assert_true(tm_through(&m, KON_TERAKHIR, 5).t.lo == 12500);
    assert_true(tm_year(&m, KON_JUMLAH).lo == 25945);
}

static void test_periodik(void **state)
{
    (void)state;
    MTarget p[4];
    MTargetMap m = map_of(P_TW, true, (double[]){10, 10, 10, 10}, 4, p);
    assert_true(tm_through(&m, KON_JUMLAH, 6).t.lo == 20);        /* 10 + 10 */
    assert_true(tm_year(&m, KON_JUMLAH).lo == 40);                 /* 4 x 10 */
    assert_true(fabs(tm_through(&m, KON_JUMLAH, 5).t.lo - (10 + 20.0 / 3)) < 1e-9);
    MTarget q[4];
    MTargetMap r = map_of(P_TW, true, (double[]){80, 90, 70, 100}, 4, q);
    assert_true(tm_through(&r, KON_RATA, 5).t.lo == 85);          /* (80 + 90) / 2 */
    assert_true(tm_year(&r, KON_MAKS).lo == 100);
    assert_true(tm_year(&r, KON_MIN).lo == 70);
    assert_true(tm_year(&r, KON_TERAKHIR).lo == 100);
}

static void test_semesters_and_months(void **state)
{
    (void)state;
    MTarget p[2], b[12];
    MTargetMap s = map_of(P_SEM, false, (double[]){40, 100}, 2, p);
    assert_true(tm_through(&s, KON_JUMLAH, 3).t.lo == 20);        /* 3/6 x 40 */
    assert_true(tm_through(&s, KON_JUMLAH, 9).t.lo == 70);        /* 40 + 3/6 x 60 */
    assert_true(tm_through(&s, KON_TERAKHIR, 9).t.lo == 100);
    double v[12];
    for (int i = 0; i < 12; i++)
        v[i] = 10 * (i + 1);
    MTargetMap m = map_of(P_MONTH, false, v, 12, b);
    assert_true(tm_through(&m, KON_JUMLAH, 5).t.lo == 50);
    assert_int_equal(tm_through(&m, KON_JUMLAH, 5).elapsed, 1);
    assert_true(tm_year(&m, KON_JUMLAH).lo == 120);
}

static void test_reported(void **state)
{
    (void)state;
    MTarget p[4];
    MTargetMap m = map_of(P_TW, false, (double[]){10, 30, 60, 100}, 4, p);
    /* rows for TW1 (months 1-3) and TW3 (7-9): 10 + (60 - 30) = 40 */
    unsigned rows = 0x7u | (0x7u << 6);
    assert_true(tm_reported(&m, KON_JUMLAH, 12, rows).lo == 40);
    assert_true(tm_reported(&m, KON_JUMLAH, 6, rows).lo == 10);
    assert_false(tm_reported(&m, KON_JUMLAH, 12, 0).set);
    /* an incomplete map gives no target */
    p[1].set = false;
    assert_false(tm_through(&m, KON_JUMLAH, 12).t.set);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cumulative_quarters),
        cmocka_unit_test(test_periodik),
        cmocka_unit_test(test_semesters_and_months),
        cmocka_unit_test(test_reported),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
