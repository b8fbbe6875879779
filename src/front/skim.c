/*
 * skim.c - the catalogue's fast token pass (skim.h): the tokens of a
 * clean file, read by hand at a few instructions a byte, where the flex
 * scanner (grammar/rkt.l) spends a table step per byte and an action per
 * token that the catalogue does not need.  A rule's message with
 * `{expr}` in it (rules/sakip.rkt has a dozen) is read as the scanner
 * reads it, piece by piece: the standard library is skimmed too.
 *
 * It reads the lexical rules of docs/language.md for the texts that keep
 * them.  Whatever the scanner would report or treat specially (a bad
 * byte, invalid UTF-8, an unknown escape, a malformed number or period,
 * a name past the limit, a stray character, a string left open, nesting
 * past the limit) and a string or a `{` inside a string's `{expr}` make
 * it give up: the caller scans the file again with the scanner, which
 * decides.  So it only ever needs to agree with the scanner on clean
 * text, and tests/unit/skimdiff.h says what agreeing is: test_skim.c
 * checks it on every .rkt file of the tree and on mutations of them,
 * `make fuzz-skim` wherever libFuzzer leads.
 */
#include "front/skim.h"

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/num.h"
#include "base/period.h"
#include "rkt.tab.h"

/* The keywords, as the scanner's rules spell them (grammar/rkt.l);
 * test_skim.c reads that file and checks that the two lists agree. */
static const struct SkWord {
    const char *s;
    unsigned char len;
    short tok;
} sk_words[] = {
    {"impor", 5, IMPOR}, {"satuan", 6, SATUAN}, {"skala", 5, SKALA},
    {"fungsi", 6, FUNGSI}, {"data", 4, DATA}, {"renstra", 7, RENSTRA},
    {"rkt", 3, RKT}, {"pk", 2, PK}, {"tujuan", 6, TUJUAN},
    {"program", 7, PROGRAM}, {"kegiatan", 8, KEGIATAN},
    {"subkegiatan", 11, SUBKEGIATAN}, {"sasaran", 7, SASARAN},
    {"indikator", 9, INDIKATOR}, {"aturan", 6, ATURAN}, {"uji", 3, UJI},
    {"untuk", 5, UNTUK}, {"dalam", 5, DALAM}, {"jika", 4, JIKA},
    {"maka", 4, MAKA}, {"lainnya", 7, LAINNYA}, {"dan", 3, DAN},
    {"atau", 4, ATAU}, {"bukan", 5, BUKAN}, {"dari", 4, DARI},
    {"harap", 5, HARAP},
};

const char *sk_keyword(int i)
{
    return i >= 0 && i < (int)(sizeof sk_words / sizeof *sk_words) ? sk_words[i].s : NULL;
}

/* The keywords by first letter, a few each, -1 after the last. */
static signed char sk_by_letter[26][6];

/* Byte classes: what may continue a name, and what a string holds as it
 * is (printable ASCII but '"', '\\' and '{'; a tab), as in rkt.l's
 * IDCHAR and STRCH; digits, letters and digits, blanks. */
enum { K_ID = 1, K_DIGIT = 2, K_STR = 4, K_ALNUM = 8, K_BLANK = 16, K_PASS = 32 };
static unsigned char sk_class[256];
static pthread_once_t sk_once = PTHREAD_ONCE_INIT;

static void sk_init(void)
{
    for (int c = 0x20; c < 0x7F; c++)
        if (c != '"' && c != '\\' && c != '{')
            sk_class[c] |= K_STR;
    sk_class['\t'] |= K_STR;
    for (int c = '0'; c <= '9'; c++)
        sk_class[c] |= K_ID | K_DIGIT | K_ALNUM;
    for (int c = 'a'; c <= 'z'; c++)
        sk_class[c] |= K_ID | K_ALNUM, sk_class[c - 'a' + 'A'] |= K_ID | K_ALNUM;
    sk_class['_'] |= K_ID;
    sk_class[' '] |= K_BLANK, sk_class['\t'] |= K_BLANK, sk_class['\r'] |= K_BLANK, sk_class['\n'] |= K_BLANK;
    /* what sk_pass steps over: bytes that start no string, comment or
     * bracket, and that the scanner reads without a word (rkt.l) */
    for (int c = 0; c < 256; c++)
        if (sk_class[c] & (K_ID | K_BLANK))
            sk_class[c] |= K_PASS;
    for (const char *p = ".,:-+*/<>="; *p; p++)
        sk_class[(unsigned char)*p] |= K_PASS;
    memset(sk_by_letter, -1, sizeof sk_by_letter);
    for (int w = 0; w < (int)(sizeof sk_words / sizeof *sk_words); w++) {
        signed char *b = sk_by_letter[sk_words[w].s[0] - 'a'];
        int n = 0;
        while (b[n] >= 0)
            n++;
        if (n < 5)              /* a sixth is missed, and test_skim.c says so */
            b[n] = (signed char)w;
    }
}

