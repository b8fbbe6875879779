/*
 * source.c - the SrcSet: loading files whole, the lazily built line map,
 * and byte offsets turned into lines and columns (characters) through it.
 */
#define _XOPEN_SOURCE 700   /* realpath */
#define _DEFAULT_SOURCE     /* madvise(MADV_DONTNEED) */
#include "base/i18n.h"
#include "base/source.h"

#include <errno.h>
#include <pthread.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/util.h"

void src_init(SrcSet *s)
{
    s->v = NULL;
    s->n = s->cap = 0;
}

static void src_free_file(SrcFile *f)
{
    free(f->path);
    free(f->real);
    if (f->maplen)
        munmap(f->text, f->maplen);
    else
        free(f->text);
    free(f->line_start);
    free(f);
}

void src_free(SrcSet *s)
{
    for (int i = 0; i < s->n; i++)
        src_free_file(s->v[i]);
    free(s->v);
    src_init(s);
}

void src_drop(SrcSet *s, int n)
{
    for (int i = n; i < s->n; i++)
        src_free_file(s->v[i]);
    if (n < s->n)
        s->n = n;
}

/* Takes ownership of path, real and text. */
static SrcFile *src_push(SrcSet *s, char *path, char *real, char *text,
                         size_t len)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 8;
        s->v = xrealloc(s->v, (size_t)s->cap * sizeof *s->v);
    }
    SrcFile *f = xcalloc(1, sizeof *f);
    f->id = s->n;
    f->order = s->n;
    f->path = path;
    f->real = real;
    f->text = text;
    f->len = len;
    s->v[s->n++] = f;
    return f;
}

/* Reads the file at path up to its end or `max` bytes; NULL with errno
 * set when it cannot be opened or read.  A regular file says its size, so
 * its buffer is made to fit (one byte more shows the end) and one read(2)
 * of that size takes it all: open, fstat, read, close, where stdio's
 * fopen and fread made seven calls of a file (a system call costs 5-20 us
 * on the project's machine, and a run of 6,000 plans reads 12,000 files).
 * A 64 KiB guess cut down afterwards left a 45 KiB hole in the heap behind
 * each 19 KiB plan. */
static char *src_slurp(const char *path, size_t *len, size_t max)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    size_t cap = 1 << 16, n = 0;
    bool sized = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
                 (uintmax_t)st.st_size < max;
    if (sized)
        cap = (size_t)st.st_size + 2;
    char *buf = xmalloc(cap);
    while (n < max) {
        if (n + 1 >= cap)
            buf = xrealloc(buf, cap *= 2);
        size_t want = cap - n - 1 < max - n ? cap - n - 1 : max - n;
        ssize_t r = read(fd, buf + n, want);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int e = errno;      /* a directory fails here: EISDIR */
            free(buf);
            close(fd);
            errno = e ? e : EIO;
            return NULL;
        }
        n += (size_t)r;
        /* a regular file read to the size it said is at its end */
        if (r == 0 || (sized && n == (size_t)st.st_size))
            break;
    }
    close(fd);
    /* the unused tail goes back to malloc; two NULs end the text, so
     * the scanner reads it in place (SrcFile.padded) */
    buf = xrealloc(buf, n + 2);
    buf[n] = buf[n + 1] = '\0';
    *len = n;
    return buf;
}

static char *src_too_big(const char *path)
{
    return xasprintf(_("cannot read '%s': it has more than %zu bytes, the limit for one file"), path, SRC_MAX_BYTES);
}

SrcFile *src_load(SrcSet *s, const char *path, char **err)
{
    struct stat st;         /* a regular file says its size: no need to read it */
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && (uintmax_t)st.st_size > SRC_MAX_BYTES) {
        if (err)
            *err = src_too_big(path);
        return NULL;
    }
    SrcFile *f = src_load_as(s, path, NULL, SRC_MAX_BYTES + 1, err);
    if (f && f->len > SRC_MAX_BYTES) {
        if (err)
            *err = src_too_big(path);
        src_drop(s, f->id);
        return NULL;
    }
    return f;
}

