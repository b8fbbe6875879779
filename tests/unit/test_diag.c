/*
 * test_diag.c - unit tests of diag.c (counting, sorting, "did you mean")
 * and of the four renderers' exact output over in-memory sources.
 */
#include "testutil.h"

#include "base/diag.h"
#include "base/util.h"

static Span at(int file, int l1, int c1, int l2, int c2)
{
    return (Span){ file, l1, c1, l2, c2, 0, 0 };
}

static char *render(DgFormat f, DgList *d, SrcSet *src, bool color)
{
    Capture c;
    dg_render(cap_open(&c), f, d, src, color);
    return cap_close(&c);
}

static void check_render(DgFormat f, DgList *d, SrcSet *src, bool color,
                         const char *want)
{
    char *got = render(f, d, src, color);
    assert_string_equal(got, want);
    free(got);
}

/* The CLI.md example: line 14 of rencana/rkt-2025.rkt. */
static const char *plan_text =
    "l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\nl11\nl12\nl13\n"
    "    target 25.945\n"
    "\turaian \"Kantor Bogor — Jawa Barat\" salah\n"
    "indikator IKSP3 {\n"
    "}\n";

static void setup_plan(SrcSet *s)
{
    src_init(s);
    src_add(s, "rencana/rkt-2025.rkt", plan_text, strlen(plan_text));
}

/* ---- the list ------------------------------------------------------- */

static void test_counts(void **state)
{
    DgList d;
    dg_init(&d);
    assert_false(dg_failed(&d));
    dg_emit(&d, "W003", SPAN_NONE, "w %d", 1);
    assert_false(dg_failed(&d));
    d.werror = true;
    assert_true(dg_failed(&d));
    d.werror = false;
    dg_emit(&d, "I001", SPAN_NONE, "n");
    dg_emit(&d, "E012", SPAN_NONE, "e %s", "x");
    dg_add(&d, DG_WARNING, "E999", SPAN_NONE, "forced");
    assert_int_equal(d.n, 4);
    assert_int_equal(d.nerr, 1);
    assert_int_equal(d.nwarn, 2);
    assert_int_equal(d.nnote, 1);
    assert_true(dg_failed(&d));
    assert_int_equal(d.v[2].sev, DG_ERROR);
    assert_string_equal(d.v[2].msg, "e x");
    assert_int_equal(d.v[3].seq, 3);
    assert_int_equal(dg_sev_of("E1"), DG_ERROR);
    assert_int_equal(dg_sev_of("W1"), DG_WARNING);
    assert_int_equal(dg_sev_of("I1"), DG_NOTE);
    assert_string_equal(dg_sev_name(DG_ERROR), "error");
    assert_string_equal(dg_sev_name(DG_WARNING), "warning");
    assert_string_equal(dg_sev_name(DG_NOTE), "note");
    dg_free(&d);
    assert_int_equal(d.n, 0);
}

static void test_sort(void **state)
{
    DgList d;
    dg_init(&d);
    dg_emit(&d, "E001", at(1, 2, 1, 2, 2), "f1 2:1");
    dg_emit(&d, "E002", at(0, 5, 3, 5, 4), "f0 5:3 first");
    dg_emit(&d, "E003", at(0, 5, 1, 5, 2), "f0 5:1");
    dg_emit(&d, "E004", SPAN_NONE, "none");
    dg_emit(&d, "E005", at(0, 5, 3, 5, 9), "f0 5:3 second");
    dg_emit(&d, "E006", at(0, 1, 9, 1, 10), "f0 1:9");
    dg_sort(&d, NULL);
    const char *want[] = { "none", "f0 1:9", "f0 5:1", "f0 5:3 first",
                           "f0 5:3 second", "f1 2:1" };
    for (int i = 0; i < 6; i++)
        assert_string_equal(d.v[i].msg, want[i]);
    dg_free(&d);
}

static void test_nearest(void **state)
{
    const char *pol[] = { "minimal", "maksimal", "stabil" };
    assert_string_equal(dg_nearest("maksimla", pol, 3), "maksimal");
    assert_string_equal(dg_nearest("minimum", pol, 3), "minimal");
    assert_string_equal(dg_nearest("Stabil", pol, 3), "stabil");
    assert_null(dg_nearest("rata", pol, 3));
    /* Case-only differences win even beyond the distance limit. */
    const char *tw[] = { "TX", "tw" };
    assert_string_equal(dg_nearest("TW", tw, 2), "tw");
    /* Ties go to the first candidate; NULL candidates are skipped. */
    const char *tie[] = { NULL, "ab", "ba", "ac" };
    assert_string_equal(dg_nearest("aa", tie, 4), "ab");
    assert_null(dg_nearest("x", tie, 0));
    /* A one-letter word may still have one typo. */
    const char *one[] = { "b" };
    assert_string_equal(dg_nearest("a", one, 1), "b");
}

