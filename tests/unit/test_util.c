/*
 * test_util.c - unit tests of util.c (arena, Sbuf, JSON escaping, edit
 * distance) and source.c (loading, line map, UTF-8 width).  Atomic writes
 * are cli/outfile.c's: test_outfile.c.
 */
#include "testutil.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/source.h"
#include "base/util.h"

/* ---- arena ---------------------------------------------------------- */

static void test_arena_align_zero(void **state)
{
    Arena *a = ar_new();
    for (size_t n = 0; n < 200; n++) {
        unsigned char *p = ar_alloc(a, n);
        assert_int_equal((uintptr_t)p % 8, 0);
        for (size_t i = 0; i < n; i++)
            assert_int_equal(p[i], 0);
        memset(p, 0xAB, n);   /* must not spill into the next block */
    }
    assert_true(ar_used(a) >= 199 * 200 / 2);
    ar_free(a);
}

static void test_arena_large(void **state)
{
    Arena *a = ar_new();
    char *s1 = ar_alloc(a, 16);
    size_t big = (size_t)1 << 20;
    unsigned char *p = ar_alloc(a, big);
    assert_int_equal((uintptr_t)p % 8, 0);
    for (size_t i = 0; i < big; i += 4096)
        assert_int_equal(p[i], 0);
    p[big - 1] = 1;
    /* The big block has its own chunk: small ones go on where they were. */
    char *s2 = ar_alloc(a, 16);
    assert_ptr_equal(s2, s1 + 16);
    /* Many small blocks fill several chunks. */
    for (int i = 0; i < 100000; i++)
        assert_non_null(ar_alloc(a, 24));
    assert_int_equal(ar_used(a), 16 + big + 16 + 100000 * 24);
    ar_free(a);
}

static void test_arena_strings(void **state)
{
    Arena *a = ar_new();
    assert_string_equal(ar_strdup(a, "sasaran"), "sasaran");
    assert_string_equal(ar_strndup(a, "IKSP3 rest", 5), "IKSP3");
    assert_string_equal(ar_strndup(a, "ab", 10), "ab");
    assert_string_equal(ar_printf(a, "%s-%d", "TW", 2), "TW-2");
    assert_string_equal(ar_printf(a, "%s", ""), "");
    ar_free(a);
    ar_free(NULL);
}

/* ---- Sbuf ----------------------------------------------------------- */

static void test_sbuf(void **state)
{
    Sbuf b;
    sb_init(&b);
    assert_string_equal(b.s, "");
    sb_puts(&b, "ab");
    sb_putc(&b, 'c');
    sb_add(&b, "defXXX", 3);
    assert_string_equal(b.s, "abcdef");
    for (int i = 0; i < 100; i++)
        sb_printf(&b, "%03d", i);
    assert_int_equal(b.len, 6 + 300);
    assert_int_equal(strlen(b.s), b.len);
    assert_memory_equal(b.s + b.len - 6, "098099", 6);
    char *s = sb_take(&b);
    assert_null(b.s);
    assert_int_equal(b.len, 0);
    free(s);
    sb_puts(&b, "again");   /* usable after take */
    assert_string_equal(b.s, "again");
    sb_free(&b);

    Sbuf z = {0};   /* zero-initialised works as well */
    char *e = sb_take(&z);
    assert_string_equal(e, "");
    free(e);
}

static char *json(const char *s)
{
    Sbuf b;
    sb_init(&b);
    sb_json_str(&b, s);
    return sb_take(&b);
}

static void check_json(const char *in, const char *want)
{
    char *got = json(in);
    assert_string_equal(got, want);
    free(got);
}