SrcFile *src_load_as(SrcSet *s, const char *path, const char *known, size_t max, char **err)
{
    errno = 0;
    size_t len = 0;
    char *text = src_slurp(path, &len, max);
    if (!text) {
        if (err)
            *err = xasprintf(_("cannot read '%s': %s"), path, i18n_strerror(errno));
        return NULL;
    }
    char *real = known ? xstrdup(known) : realpath(path, NULL);
    if (!real)
        real = xstrdup(path);
    SrcFile *f = src_push(s, xstrdup(path), real, text, len);
    f->padded = true;
    return f;
}

SrcFile *src_defer(SrcSet *s, const char *path, const char *real)
{
    SrcFile *f = src_push(s, xstrdup(path), xstrdup(real), NULL, 0);
    f->shelved = true;
    return f;
}

int src_read(SrcFile *f, size_t max, char **err)
{
    if (!f->shelved)
        return 0;
    f->shelved = false;
    errno = 0;
    char *text = src_slurp(f->path, &f->len, max);
    int e = errno ? errno : EIO;
    if (!text) {
        f->len = 0;
        if (err)
            *err = xasprintf(_("cannot read '%s': %s"), f->path, i18n_strerror(e));
        return -1;
    }
    f->text = text;
    f->padded = true;
    return 0;
}

/* A private mapping one page longer than the file: the extra page is
 * anonymous (zeroed), so the text ends in a NUL even when the file fills
 * its last page.  Empty files and what cannot be mapped are read. */
SrcFile *src_map(SrcSet *s, const char *path, char **err)
{
    int fd = open(path, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size == 0) {
        if (fd >= 0)
            close(fd);
        return src_load(s, path, err);
    }
    if ((uintmax_t)st.st_size > SRC_MAX_BYTES) {
        close(fd);
        if (err)
            *err = src_too_big(path);
        return NULL;
    }
    size_t len = (size_t)st.st_size, pg = (size_t)sysconf(_SC_PAGESIZE);
    size_t maplen = (len / pg + 1) * pg;
    char *base = mmap(NULL, maplen, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) {
        close(fd);
        return src_load(s, path, err);
    }
    if (mmap(base, len, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0) == MAP_FAILED) {
        munmap(base, maplen);
        close(fd);
        return src_load(s, path, err);
    }
    close(fd);
    madvise(base, len, MADV_SEQUENTIAL);
    char *real = realpath(path, NULL);
    if (!real)
        real = xstrdup(path);
    SrcFile *f = src_push(s, xstrdup(path), real, base, len);
    f->maplen = maplen;
    return f;
}

void src_release(const SrcFile *f, size_t from, size_t to)
{
    if (!f->maplen)
        return;
    size_t pg = (size_t)sysconf(_SC_PAGESIZE);
    from = (from + pg - 1) / pg * pg;      /* whole pages inside [from, to) */
    to = to / pg * pg;
    if (to > from)
        madvise(f->text + from, to - from, MADV_DONTNEED);
}

SrcFile *src_add(SrcSet *s, const char *name, const char *text, size_t len)
{
    char *copy = xmalloc(len + 2);
    if (len)
        memcpy(copy, text, len);
    copy[len] = copy[len + 1] = '\0';
    SrcFile *f = src_push(s, xstrdup(name), xstrdup(name), copy, len);
    f->in_memory = true;
    f->padded = true;
    return f;
}

SrcFile *src_get(const SrcSet *s, int id)
{
    return id >= 0 && id < s->n ? s->v[id] : NULL;
}

int src_order(const SrcSet *s, int id)
{
    const SrcFile *f = s ? src_get(s, id) : NULL;
    return f ? f->order : id;
}

/* The line map is built the first time a position is asked for, maybe
 * by two threads at once (the files of a shared base, a data file whose
 * rows two builds report): built under a lock, published with a release
 * store, read with an acquire load. */
static pthread_mutex_t src_map_lock = PTHREAD_MUTEX_INITIALIZER;

/* A start for line 1 and after every newline, the text's end included
 * when it ends in one (the empty line an end-of-file error points at).
 * nlines counts lines with text or a newline: "a\nb" and "a\nb\n" both
 * have 2, "" has 0. */
