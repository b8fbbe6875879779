/*
 * test_i18n.c - base/i18n.c: the language picked from the environment as
 * gettext picks it, .mo files read and checked (a damaged file, or a
 * translation whose conversions differ from its msgid's, never reaches a
 * printf), the thread's catalogue inherited by the threads it starts.
 */
#include "testutil.h"

#include <unistd.h>

#include "base/i18n.h"

static void env(const char *all, const char *msgs, const char *lang, const char *language)
{
    const char *names[] = {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"};
    const char *vals[] = {all, msgs, lang, language};
    for (int i = 0; i < 4; i++) {
        if (vals[i])
            setenv(names[i], vals[i], 1);
        else
            unsetenv(names[i]);
    }
}

static void test_pick(void **state)
{
    (void)state;
    env(NULL, NULL, NULL, NULL);
    assert_string_equal(i18n_pick(NULL), "en");
    env(NULL, NULL, "C.UTF-8", "id");
    assert_string_equal(i18n_pick(NULL), "id");        /* C.UTF-8 is not C */
    env("C", NULL, "C.UTF-8", "id");
    assert_string_equal(i18n_pick(NULL), "en");        /* LC_ALL=C: LANGUAGE ignored */
    env(NULL, NULL, "POSIX", "id");
    assert_string_equal(i18n_pick(NULL), "en");
    env(NULL, "C", "id_ID.UTF-8", NULL);
    assert_string_equal(i18n_pick(NULL), "en");        /* LC_MESSAGES before LANG */
    env(NULL, NULL, "id_ID.UTF-8", NULL);
    assert_string_equal(i18n_pick(NULL), "id");
    env(NULL, NULL, "id_ID.UTF-8", "fr");
    assert_string_equal(i18n_pick(NULL), "en");        /* the list has no language rkt speaks */
    env(NULL, NULL, "C.UTF-8", "fr:id_ID:en");
    assert_string_equal(i18n_pick(NULL), "id");
    env(NULL, NULL, "C.UTF-8", "en:id");
    assert_string_equal(i18n_pick(NULL), "en");
    env(NULL, NULL, "C.UTF-8", "ind");                 /* not "id" followed by _ . @ */
    assert_string_equal(i18n_pick(NULL), "en");
    env("C", NULL, NULL, NULL);
    assert_string_equal(i18n_pick("id"), "id");        /* --bahasa wins */
    env(NULL, NULL, "id_ID.UTF-8", "id");
    assert_string_equal(i18n_pick("en"), "en");
    assert_string_equal(i18n_pick("jv"), "id");        /* an unknown one: the environment */
    env(NULL, NULL, NULL, NULL);
}

/* A .mo file of n pairs (ids sorted) in dir/xx/LC_MESSAGES/rkt.mo. */
static void write_mo(const char *dir, const char *const *ids, const char *const *strs, int n, size_t cut)
{
    char path[512];
    snprintf(path, sizeof path, "mkdir -p '%s/xx/LC_MESSAGES'", dir);
    assert_int_equal(system(path), 0);
    unsigned char buf[4096] = {0};
    uint32_t w[7] = {0x950412de, 0, (uint32_t)n, 28, 28 + 8 * (uint32_t)n, 0, 0};
    memcpy(buf, w, sizeof w);
    size_t off = 28 + 16 * (size_t)n;
    for (int t = 0; t < 2; t++)
        for (int i = 0; i < n; i++) {
            const char *s = t ? strs[i] : ids[i];
            uint32_t e[2] = {(uint32_t)strlen(s), (uint32_t)off};
            memcpy(buf + 28 + (size_t)t * 8 * (size_t)n + 8 * (size_t)i, e, 8);
            memcpy(buf + off, s, strlen(s) + 1);
            off += strlen(s) + 1;
        }
    snprintf(path, sizeof path, "%s/xx/LC_MESSAGES/rkt.mo", dir);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fwrite(buf, 1, cut && cut < off ? cut : off, f);
    fclose(f);
}

static void test_mo(void **state)
{
    (void)state;
    char dir[] = "/tmp/rkt-i18n.XXXXXX";
    assert_non_null(mkdtemp(dir));
    const char *ids[] = {"%d more error", "%s: %d", "error", "no format", "plain"};
    const char *strs[] = {"%d galat lain", "%d: %s", "galat", "dengan %s", "biasa"};
    write_mo(dir, ids, strs, 5, 0);
    I18nCat *c = i18n_load("xx", dir);
    assert_non_null(c);
    assert_string_equal(i18n_lookup(c, "error"), "galat");
    assert_string_equal(i18n_lookup(c, "%d more error"), "%d galat lain");
    assert_string_equal(i18n_lookup(c, "plain"), "biasa");
    /* conversions in another order, or where the msgid has none: ignored */
    assert_string_equal(i18n_lookup(c, "%s: %d"), "%s: %d");
    assert_string_equal(i18n_lookup(c, "no format"), "no format");
    assert_string_equal(i18n_lookup(c, "absent"), "absent");
    /* the thread's catalogue, and a thread started from it */
    I18nSaved sv = i18n_enter(c);
    assert_string_equal(i18n_tr("error"), "galat");
    assert_string_equal(i18n_ntr("%d more error", "%d more errors", 3), "%d galat lain");
    i18n_leave(sv);
    assert_string_equal(i18n_tr("error"), "error");
    assert_string_equal(i18n_ntr("%d more error", "%d more errors", 3), "%d more errors");
    i18n_free(c);
    /* a file cut short: no catalogue, English */
    write_mo(dir, ids, strs, 5, 60);
    assert_null(i18n_load("xx", dir));
    assert_null(i18n_load("en", dir));
    assert_null(i18n_load("zz", dir));
    char rm[128];
    snprintf(rm, sizeof rm, "rm -rf '%s'", dir);
    assert_int_equal(system(rm), 0);
}

static void *in_thread(void *p)
{
    *(const char **)p = i18n_tr("error");
    return NULL;
}

static void test_thread(void **state)
{
    (void)state;
    /* the catalogue of this build: $(B)/locale, beside this test */
    char dir[4096];
    ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 16);
    assert_true(n > 0);
    dir[n] = 0;
    strcpy(strrchr(dir, '/'), "/locale");
    I18nCat *c = i18n_load("id", dir);
    assert_non_null(c);
    I18nSaved sv = i18n_enter(c);
    const char *got = NULL;
    pthread_t th;
    assert_int_equal(i18n_thread(&th, in_thread, &got), 0);
    pthread_join(th, NULL);
    assert_string_equal(got, "galat");
    i18n_leave(sv);
    assert_int_equal(i18n_thread(&th, in_thread, &got), 0);
    pthread_join(th, NULL);
    assert_string_equal(got, "error");
    i18n_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pick),
        cmocka_unit_test(test_mo),
        cmocka_unit_test(test_thread),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
