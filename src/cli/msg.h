/*
 * msg.h - the command's messages in the language of the run (docs/cli.md
 * "Messages"): `--bahasa id|en` when given (looked for in argv before the
 * options are parsed, so a usage error is in that language too), else
 * the locale's.  The translations are the library's (rkt_gettext, on a
 * session opened for the purpose): one catalogue, one choice of
 * language, for the command and the library alike.
 */
#ifndef RKT_CLI_MSG_H
#define RKT_CLI_MSG_H

#include <stdio.h>

/* Reads --bahasa from argv (the last one given; a bad value is left for
 * the option parser to refuse). */
void cli_lang_init(int argc, char **argv);
/* The --bahasa value, or NULL: the locale decides. */
const char *cli_bahasa(void);
/* msgid in the run's language; the plural form for n. */
const char *cli_tr(const char *msgid) __attribute__((format_arg(1)));
const char *cli_ntr(const char *one, const char *many, long n) __attribute__((format_arg(1), format_arg(2)));
/* A message for xgettext, translated where it is used. */
#define N_(s) (s)

/* strerror(e) in the run's language (the catalogue has the common ones). */
const char *cli_strerror(int e);
/* "id" or "en". */
const char *cli_lang(void);
/* The session's resources, at exit. */
void cli_lang_end(void);

#endif