/* ---- human ---------------------------------------------------------- */

static void test_human_example(void **state)
{
    SrcSet s;
    setup_plan(&s);
    DgList d;
    dg_init(&d);
    dg_emit(&d, "E012", at(0, 14, 12, 14, 18),
            "target 25.945 is not a whole number, but satuan 'sertifikat' "
            "counts; did you mean 25_945?");
    check_render(DGF_HUMAN, &d, &s, false,
        "rencana/rkt-2025.rkt:14:12: error[E012]: target 25.945 is not a "
        "whole number, but satuan 'sertifikat' counts; did you mean 25_945?\n"
        "   14 |     target 25.945\n"
        "      |            ^~~~~~\n");
    check_render(DGF_HUMAN, &d, &s, true,
        "\033[1mrencana/rkt-2025.rkt:14:12:\033[0m \033[1;31merror[E012]\033[0m"
        ": target 25.945 is not a whole number, but satuan 'sertifikat' "
        "counts; did you mean 25_945?\n"
        "   14 |     target 25.945\n"
        "      |            \033[1;32m^~~~~~\033[0m\n");
    dg_free(&d);
    src_free(&s);
}

static void test_human_utf8_tab(void **state)
{
    SrcSet s;
    setup_plan(&s);
    DgList d;
    dg_init(&d);
    /* Column 37 counts the tab and the em dash as one character each. */
    dg_emit(&d, "W007", at(0, 15, 37, 15, 42), "unknown word 'salah'");
    check_render(DGF_HUMAN, &d, &s, false,
        "rencana/rkt-2025.rkt:15:37: warning[W007]: unknown word 'salah'\n"
        "   15 | \turaian \"Kantor Bogor — Jawa Barat\" salah\n"
        "      | \t                                   ^~~~~\n");
    dg_free(&d);
    src_free(&s);
}

static void test_human_shapes(void **state)
{
    SrcSet s;
    setup_plan(&s);
    DgList d;
    dg_init(&d);
    dg_emit(&d, "E001", SPAN_NONE, "no file");
    dg_emit(&d, "I002", at(0, 0, 0, 0, 0), "whole file");
    /* Runs onto later lines: underline to the end of the first. */
    dg_emit(&d, "E020", at(0, 16, 11, 17, 2), "block");
    /* Empty span, and a column just past the end of the line. */
    dg_emit(&d, "E021", at(0, 17, 2, 17, 2), "expected '}'");
    /* End of file: the empty line after the last newline. */
    dg_emit(&d, "E022", at(0, 18, 1, 18, 1), "unexpected end");
    /* A line beyond the file prints no snippet. */
    dg_emit(&d, "E023", at(0, 99, 1, 99, 2), "far");
    check_render(DGF_HUMAN, &d, &s, false,
        "rkt: error[E001]: no file\n"
        "rkt: note[I002]: whole file\n"
        "rencana/rkt-2025.rkt:16:11: error[E020]: block\n"
        "   16 | indikator IKSP3 {\n"
        "      |           ^~~~~~~\n"
        "rencana/rkt-2025.rkt:17:2: error[E021]: expected '}'\n"
        "   17 | }\n"
        "      |  ^\n"
        "rencana/rkt-2025.rkt:18:1: error[E022]: unexpected end\n"
        "   18 |\n"
        "      | ^\n"
        "rencana/rkt-2025.rkt:99:1: error[E023]: far\n");
    dg_free(&d);
    src_free(&s);
}

static void test_human_wide_gutter(void **state)
{
    Sbuf b;
    sb_init(&b);
    for (int i = 1; i < 123456; i++)
        sb_putc(&b, '\n');
    sb_puts(&b, "x = 1\n");
    SrcSet s;
    src_init(&s);
    src_add(&s, "big.rkt", b.s, b.len);
    sb_free(&b);
    DgList d;
    dg_init(&d);
    dg_emit(&d, "W001", at(0, 123456, 5, 123456, 6), "w");
    check_render(DGF_HUMAN, &d, &s, false,
        "big.rkt:123456:5: warning[W001]: w\n"
        "123456 | x = 1\n"
        "       |     ^\n");
    dg_free(&d);
    src_free(&s);
}

/* ---- machine formats ------------------------------------------------ */

