/*
 * test_lsp.c - the language server's positions and framing (src/lsp/):
 * UTF-16 and UTF-8 columns past text beyond U+FFFF and across invalid
 * bytes, both ways; rkt's character columns; positions past a line's end;
 * URIs with percent escapes; the framing of messages with garbage between
 * them; JSON strings of text that is not UTF-8.  Every expected figure is
 * counted by hand in the comment beside it.
 */
#include "testutil.h"
#include "base/util.h"
#include "lsp/lsp.h"

/* "a😀b\n" then "xé\n": 😀 is 4 bytes (F0 9F 98 80), 2 UTF-16 units,
 * é 2 bytes (C3 A9), 1 unit. */
static const char TEXT[] = "a\xf0\x9f\x98\x80" "b\nx\xc3\xa9" "y\n";

static SrcFile *file(SrcSet *s, const char *t, size_t n)
{
    src_init(s);
    return src_add(s, "t.rkt", t, n);
}

static void position_is(json_t *p, int line, int ch)
{
    assert_int_equal(json_integer_value(json_object_get(p, "line")), line);
    assert_int_equal(json_integer_value(json_object_get(p, "character")), ch);
    json_decref(p);
}

static void test_utf16_offsets(void **state)
{
    SrcSet s;
    SrcFile *f = file(&s, TEXT, sizeof TEXT - 1);
    /* line 0: a (0) 😀 (1..2) b (3): b is byte 5 */
    assert_int_equal(ls_offset(f, 0, 3, false), 5);
    assert_int_equal(ls_offset(f, 0, 1, false), 1);
    /* the middle of the surrogate pair: after the emoji */
    assert_int_equal(ls_offset(f, 0, 2, false), 5);
    /* past the end of line 0: its '\n' at byte 6 */
    assert_int_equal(ls_offset(f, 0, 99, false), 6);
    /* line 1 starts at 7: x (7) é (8..9) y (10): y is unit 2 */
    assert_int_equal(ls_offset(f, 1, 2, false), 10);
    /* past the last line: the end of the text (12 bytes) */
    assert_int_equal(ls_offset(f, 9, 0, false), 12);
    position_is(ls_position(f, 5, false), 0, 3);
    position_is(ls_position(f, 10, false), 1, 2);
    position_is(ls_position(f, 12, false), 2, 0);
    src_free(&s);
}

static void test_utf8_offsets(void **state)
{
    SrcSet s;
    SrcFile *f = file(&s, TEXT, sizeof TEXT - 1);
    assert_int_equal(ls_offset(f, 0, 5, true), 5);     /* bytes: 1 + 4 */
    assert_int_equal(ls_offset(f, 1, 3, true), 10);    /* 7 + 1 + 2 */
    position_is(ls_position(f, 10, true), 1, 3);
    src_free(&s);
}

static void test_char_columns(void **state)
{
    SrcSet s;
    SrcFile *f = file(&s, TEXT, sizeof TEXT - 1);
    /* rkt's column 3 of line 1 is b (the emoji one character): byte 5 */
    assert_int_equal(ls_char_offset(f, 1, 3), 5);
    assert_int_equal(ls_char_offset(f, 2, 3), 10);
    /* an invalid byte (FF) counts one unit and one column */
    SrcSet s2;
    SrcFile *g = file(&s2, "\xff" "a\n", 3);
    assert_int_equal(ls_char_offset(g, 1, 2), 1);
    position_is(ls_position(g, 1, false), 0, 1);
    src_free(&s);
    src_free(&s2);
}

static void test_uris(void **state)
{
    char *p = ls_path_of_uri("file:///tmp/a%20b/%C3%A9.rkt");
    assert_string_equal(p, "/tmp/a b/\xc3\xa9.rkt");
    free(p);
    p = ls_path_of_uri("file://localhost/x.rkt");
    assert_string_equal(p, "/x.rkt");
    free(p);
    assert_null(ls_path_of_uri("untitled:Untitled-1"));
    assert_null(ls_path_of_uri("file://host/x.rkt"));
    assert_null(ls_path_of_uri("file:///a%00b"));        /* a NUL would cut it */
    p = ls_path_of_uri("file:///a%2"); /* a cut escape stays as written */
    assert_string_equal(p, "/a%2");
    free(p);
    char *u = ls_uri_of_path("/nonexistent dir/é.rkt");
    assert_string_equal(u, "file:///nonexistent%20dir/%C3%A9.rkt");
    free(u);
}

static LsRead read_from(const char *bytes, size_t n, char **body, const char **why, FILE **keep)
{
    FILE *f = fmemopen((void *)bytes, n, "r");
    assert_non_null(f);
    size_t len;
    LsRead r = ls_read(f, body, &len, why);
    *keep = f;
    return r;
}

static void test_framing(void **state)
{
    static const char in[] = "\r\nContent-Type: x\r\nContent-Length: 2\r\n\r\n{}"
                             "junk\r\n\r\n"
                             "Content-Length: 9x\r\n\r\n"
                             "garbageContent-Length: 1\r\n\r\n7"
                             "Content-Length: 5\r\n\r\nab";
    FILE *f = fmemopen((void *)in, sizeof in - 1, "r");
    char *body;
    size_t len;
    const char *why = NULL;
    assert_int_equal(ls_read(f, &body, &len, &why), LS_MSG);   /* blank line, other header: fine */
    assert_int_equal(len, 2);
    assert_string_equal(body, "{}");
    free(body);
    assert_int_equal(ls_read(f, &body, &len, &why), LS_BAD);
    assert_string_equal(why, "a header without Content-Length");
    assert_int_equal(ls_read(f, &body, &len, &why), LS_BAD);
    assert_string_equal(why, "Content-Length is not a number");
    assert_int_equal(ls_read(f, &body, &len, &why), LS_MSG);   /* found inside the line */
    assert_string_equal(body, "7");
    free(body);
    assert_int_equal(ls_read(f, &body, &len, &why), LS_EOF);   /* 2 of 5 bytes */
    fclose(f);
    FILE *g;
    assert_int_equal(read_from("", 0, &body, &why, &g), LS_EOF);
    fclose(g);
}

static void test_json_of_bad_utf8(void **state)
{
    json_t *j = ls_strn("a\xff" "b\xc3", 4);
    /* each invalid byte becomes U+FFFD (EF BF BD) */
    assert_string_equal(json_string_value(j), "a\xef\xbf\xbd" "b\xef\xbf\xbd");
    json_decref(j);
    j = ls_str(NULL);
    assert_string_equal(json_string_value(j), "");
    json_decref(j);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf16_offsets), cmocka_unit_test(test_utf8_offsets),
        cmocka_unit_test(test_char_columns), cmocka_unit_test(test_uris),
        cmocka_unit_test(test_framing), cmocka_unit_test(test_json_of_bad_utf8),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
