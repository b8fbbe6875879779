/*
 * test_escape.c - the escaper of text from input (out/escape.h,
 * out/common.c): each mode on control characters (C0, DEL, C1), bytes
 * that are not UTF-8, and the characters special to Markdown and XML;
 * that TEXT output is clean (escaping it again changes nothing); and
 * out_textf, the printf whose %s arguments are escaped.
 */
#include "testutil.h"

#include "out/escape.h"

static char *esc(const char *s, size_t n, OutEsc how)
{
    Sbuf b;
    sb_init(&b);
    out_esc(&b, s, n, how);
    return sb_take(&b);
}

#define CHECK(how, in, want) check(how, in, sizeof in - 1, want)

static void check(OutEsc how, const char *in, size_t n, const char *want)
{
    char *got = esc(in, n, how);
    assert_string_equal(got, want);
    assert_int_equal(out_esc_clean(in, n, how), strcmp(got, in) == 0 && strlen(in) == n);
    free(got);
}

static void test_text(void **state)
{
    CHECK(OUT_ESC_TEXT, "plain text, 100% — ok 😀", "plain text, 100% — ok 😀");
    CHECK(OUT_ESC_TEXT, "", "");
    CHECK(OUT_ESC_TEXT, "a\nb\rc\td", "a\\nb\\rc\\td");
    CHECK(OUT_ESC_TEXT, "\x1b[31mmerah\x1b[0m", "\\x1b[31mmerah\\x1b[0m");
    CHECK(OUT_ESC_TEXT, "\x01\x07\x08\x1f\x7f", "\\x01\\x07\\x08\\x1f\\x7f");
    /* C1: U+0080, U+0085 (NEL), U+009B (CSI), U+009F; U+00A0 is not one */
    CHECK(OUT_ESC_TEXT, "\xc2\x80|\xc2\x85|\xc2\x9b" "31m|\xc2\x9f|\xc2\xa0",
          "\\x80|\\x85|\\x9b31m|\\x9f|\xc2\xa0");
    /* bytes that are not UTF-8: a lone 0x9B (CSI to an 8-bit terminal),
     * a lone continuation, a cut sequence, an overlong, a surrogate */
    CHECK(OUT_ESC_TEXT, "a\x9b" "1m", "a\\x9b1m");
    CHECK(OUT_ESC_TEXT, "\x80\xe2\x82", "\\x80\\xe2\\x82");
    CHECK(OUT_ESC_TEXT, "\xc0\xaf", "\\xc0\\xaf");
    CHECK(OUT_ESC_TEXT, "\xed\xa0\x80", "\\xed\\xa0\\x80");
    /* a NUL inside the length given */
    CHECK(OUT_ESC_TEXT, "a\0b", "a\\x00b");
    /* markup characters are no business of text */
    CHECK(OUT_ESC_TEXT, "<b>|&\\", "<b>|&\\");
}

/* TEXT output holds no control character, so escaping it again is
 * the identity: a line built from escaped parts may go through again. */
static void test_text_idempotent(void **state)
{
    const char in[] = "x\x1b]0;judul\x07\n\t\xc2\x9b\x9b\xff\x7f y";
    char *once = esc(in, sizeof in - 1, OUT_ESC_TEXT);
    char *twice = esc(once, strlen(once), OUT_ESC_TEXT);
    assert_string_equal(once, twice);
    assert_true(out_esc_clean(once, strlen(once), OUT_ESC_TEXT));
    for (const unsigned char *p = (const unsigned char *)once; *p; p++)
        assert_true(*p >= 0x20 && *p != 0x7f && *p != 0x9b);
    free(once);
    free(twice);
}

