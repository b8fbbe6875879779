/*
 * test_report_text.c - the numbers and dates of a report as md and html
 * print them (report/text.c): Indonesian grouping and decimal comma, the
 * en style with the separators swapped, the three display formats.
 */
#include "testutil.h"

#include <math.h>

#include "report/doc.h"

static const char *num(double v, RdNumFmt f, bool en)
{
    static char buf[64];
    return rd_num_text(buf, sizeof buf, v, f, en);
}

static void test_num_id(void **state)
{
    (void)state;
    assert_string_equal(num(25945, RD_INT, false), "25.945");
    assert_string_equal(num(25945, RD_AUTO, false), "25.945");
    assert_string_equal(num(81, RD_AUTO, false), "81");
    assert_string_equal(num(101.96, RD_DEC2, false), "101,96");
    assert_string_equal(num(100, RD_DEC2, false), "100,00");
    assert_string_equal(num(81.5, RD_AUTO, false), "81,50");
    assert_string_equal(num(1234567.891, RD_DEC2, false), "1.234.567,89");
    assert_string_equal(num(-1234.5, RD_DEC2, false), "-1.234,50");
    assert_string_equal(num(0, RD_DEC2, false), "0,00");
    /* RD_INT rounds half away from zero: 2.5 -> 3, 1234.49 -> 1.234 */
    assert_string_equal(num(2.5, RD_INT, false), "3");
    assert_string_equal(num(1234.49, RD_INT, false), "1.234");
    /* the two-decimal rule of the evaluator: 1.005 -> 1,01 */
    assert_string_equal(num(1.005, RD_DEC2, false), "1,01");
    /* RD_AUTO looks at the rounded value: 99.999 -> 100 */
    assert_string_equal(num(99.999, RD_AUTO, false), "100");
}

static void test_num_en(void **state)
{
    (void)state;
    assert_string_equal(num(25945, RD_INT, true), "25,945");
    assert_string_equal(num(101.96, RD_DEC2, true), "101.96");
    assert_string_equal(num(25945, RD_DEC2, true), "25,945.00");
    assert_string_equal(num(1234567.891, RD_AUTO, true), "1,234,567.89");
}

static void test_num_edges(void **state)
{
    (void)state;
    char small[4];
    rd_num_text(small, sizeof small, 25945, RD_INT, false);
    assert_string_equal(small, "25.");            /* truncated, terminated */
    assert_string_equal(num(NAN, RD_DEC2, false), "");
    assert_string_equal(num(INFINITY, RD_INT, false), "");
}

static void test_date(void **state)
{
    (void)state;
    char buf[40];
    assert_string_equal(rd_date_text(buf, sizeof buf, 2025, 2, 7, false), "7 Februari 2025");
    assert_string_equal(rd_date_text(buf, sizeof buf, 2025, 2, 7, true), "7 February 2025");
    assert_string_equal(rd_date_text(buf, sizeof buf, 2024, 12, 31, false), "31 Desember 2024");
    assert_string_equal(rd_date_text(buf, sizeof buf, 2024, 8, 1, false), "1 Agustus 2024");
    assert_string_equal(rd_date_text(buf, sizeof buf, 0, 0, 0, false), "");
    assert_string_equal(rd_date_text(buf, sizeof buf, 2025, 13, 1, false), "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_num_id),
        cmocka_unit_test(test_num_en),
        cmocka_unit_test(test_num_edges),
        cmocka_unit_test(test_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
