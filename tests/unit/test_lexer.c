/*
 * test_lexer.c - unit tests of the scanner (grammar/rkt.l, LANGUAGE.md §1)
 * at the level of tokens: numbers, ranges, dated periods, strings and
 * their escapes, interpolation pieces, names and keywords, comments, and
 * the diagnostics the scanner itself reports (E001, E003-E007) with their
 * positions (lines from 1, columns in characters, end exclusive).
 *
 * The scanner is driven directly through lx_scan with a ParseCtx, the way
 * the parser drives it, so every token, value and span can be inspected.
 */
#include "testutil.h"

#include "front/parse_int.h"
#include "base/period.h"
#include "rkt.tab.h"
#define YY_DECL int lx_scan(YYSTYPE *yylval_param, YYLTYPE *yylloc_param, yyscan_t yyscanner)
#include "lex.yy.h"

int lx_scan(YYSTYPE *lval, YYLTYPE *lloc, yyscan_t scanner);

enum { MAXTOK = 64 };

/* The tokens of one text, their values and spans, and the diagnostics. */
typedef struct Lexed {
    SrcSet src;
    DgList d;
    Ast *ast;
    int n;
    int tok[MAXTOK];
    YYSTYPE val[MAXTOK];
    Span at[MAXTOK];
} Lexed;

/* Scans `len` bytes of text (so NUL bytes can be tested) up to the end. */
static Lexed *lex_n(const char *text, size_t len)
{
    Lexed *x = calloc(1, sizeof *x);
    assert_non_null(x);
    src_init(&x->src);
    dg_init(&x->d);
    SrcFile *f = src_add(&x->src, "t.rkt", text, len);
    x->ast = ast_new(f->id);
    ParseCtx ctx = {0};
    ctx.ast = x->ast;
    ctx.d = &x->d;
    ctx.f = f;
    ctx.trivia = true;          /* comments and blank lines, as for fmt */
    sb_init(&ctx.sb);
    yyscan_t sc;
    assert_int_equal(yylex_init_extra(&ctx, &sc), 0);
    ctx.scanner = sc;
    YY_BUFFER_STATE buf = yy_scan_bytes(f->text, (int)f->len, sc);
    for (;;) {
        YYSTYPE v;
        Span s;
        memset(&v, 0, sizeof v);
        int t = lx_scan(&v, &s, sc);
        if (t == YYEOF)
            break;
        assert_true(x->n < MAXTOK);
        x->tok[x->n] = t;
        x->val[x->n] = v;
        x->at[x->n] = s;
        x->n++;
    }
    yy_delete_buffer(buf, sc);
    yylex_destroy(sc);
    sb_free(&ctx.sb);
    return x;
}

static Lexed *lex(const char *text)
{
    return lex_n(text, strlen(text));
}

static void lex_free(Lexed *x)
{
    ast_free(x->ast);
    dg_free(&x->d);
    src_free(&x->src);
    free(x);
}

/* Spans are bytes; lines and columns come from the file's line map. */
static SrcPos lo_of(const Lexed *x, Span s)
{
    return src_span_lo(&x->src, s);
}

static SrcPos hi_of(const Lexed *x, Span s)
{
    return src_span_hi(&x->src, s);
}

static void assert_span_in(const Lexed *x, Span s, int l1, int c1, int l2, int c2)
{
    assert_int_equal(lo_of(x, s).line, l1);
    assert_int_equal(lo_of(x, s).col, c1);
    assert_int_equal(hi_of(x, s).line, l2);
    assert_int_equal(hi_of(x, s).col, c2);
}
#define assert_span(s, l1, c1, l2, c2) assert_span_in(x, s, l1, c1, l2, c2)

static void assert_diag(const Lexed *x, int i, const char *code, int line, int col)
{
    assert_true(i < x->d.n);
    assert_string_equal(x->d.v[i].code, code);
    assert_int_equal(lo_of(x, x->d.v[i].span).line, line);
    assert_int_equal(lo_of(x, x->d.v[i].span).col, col);
}