/* Two files, given out of order, plus a finding about no file. */
static void setup_pair(SrcSet *s, DgList *d)
{
    src_init(s);
    src_add(s, "a.rkt", "satuan \"%\"\n", 11);
    src_add(s, "dir,x/b:1.rkt", "x\n", 2);
    dg_init(d);
    dg_emit(d, "W003", at(1, 1, 1, 1, 2), "%s",
            "unused, maybe\nremove 100%");
    dg_emit(d, "E012", at(0, 1, 8, 1, 11), "bad \"satuan\" \\ tab\there");
    dg_emit(d, "I001", SPAN_NONE, "checked 2 files");
    dg_emit(d, "E012", at(0, 1, 1, 1, 7), "second E012");
}

static void test_json(void **state)
{
    SrcSet s;
    DgList d;
    setup_pair(&s, &d);
    check_render(DGF_JSON, &d, &s, false,
        "{\"format_version\":\"1.0\",\"valid\":false,\"error_count\":2,"
        "\"warning_count\":1,\"diagnostics\":["
        "{\"severity\":\"note\",\"code\":\"I001\",\"message\":\"checked 2 files\","
        "\"file\":null,\"line\":0,\"column\":0,\"end_line\":0,\"end_column\":0},"
        "{\"severity\":\"error\",\"code\":\"E012\",\"message\":\"second E012\","
        "\"file\":\"a.rkt\",\"line\":1,\"column\":1,\"end_line\":1,\"end_column\":7},"
        "{\"severity\":\"error\",\"code\":\"E012\","
        "\"message\":\"bad \\\"satuan\\\" \\\\ tab\\there\","
        "\"file\":\"a.rkt\",\"line\":1,\"column\":8,\"end_line\":1,\"end_column\":11},"
        "{\"severity\":\"warning\",\"code\":\"W003\","
        "\"message\":\"unused, maybe\\nremove 100%\","
        "\"file\":\"dir,x/b:1.rkt\",\"line\":1,\"column\":1,\"end_line\":1,\"end_column\":2}"
        "]}\n");
    dg_free(&d);

    /* valid: no errors; warnings only fail under werror. */
    dg_init(&d);
    check_render(DGF_JSON, &d, &s, false,
        "{\"format_version\":\"1.0\",\"valid\":true,\"error_count\":0,"
        "\"warning_count\":0,\"diagnostics\":[]}\n");
    dg_emit(&d, "W001", at(1, 1, 1, 1, 2), "w");
    char *got = render(DGF_JSON, &d, &s, false);
    assert_non_null(strstr(got, "\"valid\":true,"));
    free(got);
    d.werror = true;
    got = render(DGF_JSON, &d, &s, false);
    assert_non_null(strstr(got, "\"valid\":false,"));
    free(got);
    dg_free(&d);
    src_free(&s);
}

static void test_github(void **state)
{
    SrcSet s;
    DgList d;
    setup_pair(&s, &d);
    check_render(DGF_GITHUB, &d, &s, false,
        "::notice title=I001::checked 2 files\n"
        "::error file=a.rkt,line=1,col=1,endLine=1,endColumn=7,"
        "title=E012::second E012\n"
        "::error file=a.rkt,line=1,col=8,endLine=1,endColumn=11,"
        "title=E012::bad \"satuan\" \\ tab\there\n"
        "::warning file=dir%2Cx/b%3A1.rkt,line=1,col=1,endLine=1,endColumn=2,"
        "title=W003::unused, maybe%0Aremove 100%25\n");
    dg_free(&d);

    dg_init(&d);
    dg_emit(&d, "E030", at(0, 0, 0, 0, 0), "cr\r:,");
    check_render(DGF_GITHUB, &d, &s, false,
        "::error file=a.rkt,title=E030::cr%0D:,\n");
    dg_free(&d);
    src_free(&s);
}

