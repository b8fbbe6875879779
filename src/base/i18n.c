/*
 * i18n.c - the language of messages (i18n.h): picking it from the
 * environment as gettext does, reading a GNU .mo catalogue (checked: a
 * damaged or foreign file cannot crash a run), the calling thread's
 * catalogue and locale, threads that inherit them.
 */
#include "base/i18n.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/util.h"

#ifndef RKT_LOCALE_DIR
#define RKT_LOCALE_DIR "/usr/local/share/locale"
#endif
#ifndef RKT_LOCALE_BUILD
#define RKT_LOCALE_BUILD "build/locale"
#endif

/* ---- the language --------------------------------------------------- */

/* "id" for id, id_ID, id_ID.UTF-8, id@..., "en" likewise, else NULL. */
static const char *lang_of(const char *s, size_t n)
{
    static const char *const known[] = {"id", "en"};
    for (size_t i = 0; i < sizeof known / sizeof *known; i++)
        if (n >= 2 && strncmp(s, known[i], 2) == 0 && (n == 2 || strchr("_.@", s[2])))
            return known[i];
    return NULL;
}

static const char *env(const char *name)
{
    const char *v = getenv(name);
    return v && *v ? v : NULL;
}

const char *i18n_pick(const char *bahasa)
{
    if (bahasa && (strcmp(bahasa, "id") == 0 || strcmp(bahasa, "en") == 0))
        return strcmp(bahasa, "id") == 0 ? "id" : "en";
    const char *loc = env("LC_ALL");
    if (!loc)
        loc = env("LC_MESSAGES");
    if (!loc)
        loc = env("LANG");
    if (!loc || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0)
        return "en";
    const char *list = env("LANGUAGE");
    if (list) {
        /* gettext tries each entry; English is the msgids themselves */
        for (const char *p = list; *p;) {
            size_t n = strcspn(p, ":");
            const char *l = lang_of(p, n);
            if (l)
                return l;
            p += n + (p[n] == ':');
        }
        return "en";
    }
    const char *l = lang_of(loc, strlen(loc));
    return l ? l : "en";
}

/* ---- the catalogue -------------------------------------------------- */

typedef struct I18nPair {
    const char *id, *str;
} I18nPair;

struct I18nCat {
    char *data;          /* the file */
    I18nPair *v;         /* sorted by id */
    size_t n;
};

static uint32_t mo_word(const unsigned char *p, int swap)
{
    uint32_t w = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    return swap ? (w >> 24) | ((w >> 8) & 0xff00) | ((w << 8) & 0xff0000) | (w << 24) : w;
}

/* The string at entry i of the table at `table`: in the file and
 * NUL-terminated, or NULL. */
static const char *mo_string(const char *data, size_t size, uint32_t table, uint32_t i, int swap)
{
    uint64_t at = (uint64_t)table + (uint64_t)i * 8;
    if (at + 8 > size)
        return NULL;
    uint32_t len = mo_word((const unsigned char *)data + at, swap);
    uint32_t off = mo_word((const unsigned char *)data + at + 4, swap);
    if ((uint64_t)off + len >= size || data[off + len] != 0)
        return NULL;
    return data + off;
}

/* The argument types of a printf format, one letter per conversion
 * ('*' widths included), into sig; false when it has one rkt never
 * writes (%n, %1$s).  A translation must have its msgid's. */
static bool fmt_sig(const char *s, char *sig, size_t cap)
{
    size_t k = 0;
    for (const char *p = strchr(s, '%'); p; p = strchr(p, '%')) {
        p++;
        if (*p == '%') {
            p++;
            continue;
        }
        char t = 0, len = ' ';
        p += strspn(p, "-+ #0'");
        for (int part = 0; part < 2; part++) {       /* width, precision */
            if (*p == '*') {
                if (k + 1 >= cap)
                    return false;
                sig[k++] = 'i';
                p++;
            }
            p += strspn(p, "0123456789");
            if (part == 0 && *p == '.')
                p++;
            else
                break;
        }
        if (*p == '$')
            return false;
        while (*p && strchr("hlLqjzt", *p))
            len = *p++;
        switch (*p) {
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'c':
            t = len == ' ' || len == 'h' ? 'i' : len; break;
        case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
            t = len == 'L' ? 'D' : 'd'; break;
        case 's': t = 's'; break;
        case 'p': t = 'p'; break;
        default: return false;
        }
        if (k + 1 >= cap)
            return false;
        sig[k++] = t;
        p++;
    }
    sig[k] = 0;
    return true;
}

static bool same_args(const char *id, const char *str)
{
    char a[64], b[64];
    if (!fmt_sig(id, a, sizeof a))
        return !strchr(str, '%');          /* not a format: no conversion */
    return fmt_sig(str, b, sizeof b) && strcmp(a, b) == 0;
}

static int pair_cmp(const void *a, const void *b)
{
    return strcmp(((const I18nPair *)a)->id, ((const I18nPair *)b)->id);
}

static char *read_all(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    Sbuf b;
    sb_init(&b);
    char buf[16384];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0 && b.len < (64u << 20))
        sb_add(&b, buf, n);
    bool bad = ferror(f) || b.len >= (64u << 20);
    fclose(f);
    if (bad || !b.len) {
        sb_free(&b);
        return NULL;
    }
    *size = b.len;
    return sb_take(&b);
}

/* The pairs of a .mo file (the GNU format: magic, revision, count, the
 * offsets of the two string tables); NULL when it is not one.  The
 * header (msgid "") and untranslated or mismatched pairs are left out. */