/* ---- numbers -------------------------------------------------------- */

static void test_number_groups(void **state)
{
    Lexed *x = lex("25_945 1_000_000 81.5 0.25 7");
    assert_int_equal(x->d.n, 0);
    assert_int_equal(x->n, 5);
    for (int i = 0; i < 5; i++)
        assert_int_equal(x->tok[i], NUMBER);
    assert_true(x->val[0].num.v == 25945);
    assert_string_equal(x->val[0].num.text, "25_945");
    assert_span(x->at[0], 1, 1, 1, 7);
    assert_true(x->val[1].num.v == 1000000);
    assert_true(x->val[2].num.v == 81.5);
    assert_true(x->val[3].num.v == 0.25);
    assert_true(x->val[4].num.v == 7);
    assert_span(x->at[4], 1, 28, 1, 29);
    lex_free(x);
}

/* Every number reads as strtod reads it, bit for bit: the scanner's fast
 * path (an exact m / 10^e) and its fallback (over 15 digits, over 22
 * decimals) alike.  The numbers: a fixed set at the edges, then 3,000
 * pseudo-random decimals of 1 to 18 digits. */
static void test_number_values_are_strtod(void **state)
{
    static const char *const edge[] = {
        "0", "0.1", "0.2", "0.3", "1.005", "2.675", "91.8", "80.42", "999999999999999",
        "9999999999999999", "123456789012345.6", "0.0000000000000000000001",
        "0.00000000000000000000001", "4503599627370497", "9007199254740993", "1.7976931348623157",
    };
    char text[64];
    uint64_t x = 88172645463325252u;
    for (int i = 0; i < 3000 + (int)(sizeof edge / sizeof *edge); i++) {
        if (i < (int)(sizeof edge / sizeof *edge)) {
            snprintf(text, sizeof text, "%s", edge[i]);
        } else {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            int nd = 1 + (int)(x % 18), point = (int)((x >> 8) % (uint64_t)(nd + 1));
            int k = 0;
            for (int d = 0; d < nd; d++) {
                if (d == point && d > 0)
                    text[k++] = '.';
                text[k++] = (char)('0' + (x >> (16 + d * 2)) % 10);
            }
            text[k] = '\0';
        }
        Lexed *l = lex(text);
        assert_int_equal(l->n, 1);
        assert_int_equal(l->tok[0], NUMBER);
        double want = strtod(text, NULL);
        if (memcmp(&l->val[0].num.v, &want, sizeof want) != 0)
            fail_msg("'%s' read as %.17g, strtod reads %.17g", text, l->val[0].num.v, want);
        lex_free(l);
    }
}

/* `.` is a decimal point only when a digit follows: 2..4 is a range. */
static void test_range_is_not_a_decimal(void **state)
{
    Lexed *x = lex("2..4");
    assert_int_equal(x->d.n, 0);
    assert_int_equal(x->n, 3);
    assert_int_equal(x->tok[0], NUMBER);
    assert_true(x->val[0].num.v == 2);
    assert_int_equal(x->tok[1], DOTDOT);
    assert_span(x->at[1], 1, 2, 1, 4);
    assert_int_equal(x->tok[2], NUMBER);
    assert_true(x->val[2].num.v == 4);
    lex_free(x);

    x = lex("0.5..99.5");
    assert_int_equal(x->n, 3);
    assert_true(x->val[0].num.v == 0.5);
    assert_int_equal(x->tok[1], DOTDOT);
    assert_true(x->val[2].num.v == 99.5);
    lex_free(x);
}

/* There is no thousands dot: 25.945 is one number, twenty-five point
 * nine four five, and keeps its text for the "did you mean" of E012. */
