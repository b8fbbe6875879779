/*
 * test_diag.c - unit tests of diag.c (counting, sorting, "did you mean")
 * and of the four renderers' exact output over in-memory sources.
 */
#include "testutil.h"

#include "out/diag_out.h"
#include "base/util.h"

/* The byte offset of line:col (columns in characters) in file `file`. */
static int byte_of(SrcSet *s, int file, int line, int col)
{
    SrcFile *f = src_get(s, file);
    assert_non_null(f);
    int b = src_line_start(f, line);
    assert_true(b >= 0);
    bool valid;
    for (int k = 1; k < col; k++)
        b += (size_t)b < f->len ? utf8_char_len(f->text + b, f->len - (size_t)b, &valid) : 1;
    return b;
}

/* Spans are bytes (source.h); the tests name them by line and column. */
static Span at(SrcSet *s, int file, int l1, int c1, int l2, int c2)
{
    return (Span){ file, byte_of(s, file, l1, c1), byte_of(s, file, l2, c2) };
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
    dg_emit(&d, "E001", ((Span){1, 20, 21}), "f1 2:1");
    dg_emit(&d, "E002", ((Span){0, 53, 54}), "f0 5:3 first");
    dg_emit(&d, "E003", ((Span){0, 51, 52}), "f0 5:1");
    dg_emit(&d, "E004", SPAN_NONE, "none");
    dg_emit(&d, "E005", ((Span){0, 53, 59}), "f0 5:3 second");
    dg_emit(&d, "E006", ((Span){0, 9, 10}), "f0 1:9");
    dg_sort(&d, NULL);      /* by byte offset within a file */
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
    /* A word longer than DG_NEAREST_MAX has no suggestion, not even one
     * that differs by case only; nor is any distance computed for it. */
    char lng[DG_NEAREST_MAX + 2], up[DG_NEAREST_MAX + 2];
    memset(lng, 'k', sizeof lng - 1);
    memset(up, 'K', sizeof up - 1);
    lng[sizeof lng - 1] = up[sizeof up - 1] = '\0';
    const char *big[] = { up };
    assert_null(dg_nearest(lng, big, 1));
    lng[DG_NEAREST_MAX] = up[DG_NEAREST_MAX] = '\0';
    assert_string_equal(dg_nearest(lng, big, 1), up);
}

/* ---- human ---------------------------------------------------------- */

static void test_human_example(void **state)
{
    SrcSet s;
    setup_plan(&s);
    DgList d;
    dg_init(&d);
    dg_emit(&d, "E012", at(&s, 0, 14, 12, 14, 18),
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
    dg_emit(&d, "W007", at(&s, 0, 15, 37, 15, 42), "unknown word 'salah'");
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
    dg_emit(&d, "I002", SPAN_FILE(0), "whole file");
    /* Runs onto later lines: underline to the end of the first. */
    dg_emit(&d, "E020", at(&s, 0, 16, 11, 17, 2), "block");
    /* Empty span, and a column just past the end of the line. */
    dg_emit(&d, "E021", at(&s, 0, 17, 2, 17, 2), "expected '}'");
    /* End of file: the empty line after the last newline. */
    dg_emit(&d, "E022", at(&s, 0, 18, 1, 18, 1), "unexpected end");
    /* A position beyond the text has no line: no position, no snippet. */
    dg_emit(&d, "E023", ((Span){0, 100000, 100001}), "far");
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
        "rkt: error[E023]: far\n");
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
    dg_emit(&d, "W001", at(&s, 0, 123456, 5, 123456, 6), "w");
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
    dg_emit(d, "W003", at(s, 1, 1, 1, 1, 2), "%s",
            "unused, maybe\nremove 100%");
    dg_emit(d, "E012", at(s, 0, 1, 8, 1, 11), "bad \"satuan\" \\ tab\there");
    dg_emit(d, "I001", SPAN_NONE, "checked 2 files");
    dg_emit(d, "E012", at(s, 0, 1, 1, 1, 7), "second E012");
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
    dg_emit(&d, "W001", at(&s, 1, 1, 1, 1, 2), "w");
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
    dg_emit(&d, "E030", SPAN_FILE(0), "cr\r:,");
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
    dg_emit(&d, "E001", at(&s, 0, 1, 1, 1, 2), "m");
    got = render(DGF_SARIF, &d, &s, false);
    assert_non_null(strstr(got, "\"uri\": \"rencana/rkt%202025%20%C3%A9.rkt\"\n"));
    free(got);
    dg_free(&d);
    src_free(&s);
}

