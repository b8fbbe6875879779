/*
 * test_num.c - rounding at two decimals on the shortest decimal, the
 * three print styles, and the data-file number formats.
 */
#include "testutil.h"

#include <math.h>

#include "base/num.h"

static void test_round2_boundaries(void **state)
{
    (void)state;
    assert_true(nm_round2(1.005) == 1.01);      /* double is 1.00499999... */
    assert_true(nm_round2(0.125) == 0.13);
    assert_true(nm_round2(2.675) == 2.68);      /* double is 2.67499999... */
    assert_true(nm_round2(1.004999) == 1.0);
    assert_true(nm_round2(-2.5) == -2.5);
    assert_true(nm_round2(100.245) == 100.25);
    assert_true(nm_round2(-1.005) == -1.01);    /* away from zero */
    assert_true(nm_round2(-0.125) == -0.13);
    assert_true(nm_round2(0.005) == 0.01);
    assert_true(nm_round2(0.0049) == 0.0);
    assert_true(nm_round2(9.995) == 10.0);      /* carry into a new digit */
    assert_true(nm_round2(99.999) == 100.0);
    assert_true(nm_round2(0.0005) == 0.0);
    assert_true(nm_round2(26010) == 26010);
    assert_true(nm_round2(1e300) == 1e300);
    assert_true(nm_round2(1.0 / 3.0) == 0.33);
    assert_true(nm_round2(2.0 / 3.0) == 0.67);
    assert_true(nm_round2(101.19999999999999) == 101.2);
}

static void test_round2_zero_and_nonfinite(void **state)
{
    (void)state;
    double z = nm_round2(-0.001);
    assert_true(z == 0.0);
    assert_false(signbit(z));                   /* a rounded zero is +0 */
    assert_false(signbit(nm_round2(-0.0)));
    assert_true(isnan(nm_round2(NAN)));
    assert_true(isinf(nm_round2(INFINITY)));
}

/* Rounding twice changes nothing. */
static void test_round2_idempotent(void **state)
{
    (void)state;
    for (int i = -20000; i <= 20000; i += 7) {
        double x = i / 1000.0;
        double r = nm_round2(x);
        assert_true(nm_round2(r) == r);
    }
}

static const char *fmt(double x, NmStyle st)
{
    static char buf[NM_BUFSZ];
    return nm_fmt(buf, sizeof buf, x, st);
}

static void test_fmt_plain(void **state)
{
    (void)state;
    assert_string_equal(fmt(26010, NM_PLAIN), "26010");
    assert_string_equal(fmt(100.25, NM_PLAIN), "100.25");
    assert_string_equal(fmt(48.9, NM_PLAIN), "48.90");
    assert_string_equal(fmt(1.005, NM_PLAIN), "1.01");
    assert_string_equal(fmt(48.999, NM_PLAIN), "49");
    assert_string_equal(fmt(0.05, NM_PLAIN), "0.05");
    assert_string_equal(fmt(-3.1, NM_PLAIN), "-3.10");
    assert_string_equal(fmt(-0.0, NM_PLAIN), "0");
    assert_string_equal(fmt(-0.004, NM_PLAIN), "0");
    assert_string_equal(fmt(0, NM_PLAIN), "0");
    assert_string_equal(fmt(1000000, NM_PLAIN), "1000000");
    assert_string_equal(fmt(1e21, NM_PLAIN), "1e+21");
}

static void test_fmt_json(void **state)
{
    (void)state;
    assert_string_equal(fmt(101.2, NM_JSON), "101.2");
    assert_string_equal(fmt(101.19999999, NM_JSON), "101.2");
    assert_string_equal(fmt(100.25, NM_JSON), "100.25");
    assert_string_equal(fmt(26010, NM_JSON), "26010");
    assert_string_equal(fmt(-0.0, NM_JSON), "0");
    assert_string_equal(fmt(0.5, NM_JSON), "0.5");
    assert_string_equal(fmt(-0.07, NM_JSON), "-0.07");
    assert_string_equal(fmt(103.166666, NM_JSON), "103.17");
    assert_string_equal(fmt(2.5e22, NM_JSON), "2.5e+22");
}

static void test_fmt_id(void **state)
{
    (void)state;
    assert_string_equal(fmt(25945, NM_ID), "25.945");
    assert_string_equal(fmt(81.5, NM_ID), "81,50");
    assert_string_equal(fmt(1234567.891, NM_ID), "1.234.567,89");
    assert_string_equal(fmt(999, NM_ID), "999");
    assert_string_equal(fmt(1000, NM_ID), "1.000");
    assert_string_equal(fmt(-25945.5, NM_ID), "-25.945,50");
    assert_string_equal(fmt(0.25, NM_ID), "0,25");
    assert_string_equal(fmt(100000, NM_ID), "100.000");
}

/* A short buffer truncates and stays terminated. */
static void test_fmt_short_buffer(void **state)
{
    (void)state;
    char buf[4];
    nm_fmt(buf, sizeof buf, 25945, NM_ID);
    assert_string_equal(buf, "25.");
}