static void test_thousands_dot_is_one_number(void **state)
{
    Lexed *x = lex("target 25.945");
    assert_int_equal(x->d.n, 0);
    assert_int_equal(x->n, 2);
    assert_int_equal(x->tok[0], IDENT);
    assert_int_equal(x->tok[1], NUMBER);
    assert_true(x->val[1].num.v == 25.945);
    assert_string_equal(x->val[1].num.text, "25.945");
    assert_span(x->at[1], 1, 8, 1, 14);
    lex_free(x);
}

static void test_malformed_numbers(void **state)
{
    Lexed *x = lex("25__945 25_ 1_.5");
    assert_int_equal(x->d.n, 3);
    assert_diag(x, 0, "E003", 1, 1);
    assert_diag(x, 1, "E003", 1, 9);
    assert_diag(x, 2, "E003", 1, 13);
    assert_non_null(strstr(x->d.v[0].msg, "'25__945'"));
    /* still numbers, so the parser goes on */
    assert_int_equal(x->tok[0], NUMBER);
    assert_int_equal(x->tok[1], NUMBER);
    lex_free(x);
}

/* A '.' not followed by a digit is not part of a number. */
static void test_lone_dot(void **state)
{
    Lexed *x = lex("100.");
    assert_int_equal(x->n, 1);
    assert_int_equal(x->tok[0], NUMBER);
    assert_true(x->val[0].num.v == 100);
    assert_int_equal(x->d.n, 1);
    assert_diag(x, 0, "E001", 1, 4);
    assert_non_null(strstr(x->d.v[0].msg, "'..'"));
    lex_free(x);
}

/* ---- periods -------------------------------------------------------- */

static void test_dated_periods(void **state)
{
    Lexed *x = lex("2025-TW2 2025-S1 2025-03 2025");
    assert_int_equal(x->d.n, 0);
    assert_int_equal(x->n, 4);
    assert_int_equal(x->tok[0], PERIOD);
    assert_int_equal(x->val[0].period.kind, P_TW);
    assert_int_equal(x->val[0].period.year, 2025);
    assert_int_equal(x->val[0].period.n, 2);
    assert_span(x->at[0], 1, 1, 1, 9);
    assert_int_equal(x->tok[1], PERIOD);
    assert_int_equal(x->val[1].period.kind, P_SEM);
    assert_int_equal(x->val[1].period.n, 1);
    assert_int_equal(x->tok[2], PERIOD);
    assert_int_equal(x->val[2].period.kind, P_MONTH);
    assert_int_equal(x->val[2].period.n, 3);
    /* a bare year is a number; the grammar takes it as a period where one
     * is expected */
    assert_int_equal(x->tok[3], NUMBER);
    assert_true(x->val[3].num.v == 2025);
    lex_free(x);
}

/* `2025 - 3` with spaces is a subtraction, `2025-13` a bad period. */
static void test_subtraction_and_bad_period(void **state)
{
    Lexed *x = lex("2025 - 3");
    assert_int_equal(x->d.n, 0);
    assert_int_equal(x->n, 3);
    assert_int_equal(x->tok[0], NUMBER);
    assert_int_equal(x->tok[1], '-');
    assert_int_equal(x->tok[2], NUMBER);
    lex_free(x);

    x = lex("periode 2025-13");
    assert_int_equal(x->n, 2);
    assert_int_equal(x->tok[1], PERIOD);           /* one token, not 2025 - 13 */
    assert_span(x->at[1], 1, 9, 1, 16);
    assert_int_equal(x->d.n, 1);
    assert_diag(x, 0, "E006", 1, 9);
    assert_int_equal(hi_of(x, x->d.v[0].span).col, 16);
    assert_non_null(strstr(x->d.v[0].msg, "malformed period '2025-13'"));
    lex_free(x);

    x = lex("2025-TW5 2025-S3 2025-00");
    assert_int_equal(x->n, 3);
    assert_int_equal(x->d.n, 3);
    assert_diag(x, 0, "E006", 1, 1);
    assert_diag(x, 1, "E006", 1, 10);
    assert_diag(x, 2, "E006", 1, 18);
    lex_free(x);
}

