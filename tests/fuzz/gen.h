/*
 * gen.h - the candidates of the fuzz suite, shared by tests/fuzz/suite.c
 * and the formatter's round trip (tests/fmt/roundtrip.c): byte buffers,
 * a seeded generator, the random edits of a mutation and the prefix
 * lengths of a file (suite.c's header comment says which).  Static
 * functions: each program includes it once.
 */
#ifndef RKT_FUZZ_GEN_H
#define RKT_FUZZ_GEN_H

#include <dirent.h>
#include <stdint.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- buffers and the random edits ---------------------------------------- */

typedef struct Buf {
    unsigned char *p;
    size_t n, cap;
} Buf;

static void *fz_realloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "fuzz: out of memory\n");
        exit(2);
    }
    return q;
}

static void buf_reserve(Buf *b, size_t extra)
{
    if (b->n + extra <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + extra)
        cap *= 2;
    b->p = fz_realloc(b->p, cap);
    b->cap = cap;
}

static void buf_insert(Buf *b, size_t at, const unsigned char *s, size_t len)
{
    buf_reserve(b, len);
    memmove(b->p + at + len, b->p + at, b->n - at);
    memcpy(b->p + at, s, len);
    b->n += len;
}

static void buf_delete(Buf *b, size_t at, size_t len)
{
    memmove(b->p + at, b->p + at + len, b->n - at - len);
    b->n -= len;
}

static uint64_t rng_state;

/* xorshift64* (Vigna), never seeded with 0. */
static uint64_t rng_next(void)
{
    uint64_t x = rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return x * UINT64_C(2685821657736338717);
}

static void rng_seed(uint64_t seed, uint64_t stream)
{
    /* splitmix64 of (seed, stream) so nearby seeds give unrelated runs */
    uint64_t z = seed * UINT64_C(0x9E3779B97F4A7C15) + stream + 1;
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    z ^= z >> 31;
    rng_state = z ? z : UINT64_C(0x2545F4914F6CDD1D);
}

/* A number in [0, n); n > 0. */
static size_t rng_below(size_t n)
{
    return (size_t)(rng_next() % (uint64_t)n);
}

/* Single bytes worth inserting: the ones that upset scanners. */
static const unsigned char interesting_bytes[] = {
    0x00, 0xFF, 0xFE, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xF0, 0xF4, 0xF8,
    '"', '"', '\\', '{', '}', '{', '}', '(', ')', ':', ',', '.', '_', '#',
    '-', '+', '*', '/', '=', '<', '>', '!', '\n', '\r', '\t', ' ',
    '0', '1', '2', '5', '9', 'a', 'Z',
};

/* Fragments of the language and of classic bad inputs. */
static const char *const tokens[] = {
    "impor ", "satuan ", "skala ", "fungsi ", "data ", "renstra ", "rkt ",
    "pk ", "tujuan ", "program ", "sasaran ", "indikator ", "aturan ",
    "uji ", "untuk ", "dalam ", "jika ", "maka ", "lainnya ", "dan ",
    "atau ", "bukan ", "dari ", "harap ", "target ", "mengacu ", "tahun ",
    "periode ", "polaritas ", "konsolidasi ", "batas ", "bobot ",
    "realisasi = ", "capaian = ", "predikat ", "ditunda ", "keterangan ",
    " : cacah", " : indeks 0..100", " : persen", "{", "}", "{ ", " }",
    "\"", "\"\"", "\"\\{", "\\", "\"{kode(i)}\"", "{capaian(i)", "..",
    "...", "2025-TW2", "2025-13", "2025-", "2025-S3", "TW5", "B13", "1e999",
    "99999999999999999999999999999999", "0.", ".5", "1__0", "25.945",
    "-0", "1/0", "((((((((((", "))))))))", "SP1", "IKSP3", "IKU.1.2",
    "a.", "_", "# comment\n", "\n", "\r\n", "\xEF\xBB\xBF", "\xC3\xA9",
    "\xE2\x80\x94", "\xF0\x9F\x98\x80", "\xC3", "\xE2\x80", "\xED\xA0\x80",
    "\xC0\xAF", "\xF4\x90\x80\x80", ">= ", "> 90", "== ", "!= ",
    "min(", "maks(", "ada(", "kategori(", "jumlah(", "rata(",
};

/* A chunk length, mostly short. */
static size_t chunk_len(size_t limit)
{
    if (limit == 0)
        return 0;
    size_t max = rng_below(4) == 0 ? limit : (limit < 64 ? limit : 64);
    return 1 + rng_below(max);
}

