/*
 * parse.h - entry to the bison parser (grammar/rkt.y) and the flex
 * scanner (grammar/rkt.l).  One call parses one source file into an Ast;
 * syntax errors go to the DgList and parsing recovers to find the rest.
 */
#ifndef RKT_PARSE_H
#define RKT_PARSE_H

#include "front/ast.h"
#include "base/diag.h"

enum {
    PARSE_MAX_BYTES = 64 << 20,    /* one file; past it: E002, exit 2 */
    PARSE_MAX_DEPTH = 200,         /* nesting of expressions and blocks;
                                    * a chain a + b + c counts one */
    PARSE_MAX_HEIGHT = 2000,       /* operators on one path down an
                                    * expression (a chain's terms): what
                                    * the checker's and evaluator's
                                    * recursion needs, a few kB of stack
                                    * a level under the sanitizers */
    PARSE_MAX_ERRORS = 200,        /* errors of one file; the next is E002 */
    PARSE_MAX_NAME = 255           /* bytes of a name (identifier): E008 */
};

/* Whether a diagnostic code is the scanner's or the parser's (E001 to
 * E010): the one definition of "a syntax error". */
bool parse_is_syntax(const char *code);

/* Always returns an Ast (possibly partial); caller frees with ast_free. */
Ast *parse_file(SrcFile *f, DgList *d);
/* parse_file, keeping what the formatter needs besides the tree: the
 * comments and where blank lines stood (Ast.comments, Ast.blanks).  The
 * plain parse_file keeps neither and pays nothing for them. */
Ast *parse_file_fmt(SrcFile *f, DgList *d);

/* A token as the catalogue sees it (front/catalog.c): its kind, from the
 * parser's token numbers (parse_tok.h), the text of a name or string
 * (valid during the call), a number's value, and where it stands. */
typedef struct PtTok {
    int kind;
    const char *text;
    double num;
    Span at;
} PtTok;

/* Calls fn for each token of f, scanned by the parser's own scanner; no
 * tree is kept and nothing is reported. */
void parse_tokens(SrcFile *f, void (*fn)(void *ud, const PtTok *t), void *ud);

#endif
