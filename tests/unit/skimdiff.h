/*
 * skimdiff.h - the skim's contract on one text (src/front/skim.c against
 * the scanner, grammar/rkt.l), shared by its unit test
 * (tests/unit/test_skim.c) and its fuzzer (tests/fuzz/skim.c, `make
 * fuzz-skim`).
 *
 * When sk_tokens takes a text, its tokens are parse_tokens' one for one
 * (kind, span, text, value); when it gives up, what it gave is the start
 * of the scanner's tokens, and the text holds a diagnostic of the
 * scanner's (E001 to E008) or a string or `{` inside a string's
 * `{expr}`.  And the parse with the skim for its lexer is the scanner's
 * parse, tree (as the formatter prints it) and diagnostics, also where
 * the skim gives up half-way.  Passing over blocks (skim.h), the tokens
 * are the scanner's with those blocks left out (sd_passing).
 */
#ifndef RKT_SKIMDIFF_H
#define RKT_SKIMDIFF_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "base/source.h"
#include "base/util.h"
#include "front/fmt.h"
#include "front/parse.h"
#include "front/skim.h"
#include "rkt.tab.h"

typedef struct SdTok {
    int kind;
    char *text;
    double num;
    Span at;
} SdTok;

typedef struct SdToks {
    SdTok *v;
    int n, cap;
} SdToks;

static inline void sd_keep(SdToks *ts, const PtTok *t)
{
    if (ts->n == ts->cap) {
        ts->cap = ts->cap ? ts->cap * 2 : 64;
        ts->v = xrealloc(ts->v, (size_t)ts->cap * sizeof *ts->v);
    }
    /* a text is valid during the call only: keep a copy (NULL as "") */
    ts->v[ts->n++] = (SdTok){t->kind, xstrdup(t->text ? t->text : ""), t->num, t->at};
}

static inline void sd_on_tok(void *ud, const PtTok *t)
{
    sd_keep(ud, t);
}

static inline bool sd_on_skim(void *ud, const PtTok *t)
{
    sd_keep(ud, t);
    return false;
}

/* Passing over blocks (sk_tokens' fn returning true): the contract's
 * rule passes over every '{' that follows a name or a string inside
 * another block, as the catalogue passes over `indikator X "..." {`, and
 * many more.  sd_rule is told each token given and says whether to pass
 * over the block that token opens. */
typedef struct SdPass {
    SdToks ts;
    int depth;
    int prev;
} SdPass;

static inline bool sd_rule(SdPass *p, int kind)
{
    bool pass = kind == '{' && p->depth >= 1 && (p->prev == IDENT || p->prev == STRING);
    p->depth += kind == '{' ? 1 : kind == '}' ? -1 : 0;
    p->prev = kind;
    return pass;
}

static inline bool sd_on_pass(void *ud, const PtTok *t)
{
    SdPass *p = ud;
    sd_keep(&p->ts, t);
    return sd_rule(p, t->kind);
}

/* The scanner's tokens with the rule's blocks passed over: what the skim
 * must give when fn passes over them.  The tokens move into out. */
static inline void sd_filter(SdToks *flex, SdPass *out)
{
    int inner = -1;             /* depth inside a block passed over; -1: none */
    for (int i = 0; i < flex->n; i++) {
        SdTok *t = &flex->v[i];
        if (inner >= 0 && !(t->kind == '}' && inner == 0)) {
            inner += t->kind == '{' ? 1 : t->kind == '}' ? -1 : 0;
            free(t->text);
            continue;
        }
        inner = -1;
        if (out->ts.n == out->ts.cap) {
            out->ts.cap = out->ts.cap ? out->ts.cap * 2 : 64;
            out->ts.v = xrealloc(out->ts.v, (size_t)out->ts.cap * sizeof *out->ts.v);
        }
        out->ts.v[out->ts.n++] = *t;
        if (sd_rule(out, t->kind))
            inner = 0;
    }
    free(flex->v);
    *flex = (SdToks){0};
}

static inline void sd_free(SdToks *ts)
{
    for (int i = 0; i < ts->n; i++)
        free(ts->v[i].text);
    free(ts->v);
}

static inline bool sd_same(const SdTok *a, const SdTok *b)
{
    return a->kind == b->kind && a->at.file == b->at.file && a->at.lo == b->at.lo && a->at.hi == b->at.hi &&
           strcmp(a->text, b->text) == 0 && memcmp(&a->num, &b->num, sizeof a->num) == 0;
}

/* What the scanner leaves to itself in the text: a diagnostic of its own,
 * or a string or a `{` inside a string's `{expr}` (between an ISTR_START
 * or ISTR_MID and the piece that follows it). */
static inline bool sd_scanner_only(SrcFile *f, const SdToks *flex)
{
    bool in = false;
    for (int i = 0; i < flex->n; i++) {
        int k = flex->v[i].kind;
        if (in && (k == STRING || k == ISTR_START || k == '{'))
            return true;
        if (k == ISTR_START || k == ISTR_MID)
            in = true;
        else if (k == ISTR_END)
            in = false;
    }
    /* an interpolation left open at the end: the scanner's E005 below */
    DgList d;
    dg_init(&d);
    Ast *ast = parse_file(f, &d);
    bool lexical = false;
    for (int i = 0; i < d.n; i++)
        if (strcmp(d.v[i].code, "E009") < 0 && parse_is_syntax(d.v[i].code))
            lexical = true;
    ast_free(ast);
    dg_free(&d);
    return lexical;
}