/* ---- settled records ------------------------------------------------- */

/* Render, forget the text, render again: the same bytes in every format. */
static void test_settle(void **state)
{
    SrcSet s;
    setup_plan(&s);
    DgList d;
    dg_init(&d);
    dg_emit(&d, "E012", at(&s, 0, 14, 12, 14, 18), "target 25.945");
    dg_emit(&d, "W007", at(&s, 0, 15, 37, 15, 42), "unknown word 'salah'");
    dg_emit(&d, "E020", at(&s, 0, 16, 11, 17, 2), "block");
    dg_emit(&d, "E022", at(&s, 0, 18, 1, 18, 1), "unexpected end");
    dg_emit(&d, "I002", SPAN_FILE(0), "whole file");
    dg_emit(&d, "E001", SPAN_NONE, "no file");
    const DgFormat fmts[] = { DGF_HUMAN, DGF_JSON, DGF_GITHUB, DGF_SARIF };
    char *before[4];
    for (int i = 0; i < 4; i++)
        before[i] = render(fmts[i], &d, &s, i == 0);
    dg_settle(&d, src_get(&s, 0));
    dg_settle(&d, src_get(&s, 0));          /* twice: nothing changes */
    src_forget_text(src_get(&s, 0));
    for (int i = 0; i < 4; i++) {
        check_render(fmts[i], &d, &s, i == 0, before[i]);
        free(before[i]);
    }
    SrcPos pos, end;
    dg_positions(&d.v[2], &s, &pos, &end);   /* sorted: none, file, then by byte */
    assert_string_equal(d.v[2].code, "E012");
    assert_int_equal(pos.line, 14);
    assert_int_equal(pos.col, 12);
    assert_int_equal(end.col, 18);
    dg_free(&d);
    src_free(&s);
}

/* ---- the per-file limit ---------------------------------------------- */

static void test_limit_per_file(void **state)
{
    Sbuf b;
    sb_init(&b);
    for (int i = 0; i < 300; i++)
        sb_puts(&b, "x\n");
    SrcSet s;
    src_init(&s);
    src_add(&s, "a.csv", b.s, b.len);
    src_add(&s, "b.rkt", "y\n", 2);
    sb_free(&b);
    DgList d;
    dg_init(&d);
    /* rows 300 down to 101 first, then 1 to 100: the first 200 in source
     * order are what is kept, whatever order they were found in */
    for (int i = 299; i >= 100; i--)
        dg_emit(&d, "E402", ((Span){0, 2 * i, 2 * i + 1}), "row %d", i + 1);
    assert_false(dg_keeps(&d, (Span){0, 599, 600}));
    assert_true(dg_keeps(&d, (Span){0, 0, 1}));
    for (int i = 0; i < 100; i++)
        dg_emit(&d, "E402", ((Span){0, 2 * i, 2 * i + 1}), "row %d", i + 1);
    dg_emit(&d, "W401", ((Span){0, 598, 599}), "late warning");
    dg_emit(&d, "E002", ((Span){0, 598, 599}), "a limit is always kept");
    dg_emit(&d, "E001", ((Span){1, 0, 1}), "other file");
    assert_int_equal(d.n, 202);
    assert_int_equal(d.nerr, 302);
    assert_int_equal(d.nwarn, 1);
    assert_int_equal(dg_more(&d, 0, DG_ERROR), 100);
    assert_int_equal(dg_more(&d, 0, DG_WARNING), 1);
    assert_int_equal(dg_more(&d, 1, DG_ERROR), 0);
    dg_sort(&d, &s);
    assert_string_equal(d.v[0].msg, "row 1");
    assert_string_equal(d.v[199].msg, "row 200");
    assert_string_equal(d.v[200].msg, "a limit is always kept");

    /* moved, counts and all */
    DgList to;
    dg_init(&to);
    dg_move(&to, &d);
    assert_int_equal(to.n, 202);
    assert_int_equal(to.nerr, 302);
    assert_int_equal(dg_more(&to, 0, DG_ERROR), 100);

    char *got = render(DGF_HUMAN, &to, &s, false);
    assert_non_null(strstr(got, "a.csv:200:1: error[E402]: row 200\n"
                                "  200 | x\n"
                                "      | ^\n"
                                "a.csv:300:1: error[E002]: a limit is always kept\n"
                                "  300 | x\n"
                                "      | ^\n"
                                "a.csv: 100 more errors and 1 more warning not shown\n"
                                "b.rkt:1:1: error[E001]: other file\n"));
    assert_null(strstr(got, "row 201"));
    free(got);
    got = render(DGF_JSON, &to, &s, false);
    assert_non_null(strstr(got, "\"error_count\":302,\"warning_count\":1,"));
    free(got);
    dg_free(&to);
    src_free(&s);
}

