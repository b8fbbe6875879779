/*
 * util.c - checked allocation, the bump arena, Sbuf and its JSON string
 * escaper, and the edit distance behind "did you mean".  Owns no global
 * state.  (Files are written by the command only: cli/outfile.c.)
 */
#include "base/util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#include <unistd.h>
#endif

/* ---- checked allocation ------------------------------------------- */

/* Exit status 2 is "internal limit reached" (docs/cli.md); no core dump, and
 * no attempt to go on with a half-built state. */
static void oom(size_t n)
{
    fprintf(stderr, "rkt: out of memory (allocating %zu bytes)\n", n);
    exit(2);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        oom(n);
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        oom(SIZE_MAX);
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        oom(n * size);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        oom(n);
    return q;
}

char *xstrndup(const char *s, size_t n)
{
    n = strnlen(s, n);
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, SIZE_MAX);
}

static char *xvasprintf(const char *fmt, va_list ap)
    __attribute__((format(printf, 1, 0)));
static char *xvasprintf(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        n = 0;   /* an encoding error; an empty string beats a crash */
    char *p = xmalloc((size_t)n + 1);
    if (vsnprintf(p, (size_t)n + 1, fmt, ap) < 0)
        p[0] = '\0';
    return p;
}

char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = xvasprintf(fmt, ap);
    va_end(ap);
    return p;
}

/* glibc keeps a freed block's pages resident until a later allocation
 * reuses them; blocks of a few KiB freed in the middle of the heap are
 * never given back by free() alone.  malloc_trim(0) walks the free lists
 * and returns every whole free page (MADV_DONTNEED). */
void x_release_freed(void)
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

int x_threads(int wanted, int max, int items, int per)
{
    int cap = items / per < max ? items / per : max;
    if (cap <= 1)
        return 1;
    if (wanted <= 0) {
        long c = sysconf(_SC_NPROCESSORS_ONLN);
        wanted = c > 0 ? (int)c : 1;
    }
    return wanted < cap ? wanted : cap;
}

/* ---- arena ---------------------------------------------------------- */

typedef struct Chunk {
    struct Chunk *next;
    size_t cap, used;
} Chunk;

/* Chunk data starts after the header, rounded up so it is 8-aligned. */
#define AR_HDR   ((sizeof(Chunk) + 7) & ~(size_t)7)
#define AR_FIRST ((size_t)4 << 10)    /* most arenas stay small: a file's */
#define AR_MAX   ((size_t)16 << 20)   /* growth stops here: bounded waste */

struct Arena {
    Chunk *head;       /* the chunk bumped into; big blocks sit behind it */
    size_t next_cap;   /* size of the next ordinary chunk */
    size_t used;       /* bytes handed out, after rounding */
};

Arena *ar_new(void)
{
    Arena *a = xcalloc(1, sizeof *a);
    a->next_cap = AR_FIRST;
    return a;
}

static Chunk *ar_chunk(size_t cap)
{
    if (cap > SIZE_MAX - AR_HDR)
        oom(SIZE_MAX);
    /* not calloc: zeroing a whole chunk touches pages the arena may never
     * use (a page fault is ~15 us here); ar_alloc zeroes what it hands out */
    Chunk *c = xmalloc(AR_HDR + cap);
    c->next = NULL;
    c->cap = cap;
    c->used = 0;
    return c;
}

void *ar_alloc(Arena *a, size_t n)
{
    if (n > SIZE_MAX - 8)
        oom(n);
    n = n ? (n + 7) & ~(size_t)7 : 8;   /* every call gets its own bytes */
    Chunk *c = a->head;
    if (!c || c->cap - c->used < n) {
        if (n > a->next_cap / 4) {
            /* A large block gets a chunk of its own, linked behind the
             * current one, so the space left there is not thrown away. */
            c = ar_chunk(n);
            if (a->head) {
                c->next = a->head->next;
                a->head->next = c;
            } else {
                a->head = c;
            }
        } else {
            c = ar_chunk(a->next_cap);
            c->next = a->head;
            a->head = c;
            if (a->next_cap < AR_MAX)
                a->next_cap *= 2;
        }
    }
    void *p = (char *)c + AR_HDR + c->used;
    c->used += n;
    a->used += n;
    return memset(p, 0, n);
}

char *ar_strndup(Arena *a, const char *s, size_t n)
{
    n = strnlen(s, n);
    char *p = ar_alloc(a, n + 1);   /* zeroed: the NUL is already there */
    memcpy(p, s, n);
    return p;
}

char *ar_strdup(Arena *a, const char *s)
{
    return ar_strndup(a, s, SIZE_MAX);
}