static void mutate_once(Buf *b)
{
    int op = (int)rng_below(10);
    if (b->n == 0 && op != 2 && op != 3)
        op = 2;
    switch (op) {
    case 0: case 1: {            /* flip one to three bits of a byte */
        size_t at = rng_below(b->n);
        int flips = 1 + (int)rng_below(3);
        for (int i = 0; i < flips; i++)
            b->p[at] ^= (unsigned char)(1u << rng_below(8));
        break;
    }
    case 2: {                    /* insert an interesting or random byte */
        unsigned char c = rng_below(3) == 0
            ? (unsigned char)rng_below(256)
            : interesting_bytes[rng_below(sizeof interesting_bytes)];
        buf_insert(b, rng_below(b->n + 1), &c, 1);
        break;
    }
    case 3: {                    /* insert a token of the language */
        const char *t = tokens[rng_below(sizeof tokens / sizeof tokens[0])];
        buf_insert(b, rng_below(b->n + 1), (const unsigned char *)t, strlen(t));
        break;
    }
    case 4: case 5: {            /* delete a chunk */
        size_t at = rng_below(b->n);
        buf_delete(b, at, chunk_len(b->n - at));
        break;
    }
    case 6: {                    /* duplicate a chunk somewhere */
        size_t at = rng_below(b->n);
        size_t len = chunk_len(b->n - at);
        unsigned char *copy = fz_realloc(NULL, len);
        memcpy(copy, b->p + at, len);
        buf_insert(b, rng_below(b->n + 1), copy, len);
        free(copy);
        break;
    }
    case 7: {                    /* truncate (rarely: the prefixes cover it) */
        if (rng_below(4) == 0)
            b->n = rng_below(b->n);
        else
            b->p[rng_below(b->n)] = (unsigned char)rng_below(256);
        break;
    }
    case 8: {                    /* swap two non-overlapping chunks */
        if (b->n < 2)
            break;
        size_t a = rng_below(b->n - 1);
        size_t alen = chunk_len((b->n - a) / 2);
        if (alen == 0)
            break;
        size_t rest = b->n - (a + alen);
        size_t c = a + alen + rng_below(rest);
        size_t clen = chunk_len(b->n - c);
        /* [a, a+alen) mid [c, c+clen) -> chunk2 mid chunk1 */
        size_t span = c + clen - a;
        unsigned char *tmp = fz_realloc(NULL, span);
        size_t mid = c - (a + alen), k = 0;
        memcpy(tmp + k, b->p + c, clen); k += clen;
        memcpy(tmp + k, b->p + a + alen, mid); k += mid;
        memcpy(tmp + k, b->p + a, alen);
        memcpy(b->p + a, tmp, span);
        free(tmp);
        break;
    }
    default: {                   /* overwrite a byte with an interesting one */
        b->p[rng_below(b->n)] = interesting_bytes[rng_below(sizeof interesting_bytes)];
        break;
    }
    }
}

/* Mutation i of orig (seeded by seed and i) into b. */
static void mutation(Buf *b, const Buf *orig, uint64_t seed, uint64_t i)
{
    rng_seed(seed, i);
    b->n = 0;
    buf_reserve(b, orig->n);
    if (orig->n)
        memcpy(b->p, orig->p, orig->n);
    b->n = orig->n;
    int edits = 1 + (int)rng_below(4);
    for (int e = 0; e < edits; e++) {
        mutate_once(b);
        if (b->n > 4 * orig->n + 65536)    /* keep copies of a sane size */
            b->n = 4 * orig->n + 65536;
    }
}

/* ---- the prefixes ------------------------------------------------------- */

typedef struct Lens {
    size_t *v;
    size_t n, cap;
} Lens;

static void lens_add(Lens *l, size_t len)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 1024;
        l->v = fz_realloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n++] = len;
}

/* The prefix lengths of t (size bytes): 0, then line by line.  With all,
 * every length but those that cut a comment between two ASCII characters;
 * else every step-th length, both sides of every newline and the size. */
static void prefix_lengths(const unsigned char *t, size_t size, int all, size_t step, Lens *out)
{
    out->n = 0;
    lens_add(out, 0);
    for (size_t pos = 0; pos < size;) {
        const unsigned char *nl = memchr(t + pos, '\n', size - pos);
        size_t n = nl ? (size_t)(nl - (t + pos)) : size - pos;
        const unsigned char *line = t + pos;
        size_t c = (size_t)-1;       /* the comment's `#` */
        int ins = 0;
        for (size_t k = 0; k < n; k++) {
            if (ins) {
                if (line[k] == '\\')
                    k++;
                else if (line[k] == '"')
                    ins = 0;
            } else if (line[k] == '"') {
                ins = 1;
            } else if (line[k] == '#') {
                c = k;
                break;
            }
        }
        size_t last = pos + n < size ? n : n - 1;   /* with its newline, if any */
        for (size_t k = 0; k <= last; k++) {
            size_t len = pos + k + 1;
            if (all) {
                if (c != (size_t)-1 && k > c && k + 1 < n && line[k] < 0x80 && line[k + 1] < 0x80)
                    continue;
            } else if (len % step && k + 1 < n && len != size) {
                continue;
            }
            lens_add(out, len);
        }
        pos += n + 1;
    }
}

/* ---- the inputs ---------------------------------------------------------- */

typedef struct Names {
    char **v;
    int n, cap;
} Names;

static void names_add(Names *l, char *s)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 32;
        l->v = fz_realloc(l->v, (size_t)l->cap * sizeof *l->v);
    }
    l->v[l->n++] = s;
}

static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *s = fz_realloc(NULL, n);
    snprintf(s, n, "%s/%s", dir, name);
    return s;
}

static int ends_with(const char *s, const char *tail)
{
    size_t n = strlen(s), t = strlen(tail);
    return n > t && strcmp(s + n - t, tail) == 0;
}

/* The files below dir whose names end in ext (into every subfolder when
 * deep). */
static void collect(const char *dir, const char *ext, int deep, Names *out)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char *path = join(dir, e->d_name);
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode) && deep) {
            collect(path, ext, deep, out);
            free(path);
        } else if (S_ISREG(st.st_mode) && ends_with(e->d_name, ext)) {
            names_add(out, path);
        } else {
            free(path);
        }
    }
    closedir(d);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void names_sort(Names *l)
{
    if (l->n > 1)
        qsort(l->v, (size_t)l->n, sizeof *l->v, cmp_str);
}

static int read_all(const char *path, Buf *b)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    unsigned char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        buf_reserve(b, got);
        memcpy(b->p + b->n, chunk, got);
        b->n += got;
    }
    int bad = ferror(f);
    fclose(f);
    return bad ? -1 : 0;
}

/* The seed of a file's mutations: FNV-1a of its name. */
static uint64_t fnv1a(const char *s)
{
    uint64_t h = UINT64_C(14695981039346656037);
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * UINT64_C(1099511628211);
    return h;
}

#endif
