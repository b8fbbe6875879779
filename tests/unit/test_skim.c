/*
 * test_skim.c - the catalogue's fast token pass (src/front/skim.c)
 * against the scanner it stands in for (parse_tokens, grammar/rkt.l).
 *
 * One contract, checked on every input here: when sk_tokens accepts a
 * text, its tokens are the scanner's, kind, span, text and value, one for
 * one; when it gives up, what it gave so far is the start of the
 * scanner's tokens, and the text holds what it says it leaves to the
 * scanner: a diagnostic of the scanner's (E001 to E008) or a string with
 * `{expr}`.  So it can neither differ nor give up on a clean file (where
 * the speed is).  And a parse with the skim for its lexer is the
 * scanner's parse, tree and diagnostics, also where the skim gives up
 * half-way (the parse is then made again with the scanner).  The inputs: snippets at each rule's edge, every .rkt
 * file of the repository, and 400 mutations of each (one to three bytes
 * replaced, inserted or deleted, drawn from the bytes the rules turn on).
 */
#include "testutil.h"

#include <ftw.h>

#include "base/diag.h"
#include "base/source.h"
#include "front/fmt.h"
#include "front/parse.h"
#include "front/skim.h"
#include "rkt.tab.h"

typedef struct Tok {
    int kind;
    char *text;
    double num;
    Span at;
} Tok;

typedef struct Toks {
    Tok *v;
    int n, cap;
} Toks;

static void on_tok(void *ud, const PtTok *t)
{
    Toks *ts = ud;
    if (ts->n == ts->cap) {
        ts->cap = ts->cap ? ts->cap * 2 : 64;
        ts->v = realloc(ts->v, (size_t)ts->cap * sizeof *ts->v);
        assert_non_null(ts->v);
    }
    /* a text is valid during the call only: keep a copy (NULL as "") */
    ts->v[ts->n++] = (Tok){t->kind, strdup(t->text ? t->text : ""), t->num, t->at};
}

static void toks_free(Toks *ts)
{
    for (int i = 0; i < ts->n; i++)
        free(ts->v[i].text);
    free(ts->v);
}

static void same_tok(const Tok *a, const Tok *b, const char *what)
{
    if (a->kind != b->kind || a->at.file != b->at.file || a->at.lo != b->at.lo || a->at.hi != b->at.hi ||
        strcmp(a->text, b->text) != 0 || memcmp(&a->num, &b->num, sizeof a->num) != 0)
        fail_msg("%s: scanner %d [%d,%d) \"%s\" %.17g, skim %d [%d,%d) \"%s\" %.17g", what, a->kind, a->at.lo,
                 a->at.hi, a->text, a->num, b->kind, b->at.lo, b->at.hi, b->text, b->num);
}

/* What the scanner leaves to itself in the text: a diagnostic of its own
 * or a string with `{expr}`. */
static bool scanner_only(SrcFile *f, const Toks *flex)
{
    for (int i = 0; i < flex->n; i++)
        if (flex->v[i].kind == ISTR_START)
            return true;
    DgList d;
    dg_init(&d);
    Ast *ast = parse_file(f, &d);
    bool lexical = false;
    for (int i = 0; i < d.n; i++)
        if (strcmp(d.v[i].code, "E009") < 0 && parse_is_syntax(d.v[i].code))
            lexical = true;
    ast_free(ast);
    dg_free(&d);
    return lexical;
}

/* The diagnostics of a parse and, when it has no error, its tree as the
 * formatter prints it, as one text. */
static char *parsed(SrcFile *f, bool skimmed)
{
    f->skimmed = skimmed;
    DgList d;
    dg_init(&d);
    Ast *ast = parse_file(f, &d);
    Sbuf b;
    sb_init(&b);
    if (d.nerr == 0)            /* the formatter prints only whole trees */
        fm_format(ast, f, &b);
    for (int i = 0; i < d.n; i++)
        sb_printf(&b, "\n%s [%d,%d) %s", d.v[i].code, d.v[i].span.lo, d.v[i].span.hi, d.v[i].msg);
    sb_printf(&b, "\n%d errors, %d warnings", d.nerr, d.nwarn);
    ast_free(ast);
    dg_free(&d);
    f->skimmed = false;
    return sb_take(&b);
}

/* The parse with the skim for its lexer is the scanner's, tree and
 * diagnostics, whether the skim reads the text to the end or gives up
 * (then the parse is made again with the scanner). */
