/*
 * parse_int.h - state shared by the scanner (grammar/rkt.l) and the parser
 * (grammar/rkt.y) while one file is read.  Not part of the public API.
 */
#ifndef RKT_PARSE_INT_H
#define RKT_PARSE_INT_H

#include "front/ast.h"
#include "base/diag.h"
#include "front/parse.h"
#include "base/util.h"

enum { PARSE_MAX_OPEN = 64 };

typedef struct ParseCtx {
    Ast *ast;
    DgList *d;
    SrcFile *f;
    void *scanner;
    struct Sk *skim;         /* in the scanner's place (skim.h), or NULL */
    bool skim_gave_up;       /* it met what only the scanner reads */
    /* scanner position: the byte offset of the next byte to read */
    int byte;
    /* strings */
    Sbuf sb;                 /* text of the string being scanned */
    Sbuf str_prev;           /* scan_only: the text of the last string */
    Span str_start;          /* where it (or its current piece) began */
    int interp;              /* 1 while inside {expr} of a string */
    Span interp_at;          /* the '{' that opened it */
    bool str_in_interp;      /* the string being scanned began inside {expr} */
    /* open braces and parentheses, for "unclosed '{' at line N" hints */
    Span open[PARSE_MAX_OPEN];
    char open_ch[PARSE_MAX_OPEN];
    int nopen;
    int paren_depth;
    int brace_depth;            /* blocks and maps: the tree's depth */
    bool stop;               /* a limit was hit: return end of input */
    bool scan_only;          /* parse_tokens: names point into the scanner's
                              * buffer (valid until the next token), numbers
                              * keep no text */
    bool trivia;             /* parse_file_fmt: comments and blank lines kept */
    bool depth_reported;
    int nerrors;             /* counted by lx_may_report */
    char hint[128];          /* a syntax hint built for one message */
} ParseCtx;

/* Scanner helpers (rkt.l) used by the parser. */
/* Counts an error about to be reported at `at`: false once the file has
 * had PARSE_MAX_ERRORS; the first refused becomes an E002 that stops the
 * scan (a binary file would otherwise report one per byte). */
bool lx_may_report(ParseCtx *c, Span at);
/* The scanner's buffer for f's text: the text itself when it ends in the
 * two NULs flex needs (SrcFile.padded), else a copy.  Flex writes a NUL
 * after each token and puts the byte back when it reads on, so a scan
 * that stops early calls lx_restore, as does anything that reads the
 * text around the current token while the scan is under way. */
void *lx_scan_text(SrcFile *f, void *scanner);
void lx_restore(void *scanner);
/* A bracket opened or closed: the open ones, for the hints, and the
 * limits on nesting. */
int lx_open(ParseCtx *c, char ch, Span at);
int lx_close(ParseCtx *c, char ch, Span at);
void lx_error(ParseCtx *c, const char *code, Span at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* A number ends just before `at`, blanks aside ("80%", "80 %"). */
bool lx_after_number(const ParseCtx *c, int at);
/* "93,04" at the ',' of `at`: the number meant ("93.04") into buf. */
bool lx_decimal_comma(const ParseCtx *c, int at, char *buf, size_t n);

#endif
