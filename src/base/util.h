/*
 * util.h - memory helpers shared by every module: checked allocation,
 * a bump arena for AST and run-long data, a growable string buffer.
 * Allocation failure aborts with a message: rkt never runs on after OOM.
 */
#ifndef RKT_UTIL_H
#define RKT_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* Gives the pages of memory freed so far back to the system, where the C
 * library can (glibc: malloc_trim); after many blocks were freed at once. */
void x_release_freed(void);
/* Threads for `items` pieces of work: `wanted` (0 or less: one a core),
 * at most `max`, and no more than one per `per` items (a few pieces are
 * not worth a thread).  The cores are asked only when more than one
 * thread could be used: a small run makes no system call for it. */
int x_threads(int wanted, int max, int items, int per);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Arena: objects live until ar_free; nothing inside is freed one by one.
 * The AST of every file and all resolved data of a run live in arenas, so
 * error paths (bison discarding symbols, early returns) cannot leak. */
typedef struct Arena Arena;
Arena *ar_new(void);
void *ar_alloc(Arena *a, size_t n);         /* zeroed, 8-byte aligned */
char *ar_strndup(Arena *a, const char *s, size_t n);
char *ar_strdup(Arena *a, const char *s);
char *ar_printf(Arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
size_t ar_used(const Arena *a);
void ar_free(Arena *a);

/* Sbuf: a growable NUL-terminated byte string (malloc'd). */
typedef struct Sbuf {
    char *s;
    size_t len, cap;
} Sbuf;
void sb_init(Sbuf *b);
void sb_clear(Sbuf *b);                     /* empty, its buffer kept */
void sb_add(Sbuf *b, const char *s, size_t n);
void sb_puts(Sbuf *b, const char *s);
void sb_putc(Sbuf *b, char c);
void sb_printf(Sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(Sbuf *b, const char *fmt, va_list ap);
void sb_json_str(Sbuf *b, const char *s);   /* "..." with JSON escapes */
char *sb_take(Sbuf *b);                      /* hands the buffer over */
void sb_free(Sbuf *b);

/* Edit distance for "did you mean": Levenshtein, capped at `max`+1. */
int edit_distance(const char *a, const char *b, int max);

#endif