/* Period words are names; sema validates them where a period is meant. */
static void test_period_words_are_names(void **state)
{
    Lexed *x = lex("TW1 S2 B03");
    assert_int_equal(x->n, 3);
    for (int i = 0; i < 3; i++)
        assert_int_equal(x->tok[i], IDENT);
    assert_string_equal(x->val[2].name.s, "B03");
    lex_free(x);
}

/* ---- names and keywords --------------------------------------------- */

static void test_names_and_keywords(void **state)
{
    Lexed *x = lex("satuan jenis IKU.1.2 _x sasaran2 indikator");
    assert_int_equal(x->d.n, 0);
    assert_int_equal(x->n, 6);
    assert_int_equal(x->tok[0], SATUAN);
    assert_int_equal(x->tok[1], IDENT);             /* a property name, not reserved */
    assert_string_equal(x->val[1].name.s, "jenis");
    assert_int_equal(x->tok[2], IDENT);             /* inner dots join one name */
    assert_string_equal(x->val[2].name.s, "IKU.1.2");
    assert_span(x->at[2], 1, 14, 1, 21);
    assert_int_equal(x->tok[3], IDENT);
    assert_int_equal(x->tok[4], IDENT);             /* a keyword prefix is a name */
    assert_string_equal(x->val[4].name.s, "sasaran2");
    assert_int_equal(x->tok[5], INDIKATOR);
    lex_free(x);
}

/* A trailing dot is not part of the name. */
static void test_name_trailing_dot(void **state)
{
    Lexed *x = lex("IKU.");
    assert_int_equal(x->n, 1);
    assert_string_equal(x->val[0].name.s, "IKU");
    assert_int_equal(x->d.n, 1);
    assert_diag(x, 0, "E001", 1, 4);
    lex_free(x);
}

static void test_operators(void **state)
{
    Lexed *x = lex("== != <= >= < > + - * / = , : ( ) { }");
    int want[] = {EQ, NE, LE, GE, '<', '>', '+', '-', '*', '/', '=', ',', ':', '(', ')', '{', '}'};
    assert_int_equal(x->n, (int)(sizeof want / sizeof want[0]));
    for (int i = 0; i < x->n; i++)
        assert_int_equal(x->tok[i], want[i]);
    assert_int_equal(x->d.n, 0);
    lex_free(x);
}

static void test_unexpected_characters(void **state)
{
    /* a bracketed list is one mistake: one error, and it stands for a
     * number so that the item around it still parses */
    Lexed *x = lex("target 5;\n[ ]");
    assert_int_equal(x->n, 3);
    assert_int_equal(x->tok[2], NUMBER);
    assert_int_equal(x->d.n, 2);
    assert_diag(x, 0, "E001", 1, 9);
    assert_non_null(strstr(x->d.v[0].msg, "items need no terminator"));
    assert_diag(x, 1, "E001", 2, 1);
    assert_non_null(strstr(x->d.v[1].msg, "'{ }'"));
    lex_free(x);

    x = lex("satuan é");
    assert_int_equal(x->d.n, 1);
    assert_diag(x, 0, "E001", 1, 8);
    assert_int_equal(hi_of(x, x->d.v[0].span).col, 9);   /* one character, two bytes */
    assert_non_null(strstr(x->d.v[0].msg, "'é'"));
    lex_free(x);
}

/* ---- strings --------------------------------------------------------- */

static void test_string_escapes(void **state)
{
    Lexed *x = lex("\"a\\\"b\\\\c\\nd\\te\\{f\\}\" x");
    assert_int_equal(x->d.n, 0);
    assert_int_equal(x->n, 2);
    assert_int_equal(x->tok[0], STRING);
    assert_string_equal(x->val[0].text, "a\"b\\c\nd\te{f}");
    /* the span covers the quotes; columns count source characters */
    assert_span(x->at[0], 1, 1, 1, 21);
    assert_int_equal(x->tok[1], IDENT);
    assert_span(x->at[1], 1, 22, 1, 23);
    lex_free(x);
}

