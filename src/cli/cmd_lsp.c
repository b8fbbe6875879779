/*
 * cmd_lsp.c - `rkt lsp`: the language server on stdin and stdout
 * (docs/cli.md "Language server"); -I DIR and --akar DIR apply to every
 * document it analyses.
 */
#include <stdio.h>

#include "cli/cmd.h"

int cmd_lsp(const RktOpts *o)
{
    if (o->nfiles > 0) {
        rkt_textf(stderr, "rkt: lsp takes no FILE ('%s'); an editor starts it as 'rkt lsp'\n", o->files[0]);
        return EXIT_USAGE;
    }
    /* One thread: a document and its imports are a few files, and a
     * change is answered sooner without starting workers. */
    rkt_options opt = {.search_path = o->incdirs, .nsearch_path = o->nincdirs, .root = o->akar, .threads = 1};
    return rkt_lsp(&opt, stdin, stdout);
}
