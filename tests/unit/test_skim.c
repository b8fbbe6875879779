/*
 * test_skim.c - the catalogue's fast token pass (src/front/skim.c)
 * against the scanner it stands in for (parse_tokens, grammar/rkt.l).
 *
 * The contract of skimdiff.h (the same tokens, the same parse; giving
 * up only where the scanner reports, or at a string or `{` inside a
 * string's `{expr}`), so the skim can
 * neither differ nor give up on a clean file, where the speed is.  The
 * inputs: snippets at each rule's edge and limit, every keyword of the
 * scanner's rules, every .rkt file of the repository, and 400 mutations
 * of each (one to three bytes replaced, inserted or deleted, drawn from
 * the bytes the rules turn on).
 */
#include "testutil.h"

#include <ftw.h>

#include "skimdiff.h"

/* The contract on one text (skimdiff.h); whether the skim took it. */
static bool check_text(const char *text, size_t len, const char *what)
{
    bool taken;
    char *why = skim_diff(text, len, what, &taken);
    if (why)
        fail_msg("%s", why);
    return taken;
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
        /* interpolations: pieces, several, an expression across lines
         * and with a comment in it, escapes beside them */
        "\"a {x} b\"", "\"{x}\"", "\"{x}{y}\"", "\"t {f(1, 2)} m {b + c * 2} e\"",
        "\"a {x\n  # c\n} b\" z", "\"\\{ {x} \\} \xC3\xA9 {y}\"", "m \"{x}\" \"plain\" \"{y} e\"",
        "",
        " \n\t\r",
    };
    for (size_t i = 0; i < sizeof clean / sizeof *clean; i++)
        assert_true(check(clean[i]));
    /* left to the scanner: each an error of its, or a string or `{`
     * inside an interpolation */
    const char *hard[] = {
        "\"a {\"b\"} c\"", "\"a {{x}} b\"", "\"a {x", "\"a {x} b", "\"a {x} b\n\"", "\"a {x}\\q\"",
        "\"open", "\"line\nbreak\"", "\"\\q\"", "\"\\", "\"\x01\"", "\"\xC3\"",
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