static void test_empty_string(void **state)
{
    Lexed *x = lex("\"\"");
    assert_int_equal(x->n, 1);
    assert_int_equal(x->tok[0], STRING);
    assert_string_equal(x->val[0].text, "");
    assert_span(x->at[0], 1, 1, 1, 3);
    lex_free(x);
}

static void test_bad_escape(void **state)
{
    Lexed *x = lex("\"C:\\data\" y");
    assert_int_equal(x->d.n, 1);
    assert_diag(x, 0, "E004", 1, 4);
    assert_int_equal(hi_of(x, x->d.v[0].span).col, 6);
    assert_non_null(strstr(x->d.v[0].msg, "'\\d'"));
    /* the string still ends at its quote */
    assert_int_equal(x->tok[0], STRING);
    assert_int_equal(x->tok[1], IDENT);
    lex_free(x);
}

/* {expr} in a string splits it into pieces with the tokens in between;
 * `\{` is a literal brace. */
static void test_interpolation(void **state)
{
    Lexed *x = lex("\"{kode(i)} baru {capaian(i)}% \\{ok}\"");
    assert_int_equal(x->d.n, 0);
    int want[] = {ISTR_START, IDENT, '(', IDENT, ')', ISTR_MID, IDENT, '(', IDENT, ')', ISTR_END};
    assert_int_equal(x->n, (int)(sizeof want / sizeof want[0]));
    for (int i = 0; i < x->n; i++)
        assert_int_equal(x->tok[i], want[i]);
    assert_string_equal(x->val[0].text, "");
    assert_string_equal(x->val[1].name.s, "kode");
    assert_span(x->at[1], 1, 3, 1, 7);
    assert_string_equal(x->val[5].text, " baru ");
    assert_string_equal(x->val[6].name.s, "capaian");
    assert_span(x->at[6], 1, 18, 1, 25);
    assert_string_equal(x->val[10].text, "% {ok}");
    lex_free(x);
}

static void test_interpolation_with_text_first(void **state)
{
    Lexed *x = lex("\"target {target(IKSP5)}\"");
    assert_int_equal(x->d.n, 0);
    assert_int_equal(x->n, 6);
    assert_int_equal(x->tok[0], ISTR_START);
    assert_string_equal(x->val[0].text, "target ");
    assert_span(x->at[0], 1, 1, 1, 10);            /* `"target {` */
    assert_int_equal(x->tok[5], ISTR_END);
    assert_string_equal(x->val[5].text, "");
    lex_free(x);
}

static void test_unterminated_strings(void **state)
{
    Lexed *x = lex("rkt R \"Rencana\n{ }");
    assert_int_equal(x->d.n, 1);
    assert_diag(x, 0, "E005", 1, 7);
    assert_non_null(strstr(x->d.v[0].msg, "end of the line"));
    /* scanning resumes on the next line */
    assert_int_equal(x->tok[x->n - 2], '{');
    assert_int_equal(lo_of(x, x->at[x->n - 2]).line, 2);
    lex_free(x);

    x = lex("rkt R \"Rencana");
    assert_int_equal(x->d.n, 1);
    assert_diag(x, 0, "E005", 1, 7);
    assert_non_null(strstr(x->d.v[0].msg, "end of the file"));
    lex_free(x);

    x = lex("\"x {kode(1)");
    assert_int_equal(x->d.n, 1);
    assert_string_equal(x->d.v[0].code, "E005");
    assert_non_null(strstr(x->d.v[0].msg, "unterminated '{'"));
    lex_free(x);
}

/* ---- positions after multi-byte text ------------------------------- */

