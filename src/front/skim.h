/*
 * skim.h - the catalogue's fast token pass (skim.c): the tokens of a
 * clean file, as the parser's scanner would give them, read by hand.
 */
#ifndef RKT_SKIM_H
#define RKT_SKIM_H

#include <stdbool.h>

#include "front/parse.h"

/* Calls fn for each token of f exactly as parse_tokens would and returns
 * true; or returns false, having called fn for some first tokens, at
 * what only the scanner handles: anything it would report, a string with
 * `{expr}`, a limit.  The caller then forgets those tokens and calls
 * parse_tokens. */
bool sk_tokens(const SrcFile *f, void (*fn)(void *ud, const PtTok *t), void *ud);

/* The i-th keyword it knows, NULL past the last (for its test). */
const char *sk_keyword(int i);

#endif