/* ---- nothing raw ----------------------------------------------------- */

/* Control characters of messages, paths and source lines are escaped in
 * the human form, and the caret stays under its character. */
static void test_human_escapes(void **state)
{
    SrcSet s;
    src_init(&s);
    const char *t = "a \x1b[31m \x07 \x7f \xC2\x9B x\n";
    src_add(&s, "ev\x1bil\n.rkt", t, strlen(t));
    src_add(&s, "::error file=x::y", "z\n", 2);
    DgList d;
    dg_init(&d);
    dg_emit(&d, "E001", ((Span){0, 15, 16}), "code '%s'", "\x1b]0;pwn\x07\r\n::error file=x::y\t\xff");
    dg_emit(&d, "E001", ((Span){0, 2, 3}), "esc");
    dg_emit(&d, "E001", ((Span){1, 0, 1}), "z");
    check_render(DGF_HUMAN, &d, &s, false,
        "ev\\x1bil\\n.rkt:1:3: error[E001]: esc\n"
        "    1 | a \\x1b[31m \\x07 \\x7f \\u009b x\n"
        "      |   ^~~~\n"
        "ev\\x1bil\\n.rkt:1:15: error[E001]: code '\\x1b]0;pwn\\x07\\r\\n::error file=x::y\t\\xff'\n"
        "    1 | a \\x1b[31m \\x07 \\x7f \\u009b x\n"
        "      | " "                            ^\n"     /* 28 = a, ESC, [31m, BEL, DEL, C1 shown */
        "./::error file=x::y:1:1: error[E001]: z\n"
        "    1 | z\n"
        "      | ^\n");
    check_render(DGF_GITHUB, &d, &s, false,
        "::error file=ev\\x1bil%0A.rkt,line=1,col=3,endLine=1,endColumn=4,title=E001::esc\n"
        "::error file=ev\\x1bil%0A.rkt,line=1,col=15,endLine=1,endColumn=16,title=E001::"
        "code '\\x1b]0;pwn\\x07%0D%0A::error file=x::y\t\\xff'\n"
        "::error file=%3A%3Aerror file=x%3A%3Ay,line=1,col=1,endLine=1,endColumn=2,title=E001::z\n");
    char *got = render(DGF_JSON, &d, &s, false);
    assert_non_null(strstr(got, "\"message\":\"code '\\u001b]0;pwn\\u0007\\r\\n::error file=x::y\\t\\ufffd'\""));
    assert_non_null(strstr(got, "\"file\":\"ev\\u001bil\\n.rkt\""));
    for (const char *p = got; *p; p++)
        assert_true((unsigned char)*p >= 0x20 || *p == '\n');
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
        cmocka_unit_test(test_settle),
        cmocka_unit_test(test_limit_per_file),
        cmocka_unit_test(test_human_escapes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