/* A token as read: a name's or a number's text points into the file
 * (len bytes), a string's into Sk.sb (NUL-terminated). */
typedef struct SkTok {
    int kind;
    const char *text;
    size_t len;
    double num;
    Period period;
    int lo, hi;
} SkTok;

typedef struct Sk {
    const unsigned char *s;
    size_t n;
    size_t i;                   /* the next byte */
    int file;
    int paren, brace;           /* nesting, bounded as lx_open bounds it */
    bool interp;                /* inside a string's {expr} */
    Sbuf sb;                    /* a string's text */
    char name[PARSE_MAX_NAME + 1];  /* sk_tokens: a name, NUL-terminated */
    ParseCtx *ctx;              /* sk_lex: the parse it feeds */
} Sk;

static bool is(const Sk *k, size_t i, int cls)
{
    return i < k->n && (sk_class[k->s[i]] & cls);
}

static int sk_word(const char *s, size_t len)
{
    if (s[0] < 'a' || s[0] > 'z')
        return IDENT;
    for (const signed char *w = sk_by_letter[s[0] - 'a']; *w >= 0; w++)
        if (sk_words[*w].len == len && memcmp(sk_words[*w].s, s, len) == 0)
            return sk_words[*w].tok;
    return IDENT;
}

/* {IDSTART}{IDCHAR}*("."{IDCHAR}+)*: a '.' belongs to the name only
 * when a name character follows it (the scanner gives it back else). */
static int sk_name(Sk *k, SkTok *t)
{
    size_t lo = k->i, j = lo + 1;
    for (;;) {
        while (is(k, j, K_ID))
            j++;
        if (j < k->n && k->s[j] == '.' && is(k, j + 1, K_ID))
            j++;
        else
            break;
    }
    size_t len = j - lo;
    if (len > PARSE_MAX_NAME)
        return SK_STOP;             /* E008 */
    k->i = j;
    t->text = (const char *)k->s + lo;
    t->len = len;
    /* "dan." is a name: the scanner's rule for a name and a '.' that
     * does not continue it is longer than the keyword's, and gives the
     * '.' back (rkt.l) */
    return j < k->n && k->s[j] == '.' ? IDENT : sk_word(t->text, len);
}

/* A number (digits, '_', one '.' followed by a digit) or a dated period
 * (four digits, '-', letters and digits). */
static int sk_number(Sk *k, SkTok *t)
{
    size_t lo = k->i, j = lo;
    const unsigned char *s = k->s;
    if (is(k, lo + 3, K_DIGIT) && is(k, lo + 1, K_DIGIT) && is(k, lo + 2, K_DIGIT) &&
        lo + 4 < k->n && s[lo + 4] == '-' && is(k, lo + 5, K_ALNUM)) {
        for (j = lo + 5; is(k, j, K_ALNUM); j++)
            ;
        if (pd_parse((const char *)s + lo, j - lo, &t->period) != 0)
            return SK_STOP;         /* E006 */
        k->i = j;
        return PERIOD;
    }
    while (is(k, j, K_DIGIT) || (j < k->n && s[j] == '_'))
        j++;
    if (j < k->n && s[j] == '.' && is(k, j + 1, K_DIGIT))
        for (j += 2; is(k, j, K_DIGIT) || (j < k->n && s[j] == '_'); j++)
            ;
    if (!nm_literal((const char *)s + lo, j - lo, &t->num))
        return SK_STOP;             /* E003 */
    t->text = (const char *)s + lo;
    t->len = j - lo;
    k->i = j;
    return NUMBER;
}

/* A piece of string from the byte at `lo` (its `"`, or the `}` that
 * closed an interpolation) to the `"` that ends the string or the `{`
 * that opens an interpolation; its text, escapes read, into k->sb.  The
 * scanner's kinds (rkt.l, lx_string_end): a whole plain string is
 * STRING; a first piece before `{` ISTR_START; a later piece ISTR_MID
 * before `{`, ISTR_END at the quote. */
