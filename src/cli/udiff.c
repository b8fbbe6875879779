/*
 * udiff.c - unified diff (udiff.h).  The lines the texts share at their
 * start and end are set aside first (a formatter's changes are usually a
 * few places in a long file), then Myers' greedy O((N+M)D) algorithm
 * finds a shortest edit script of the rest, keeping each step's
 * frontier to walk the path back.  Past UD_MAX_D differences (a file
 * rewritten throughout) the middle is shown as removed and added whole:
 * still a correct diff, in bounded memory.
 */
#include <stdlib.h>
#include <string.h>

#include "cli/udiff.h"

enum { UD_CONTEXT = 3, UD_MAX_D = 1000 };

typedef struct UdLine {
    const char *s;
    size_t n;              /* with its '\n', when it has one */
} UdLine;

typedef struct UdText {
    UdLine *v;
    int n;
} UdText;

static void *ud_alloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p) {
        fputs("rkt: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

static UdText ud_lines(const char *s, size_t len)
{
    int n = 0;
    for (size_t i = 0; i < len; i++)
        n += s[i] == '\n';
    UdText t = {ud_alloc(((size_t)n + 1) * sizeof *t.v), 0};
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t m = nl ? (size_t)(nl - (s + i)) + 1 : len - i;
        t.v[t.n++] = (UdLine){s + i, m};
        i += m;
    }
    return t;
}

static int ud_eq(const UdLine *x, const UdLine *y)
{
    return x->n == y->n && memcmp(x->s, y->s, x->n) == 0;
}

/* An edit: ' ' both, '-' a's line, '+' b's line. */
typedef struct UdOp {
    char k;
    int ai, bi;            /* line indices (of a for ' ' and '-', of b for '+') */
} UdOp;

typedef struct UdOps {
    UdOp *v;
    int n;
} UdOps;

/* Myers on a[alo..ahi) and b[blo..bhi); appends the script to ops, or
 * returns -1 when it takes more than UD_MAX_D edits. */
static int ud_myers(const UdText *a, int alo, int ahi, const UdText *b, int blo, int bhi, UdOps *ops)
{
    int N = ahi - alo, M = bhi - blo, max = N + M;
    int lim = max < UD_MAX_D ? max : UD_MAX_D;
    int off = max + 1;
    int *v = ud_alloc((size_t)(2 * max + 3) * sizeof *v);
    int **trace = ud_alloc((size_t)(lim + 1) * sizeof *trace);
    int found = -1;
    for (int d = 0; d <= lim && found < 0; d++) {
        trace[d] = ud_alloc((size_t)(2 * d + 1) * sizeof **trace);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
            int y = x - k;
            while (x < N && y < M && ud_eq(&a->v[alo + x], &b->v[blo + y]))
                x++, y++;
            v[off + k] = x;
            trace[d][k + d] = x;
            if (x >= N && y >= M) {
                found = d;
                break;
            }
        }
    }
    if (found < 0) {
        for (int d = 0; d <= lim; d++)
            free(trace[d]);
        free(trace);
        free(v);
        return -1;
    }
    /* back from (N, M): each step is one edit and a diagonal */
    UdOp *rev = ud_alloc((size_t)(N + M + 1) * sizeof *rev);
    int nr = 0, x = N, y = M;
    for (int d = found; d >= 0; d--) {
        int k = x - y;
        int pk, px;
        if (d == 0) {
            pk = 0, px = 0;
        } else {
            int down = k == -d || (k != d && trace[d - 1][k - 1 + d - 1] < trace[d - 1][k + 1 + d - 1]);
            pk = down ? k + 1 : k - 1;
            px = trace[d - 1][pk + d - 1];
        }
        int py = px - pk;
        int sx = d == 0 ? 0 : (pk == k + 1 ? px : px + 1);     /* after the edit */
        while (x > sx && y > (sx - k)) {
            x--, y--;
            rev[nr++] = (UdOp){' ', alo + x, blo + y};
        }
        if (d > 0) {
            if (pk == k + 1)
                rev[nr++] = (UdOp){'+', alo + px, blo + py};    /* down: b's line py */
            else
                rev[nr++] = (UdOp){'-', alo + px, blo + py};    /* right: a's line px */
        }
        x = px, y = py;
    }
    for (int i = nr - 1; i >= 0; i--)
        ops->v[ops->n++] = rev[i];
    free(rev);
    for (int d = 0; d <= found; d++)
        free(trace[d]);
    free(trace);
    free(v);
    return 0;
}

