/*
 * msg.c - the command's messages (msg.h): the language of the run and
 * the translation of the command's own texts, through the library.
 */
#include "cli/msg.h"

#include <stdlib.h>
#include <string.h>

#include "rkt.h"

static const char *bahasa;
static rkt_session *msgs;       /* opened by cli_lang_init, for its catalogue */

static rkt_session *session(void);

void cli_lang_init(int argc, char **argv)
{
    for (int i = 2; i < argc; i++) {
        if (strncmp(argv[i], "--bahasa=", 9) == 0)
            bahasa = argv[i] + 9;
        else if (strcmp(argv[i], "--bahasa") == 0 && i + 1 < argc)
            bahasa = argv[++i];
    }
    if (bahasa && strcmp(bahasa, "id") != 0 && strcmp(bahasa, "en") != 0)
        bahasa = NULL;
    session();              /* now: opening it later could change errno */
}

const char *cli_bahasa(void)
{
    return bahasa;
}

static rkt_session *session(void)
{
    if (!msgs) {
        rkt_options o = {.bahasa = bahasa};
        msgs = rkt_open(&o);
    }
    return msgs;
}

const char *cli_tr(const char *msgid)
{
    return rkt_gettext(session(), msgid);
}

const char *cli_ntr(const char *one, const char *many, long n)
{
    const char *t = rkt_gettext(session(), one);
    return t != one ? t : n == 1 ? one : many;
}

const char *cli_strerror(int e)
{
    return cli_tr(strerror(e));
}

const char *cli_lang(void)
{
    return rkt_language(session());
}

void cli_lang_end(void)
{
    rkt_close(msgs);
    msgs = NULL;
}