static void test_md(void **state)
{
    CHECK(OUT_ESC_MD, "Rasio A|B", "Rasio A\\|B");
    CHECK(OUT_ESC_MD, "<script>alert(1)</script> & co",
          "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    /* a backslash is escaped too, so `\|` in input cannot end a cell */
    CHECK(OUT_ESC_MD, "a\\|b", "a\\\\\\|b");
    CHECK(OUT_ESC_MD, "baris\ndua\x1b[2J", "baris\\ndua\\x1b[2J");
    CHECK(OUT_ESC_MD, "RKT_BKHIT_2025 — ≥ 80", "RKT_BKHIT_2025 — ≥ 80");
}

static void test_csv(void **state)
{
    /* tab, CR and LF stay (the field is quoted), the rest is shown */
    CHECK(OUT_ESC_CSV, "a\tb\r\nc", "a\tb\r\nc");
    CHECK(OUT_ESC_CSV, "\x1b[31m\x7f\xc2\x9b", "\\x1b[31m\\x7f\\x9b");
    CHECK(OUT_ESC_CSV, "=1+2,\"q\"", "=1+2,\"q\"");   /* quoting is the caller's */
}

static void test_xml(void **state)
{
    CHECK(OUT_ESC_XML_TEXT, "a<b>&\"c\"'d'", "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
    /* text: tab and LF as they are, CR a reference (a parser would turn it
     * into LF); an attribute: all three references */
    CHECK(OUT_ESC_XML_TEXT, "a\tb\nc\rd", "a\tb\nc&#13;d");
    CHECK(OUT_ESC_XML_ATTR, "a\tb\nc\rd", "a&#9;b&#10;c&#13;d");
    /* C0 other than those: forbidden in XML 1.0, even as a reference */
    CHECK(OUT_ESC_XML_ATTR, "\x01\x1b[0m\x08", "\\x01\\x1b[0m\\x08");
    /* DEL and C1: allowed as references */
    CHECK(OUT_ESC_XML_TEXT, "\x7f\xc2\x85\xc2\x9b", "&#127;&#133;&#155;");
    /* not UTF-8: U+FFFD, so the document stays well-formed */
    CHECK(OUT_ESC_XML_TEXT, "a\xff" "b\xc0\xaf", "a\xef\xbf\xbd" "b\xef\xbf\xbd\xef\xbf\xbd");
    /* U+FFFE and U+FFFF are not XML characters; U+FFFD is */
    CHECK(OUT_ESC_XML_ATTR, "\xef\xbf\xbe\xef\xbf\xbf\xef\xbf\xbd", "\\uFFFE\\uFFFF\xef\xbf\xbd");
    CHECK(OUT_ESC_XML_TEXT, "Sertifikat — 😀", "Sertifikat — 😀");
}

static void test_puts_dup(void **state)
{
    Capture c;
    FILE *f = cap_open(&c);
    out_esc_puts(f, "a\x1b" "b", OUT_ESC_TEXT);
    out_esc_puts(f, NULL, OUT_ESC_TEXT);
    out_esc_puts(f, "|", OUT_ESC_MD);
    char *s = cap_close(&c);
    assert_string_equal(s, "a\\x1bb\\|");
    free(s);
    s = out_esc_dup("<\n>", OUT_ESC_XML_ATTR);
    assert_string_equal(s, "&lt;&#10;&gt;");
    free(s);
    assert_null(out_esc_dup(NULL, OUT_ESC_TEXT));
}

static char *textf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *textf(const char *fmt, ...)
{
    Capture c;
    FILE *f = cap_open(&c);
    va_list ap;
    va_start(ap, fmt);
    out_vtextf(f, fmt, ap);
    va_end(ap);
    return cap_close(&c);
}

static void test_textf(void **state)
{
    char *s = textf("indikator %s: %s\n", "IKSP1", "uraian\x1b[2J\nbaris");
    assert_string_equal(s, "indikator IKSP1: uraian\\x1b[2J\\nbaris\n");
    free(s);
    s = textf("[%-9s][%9s][%*s][%-*s]", "2025-TW1", "x", 4, "ab", 3, "é");
    assert_string_equal(s, "[2025-TW1 ][        x][  ab][é  ]");
    free(s);
    /* a width counts the escaped text's characters */
    s = textf("[%-6s]", "\t");
    assert_string_equal(s, "[\\t    ]");
    free(s);
    s = textf("%d passed, %d failed, %3d%%, %c%c", 12, -1, 7, 'o', '\n');
    assert_string_equal(s, "12 passed, -1 failed,   7%, o\\n");
    free(s);
    s = textf("%-4d|", 5);
    assert_string_equal(s, "5   |");
    free(s);
}

static void test_sb_textf(void **state)
{
    Sbuf b;
    sb_init(&b);
    out_sb_textf(&b, "'%s' %d", "a\rb", 3);
    assert_string_equal(b.s, "'a\\rb' 3");
    sb_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text),
        cmocka_unit_test(test_text_idempotent),
        cmocka_unit_test(test_md),
        cmocka_unit_test(test_csv),
        cmocka_unit_test(test_xml),
        cmocka_unit_test(test_puts_dup),
        cmocka_unit_test(test_textf),
        cmocka_unit_test(test_sb_textf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