static int parse(const char *s, bool id, double *v)
{
    return nm_parse(s, strlen(s), id, v);
}

static void test_parse_default(void **state)
{
    (void)state;
    double v = 0;
    assert_int_equal(parse("25945", false, &v), 0);
    assert_true(v == 25945);
    assert_int_equal(parse("  81.5 ", false, &v), 0);
    assert_true(v == 81.5);
    assert_int_equal(parse("-0.125", false, &v), 0);
    assert_true(v == -0.125);
    assert_int_equal(parse("+7", false, &v), 0);
    assert_true(v == 7);
    assert_int_equal(parse("25.945", false, &v), 0);   /* a decimal here */
    assert_true(v == 25.945);
    assert_int_equal(parse("0.1", false, &v), 0);
    assert_true(v == 0.1);
    /* past the fast path: strtod */
    assert_int_equal(parse("123456789012345678901234567890", false, &v), 0);
    assert_true(v == 123456789012345678901234567890.0);
    assert_int_equal(parse("0.12345678901234567890123", false, &v), 0);
    assert_true(v == 0.12345678901234567890123);
}

static void test_parse_default_rejects(void **state)
{
    (void)state;
    static const char *bad[] = {
        "", "   ", "-", "+", "1e5", "0x10", "inf", "nan", "1,5", "1.", ".5",
        "1.2.3", "25.945,5", "1 000", "--1", "12a", "١٢",
    };
    double v;
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(parse(bad[i], false, &v), -1);
    /* out of double range */
    char big[400];
    memset(big, '9', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_int_equal(parse(big, false, &v), -1);
}

static void test_parse_id(void **state)
{
    (void)state;
    double v = 0;
    assert_int_equal(parse("25.945", true, &v), 0);
    assert_true(v == 25945);
    assert_int_equal(parse("81,5", true, &v), 0);
    assert_true(v == 81.5);
    assert_int_equal(parse("1.234,5", true, &v), 0);
    assert_true(v == 1234.5);
    assert_int_equal(parse("1.234.567", true, &v), 0);
    assert_true(v == 1234567);
    assert_int_equal(parse("25945", true, &v), 0);
    assert_true(v == 25945);
    assert_int_equal(parse("-0,25", true, &v), 0);
    assert_true(v == -0.25);
    assert_int_equal(parse(" 100.000 ", true, &v), 0);
    assert_true(v == 100000);
}

static void test_parse_id_rejects(void **state)
{
    (void)state;
    static const char *bad[] = {
        "25.9", "25.9450", "1234.567", "1.23.456", ".945", "25.", "81,",
        ",5", "81.5", "1,2,3", "1.234,5.6", "1e5", "",
    };
    double v;
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(parse(bad[i], true, &v), -1);
}

/* Only len bytes are read: no NUL needed. */
static void test_parse_length_bound(void **state)
{
    (void)state;
    double v = 0;
    assert_int_equal(nm_parse("12345", 3, false, &v), 0);
    assert_true(v == 123);
}

/* The fast path (integer mantissa / power of ten) must agree with strtod
 * bit for bit. */
static void test_parse_matches_strtod(void **state)
{
    (void)state;
    uint64_t seed = 88172645463325252u;
    char s[40];
    for (int i = 0; i < 200000; i++) {
        seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
        int nint = (int)(seed % 9), nfrac = (int)((seed >> 8) % 8);
        size_t k = 0;
        s[k++] = '1' + (char)((seed >> 16) % 9);
        uint64_t r = seed >> 20;
        for (int j = 0; j < nint; j++, r /= 10)
            s[k++] = (char)('0' + r % 10);
        if (nfrac) {
            s[k++] = '.';
            for (int j = 0; j < nfrac; j++, r /= 10)
                s[k++] = (char)('0' + (r ^ (uint64_t)j) % 10);
        }
        s[k] = '\0';
        double v;
        assert_int_equal(nm_parse(s, k, false, &v), 0);
        if (v != strtod(s, NULL))
            fail_msg("%s: %.17g != %.17g", s, v, strtod(s, NULL));
    }
}

static void test_is_whole(void **state)
{
    (void)state;
    assert_true(nm_is_whole(25945));
    assert_true(nm_is_whole(-3));
    assert_true(nm_is_whole(0));
    assert_false(nm_is_whole(25.945));
    assert_false(nm_is_whole(NAN));
    assert_false(nm_is_whole(INFINITY));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round2_boundaries),
        cmocka_unit_test(test_round2_zero_and_nonfinite),
        cmocka_unit_test(test_round2_idempotent),
        cmocka_unit_test(test_fmt_plain),
        cmocka_unit_test(test_fmt_json),
        cmocka_unit_test(test_fmt_id),
        cmocka_unit_test(test_fmt_short_buffer),
        cmocka_unit_test(test_parse_default),
        cmocka_unit_test(test_parse_default_rejects),
        cmocka_unit_test(test_parse_id),
        cmocka_unit_test(test_parse_id_rejects),
        cmocka_unit_test(test_parse_length_bound),
        cmocka_unit_test(test_parse_matches_strtod),
        cmocka_unit_test(test_is_whole),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
