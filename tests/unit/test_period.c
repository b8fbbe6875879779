/*
 * test_period.c - every period form, invalid forms, month spans,
 * containment, the dense index and its overlap table.
 */
#include "testutil.h"

#include "base/period.h"

static Period parse_ok(const char *s)
{
    Period p = {P_YEAR, -1, -1};
    if (pd_parse(s, strlen(s), &p) != 0)
        fail_msg("'%s' should parse", s);
    return p;
}

static void assert_period(Period p, PeriodKind k, int year, int n)
{
    assert_int_equal(p.kind, k);
    assert_int_equal(p.year, year);
    assert_int_equal(p.n, n);
}

static void test_parse_dated(void **state)
{
    (void)state;
    assert_period(parse_ok("2025"), P_YEAR, 2025, 0);
    assert_period(parse_ok("2025-S1"), P_SEM, 2025, 1);
    assert_period(parse_ok("2025-S2"), P_SEM, 2025, 2);
    for (int q = 1; q <= 4; q++) {
        char s[32];
        snprintf(s, sizeof s, "2025-TW%d", q);
        assert_period(parse_ok(s), P_TW, 2025, q);
    }
    for (int m = 1; m <= 12; m++) {
        char s[32];
        snprintf(s, sizeof s, "2026-%02d", m);
        assert_period(parse_ok(s), P_MONTH, 2026, m);
    }
}

static void test_parse_yearless(void **state)
{
    (void)state;
    assert_period(parse_ok("TW1"), P_TW, 0, 1);
    assert_period(parse_ok("TW4"), P_TW, 0, 4);
    assert_period(parse_ok("S2"), P_SEM, 0, 2);
    assert_period(parse_ok("B01"), P_MONTH, 0, 1);
    assert_period(parse_ok("B12"), P_MONTH, 0, 12);
}

static void test_parse_invalid(void **state)
{
    (void)state;
    static const char *bad[] = {
        "2025-13", "2025-3", "2025-00", "2025-TW5", "2025-TW0", "2025-S3",
        "2025-S0", "2025-", "2025-B03", "2025-tw1", "2025-TW1x", "2025 ",
        " 2025", "202", "20250", "0000", "0999-TW1", "TW5", "S3", "B13",
        "B00", "B1", "03", "12", "", "2025-S", "2025_TW1", "2025/03",
        "2025-123", "TW", "xxxx",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        Period p;
        if (pd_parse(bad[i], strlen(bad[i]), &p) == 0)
            fail_msg("'%s' should be rejected", bad[i]);
    }
}

/* Only len bytes are read. */
static void test_parse_length_bound(void **state)
{
    (void)state;
    Period p;
    assert_int_equal(pd_parse("2025-TW2,x", 8, &p), 0);
    assert_period(p, P_TW, 2025, 2);
    assert_int_equal(pd_parse("2025-TW2", 7, &p), -1);
}

static void test_months(void **state)
{
    (void)state;
    assert_int_equal(pd_first_month(parse_ok("2025")), 1);
    assert_int_equal(pd_last_month(parse_ok("2025")), 12);
    assert_int_equal(pd_first_month(parse_ok("2025-S2")), 7);
    assert_int_equal(pd_last_month(parse_ok("2025-S1")), 6);
    assert_int_equal(pd_first_month(parse_ok("2025-TW3")), 7);
    assert_int_equal(pd_last_month(parse_ok("2025-TW3")), 9);
    assert_int_equal(pd_first_month(parse_ok("2025-05")), 5);
    assert_int_equal(pd_last_month(parse_ok("2025-05")), 5);
}

static void test_contains_overlaps(void **state)
{
    (void)state;
    Period y = parse_ok("2025"), s1 = parse_ok("2025-S1");
    Period tw2 = parse_ok("2025-TW2"), tw3 = parse_ok("2025-TW3");
    Period m5 = parse_ok("2025-05"), m7 = parse_ok("2025-07");
    assert_true(pd_contains(y, m7));
    assert_true(pd_contains(s1, tw2));
    assert_true(pd_contains(tw2, m5));
    assert_true(pd_contains(tw2, tw2));
    assert_false(pd_contains(tw2, s1));
    assert_false(pd_contains(s1, tw3));
    assert_false(pd_contains(parse_ok("2024"), m5));
    assert_true(pd_overlaps(s1, tw2));
    assert_true(pd_overlaps(m5, s1));
    assert_false(pd_overlaps(tw2, tw3));
    assert_false(pd_overlaps(m7, tw2));
    assert_false(pd_overlaps(parse_ok("2024-TW2"), tw2));
}