static void same_parse(SrcFile *f, const char *what)
{
    char *flex = parsed(f, false), *skim = parsed(f, true);
    if (strcmp(flex, skim) != 0)
        fail_msg("%s: the parse differs with the skim\n--- scanner\n%s\n--- skim\n%s", what, flex, skim);
    free(flex);
    free(skim);
}

/* The contract on one text; whether the skim took it. */
static bool check_text(const char *text, size_t len, const char *what)
{
    SrcSet src;
    src_init(&src);
    SrcFile *f = src_add(&src, what, text, len);
    Toks flex = {0}, skim = {0};
    parse_tokens(f, on_tok, &flex);
    bool ok = sk_tokens(f, on_tok, &skim);
    if (ok && skim.n != flex.n)
        fail_msg("%s: the scanner gives %d tokens, the skim %d", what, flex.n, skim.n);
    if (skim.n > flex.n)
        fail_msg("%s: the skim gave up after %d tokens, the scanner has %d", what, skim.n, flex.n);
    for (int i = 0; i < skim.n; i++)
        same_tok(&flex.v[i], &skim.v[i], what);
    same_parse(f, what);
    if (!ok && !scanner_only(f, &flex))
        fail_msg("%s: the skim gave up on a text the scanner reads cleanly, after %d tokens (%.40s)", what, skim.n,
                 skim.n ? text + skim.v[skim.n - 1].at.lo : text);
    toks_free(&flex);
    toks_free(&skim);
    src_free(&src);
    return ok;
}

static bool check(const char *text)
{
    return check_text(text, strlen(text), text);
}

static void test_edges(void **state)
{
    (void)state;
    /* taken: names, keywords, numbers, periods, operators, strings */
    const char *clean[] = {
        "a.b.c a..b dan..x x1_2 _x rkt rkt.x rkts pk satuan subkegiatan harap",
        "25..30 1_000.5 81.5 0 007 123456789012345 1234567890123456789 0.1234567890123456789",
        "2025-TW1 2025-S2 2025-01..2025-12 2025 - 3 2025-",
        "== != <= >= < > = - + * / , : ( ) { }",
        "\"\" \"a } b\" \"a \\\"b\\\" \\\\ \\n \\t \\{ \\}\" \"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"",
        "x # a comment \xC3\xA9 \x01 \"{\n y\r\n\t z",
        "# only a comment",
        "",
        " \n\t\r",
    };
    for (size_t i = 0; i < sizeof clean / sizeof *clean; i++)
        assert_true(check(clean[i]));
    /* left to the scanner: each an error of its, or an interpolation */
    const char *hard[] = {
        "\"a {x} b\"", "\"open", "\"line\nbreak\"", "\"\\q\"", "\"\\", "\"\x01\"", "\"\xC3\"",
        "\"\xED\xA0\x80\"", "x \xC3\xA9", "# \xFF", "1__0", "1_", "1_.5", "2025-XX", "2025-TW1x", "a . b", ".5",
        "!", "a.", "[1, 2]", ";", "%", "\x7F", "x = 1 \x01", "\xEF\xBB\xBF" "a",
    };
    for (size_t i = 0; i < sizeof hard / sizeof *hard; i++)
        assert_false(check(hard[i]));
    assert_false(check_text("a\0b", 3, "a NUL byte"));
    /* the scanner lets a NUL stand in a comment (lx_comment): so does the skim */
    assert_true(check_text("# a\0b", 5, "a NUL byte in a comment"));
}

/* The limits: a name of PARSE_MAX_NAME bytes is taken, one more is not;
 * so with nesting and a number's length. */
static void test_limits(void **state)
{
    (void)state;
    char buf[1024];
    memset(buf, 'n', PARSE_MAX_NAME);
    buf[PARSE_MAX_NAME] = '\0';
    assert_true(check(buf));
    memset(buf, 'n', PARSE_MAX_NAME + 1);
    buf[PARSE_MAX_NAME + 1] = '\0';
    assert_false(check(buf));
    memset(buf, '7', 63);
    buf[63] = '\0';
    assert_true(check(buf));
    memset(buf, '7', 64);
    buf[64] = '\0';
    assert_false(check(buf));
    for (int deep = PARSE_MAX_DEPTH; deep <= PARSE_MAX_DEPTH + 1; deep++) {
        for (const char *pair = "{}()"; *pair; pair += 2) {
            int k = 0;
            for (int i = 0; i < deep; i++)
                buf[k++] = pair[0];
            for (int i = 0; i < deep; i++)
                buf[k++] = pair[1];
            buf[k] = '\0';
            assert_int_equal(check(buf), deep == PARSE_MAX_DEPTH);
        }
    }
    /* closing more than was opened does not count below zero */
    assert_true(check("} } ) ) { ( ) }"));
}