/* Columns count characters: é is 2 bytes, — is 3, each one column. */
static void test_columns_after_multibyte(void **state)
{
    Lexed *x = lex("\"é—x\" salah\n  \"Kantor Bogor — Jawa Barat\" lagi");
    assert_int_equal(x->d.n, 0);
    assert_int_equal(x->n, 4);
    assert_span(x->at[0], 1, 1, 1, 6);
    assert_int_equal(x->at[0].lo, 0);
    assert_int_equal(x->at[0].hi, 8);
    assert_string_equal(x->val[0].text, "é—x");
    assert_span(x->at[1], 1, 7, 1, 12);
    assert_int_equal(x->at[1].lo, 9);
    assert_span(x->at[2], 2, 3, 2, 30);
    assert_span(x->at[3], 2, 31, 2, 35);
    lex_free(x);
}

static void test_tabs_and_lines(void **state)
{
    Lexed *x = lex("\ta\r\n\n  b");
    assert_int_equal(x->n, 2);
    assert_span(x->at[0], 1, 2, 1, 3);                  /* a tab is one column */
    assert_span(x->at[1], 3, 3, 3, 4);
    lex_free(x);
}

/* ---- bytes that are not UTF-8 text ---------------------------------- */

static void test_nul_byte(void **state)
{
    static const char text[] = "satuan y\0 : cacah";
    Lexed *x = lex_n(text, sizeof text - 1);
    assert_int_equal(x->d.n, 1);
    assert_diag(x, 0, "E007", 1, 9);
    assert_non_null(strstr(x->d.v[0].msg, "NUL byte"));
    /* scanning goes on past it */
    assert_int_equal(x->n, 4);
    assert_int_equal(x->tok[3], IDENT);
    assert_string_equal(x->val[3].name.s, "cacah");
    assert_span(x->at[3], 1, 13, 1, 18);
    lex_free(x);
}

static void test_invalid_utf8(void **state)
{
    Lexed *x = lex("rkt R \"Caf\xE9\" x");
    assert_int_equal(x->d.n, 1);
    assert_diag(x, 0, "E007", 1, 11);
    assert_non_null(strstr(x->d.v[0].msg, "0xE9 in a string"));
    assert_int_equal(x->tok[2], STRING);
    assert_int_equal(x->tok[3], IDENT);
    assert_span(x->at[3], 1, 14, 1, 15);
    lex_free(x);

    x = lex("x \xFF y");
    assert_int_equal(x->d.n, 1);
    assert_diag(x, 0, "E007", 1, 3);
    assert_non_null(strstr(x->d.v[0].msg, "0xFF"));
    assert_span(x->at[1], 1, 5, 1, 6);
    lex_free(x);

    /* a truncated sequence: the lead byte of é without its second byte */
    x = lex("x \xC3 y");
    assert_int_equal(x->d.n, 1);
    assert_diag(x, 0, "E007", 1, 3);
    lex_free(x);
}

static void test_invalid_utf8_in_comment(void **state)
{
    Lexed *x = lex("x # caf\xE9\ny");
    assert_int_equal(x->d.n, 1);
    assert_diag(x, 0, "E007", 1, 8);
    assert_non_null(strstr(x->d.v[0].msg, "in a comment"));
    assert_int_equal(x->n, 2);
    assert_int_equal(lo_of(x, x->at[1]).line, 2);
    lex_free(x);
}

static void test_control_character(void **state)
{
    Lexed *x = lex("x \x01 y \"a\x02\"");
    assert_int_equal(x->d.n, 2);
    assert_diag(x, 0, "E007", 1, 3);
    assert_non_null(strstr(x->d.v[0].msg, "control character 0x01"));
    assert_diag(x, 1, "E007", 1, 9);
    assert_non_null(strstr(x->d.v[1].msg, "0x02 in a string"));
    lex_free(x);
}

/* ---- comments -------------------------------------------------------- */

