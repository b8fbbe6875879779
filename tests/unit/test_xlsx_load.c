/*
 * test_xlsx_load.c - the run-time loader of libxlsxwriter (report/
 * xlsx_load.h): the build's soname opens and fills every entry of the
 * table; a missing file and a library without the functions fail with
 * the loader's reason; xl_load reads RKT_XLSX_LIBRARY once, and its
 * failure is final for the process.  (That the entries have the real
 * prototypes is checked at compile time, in xlsx_load.c.)
 */
#include "testutil.h"

#include "report/xlsx_load.h"

static void test_the_soname_fills_every_entry(void **state)
{
    assert_int_equal(strncmp(xl_soname, "libxlsxwriter.so.", 17), 0);
    assert_true(xl_package[0] != '\0');
    XlLib lib;
    memset(&lib, 0, sizeof lib);
    char why[256] = "";
    assert_int_equal(xl_open(xl_soname, &lib, why, sizeof why), 0);
    assert_string_equal(why, "");
#define XL_SET(ret, name, params) assert_non_null(lib.name);
    XL_FUNCS(XL_SET)
#undef XL_SET
    /* the table works: a call through it */
    assert_string_equal(lib.lxw_strerror(LXW_NO_ERROR), "No error.");
}

static void test_a_missing_file_says_why(void **state)
{
    XlLib lib;
    char why[256] = "";
    assert_int_equal(xl_open("/nonexistent/libxlsxwriter.so.4", &lib, why, sizeof why), -1);
    assert_non_null(strstr(why, "/nonexistent/libxlsxwriter.so.4"));
    assert_non_null(strstr(why, "cannot open shared object file"));
}

static void test_a_library_without_the_functions_names_the_first(void **state)
{
    XlLib lib;
    char why[256] = "";
    assert_int_equal(xl_open("libm.so.6", &lib, why, sizeof why), -1);
    assert_non_null(strstr(why, "undefined symbol: workbook_new"));
}

/* The only test that calls xl_load: its one load in this process. */
static void test_xl_load_reads_the_knob_once(void **state)
{
    setenv("RKT_XLSX_LIBRARY", "/nonexistent/libxlsxwriter.so.4", 1);
    const char *why = NULL;
    assert_int_equal(xl_load(&why), -1);
    assert_non_null(why);
    assert_non_null(strstr(why, "/nonexistent/libxlsxwriter.so.4"));
    unsetenv("RKT_XLSX_LIBRARY");
    const char *again = NULL;
    assert_int_equal(xl_load(&again), -1);      /* not loaded again */
    assert_ptr_equal(again, why);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_soname_fills_every_entry),
        cmocka_unit_test(test_a_missing_file_says_why),
        cmocka_unit_test(test_a_library_without_the_functions_names_the_first),
        cmocka_unit_test(test_xl_load_reads_the_knob_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