/* Every keyword of the scanner's rules ("impor" { return IMPOR; }) is
 * one of the skim's, and no other. */
static void test_keywords_agree(void **state)
{
    (void)state;
    char *l = read_repo_file("grammar/rkt.l");
    assert_non_null(l);
    int n = 0;
    for (char *p = l; (p = strstr(p, "\n\"")) != NULL; p++) {
        char word[32];
        int len;
        if (sscanf(p + 1, "\"%31[a-z]\"%n", word, &len) != 1 || !strstr(p + 1 + len, "return"))
            continue;
        if (strchr(p + 1 + len, '\n') < strstr(p + 1 + len, "return"))
            continue;
        n++;
        bool known = false;
        for (int i = 0; sk_keyword(i); i++)
            known |= strcmp(sk_keyword(i), word) == 0;
        if (!known)
            fail_msg("keyword '%s' of grammar/rkt.l is not in skim.c", word);
        assert_true(check(word));
    }
    int mine = 0;
    while (sk_keyword(mine))
        mine++;
    assert_int_equal(n, mine);
    free(l);
}

/* ---- the repository's files, and mutations of them ------------------ */

static int nfiles, ntaken;

static unsigned long rng = 20251201;

static unsigned rnd(unsigned n)
{
    rng = rng * 6364136223846793005UL + 1442695040888963407UL;
    return (unsigned)(rng >> 33) % n;
}

/* One to three edits of the text, each a byte replaced, inserted or
 * deleted. */
static void mutate(const char *text, size_t len, const char *path)
{
    static const char bytes[] = "\"{}\\#._-0123456789aZ \n\t\x80\xC3\xA9\xFF!<=>[]()";
    char *m = malloc(len + 4);
    assert_non_null(m);
    for (int k = 0; k < 400 && len > 0; k++) {
        size_t n = len, at = 0;
        memcpy(m, text, len);
        for (unsigned e = 1 + rnd(3); e > 0 && n > 0; e--) {
            at = rnd((unsigned)n);
            char b = bytes[rnd(sizeof bytes)];      /* the NUL at the end too */
            switch (rnd(3)) {
            case 0: m[at] = b; break;
            case 1: memmove(m + at + 1, m + at, n - at); m[at] = b; n++; break;
            default: memmove(m + at, m + at + 1, n - at - 1); n--; break;
            }
        }
        char what[512];
        snprintf(what, sizeof what, "%s, mutation %d (the last edit at byte %zu)", path, k, at);
        check_text(m, n, what);
    }
    free(m);
}

static int on_file(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    size_t n = strlen(path);
    if (type != FTW_F || n < 4 || strcmp(path + n - 4, ".rkt") != 0)
        return 0;
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    char chunk[4096];
    size_t r;
    while ((r = fread(chunk, 1, sizeof chunk, fp)) > 0)
        fwrite(chunk, 1, r, m);
    fclose(fp);
    fclose(m);
    nfiles++;
    ntaken += check_text(buf, len, path);
    mutate(buf, len, path);
    free(buf);
    return 0;
}

static void test_repository_files(void **state)
{
    (void)state;
    const char *dir = getenv("RKT_SRCDIR");
    char root[4096];
    const char *sub[] = {"examples", "rules", "tests"};
    for (size_t i = 0; i < sizeof sub / sizeof *sub; i++) {
        snprintf(root, sizeof root, "%s/%s", dir && *dir ? dir : ".", sub[i]);
        assert_int_equal(nftw(root, on_file, 16, FTW_PHYS), 0);
    }
    print_message("skim: %d .rkt files, %d taken whole\n", nfiles, ntaken);
    assert_true(nfiles > 50);
    assert_true(ntaken > nfiles / 2);   /* the examples are clean, the mistakes not all */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_edges),
        cmocka_unit_test(test_limits),
        cmocka_unit_test(test_keywords_agree),
        cmocka_unit_test(test_repository_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