/* The diagnostics of a parse and, when it has no error, its tree as the
 * formatter prints it, as one text. */
static inline char *sd_parsed(SrcFile *f, bool skimmed)
{
    f->skimmed = skimmed;
    DgList d;
    dg_init(&d);
    Ast *ast = parse_file(f, &d);
    Sbuf b;
    sb_init(&b);
    if (d.nerr == 0)            /* the formatter prints only whole trees */
        fm_format(ast, f, &b);
    for (int i = 0; i < d.n; i++)
        sb_printf(&b, "\n%s [%d,%d) %s", d.v[i].code, d.v[i].span.lo, d.v[i].span.hi, d.v[i].msg);
    sb_printf(&b, "\n%d errors, %d warnings", d.nerr, d.nwarn);
    ast_free(ast);
    dg_free(&d);
    f->skimmed = false;
    return sb_take(&b);
}

/* Passing over blocks: the skim's tokens are the scanner's with those
 * blocks left out; giving up, a first part of them, and only where the
 * skim that reads every token gives up too (plain_ok false).  Consumes
 * flex. */
static inline void sd_passing(SrcFile *f, SdToks *flex, bool plain_ok, const char *what, Sbuf *why)
{
    SdPass want = {0}, got = {0};
    sd_filter(flex, &want);
    bool ok = sk_tokens(f, sd_on_pass, &got);
    if (ok && got.ts.n != want.ts.n)
        sb_printf(why, "%s: passing over blocks, the scanner gives %d tokens, the skim %d", what, want.ts.n,
                  got.ts.n);
    else if (got.ts.n > want.ts.n)
        sb_printf(why, "%s: passing over blocks, the skim gave up after %d tokens, the scanner has %d", what,
                  got.ts.n, want.ts.n);
    else if (!ok && plain_ok)
        sb_printf(why, "%s: passing over blocks, the skim gave up after %d tokens where it reads every token", what,
                  got.ts.n);
    for (int i = 0; i < got.ts.n && i < want.ts.n && !why->len; i++) {
        const SdTok *a = &want.ts.v[i], *b = &got.ts.v[i];
        if (!sd_same(a, b))
            sb_printf(why, "%s: passing over blocks, scanner %d [%d,%d) \"%s\", skim %d [%d,%d) \"%s\"", what,
                      a->kind, a->at.lo, a->at.hi, a->text, b->kind, b->at.lo, b->at.hi, b->text);
    }
    sd_free(&want.ts);
    sd_free(&got.ts);
}

/* NULL when the contract holds on text, else what breaks it (malloc'd);
 * *taken: whether the skim read it whole. */
static inline char *skim_diff(const char *text, size_t len, const char *what, bool *taken)
{
    SrcSet src;
    src_init(&src);
    SrcFile *f = src_add(&src, what, text, len);
    SdToks flex = {0}, skim = {0};
    parse_tokens(f, sd_on_tok, &flex);
    bool ok = *taken = sk_tokens(f, sd_on_skim, &skim);
    Sbuf why;
    sb_init(&why);
    if (ok && skim.n != flex.n)
        sb_printf(&why, "%s: the scanner gives %d tokens, the skim %d", what, flex.n, skim.n);
    else if (skim.n > flex.n)
        sb_printf(&why, "%s: the skim gave up after %d tokens, the scanner has %d", what, skim.n, flex.n);
    for (int i = 0; i < skim.n && i < flex.n && !why.len; i++) {
        const SdTok *a = &flex.v[i], *b = &skim.v[i];
        if (!sd_same(a, b))
            sb_printf(&why, "%s: scanner %d [%d,%d) \"%s\" %.17g, skim %d [%d,%d) \"%s\" %.17g", what, a->kind,
                      a->at.lo, a->at.hi, a->text, a->num, b->kind, b->at.lo, b->at.hi, b->text, b->num);
    }
    if (!why.len) {
        char *p1 = sd_parsed(f, false), *p2 = sd_parsed(f, true);
        if (strcmp(p1, p2) != 0)
            sb_printf(&why, "%s: the parse differs with the skim\n--- scanner\n%s\n--- skim\n%s", what, p1, p2);
        free(p1);
        free(p2);
    }
    if (!why.len && !ok && !sd_scanner_only(f, &flex))
        sb_printf(&why, "%s: the skim gave up on a text the scanner reads cleanly, after %d tokens (%.40s)", what,
                  skim.n, skim.n ? text + skim.v[skim.n - 1].at.lo : text);
    if (!why.len)
        sd_passing(f, &flex, ok, what, &why);
    sd_free(&flex);
    sd_free(&skim);
    src_free(&src);
    if (!why.len) {
        sb_free(&why);
        return NULL;
    }
    return sb_take(&why);
}

#endif