static I18nCat *mo_parse(char *data, size_t size)
{
    if (size < 28)
        return NULL;
    const unsigned char *u = (const unsigned char *)data;
    int swap = mo_word(u, 0) == 0xde120495u;
    if (mo_word(u, swap) != 0x950412deu || mo_word(u + 4, swap) >> 16 != 0)
        return NULL;
    uint32_t n = mo_word(u + 8, swap), orig = mo_word(u + 12, swap), tran = mo_word(u + 16, swap);
    if (n > size / 16)
        return NULL;
    I18nCat *c = xcalloc(1, sizeof *c);
    c->data = data;
    c->v = xcalloc((size_t)n + 1, sizeof *c->v);
    for (uint32_t i = 0; i < n; i++) {
        const char *id = mo_string(data, size, orig, i, swap);
        const char *str = mo_string(data, size, tran, i, swap);
        if (!id || !str) {
            free(c->v);
            free(c);
            return NULL;
        }
        if (*id && *str && same_args(id, str))
            c->v[c->n++] = (I18nPair){id, str};
    }
    qsort(c->v, c->n, sizeof *c->v, pair_cmp);
    return c;
}

static I18nCat *load_from(const char *dir, const char *lang)
{
    char *path = xasprintf("%s/%s/LC_MESSAGES/rkt.mo", dir, lang);
    size_t size = 0;
    char *data = read_all(path, &size);
    free(path);
    I18nCat *c = data ? mo_parse(data, size) : NULL;
    if (!c)
        free(data);
    return c;
}

/* The folder of the running program, malloc'd, or NULL. */
static char *exe_folder(void)
{
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return NULL;
    buf[n] = 0;
    char *slash = strrchr(buf, '/');
    if (slash)
        *slash = 0;
    return xstrdup(buf);
}

I18nCat *i18n_load(const char *lang, const char *localedir)
{
    if (!lang || strcmp(lang, "en") == 0)
        return NULL;
    if (localedir)
        return load_from(localedir, lang);
    I18nCat *c = NULL;
    char *exe = exe_folder();
    if (exe) {
        char *build = xasprintf("%s/%s", exe, RKT_LOCALE_BUILD);
        char *moved = xasprintf("%s/../share/locale", exe);
        if (!(c = load_from(build, lang)))
            c = load_from(moved, lang);
        free(build);
        free(moved);
        free(exe);
    }
    return c ? c : load_from(RKT_LOCALE_DIR, lang);
}

void i18n_free(I18nCat *c)
{
    if (!c)
        return;
    free(c->v);
    free(c->data);
    free(c);
}

const char *i18n_lookup(const I18nCat *c, const char *msgid)
{
    if (!c || !msgid || !*msgid)
        return msgid;
    I18nPair key = {msgid, NULL};
    const I18nPair *p = bsearch(&key, c->v, c->n, sizeof *c->v, pair_cmp);
    return p ? p->str : msgid;
}

/* ---- the calling thread --------------------------------------------- */

static _Thread_local const I18nCat *cur;

/* glibc hands out its static C locale: nothing to free. */
static locale_t the_c_locale;
static void c_locale_init(void)
{
    the_c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
}

static locale_t c_locale(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, c_locale_init);
    return the_c_locale;
}

I18nSaved i18n_enter(const I18nCat *c)
{
    I18nSaved s = {cur, (locale_t)0};
    cur = c;
    locale_t C = c_locale();
    if (C)
        s.loc = uselocale(C);
    return s;
}

void i18n_leave(I18nSaved s)
{
    cur = s.cat;
    if (s.loc)
        uselocale(s.loc);
}

const char *i18n_tr(const char *msgid)
{
    return i18n_lookup(cur, msgid);
}

const char *i18n_ntr(const char *one, const char *many, long n)
{
    if (!cur)
        return n == 1 ? one : many;
    const char *t = i18n_lookup(cur, one);
    return t != one ? t : n == 1 ? one : many;
}

/* The reasons a run reports (glibc's English texts); others stay English. */
static const char *const errno_text[] = {
    N_("No such file or directory"), N_("Permission denied"), N_("Is a directory"),
    N_("Not a directory"), N_("Too many levels of symbolic links"), N_("File name too long"),
    N_("No space left on device"), N_("Read-only file system"), N_("File exists"),
    N_("Invalid cross-device link"), N_("Operation not permitted"), N_("Input/output error"),
    N_("Too many open files"), N_("Cannot allocate memory"), N_("File too large"),
    N_("Device or resource busy"), N_("Text file busy"), N_("Invalid argument"),
    N_("Disk quota exceeded"),
};

const char *i18n_strerror(int err)
{
    const char *e = strerror(err);
    for (size_t i = 0; i < sizeof errno_text / sizeof *errno_text; i++)
        if (strcmp(e, errno_text[i]) == 0)
            return i18n_tr(errno_text[i]);
    return e;
}

typedef struct I18nStart {
    void *(*fn)(void *);
    void *arg;
    const I18nCat *cat;
} I18nStart;

static void *i18n_start(void *p)
{
    I18nStart st = *(I18nStart *)p;
    free(p);
    i18n_enter(st.cat);     /* the thread ends with its call: nothing to restore */
    return st.fn(st.arg);
}

int i18n_thread(pthread_t *th, void *(*fn)(void *), void *arg)
{
    I18nStart *st = xmalloc(sizeof *st);
    *st = (I18nStart){fn, arg, cur};
    int e = pthread_create(th, NULL, i18n_start, st);
    if (e)
        free(st);
    return e;
}