static int sk_string(Sk *k, SkTok *t, size_t lo)
{
    const unsigned char *s = k->s;
    bool first = s[lo] == '"';
    size_t j = lo + 1;
    sb_clear(&k->sb);
    for (;;) {
        size_t run = j;
        while (is(k, j, K_STR))
            j++;
        if (j > run)
            sb_add(&k->sb, (const char *)s + run, j - run);
        if (j >= k->n)
            return SK_STOP;         /* E005, open at the end */
        unsigned char c = s[j];
        if (c == '"' || c == '{')
            break;
        if (c >= 0x80) {
            int len = utf8_valid_len((const char *)s + j, k->n - j);
            if (len == 0)
                return SK_STOP;     /* E007 */
            sb_add(&k->sb, (const char *)s + j, (size_t)len);
            j += (size_t)len;
            continue;
        }
        if (c != '\\' || j + 1 >= k->n)
            return SK_STOP;         /* a newline, a control character */
        char e;
        switch (s[j + 1]) {
        case '"': e = '"'; break;
        case '\\': e = '\\'; break;
        case 'n': e = '\n'; break;
        case 't': e = '\t'; break;
        case '{': e = '{'; break;
        case '}': e = '}'; break;
        default: return SK_STOP;    /* E004 */
        }
        sb_putc(&k->sb, e);
        j += 2;
    }
    bool opens = s[j] == '{';
    k->interp = opens;
    k->i = j + 1;
    t->text = k->sb.s ? k->sb.s : "";
    t->len = k->sb.len;
    return opens ? (first ? ISTR_START : ISTR_MID) : (first ? STRING : ISTR_END);
}

/* Whether s[0..n) is all ASCII (a NUL too: the scanner lets one stand
 * in a comment), eight bytes at a time: comments are a third or more of
 * a plan's bytes. */
static bool sk_ascii(const unsigned char *s, size_t n)
{
    uint64_t any = 0, w;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, 8);
        any |= w;
    }
    for (; i < n; i++)
        any |= s[i];
    return !(any & UINT64_C(0x8080808080808080));
}

/* A comment runs to the end of the line and must be UTF-8 (E007). */
static bool sk_comment(Sk *k)
{
    const unsigned char *s = k->s;
    size_t lo = k->i + 1;
    const unsigned char *nl = memchr(s + lo, '\n', k->n - lo);
    size_t end = nl ? (size_t)(nl - s) : k->n;
    if (!sk_ascii(s + lo, end - lo))
        for (size_t j = lo; j < end;) {
            if (s[j] < 0x80) {
                j++;
                continue;
            }
            int len = utf8_valid_len((const char *)s + j, end - j);
            if (len == 0)
                return false;
            j += (size_t)len;
        }
    k->i = end;
    return true;
}

/* Operators and brackets; SK_STOP for a character the scanner reports. */
static int sk_punct(Sk *k)
{
    unsigned char c = k->s[k->i], d = k->i + 1 < k->n ? k->s[k->i + 1] : 0;
    int two = c == '.' && d == '.' ? DOTDOT : c == '=' && d == '=' ? EQ : c == '!' && d == '=' ? NE
            : c == '<' && d == '=' ? LE : c == '>' && d == '=' ? GE : 0;
    if (two) {
        k->i += 2;
        return two;
    }
    Span at = {k->file, (int)k->i, (int)k->i + 1};
    switch (c) {
    case '{':
    case '(':
        if (++*(c == '{' ? &k->brace : &k->paren) > PARSE_MAX_DEPTH)
            return SK_STOP;         /* the scanner's E002 */
        if (k->ctx)
            lx_open(k->ctx, (char)c, at);
        break;
    case '}':
    case ')':
        if (c == '}')
            k->brace -= k->brace > 0;
        else
            k->paren -= k->paren > 0;
        if (k->ctx)
            lx_close(k->ctx, (char)c, at);
        break;
    case '-': case '+': case '*': case '/': case '<': case '>': case '=': case ',': case ':':
        break;
    default:
        return SK_STOP;
    }
    k->i++;
    return c;
}

/* The next token into t: its kind, YYEOF at the end, SK_STOP to give up. */
static int sk_next(Sk *k, SkTok *t)
{
    const unsigned char *s = k->s;
    size_t i = k->i;
    for (;;) {
        while (i < k->n && (sk_class[s[i]] & K_BLANK))
            i++;                    /* indentation mostly: a tight loop */
        k->i = i;
        if (i >= k->n)
            return k->interp ? SK_STOP : YYEOF;  /* E005, an open `{` */
        if (s[i] != '#')
            break;
        if (!sk_comment(k))
            return SK_STOP;
        i = k->i;
    }
    unsigned char c = s[i];
    t->lo = (int)i;
    /* Inside an interpolation the first `}` closes it and the string goes
     * on; a string or a `{` there is left to the scanner (its rules for
     * them nest no further, rkt.l). */
    if (k->interp && (c == '"' || c == '{'))
        return SK_STOP;
    int tok = sk_class[c] & K_DIGIT ? sk_number(k, t) : sk_class[c] & K_ID ? sk_name(k, t)
            : c == '"' || (c == '}' && k->interp) ? sk_string(k, t, i) : sk_punct(k);
    t->kind = tok;
    t->hi = (int)k->i;
    return tok;
}