static void test_comments_kept(void **state)
{
    Lexed *x = lex("# kepala\nsatuan x : cacah  # hitungan — jumlah\n#\n");
    assert_int_equal(x->d.n, 0);
    assert_int_equal(x->n, 4);
    assert_int_equal(x->ast->ncomments, 3);
    assert_string_equal(x->ast->comments[0].text, " kepala");
    assert_span(x->ast->comments[0].span, 1, 1, 1, 9);
    assert_string_equal(x->ast->comments[1].text, " hitungan — jumlah");
    assert_span(x->ast->comments[1].span, 2, 19, 2, 38);
    assert_string_equal(x->ast->comments[2].text, "");
    assert_span(x->ast->comments[2].span, 3, 1, 3, 2);
    lex_free(x);
}

/* A blank line is a run of blanks with two newlines: its start is kept. */
static void test_blank_lines_kept(void **state)
{
    Lexed *x = lex("a\n\nb\n c  \n \t\n\n# k\n\r\n\r\nd\n");
    assert_int_equal(x->d.n, 0);
    assert_int_equal(x->ast->nblanks, 3);
    assert_int_equal(x->ast->blanks[0], 1);     /* after a */
    assert_int_equal(x->ast->blanks[1], 7);     /* after c: "  \n \t\n\n" */
    assert_int_equal(x->ast->blanks[2], 17);    /* after the comment: "\n\r\n\r\n" */
    lex_free(x);
}

/* The parse of every command keeps neither comments nor blank lines. */
static void test_plain_parse_keeps_no_trivia(void **state)
{
    SrcSet src;
    DgList d;
    src_init(&src);
    dg_init(&d);
    const char *t = "# a\n\nsatuan x : cacah  # b\n";
    SrcFile *f = src_add(&src, "t.rkt", t, strlen(t));
    Ast *a = parse_file(f, &d);
    assert_int_equal(a->ncomments, 0);
    assert_int_equal(a->nblanks, 0);
    ast_free(a);
    a = parse_file_fmt(f, &d);
    assert_int_equal(a->ncomments, 2);
    assert_int_equal(a->nblanks, 1);
    assert_int_equal(d.n, 0);
    ast_free(a);
    dg_free(&d);
    src_free(&src);
}

/* A '#' inside a string is text, not a comment. */
static void test_hash_in_string(void **state)
{
    Lexed *x = lex("\"No #1\"");
    assert_int_equal(x->n, 1);
    assert_string_equal(x->val[0].text, "No #1");
    assert_int_equal(x->ast->ncomments, 0);
    lex_free(x);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_number_groups),
        cmocka_unit_test(test_number_values_are_strtod),
        cmocka_unit_test(test_range_is_not_a_decimal),
        cmocka_unit_test(test_thousands_dot_is_one_number),
        cmocka_unit_test(test_malformed_numbers),
        cmocka_unit_test(test_lone_dot),
        cmocka_unit_test(test_dated_periods),
        cmocka_unit_test(test_subtraction_and_bad_period),
        cmocka_unit_test(test_period_words_are_names),
        cmocka_unit_test(test_names_and_keywords),
        cmocka_unit_test(test_name_trailing_dot),
        cmocka_unit_test(test_operators),
        cmocka_unit_test(test_unexpected_characters),
        cmocka_unit_test(test_string_escapes),
        cmocka_unit_test(test_empty_string),
        cmocka_unit_test(test_bad_escape),
        cmocka_unit_test(test_interpolation),
        cmocka_unit_test(test_interpolation_with_text_first),
        cmocka_unit_test(test_unterminated_strings),
        cmocka_unit_test(test_columns_after_multibyte),
        cmocka_unit_test(test_tabs_and_lines),
        cmocka_unit_test(test_nul_byte),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_invalid_utf8_in_comment),
        cmocka_unit_test(test_control_character),
        cmocka_unit_test(test_comments_kept),
        cmocka_unit_test(test_hash_in_string),
        cmocka_unit_test(test_blank_lines_kept),
        cmocka_unit_test(test_plain_parse_keeps_no_trivia),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