static void test_index_roundtrip(void **state)
{
    (void)state;
    int seen = 0;
    for (int i = 0; i < PD_NIDX; i++) {
        Period p = pd_from_index(2025, i);
        assert_int_equal(pd_index(p), i);
        assert_int_equal(p.year, 2025);
        seen |= 1 << i;
    }
    assert_int_equal(seen, (1 << PD_NIDX) - 1);
    assert_int_equal(pd_index(parse_ok("2025")), 0);
    assert_int_equal(pd_index(parse_ok("2025-S2")), 2);
    assert_int_equal(pd_index(parse_ok("2025-TW1")), 3);
    assert_int_equal(pd_index(parse_ok("2025-TW4")), 6);
    assert_int_equal(pd_index(parse_ok("2025-01")), 7);
    assert_int_equal(pd_index(parse_ok("2025-12")), 18);
}

/* The written-out table agrees with the month spans, both ways. */
static void test_overlap_table(void **state)
{
    (void)state;
    for (int i = 0; i < PD_NIDX; i++) {
        uint32_t m = pd_mask_overlapping(i);
        assert_false(m & (1u << i));
        assert_int_equal(m >> PD_NIDX, 0);
        for (int j = 0; j < PD_NIDX; j++) {
            if (i == j)
                continue;
            bool o = pd_overlaps(pd_from_index(2025, i), pd_from_index(2025, j));
            if (o != ((m >> j) & 1))
                fail_msg("overlap table wrong at %d,%d", i, j);
        }
    }
    assert_int_equal(pd_mask_overlapping(-1), 0);
    assert_int_equal(pd_mask_overlapping(PD_NIDX), 0);
}

/* pd_chrono is a permutation, ordered by first month, container first. */
static void test_chrono(void **state)
{
    (void)state;
    int seen = 0;
    for (int k = 0; k < PD_NIDX; k++) {
        seen |= 1 << pd_chrono[k];
        if (k == 0)
            continue;
        Period a = pd_from_index(1, pd_chrono[k - 1]);
        Period b = pd_from_index(1, pd_chrono[k]);
        assert_true(pd_first_month(a) <= pd_first_month(b));
        if (pd_first_month(a) == pd_first_month(b))
            assert_true(pd_contains(a, b));
    }
    assert_int_equal(seen, (1 << PD_NIDX) - 1);
}

static void test_format(void **state)
{
    (void)state;
    char buf[PD_BUFSZ];
    static const char *forms[] = {
        "2025", "2025-TW2", "2025-S1", "2025-03", "2025-12",
        "TW2", "S1", "B03", "B11",
    };
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
        assert_string_equal(pd_format(parse_ok(forms[i]), buf, sizeof buf), forms[i]);
}

static void test_target_quarter(void **state)
{
    (void)state;
    assert_int_equal(pd_target_quarter(parse_ok("2025")), 4);
    assert_int_equal(pd_target_quarter(parse_ok("2025-S1")), 2);
    assert_int_equal(pd_target_quarter(parse_ok("2025-S2")), 4);
    assert_int_equal(pd_target_quarter(parse_ok("2025-TW3")), 3);
    static const int q[13] = {0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4};
    for (int m = 1; m <= 12; m++)
        assert_int_equal(pd_target_quarter((Period){P_MONTH, 2025, m}), q[m]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_dated),
        cmocka_unit_test(test_parse_yearless),
        cmocka_unit_test(test_parse_invalid),
        cmocka_unit_test(test_parse_length_bound),
        cmocka_unit_test(test_months),
        cmocka_unit_test(test_contains_overlaps),
        cmocka_unit_test(test_index_roundtrip),
        cmocka_unit_test(test_overlap_table),
        cmocka_unit_test(test_chrono),
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_target_quarter),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