static void test_json_escape(void **state)
{
    check_json("plain", "\"plain\"");
    check_json("", "\"\"");
    check_json(NULL, "null");
    check_json("a\"b\\c/d", "\"a\\\"b\\\\c/d\"");
    check_json("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"");
    /* Every control character is escaped: C0, DEL, C1 (U+0085 NEL, U+009B
     * CSI), and U+2028, U+2029 (line ends to JavaScript). */
    check_json("\x01\x1f\x7f", "\"\\u0001\\u001f\\u007f\"");
    check_json("a\xc2\x85" "b\xc2\x9b" "31m\xc2\x9f\xc2\xa0", "\"a\\u0085b\\u009b31m\\u009f\xc2\xa0\"");
    check_json("x\xe2\x80\xa8y\xe2\x80\xa9z\xe2\x80\xa7", "\"x\\u2028y\\u2029z\xe2\x80\xa7\"");
    check_json("\x1b[31mmerah\x1b[0m", "\"\\u001b[31mmerah\\u001b[0m\"");
    check_json("capaian ≥ 80% — ok 😀", "\"capaian ≥ 80% — ok 😀\"");
    check_json("Bogor é", "\"Bogor é\"");
    /* Ill-formed UTF-8: a lone continuation, a truncated sequence, an
     * overlong '/', a surrogate. */
    check_json("a\x80z", "\"a\\ufffdz\"");
    check_json("a\xe2\x82", "\"a\\ufffd\\ufffd\"");
    check_json("\xc0\xaf", "\"\\ufffd\\ufffd\"");
    check_json("\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\"");
}

/* ---- xmalloc family ------------------------------------------------- */

static void test_xalloc(void **state)
{
    char *s = xasprintf("%s:%d", "rkt", 14);
    assert_string_equal(s, "rkt:14");
    free(s);
    s = xstrndup("abcdef", 3);
    assert_string_equal(s, "abc");
    s = xrealloc(s, 100);
    assert_string_equal(s, "abc");
    free(s);
    s = xstrdup("");
    assert_string_equal(s, "");
    free(s);
    int *z = xcalloc(10, sizeof *z);
    for (int i = 0; i < 10; i++)
        assert_int_equal(z[i], 0);
    free(z);
    free(xmalloc(0));
}

/* ---- edit distance -------------------------------------------------- */

static void test_edit_distance(void **state)
{
    assert_int_equal(edit_distance("kitten", "sitting", 5), 3);
    assert_int_equal(edit_distance("kitten", "sitting", 2), 3);  /* capped */
    assert_int_equal(edit_distance("", "", 0), 0);
    assert_int_equal(edit_distance("abc", "", 5), 3);
    assert_int_equal(edit_distance("", "abc", 1), 2);   /* length quick exit */
    assert_int_equal(edit_distance("maksimal", "maksimal", 0), 0);
    assert_int_equal(edit_distance("maksimal", "maksimla", 3), 2);
    assert_int_equal(edit_distance("minimal", "maksimal", 1), 2);
    assert_int_equal(edit_distance("a", "b", -3), 1);
    /* Longer than the stack buffer. */
    char a[201], b[201];
    memset(a, 'x', 200);
    memset(b, 'x', 200);
    a[200] = b[200] = '\0';
    b[100] = 'y';
    assert_int_equal(edit_distance(a, b, 3), 1);
}

/* The whole table, for checking the banded one against. */
static int full_distance(const char *a, const char *b, int max)
{
    int la = (int)strlen(a), lb = (int)strlen(b), d[16][16];
    for (int i = 0; i <= la; i++)
        for (int j = 0; j <= lb; j++) {
            if (!i || !j) {
                d[i][j] = i + j;
                continue;
            }
            int v = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < v) v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
            d[i][j] = v;
        }
    return d[la][lb] > max ? max + 1 : d[la][lb];
}

/* The band |i - j| <= max gives the same answer as the whole table, and
 * a long pair costs its length times the band, not the product of the
 * lengths (100,000 by 100,000 would be 10^10 cells). */
static void test_edit_distance_band(void **state)
{
    unsigned seed = 12345;
    char a[16], b[16];
    for (int k = 0; k < 20000; k++) {
        int la = (int)((seed = seed * 1103515245 + 12345) >> 16) % 13;
        int lb = (int)((seed = seed * 1103515245 + 12345) >> 16) % 13;
        for (int i = 0; i < la; i++)
            a[i] = (char)('a' + ((seed = seed * 1103515245 + 12345) >> 16) % 3);
        for (int i = 0; i < lb; i++)
            b[i] = (char)('a' + ((seed = seed * 1103515245 + 12345) >> 16) % 3);
        a[la] = b[lb] = '\0';
        int max = (int)((seed = seed * 1103515245 + 12345) >> 16) % 7;
        if (edit_distance(a, b, max) != full_distance(a, b, max))
            fail_msg("edit_distance(\"%s\", \"%s\", %d) = %d, want %d", a, b, max,
                     edit_distance(a, b, max), full_distance(a, b, max));
    }
    size_t n = 100000;
    char *x = malloc(n + 1), *y = malloc(n + 1);
    assert_non_null(x);
    assert_non_null(y);
    memset(x, 'q', n);
    memset(y, 'q', n);
    x[n] = y[n] = '\0';
    y[n / 2] = 'r';
    y[n / 3] = 'r';
    assert_int_equal(edit_distance(x, y, 3), 2);
    assert_int_equal(edit_distance(x, y, 1), 2);
    free(x);
    free(y);
}

/* ---- source --------------------------------------------------------- */

static void check_line(SrcFile *f, int line, const char *want)
{
    size_t len;
    const char *p = src_line(f, line, &len);
    if (!want) {
        assert_null(p);
        return;
    }
    assert_non_null(p);
    assert_int_equal(len, strlen(want));
    assert_memory_equal(p, want, len);
}

