/*
 * i18n.h - the language of messages (docs/cli.md "Messages"): English as
 * written in the sources, or Indonesian from the gettext catalogue
 * po/id.po, compiled by msgfmt into <localedir>/id/LC_MESSAGES/rkt.mo.
 *
 * The library reads the .mo file itself instead of calling the C
 * library's gettext: glibc takes the language from process-wide state
 * (the LANGUAGE variable, the locale set by setlocale), so a session
 * asking for Indonesian under LC_ALL=C, or two sessions in two languages
 * on two threads, would need the library to change that state behind its
 * embedder's back.  Here the language is per session; each call of the
 * library makes it the calling thread's (i18n_enter), and the threads a
 * call starts inherit it (i18n_thread).
 *
 * i18n_enter also makes the thread's locale "C" (uselocale) for the
 * call: strtod and printf read and write numbers with a '.' even in a
 * program that set LC_NUMERIC to id_ID.UTF-8.  Nothing process-wide is
 * changed: no setlocale, bindtextdomain, textdomain or setenv.
 */
#ifndef RKT_I18N_H
#define RKT_I18N_H

#include <locale.h>
#include <pthread.h>

typedef struct I18nCat I18nCat;

/* "id" or "en": `bahasa` when it is one of them, else the language of
 * the environment as gettext picks it: the messages locale is LC_ALL,
 * else LC_MESSAGES, else LANG; when it is unset, C or POSIX, English;
 * else the first of LANGUAGE's list (id:en) that is Indonesian or
 * English; else the messages locale's own language. */
const char *i18n_pick(const char *bahasa);

/* The catalogue of `lang` ("id"), from localedir when given, else the
 * first found of: beside the program (the build tree, RKT_LOCALE_BUILD
 * relative to the executable's folder; then ../share/locale, an install
 * moved elsewhere), the installed RKT_LOCALE_DIR.  NULL: English, or no
 * catalogue found (then messages are English, as gettext's are). */
I18nCat *i18n_load(const char *lang, const char *localedir);
void i18n_free(I18nCat *c);
/* The translation of msgid in c, or msgid itself. */
const char *i18n_lookup(const I18nCat *c, const char *msgid) __attribute__((format_arg(2)));

/* Makes c the calling thread's catalogue (NULL: English) and "C" its
 * locale until i18n_leave(the saved state). */
typedef struct I18nSaved {
    const I18nCat *cat;
    locale_t loc;
} I18nSaved;
I18nSaved i18n_enter(const I18nCat *c);
void i18n_leave(I18nSaved s);

/* The thread's translation of msgid; of a message with a plural (n
 * items): Indonesian has one form, English two. */
const char *i18n_tr(const char *msgid) __attribute__((format_arg(1)));
const char *i18n_ntr(const char *one, const char *many, long n)
    __attribute__((format_arg(1), format_arg(2)));
/* English strerror texts (the library never sets LC_MESSAGES, so
 * strerror speaks English) in the thread's language. */
const char *i18n_strerror(int err);

/* pthread_create(th, NULL, fn, arg), the new thread with the calling
 * thread's catalogue and the C locale. */
int i18n_thread(pthread_t *th, void *(*fn)(void *), void *arg);

/* The marks xgettext extracts (Makefile, XGETTEXT_KEYWORDS). */
#define _(s) i18n_tr(s)
#define N_(s) (s)

#endif