static void test_sarif(void **state)
{
    SrcSet s;
    DgList d;
    setup_pair(&s, &d);
    check_render(DGF_SARIF, &d, &s, false,
        "{\n"
        "  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
        "  \"version\": \"2.1.0\",\n"
        "  \"runs\": [\n"
        "    {\n"
        "      \"tool\": {\n"
        "        \"driver\": {\n"
        "          \"name\": \"rkt\",\n"
        "          \"informationUri\": \"https://example.invalid/rkt\",\n"
        "          \"version\": \"0.1.0\",\n"
        "          \"rules\": [\n"
        "            {\n"
        "              \"id\": \"E012\",\n"
        "              \"shortDescription\": {\n"
        "                \"text\": \"second E012\"\n"
        "              }\n"
        "            },\n"
        "            {\n"
        "              \"id\": \"I001\",\n"
        "              \"shortDescription\": {\n"
        "                \"text\": \"checked 2 files\"\n"
        "              }\n"
        "            },\n"
        "            {\n"
        "              \"id\": \"W003\",\n"
        "              \"shortDescription\": {\n"
        "                \"text\": \"unused, maybe\\nremove 100%\"\n"
        "              }\n"
        "            }\n"
        "          ]\n"
        "        }\n"
        "      },\n"
        "      \"results\": [\n"
        "        {\n"
        "          \"ruleId\": \"I001\",\n"
        "          \"ruleIndex\": 1,\n"
        "          \"level\": \"note\",\n"
        "          \"message\": {\n"
        "            \"text\": \"checked 2 files\"\n"
        "          }\n"
        "        },\n"
        "        {\n"
        "          \"ruleId\": \"E012\",\n"
        "          \"ruleIndex\": 0,\n"
        "          \"level\": \"error\",\n"
        "          \"message\": {\n"
        "            \"text\": \"second E012\"\n"
        "          },\n"
        "          \"locations\": [\n"
        "            {\n"
        "              \"physicalLocation\": {\n"
        "                \"artifactLocation\": {\n"
        "                  \"uri\": \"a.rkt\"\n"
        "                },\n"
        "                \"region\": {\n"
        "                  \"startLine\": 1,\n"
        "                  \"startColumn\": 1,\n"
        "                  \"endLine\": 1,\n"
        "                  \"endColumn\": 7\n"
        "                }\n"
        "              }\n"
        "            }\n"
        "          ]\n"
        "        },\n"
        "        {\n"
        "          \"ruleId\": \"E012\",\n"
        "          \"ruleIndex\": 0,\n"
        "          \"level\": \"error\",\n"
        "          \"message\": {\n"
        "            \"text\": \"bad \\\"satuan\\\" \\\\ tab\\there\"\n"
        "          },\n"
        "          \"locations\": [\n"
        "            {\n"
        "              \"physicalLocation\": {\n"
        "                \"artifactLocation\": {\n"
        "                  \"uri\": \"a.rkt\"\n"
        "                },\n"
        "                \"region\": {\n"
        "                  \"startLine\": 1,\n"
        "                  \"startColumn\": 8,\n"
        "                  \"endLine\": 1,\n"
        "                  \"endColumn\": 11\n"
        "                }\n"
        "              }\n"
        "            }\n"
        "          ]\n"
        "        },\n"
        "        {\n"
        "          \"ruleId\": \"W003\",\n"
        "          \"ruleIndex\": 2,\n"
        "          \"level\": \"warning\",\n"
        "          \"message\": {\n"
        "            \"text\": \"unused, maybe\\nremove 100%\"\n"
        "          },\n"
        "          \"locations\": [\n"
        "            {\n"
        "              \"physicalLocation\": {\n"
        "                \"artifactLocation\": {\n"
        "                  \"uri\": \"dir,x/b:1.rkt\"\n"
        "                },\n"
        "                \"region\": {\n"
        "                  \"startLine\": 1,\n"
        "                  \"startColumn\": 1,\n"
        "                  \"endLine\": 1,\n"
        "                  \"endColumn\": 2\n"
        "                }\n"
        "              }\n"
        "            }\n"
        "          ]\n"
        "        }\n"
        "      ],\n"
        "      \"columnKind\": \"unicodeCodePoints\"\n"
        "    }\n"
        "  ]\n"
        "}\n");
    dg_free(&d);
    src_free(&s);
}

static void test_sarif_empty_uri(void **state)
{
    SrcSet s;
    src_init(&s);
    src_add(&s, "rencana/rkt 2025 é.rkt", "x\n", 2);
    DgList d;
    dg_init(&d);
    char *got = render(DGF_SARIF, &d, &s, false);
    assert_non_null(strstr(got, "\"rules\": []\n"));
    assert_non_null(strstr(got, "\"results\": [],\n"));
    free(got);
    dg_emit(&d, "E001", at(0, 1, 1, 1, 2), "m");
    got = render(DGF_SARIF, &d, &s, false);
    assert_non_null(strstr(got, "\"uri\": \"rencana/rkt%202025%20%C3%A9.rkt\"\n"));
    free(got);
    dg_free(&d);
    src_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counts),
        cmocka_unit_test(test_sort),
        cmocka_unit_test(test_nearest),
        cmocka_unit_test(test_human_example),
        cmocka_unit_test(test_human_utf8_tab),
        cmocka_unit_test(test_human_shapes),
        cmocka_unit_test(test_human_wide_gutter),
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_github),
        cmocka_unit_test(test_sarif),
        cmocka_unit_test(test_sarif_empty_uri),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
