/*
 * skim.h - the catalogue's fast token pass (skim.c): the tokens of a
 * clean file, as the parser's scanner would give them, read by hand.
 */
#ifndef RKT_SKIM_H
#define RKT_SKIM_H

#include <stdbool.h>

#include "front/parse_int.h"
#include "rkt.tab.h"

enum { SK_STOP = -1 };          /* no token, the skim gives up (YYEOF is 0) */

/* Calls fn for each token of f exactly as parse_tokens would and returns
 * true; or returns false, having called fn for some first tokens, at
 * what only the scanner handles: anything it would report, a string or
 * a `{` inside a string's `{expr}`, a limit.  The caller then forgets
 * those tokens and calls parse_tokens.
 *
 * fn returning true on a '{' passes over that block: the next token it
 * is given is the block's own '}' (or none, the block open at the end),
 * as if it had ignored the scanner's tokens in between.  The bytes
 * passed over are read only as far as braces need: strings, comments
 * and brackets as the scanner reads them, and any byte the scanner
 * would stop at (a control character, non-ASCII outside a string or a
 * comment, a stray character) still gives up; a malformed number, name
 * or period in between does not, since it moves no brace. */
typedef bool (*SkFn)(void *ud, const PtTok *t);
bool sk_tokens(const SrcFile *f, SkFn fn, void *ud);

/* The parser's lexer over a file the skim took whole (SrcFile.skimmed),
 * in place of the scanner: the tokens, values and spans the scanner's
 * actions give, and ctx's brackets kept as they keep them.  SK_STOP
 * where the skim gives up (the text is not the one it took): the parse
 * is then thrown away and made again with the scanner (parse_run). */
typedef struct Sk Sk;
Sk *sk_open(const SrcFile *f, ParseCtx *ctx);
int sk_lex(Sk *k, YYSTYPE *v, Span *at);
void sk_close(Sk *k);

/* The i-th keyword it knows, NULL past the last (for its test). */
const char *sk_keyword(int i);

#endif