static void test_src_lines(void **state)
{
    SrcSet s;
    src_init(&s);
    SrcFile *a = src_add(&s, "a.rkt", "one\ntwo\nthree", 13);
    SrcFile *b = src_add(&s, "b.rkt", "one\ntwo\n", 8);
    SrcFile *c = src_add(&s, "c.rkt", "one\r\n\r\nthree\r\n", 14);
    SrcFile *e = src_add(&s, "e.rkt", "", 0);
    assert_int_equal(a->id, 0);
    assert_int_equal(e->id, 3);
    assert_ptr_equal(src_get(&s, 2), c);
    assert_null(src_get(&s, 4));
    assert_null(src_get(&s, -1));

    check_line(a, 0, NULL);
    check_line(a, 1, "one");
    check_line(a, 3, "three");
    check_line(a, 4, NULL);
    assert_int_equal(a->nlines, 3);

    check_line(b, 2, "two");
    check_line(b, 3, "");      /* where an end-of-file error points */
    check_line(b, 4, NULL);
    assert_int_equal(b->nlines, 2);

    check_line(c, 1, "one");
    check_line(c, 2, "");
    check_line(c, 3, "three");
    assert_int_equal(c->nlines, 3);

    check_line(e, 1, "");
    check_line(e, 2, NULL);
    assert_int_equal(e->nlines, 0);
    assert_string_equal(a->path, "a.rkt");
    assert_string_equal(a->real, "a.rkt");
    src_free(&s);
}

static void test_src_load(void **state)
{
    SrcSet s;
    src_init(&s);
    char *err = NULL;
    assert_null(src_load(&s, "no/such/x.rkt", &err));
    assert_string_equal(err, "cannot read 'no/such/x.rkt': No such file or directory");
    free(err);
    err = NULL;
    assert_null(src_load(&s, "/", &err));   /* a directory */
    assert_non_null(strstr(err, "cannot read '/': "));
    free(err);

    char path[] = "/tmp/rkt-src-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, "a\0b\n", 4), 4);   /* NUL kept, len exact */
    close(fd);
    SrcFile *f = src_load(&s, path, &err);
    assert_non_null(f);
    assert_int_equal(f->len, 4);
    assert_memory_equal(f->text, "a\0b\n", 5);
    assert_string_equal(f->path, path);
    assert_true(f->real[0] == '/');
    /* read at most max bytes: a longer file is cut there, NUL-terminated */
    f = src_load_as(&s, path, path, 3, &err);
    assert_non_null(f);
    assert_int_equal(f->len, 3);
    assert_memory_equal(f->text, "a\0b", 4);
    unlink(path);
    src_free(&s);
}

static void test_utf8_width(void **state)
{
    assert_int_equal(utf8_width("", 0), 0);
    assert_int_equal(utf8_width("target", 6), 6);
    assert_int_equal(utf8_width("é", strlen("é")), 1);
    assert_int_equal(utf8_width("≥ 80", strlen("≥ 80")), 4);
    assert_int_equal(utf8_width("😀x", strlen("😀x")), 2);
}

/* utf8_check: text, the first byte that is not, UTF-16; across the
 * eight-byte fast path's boundaries. */
static void test_utf8_check(void **state)
{
    (void)state;
    Utf8Check c;
    utf8_check("", 0, &c);
    assert_int_equal(c.bad, 0);
    assert_int_equal(c.first, 0);
    const char *t = "satuan persen : persen  # Kepala \xE2\x80\x9C" "Balai\xE2\x80\x9D\n";
    utf8_check(t, strlen(t), &c);
    assert_int_equal(c.bad, 0);
    assert_int_equal(c.first, strlen(t));
    assert_false(c.utf16);
    /* a NUL at every place of a 20-byte ASCII run */
    for (size_t at = 0; at < 20; at++) {
        char buf[20];
        memset(buf, 'a', sizeof buf);
        buf[at] = '\0';
        utf8_check(buf, sizeof buf, &c);
        assert_int_equal(c.bad, 1);
        assert_int_equal(c.first, at);
        assert_true(c.first_nul);
    }
    /* Windows-1252 quotes: two stray bytes, the first at 9 */
    utf8_check("# Kepala \x93" "Balai\x94", 16, &c);
    assert_int_equal(c.bad, 2);
    assert_int_equal(c.first, 9);
    assert_false(c.first_nul);
    /* an overlong form and a truncated sequence count one byte each */
    utf8_check("\xC0\xAFx\xE2\x80", 5, &c);
    assert_int_equal(c.bad, 4);
    /* UTF-16: a byte-order mark, or NULs on one side of every pair */
    utf8_check("\xFF\xFEs\0a\0", 6, &c);
    assert_true(c.utf16);
    utf8_check("s\0a\0t\0u\0", 8, &c);
    assert_true(c.utf16);
    utf8_check("\0s\0a\0t\0u", 8, &c);
    assert_true(c.utf16);
    utf8_check("sa\0tuan\0", 9, &c);
    assert_false(c.utf16);
}

