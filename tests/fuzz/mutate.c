/*
 * mutate.c - writes mutated copies of a file for the fuzz test.
 *
 *   mutate FILE SEED N OUTDIR
 *
 * Writes OUTDIR/m0000.rkt ... OUTDIR/m{N-1}.rkt, each FILE with 1 to 4
 * random edits: bit flips, inserted bytes (NUL, 0xFF, stray UTF-8 bytes,
 * quotes, braces, digits, ...), inserted tokens of the language, deletion,
 * a duplicated chunk, truncation, two chunks swapped.  The output depends
 * only on FILE, SEED and the copy's number (xorshift64*), so a failing
 * copy can be made again from the same arguments.  Standalone: no rkt code.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct Buf {
    unsigned char *p;
    size_t n, cap;
} Buf;

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

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "mutate: out of memory\n");
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
    b->p = xrealloc(b->p, cap);
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
        unsigned char *copy = xrealloc(NULL, len);
        memcpy(copy, b->p + at, len);
        buf_insert(b, rng_below(b->n + 1), copy, len);
        free(copy);
        break;
    }
    case 7: {                    /* truncate (rarely: run.sh feeds prefixes) */
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
        unsigned char *tmp = xrealloc(NULL, span);
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

static int read_file(const char *path, Buf *b)
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

static int parse_u64(const char *s, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || s[0] == '-')
        return -1;
    *out = (uint64_t)v;
    return 0;
}

int main(int argc, char **argv)
{
    uint64_t seed, count;
    if (argc != 5 || parse_u64(argv[2], &seed) || parse_u64(argv[3], &count)) {
        fprintf(stderr, "usage: mutate FILE SEED N OUTDIR\n");
        return 2;
    }
    Buf orig = {0};
    if (read_file(argv[1], &orig)) {
        fprintf(stderr, "mutate: cannot read '%s': %s\n", argv[1], strerror(errno));
        return 2;
    }
    if (mkdir(argv[4], 0777) && errno != EEXIST) {
        fprintf(stderr, "mutate: cannot create '%s': %s\n", argv[4], strerror(errno));
        return 2;
    }
    size_t pathcap = strlen(argv[4]) + 32;
    char *path = xrealloc(NULL, pathcap);
    Buf b = {0};
    for (uint64_t i = 0; i < count; i++) {
        rng_seed(seed, i);
        b.n = 0;
        buf_reserve(&b, orig.n);
        if (orig.n)
            memcpy(b.p, orig.p, orig.n);
        b.n = orig.n;
        int edits = 1 + (int)rng_below(4);
        for (int e = 0; e < edits; e++) {
            mutate_once(&b);
            if (b.n > 4 * orig.n + 65536)    /* keep copies of a sane size */
                b.n = 4 * orig.n + 65536;
        }
        snprintf(path, pathcap, "%s/m%04llu.rkt", argv[4], (unsigned long long)i);
        FILE *f = fopen(path, "wb");
        if (!f || fwrite(b.p, 1, b.n, f) != b.n || fclose(f)) {
            fprintf(stderr, "mutate: cannot write '%s': %s\n", path, strerror(errno));
            return 2;
        }
    }
    free(path);
    free(b.p);
    free(orig.p);
    return 0;
}