static const int *src_starts(SrcFile *f)
{
    const int *ls = __atomic_load_n(&f->line_start, __ATOMIC_ACQUIRE);
    if (ls || !f->text)
        return ls;
    pthread_mutex_lock(&src_map_lock);
    if (!(ls = f->line_start)) {
        int n = 1;
        const char *p = f->text, *end = f->text + f->len;
        while ((p = memchr(p, '\n', (size_t)(end - p)))) {
            n++;
            p++;
        }
        int *v = xmalloc((size_t)n * sizeof *v);
        int k = 0;
        v[k++] = 0;
        for (p = f->text; (p = memchr(p, '\n', (size_t)(end - p))); p++)
            v[k++] = (int)(p + 1 - f->text);
        f->nstarts = n;
        f->nlines = n - 1 + (f->len && f->text[f->len - 1] != '\n');
        __atomic_store_n(&f->line_start, v, __ATOMIC_RELEASE);
        ls = v;
    }
    pthread_mutex_unlock(&src_map_lock);
    return ls;
}

int src_line_start(SrcFile *f, int line)
{
    const int *ls = src_starts(f);
    if (!ls || line < 1 || line > f->nstarts)
        return -1;
    return ls[line - 1];
}

/* The empty line after a last newline (or line 1 of an empty file) is
 * where an end-of-file error points: it exists, and is empty. */
const char *src_line(SrcFile *f, int line, size_t *len)
{
    *len = 0;
    int start = src_line_start(f, line);
    if (start < 0)
        return NULL;
    const char *p = f->text + start;
    const char *end = memchr(p, '\n', f->len - (size_t)start);
    size_t n = end ? (size_t)(end - p) : f->len - (size_t)start;
    if (n && p[n - 1] == '\r')
        n--;
    *len = n;
    return p;
}

int src_line_at(SrcFile *f, int at)
{
    const int *ls = src_starts(f);
    if (!ls)
        return 0;
    int lo = 0, hi = f->nstarts - 1;     /* the last start <= at */
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (ls[mid] <= at)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}

SrcPos src_pos(SrcFile *f, int at)
{
    if (!f || !f->text || at < 0 || (size_t)at > f->len)
        return (SrcPos){0, 0};
    int line = src_line_at(f, at);
    int start = src_starts(f)[line - 1];
    return (SrcPos){line, 1 + utf8_cols(f->text + start, (size_t)(at - start))};
}

SrcPos src_span_lo(const SrcSet *s, Span sp)
{
    return sp.lo < 0 || !s ? (SrcPos){0, 0} : src_pos(src_get(s, sp.file), sp.lo);
}

SrcPos src_span_hi(const SrcSet *s, Span sp)
{
    return sp.lo < 0 || !s ? (SrcPos){0, 0} : src_pos(src_get(s, sp.file), sp.hi);
}

int utf8_width(const char *s, size_t n)
{
    int w = 0;
    for (size_t i = 0; i < n; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

Span span_join(Span a, Span b)
{
    if (a.file < 0)
        return b;
    if (b.file < 0)
        return a;
    Span r = a;
    r.hi = b.hi;
    return r;
}

void src_forget_text(SrcFile *f)
{
    if (!f || !f->text || f->len == 0)
        return;
    if (f->maplen)
        munmap(f->text, f->maplen);
    else
        free(f->text);
    f->maplen = 0;
    f->text = NULL;             /* positions are 0 from here on */
    f->padded = false;
    f->len = 0;
    free(f->line_start);
    f->line_start = NULL;
    f->nstarts = f->nlines = 0;
}

void src_make_opaque(SrcFile *f)
{
    src_forget_text(f);
    f->opaque = true;
}

void src_shelve(SrcFile *f)
{
    if (!f || !f->real || f->in_memory || f->maplen || f->shelved || f->opaque)
        return;
    free(f->text);
    f->text = NULL;
    f->shelved = true;
    free(f->line_start);
    f->line_start = NULL;
    f->nstarts = f->nlines = 0;
}

void src_unshelve(SrcFile *f, size_t max)
{
    if (!f || !f->shelved)
        return;
    f->shelved = false;
    size_t len = 0;
    char *text = src_slurp(f->real, &len, max);
    /* gone since it was catalogued: it reads as empty (its build reports
     * what its plans then lack) */
    f->text = text ? text : xstrdup("");
    f->len = text ? len : 0;
    f->padded = text != NULL;
}