char *ar_printf(Arena *a, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        n = 0;
    char *p = ar_alloc(a, (size_t)n + 1);
    if (n > 0)
        vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

size_t ar_used(const Arena *a)
{
    return a->used;
}

void ar_free(Arena *a)
{
    if (!a)
        return;
    for (Chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(a);
}

/* ---- Sbuf ----------------------------------------------------------- */

/* s is allocated at once so b.s is a valid (empty) string right away. */
void sb_init(Sbuf *b)
{
    b->cap = 64;
    b->len = 0;
    b->s = xmalloc(b->cap);
    b->s[0] = '\0';
}

void sb_clear(Sbuf *b)
{
    b->len = 0;
    if (b->s)
        b->s[0] = '\0';
}

/* Room for `n` more bytes and the NUL. */
static void sb_reserve(Sbuf *b, size_t n)
{
    if (n > SIZE_MAX - b->len - 1)
        oom(SIZE_MAX);
    size_t need = b->len + n + 1;
    if (b->s && need <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    b->s = xrealloc(b->s, cap);
    b->cap = cap;
}

void sb_add(Sbuf *b, const char *s, size_t n)
{
    sb_reserve(b, n);
    if (n)
        memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void sb_puts(Sbuf *b, const char *s)
{
    sb_add(b, s, strlen(s));
}

void sb_putc(Sbuf *b, char c)
{
    sb_add(b, &c, 1);
}

/* Repeated with the attribute so clang checks callers' format strings. */
void sb_vprintf(Sbuf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
void sb_vprintf(Sbuf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    sb_reserve(b, 0);
    size_t room = b->cap - b->len;
    int n = vsnprintf(b->s + b->len, room, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        b->s[b->len] = '\0';
        return;
    }
    if ((size_t)n >= room) {   /* did not fit: grow and print again */
        sb_reserve(b, (size_t)n);
        vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    }
    b->len += (size_t)n;
}

void sb_printf(Sbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(b, fmt, ap);
    va_end(ap);
}

/* Length of the well-formed UTF-8 sequence at s (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or 0 if ill-formed. */
static size_t utf8_seq(const unsigned char *s)
{
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    size_t n;
    unsigned lo = 0x80, hi = 0xBF;   /* allowed range of the second byte */
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else
        return 0;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    return n;
}

/* Length of the character at p when JSON may hold it as it is, or 0:
 * a control character (C0, DEL, C1), U+2028 and U+2029 (line ends to
 * JavaScript), `"`, `\\`, or ill-formed UTF-8. */
static size_t json_plain(const unsigned char *p)
{
    if (*p < 0x20 || *p == '"' || *p == '\\' || *p == 0x7f)
        return 0;
    size_t n = utf8_seq(p);
    if (n == 2 && p[0] == 0xC2 && p[1] < 0xA0)
        return 0;
    if (n == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))
        return 0;
    return n;
}

/* NULL becomes null.  Ill-formed UTF-8 becomes U+FFFD so the output is
 * always valid JSON; control characters are \\uXXXX escapes, so a JSON
 * line shown as it is carries no terminal command. */
void sb_json_str(Sbuf *b, const char *s)
{
    if (!s) {
        sb_puts(b, "null");
        return;
    }
    const unsigned char *p = (const unsigned char *)s;
    sb_putc(b, '"');
    while (*p) {
        const unsigned char *run = p;   /* copy plain bytes in one go */
        size_t n;
        while ((n = json_plain(p)))
            p += n;
        sb_add(b, (const char *)run, (size_t)(p - run));
        if (!*p)
            break;
        switch (*p) {
        case '"':  sb_puts(b, "\\\""); break;
        case '\\': sb_puts(b, "\\\\"); break;
        case '\b': sb_puts(b, "\\b"); break;
        case '\f': sb_puts(b, "\\f"); break;
        case '\n': sb_puts(b, "\\n"); break;
        case '\r': sb_puts(b, "\\r"); break;
        case '\t': sb_puts(b, "\\t"); break;
        default:
            if (*p < 0x20 || *p == 0x7f) {
                sb_printf(b, "\\u%04x", *p);
            } else if ((n = utf8_seq(p)) == 2) {           /* C1 */
                sb_printf(b, "\\u%04x", p[1]);
                p++;
            } else if (n == 3) {                           /* U+2028, U+2029 */
                sb_printf(b, "\\u20%02x", 0x28 + (p[2] - 0xA8));
                p += 2;
            } else {
                sb_puts(b, "\\ufffd");
            }
        }
        p++;
    }
    sb_putc(b, '"');
}

char *sb_take(Sbuf *b)
{
    char *s = b->s ? b->s : xstrdup("");
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}

void sb_free(Sbuf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}

/* ---- edit distance -------------------------------------------------- */

static int min3(int a, int b, int c)
{
    int m = a < b ? a : b;
    return m < c ? m : c;
}

/* Two-row Levenshtein on bytes, in the band |i - j| <= max (a cell
 * outside it is more than max away: Ukkonen), so a row costs 2*max+1
 * cells however long the words.  Stops as soon as a whole band row
 * exceeds `max`: no later row can come back below it. */
int edit_distance(const char *a, const char *b, int max)
{
    if (max < 0)
        max = 0;
    size_t la = strlen(a), lb = strlen(b);
    size_t diff = la > lb ? la - lb : lb - la;
    if (diff > (size_t)max)
        return max + 1;
    if (lb > (size_t)INT32_MAX - 2)
        return max + 1;
    const int big = max + 1;
    size_t band = (size_t)max;
    int buf[2 * 64];
    int *row = lb + 2 <= 64 ? buf : xmalloc(2 * (lb + 2) * sizeof *row);
    int *prev = row, *cur = row + lb + 2;
    for (size_t j = 0; j <= lb + 1; j++) {
        prev[j] = j <= band && j <= lb ? (int)j : big;
        cur[j] = big;
    }
    int d = big;
    for (size_t i = 1; i <= la; i++) {
        size_t jlo = i > band ? i - band : 1;
        size_t jhi = i + band < lb ? i + band : lb;
        cur[jlo - 1] = jlo == 1 && i <= band ? (int)i : big;
        int lo = cur[jlo - 1];
        for (size_t j = jlo; j <= jhi; j++) {
            int sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
            int v = min3(prev[j] + 1, cur[j - 1] + 1, sub);
            cur[j] = v > big ? big : v;
            if (cur[j] < lo)
                lo = cur[j];
        }
        cur[jhi + 1] = big;      /* the next row's band reaches one further */
        if (lo > max)
            goto done;
        int *t = prev; prev = cur; cur = t;
    }
    d = prev[lb] > max ? big : prev[lb];
done:
    if (row != buf)
        free(row);
    return d;
}