static void ud_print_line(FILE *out, char k, const UdLine *l)
{
    fputc(k, out);
    fwrite(l->s, 1, l->n, out);
    if (!l->n || l->s[l->n - 1] != '\n')
        fputs("\n\\ No newline at end of file\n", out);
}

/* `-l,s`: a range of s lines from line l (from 1; the line before when empty). */
static void ud_range(FILE *out, char sign, int start, int count)
{
    fprintf(out, "%c%d", sign, count ? start + 1 : start);
    if (count != 1)
        fprintf(out, ",%d", count);
}

static void ud_hunks(FILE *out, const UdOps *ops, const UdText *a, const UdText *b)
{
    for (int i = 0; i < ops->n;) {
        while (i < ops->n && ops->v[i].k == ' ')
            i++;
        if (i == ops->n)
            break;
        int s = i - UD_CONTEXT < 0 ? 0 : i - UD_CONTEXT, e = i;
        /* extend while the next change is within two contexts */
        for (;;) {
            while (e < ops->n && ops->v[e].k != ' ')
                e++;
            int same = 0;
            while (e + same < ops->n && ops->v[e + same].k == ' ')
                same++;
            if (e + same < ops->n && same <= 2 * UD_CONTEXT) {
                e += same;
                continue;
            }
            e += same < UD_CONTEXT ? same : UD_CONTEXT;
            break;
        }
        int a0 = -1, b0 = -1, na = 0, nb = 0;
        for (int j = s; j < e; j++) {
            const UdOp *o = &ops->v[j];
            if (o->k != '+') {
                if (a0 < 0)
                    a0 = o->ai;
                na++;
            }
            if (o->k != '-') {
                if (b0 < 0)
                    b0 = o->bi;
                nb++;
            }
        }
        /* an empty side starts after the lines before the hunk */
        if (a0 < 0)
            a0 = ops->v[s].ai;
        if (b0 < 0)
            b0 = ops->v[s].bi;
        fputs("@@ ", out);
        ud_range(out, '-', a0, na);
        fputc(' ', out);
        ud_range(out, '+', b0, nb);
        fputs(" @@\n", out);
        for (int j = s; j < e; j++) {
            const UdOp *o = &ops->v[j];
            ud_print_line(out, o->k, o->k == '+' ? &b->v[o->bi] : &a->v[o->ai]);
        }
        i = e;
    }
}

void ud_write(FILE *out, const char *name, const char *as, size_t na, const char *bs, size_t nb)
{
    if (na == nb && memcmp(as, bs, na) == 0)
        return;
    UdText a = ud_lines(as, na), b = ud_lines(bs, nb);
    UdOps ops = {ud_alloc(((size_t)a.n + (size_t)b.n + 1) * sizeof *ops.v), 0};
    int pre = 0;
    while (pre < a.n && pre < b.n && ud_eq(&a.v[pre], &b.v[pre]))
        pre++;
    int suf = 0;
    while (suf < a.n - pre && suf < b.n - pre && ud_eq(&a.v[a.n - 1 - suf], &b.v[b.n - 1 - suf]))
        suf++;
    for (int i = 0; i < pre; i++)
        ops.v[ops.n++] = (UdOp){' ', i, i};
    if (ud_myers(&a, pre, a.n - suf, &b, pre, b.n - suf, &ops) != 0) {
        for (int i = pre; i < a.n - suf; i++)
            ops.v[ops.n++] = (UdOp){'-', i, pre};
        for (int i = pre; i < b.n - suf; i++)
            ops.v[ops.n++] = (UdOp){'+', a.n - suf, i};
    }
    for (int i = 0; i < suf; i++)
        ops.v[ops.n++] = (UdOp){' ', a.n - suf + i, b.n - suf + i};
    fprintf(out, "--- a/%s\n+++ b/%s\n", name, name);
    ud_hunks(out, &ops, &a, &b);
    free(ops.v);
    free(a.v);
    free(b.v);
}