static void sk_begin(Sk *k, const SrcFile *f)
{
    pthread_once(&sk_once, sk_init);
    memset(k, 0, offsetof(Sk, name));  /* not the name buffer */
    k->ctx = NULL;
    k->s = (const unsigned char *)f->text;
    k->n = f->len;
    k->file = f->id;
    sb_init(&k->sb);
}

/* Passes over the block whose '{' was just read, to its own '}' (left
 * next) or the end; false to give up (skim.h says when).  A plan's
 * indicator blocks are most of its bytes, and the catalogue needs
 * nothing inside them: here they cost a class lookup a byte. */
static bool sk_pass(Sk *k)
{
    const unsigned char *s = k->s;
    int depth = 0;
    SkTok t;
    for (size_t i = k->i;; i = k->i) {
        while (i < k->n && (sk_class[s[i]] & K_PASS))
            i++;
        k->i = i;
        if (i >= k->n)
            return true;            /* open at the end: no '}' comes */
        switch (s[i]) {
        case '}':
            if (depth == 0)
                return true;
            depth--;
            break;
        case '{':
            depth++;
            break;
        case '(': case ')': case '!':
            break;
        case '#':
            if (!sk_comment(k))
                return false;
            continue;
        case '"':                   /* as sk_next reads it, {expr} and all */
            do
                if (sk_next(k, &t) == SK_STOP)
                    return false;
            while (k->interp);
            continue;
        default:
            return false;
        }
        if (sk_punct(k) == SK_STOP) /* brackets counted, "!=" read */
            return false;
    }
}

bool sk_tokens(const SrcFile *f, SkFn fn, void *ud)
{
    if (!f->text || f->len > PARSE_MAX_BYTES)
        return false;
    Sk k;
    sk_begin(&k, f);
    int tok;
    SkTok t;
    while ((tok = sk_next(&k, &t)) != SK_STOP && tok != YYEOF) {
        PtTok pt = {.kind = tok, .at = {f->id, t.lo, t.hi}};
        if (tok == IDENT) {
            memcpy(k.name, t.text, t.len);
            k.name[t.len] = '\0';
            pt.text = k.name;
        } else if (tok == STRING || tok == ISTR_START) {
            pt.text = t.text;       /* as parse_tokens gives them */
        } else if (tok == NUMBER) {
            pt.num = t.num;
        }
        if (fn(ud, &pt) && tok == '{' && !sk_pass(&k)) {
            tok = SK_STOP;
            break;
        }
    }
    sb_free(&k.sb);
    return tok == YYEOF;
}

Sk *sk_open(const SrcFile *f, ParseCtx *ctx)
{
    Sk *k = xmalloc(sizeof *k);
    sk_begin(k, f);
    k->ctx = ctx;
    return k;
}

/* The values the scanner's actions give (rkt.l: lx_ident, lx_number,
 * lx_period, lx_string_end, lx_at_end). */
int sk_lex(Sk *k, YYSTYPE *v, Span *at)
{
    SkTok t;
    int tok = sk_next(k, &t);
    if (tok == SK_STOP)
        return SK_STOP;
    Arena *ar = k->ctx->ast->arena;
    if (tok == YYEOF)
        t.lo = t.hi = (int)k->n;
    *at = (Span){k->file, t.lo, t.hi};
    k->ctx->byte = t.hi;
    switch (tok) {
    case IDENT:
        v->name.s = ar_strndup(ar, t.text, t.len);
        v->name.span = *at;
        break;
    case NUMBER:
        v->num.v = t.num;
        v->num.text = ar_strndup(ar, t.text, t.len);
        v->num.span = *at;
        break;
    case PERIOD:
        v->period = t.period;
        break;
    case STRING:
    case ISTR_START:
    case ISTR_MID:
    case ISTR_END:
        v->text = ar_strndup(ar, t.text, t.len);
        break;
    default:
        break;
    }
    return tok;
}

void sk_close(Sk *k)
{
    if (k) {
        sb_free(&k->sb);
        free(k);
    }
}