static void test_span_join(void **state)
{
    Span a = {0, 10, 14};
    Span b = {0, 30, 32};
    Span j = span_join(a, b);
    assert_int_equal(j.file, 0);
    assert_int_equal(j.lo, 10);
    assert_int_equal(j.hi, 32);
    assert_int_equal(span_join(SPAN_NONE, b).lo, 30);
    assert_int_equal(span_join(a, SPAN_NONE).hi, 14);
}

static void check_pos(SrcFile *f, int at, int line, int col)
{
    SrcPos p = src_pos(f, at);
    assert_int_equal(p.line, line);
    assert_int_equal(p.col, col);
}

/* Byte offsets to lines and columns through the line map: columns count
 * characters, a CR is one, the empty line after a last newline exists. */
static void test_src_pos(void **state)
{
    SrcSet s;
    src_init(&s);
    const char *t = "ab\n\xC3\xA9x\r\n\n\t\xE2\x89\xA5";
    SrcFile *f = src_add(&s, "p.rkt", t, strlen(t));
    check_pos(f, 0, 1, 1);
    check_pos(f, 2, 1, 3);          /* the newline itself ends line 1 */
    check_pos(f, 3, 2, 1);
    check_pos(f, 5, 2, 2);          /* after é: two bytes, one column */
    check_pos(f, 6, 2, 3);          /* the CR */
    check_pos(f, 8, 3, 1);          /* the empty line */
    check_pos(f, 9, 4, 1);
    check_pos(f, 13, 4, 3);         /* the end: after a tab and ≥ */
    check_pos(f, 14, 0, 0);         /* outside the text */
    check_pos(f, -1, 0, 0);
    assert_int_equal(src_line_at(f, 0), 1);
    assert_int_equal(src_line_at(f, 13), 4);
    assert_int_equal(src_line_start(f, 3), 8);
    assert_int_equal(src_line_start(f, 5), -1);
    assert_int_equal(f->nlines, 4);

    SrcFile *g = src_add(&s, "q.rkt", "x\n", 2);
    check_pos(g, 2, 2, 1);          /* end of file: the line after the last newline */
    SrcFile *e = src_add(&s, "e.rkt", "", 0);
    check_pos(e, 0, 1, 1);

    Span sp = {f->id, 3, 5};
    assert_int_equal(src_span_lo(&s, sp).line, 2);
    assert_int_equal(src_span_hi(&s, sp).col, 2);
    assert_int_equal(src_span_lo(&s, SPAN_NONE).line, 0);
    assert_int_equal(src_span_lo(&s, SPAN_FILE(f->id)).line, 0);

    /* once the text is forgotten there is no position, and no crash */
    src_forget_text(f);
    check_pos(f, 0, 0, 0);
    assert_null(f->text);
    assert_string_equal(f->path, "p.rkt");
    src_free(&s);
}

/* One character per valid sequence, per maximal subpart of a cut-short
 * one (as the scanner's UPART), per other byte: how columns count. */
static void test_utf8_cols(void **state)
{
    bool valid;
    assert_int_equal(utf8_char_len("\xC3\xA9", 2, &valid), 2);
    assert_true(valid);
    assert_int_equal(utf8_char_len("\xE2\x89" "x", 3, &valid), 2);
    assert_false(valid);
    assert_int_equal(utf8_char_len("\xF0\x90\x80!", 4, &valid), 3);
    assert_false(valid);
    assert_int_equal(utf8_char_len("\xE0\x80", 2, &valid), 1);   /* overlong: E0 needs A0.. */
    assert_false(valid);
    assert_int_equal(utf8_char_len("\x80", 1, &valid), 1);
    assert_false(valid);
    assert_int_equal(utf8_char_len("\xE2\x89", 2, &valid), 2);   /* cut by the end */
    assert_int_equal(utf8_cols("", 0), 0);
    assert_int_equal(utf8_cols("a\xC3\xA9\x80\x80" "b", 6), 5);
    assert_int_equal(utf8_cols("\xE2\x89" "x", 3), 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arena_align_zero),
        cmocka_unit_test(test_arena_large),
        cmocka_unit_test(test_arena_strings),
        cmocka_unit_test(test_sbuf),
        cmocka_unit_test(test_json_escape),
        cmocka_unit_test(test_xalloc),
        cmocka_unit_test(test_edit_distance),
        cmocka_unit_test(test_edit_distance_band),
        cmocka_unit_test(test_src_lines),
        cmocka_unit_test(test_src_load),
        cmocka_unit_test(test_utf8_width),
        cmocka_unit_test(test_utf8_check),
        cmocka_unit_test(test_span_join),
        cmocka_unit_test(test_src_pos),
        cmocka_unit_test(test_utf8_cols),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
