/*
 * roundtrip.c - the formatter's proof (`make test-fmt`, docs/cli.md
 * "fmt"):
 *
 *   fmt-roundtrip [ROOT]        ROOT: the repository (default .)
 *
 * Inputs: every .rkt file below examples/, rules/ and tests/, and every
 * candidate of the fuzz suite (tests/fuzz/gen.h: each prefix and the
 * seeded mutations of every file below examples/ and in rules/).  Each
 * input that parses without a syntax error is formatted, and:
 *
 *   - the formatted text parses without error to the same tree (a dump
 *     of the tree without spans: ad_dump below);
 *   - it holds the same comments in the same order (their texts, trailing
 *     blanks aside);
 *   - formatting it again changes nothing;
 *   - it has no trailing blank on a line, no blank line first, no two
 *     blank lines in a row, and ends with one newline (unless empty).
 *
 * A failure prints the input's name and the first differing line, and
 * writes the input to tests/fmt/failures/NAME.rkt.  The closing line is
 * `fmt: N checked (M inputs), N failed`; exit 1 when any failed.
 * FUZZ_MUTATIONS, FUZZ_FULL, FUZZ_STEP and FUZZ_SEED as for the suite.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/source.h"
#include "front/fmt.h"
#include "front/parse.h"
#include "gen.h"

#define FAILDIR "tests/fmt/failures"

/* ---- the tree without its spans ------------------------------------------ */

static void ad_expr(Sbuf *b, const Expr *e);

static void ad_num(Sbuf *b, Num n)
{
    sb_printf(b, " %.17g", n.v);
}

static void ad_name(Sbuf *b, Name n)
{
    sb_printf(b, " %s", n.s ? n.s : "-");
}

static void ad_str(Sbuf *b, const Str *s)
{
    if (!s) {
        sb_puts(b, " -");
        return;
    }
    sb_puts(b, " (str");
    for (int i = 0; i < s->n; i++) {
        if (s->parts[i].expr) {
            ad_expr(b, s->parts[i].expr);
        } else {
            sb_putc(b, ' ');
            sb_json_str(b, s->parts[i].text ? s->parts[i].text : "");
        }
    }
    sb_putc(b, ')');
}

static void ad_period(Sbuf *b, Period p)
{
    sb_printf(b, " (period %d %d %d)", (int)p.kind, p.year, p.n);
}

/* Text with its blanks and comments left out: a node the dump does not
 * know (the formatter prints it as written). */
static void ad_tokens(Sbuf *b, const SrcFile *f, Span s)
{
    sb_puts(b, " (raw ");
    bool str = false;
    for (int p = s.lo; p < s.hi; p++) {
        char c = f->text[p];
        if (str) {
            sb_putc(b, c);
            if (c == '\\' && p + 1 < s.hi)
                sb_putc(b, f->text[++p]);
            else if (c == '"')
                str = false;
        } else if (c == '"') {
            str = true;
            sb_putc(b, c);
        } else if (c == '#') {
            while (p < s.hi && f->text[p] != '\n')
                p++;
        } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            sb_putc(b, c);
        }
    }
    sb_putc(b, ')');
}

static void ad_expr(Sbuf *b, const Expr *e)
{
    static const char *const ops[] = {"+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "dan", "atau"};
    switch (e->kind) {
    case EX_NUM: ad_num(b, e->u.num); break;
    case EX_STR: ad_str(b, e->u.str); break;
    case EX_NAME: ad_name(b, e->u.name); break;
    case EX_PERIOD: ad_period(b, e->u.period); break;
    case EX_NEG: sb_puts(b, " (neg"); ad_expr(b, e->u.un); sb_putc(b, ')'); break;
    case EX_NOT: sb_puts(b, " (bukan"); ad_expr(b, e->u.un); sb_putc(b, ')'); break;
    case EX_BIN:
        sb_printf(b, " (%s", ops[e->u.bin.op]);
        ad_expr(b, e->u.bin.a);
        ad_expr(b, e->u.bin.b);
        sb_putc(b, ')');
        break;
    case EX_IF:
        sb_puts(b, " (jika");
        ad_expr(b, e->u.cond.c);
        ad_expr(b, e->u.cond.a);
        ad_expr(b, e->u.cond.b);
        sb_putc(b, ')');
        break;
    case EX_CALL:
        sb_puts(b, " (call");
        ad_name(b, e->u.call.fn);
        for (const Node *a = e->u.call.args.head; a; a = a->next)
            ad_expr(b, (const Expr *)a);
        sb_putc(b, ')');
        break;
    default:
        sb_printf(b, " (expr %d)", (int)e->kind);
        break;
    }
}

static void ad_value(Sbuf *b, const Value *v)
{
    sb_printf(b, " (val %d", (int)v->kind);
    switch (v->kind) {
    case V_NUM: ad_num(b, v->num); break;
    case V_RANGE: ad_num(b, v->num); ad_num(b, v->hi); break;
    case V_STR: ad_str(b, v->str); break;
    case V_NAME: ad_name(b, v->name); ad_name(b, v->dari); break;
    case V_PERIOD: ad_period(b, v->period); break;
    case V_MAP:
        ad_name(b, v->tag);
        for (const Node *n = v->map.head; n; n = n->next) {
            const MapEnt *m = (const MapEnt *)n;
            if (m->key_is_year)
                sb_printf(b, " (%d:", m->year);
            else
                sb_printf(b, " (%s:", m->key.s);
            ad_value(b, &m->val);
            sb_putc(b, ')');
        }
        break;
    case V_EXPR: ad_expr(b, v->expr); break;
    case V_BLOCK: {
        for (const Node *n = v->map.head; n; n = n->next) {
            ad_name(b, ((const Prop *)n)->name);
            ad_value(b, &((const Prop *)n)->val);
        }
        break;
    }
    default: break;
    }
    sb_putc(b, ')');
}

static void ad_list(Sbuf *b, const SrcFile *f, const List *l);

static void ad_node(Sbuf *b, const SrcFile *f, const Node *n)
{
    sb_printf(b, "\n(%d", (int)n->kind);
    switch (n->kind) {
    case N_IMPOR: ad_str(b, ((const Impor *)n)->what); break;
    case N_SATUAN: {
        const Satuan *s = (const Satuan *)n;
        ad_name(b, s->name);
        ad_str(b, s->label);
        ad_name(b, s->kind);
        if (s->has_range) {
            ad_num(b, s->lo);
            ad_num(b, s->hi);
        }
        for (const Node *l = s->levels.head; s->has_levels && l; l = l->next) {
            const Level *v = (const Level *)l;
            ad_name(b, v->code);
            if (v->has_val)
                ad_num(b, v->val);
        }
        break;
    }
    case N_SKALA: ad_name(b, ((const Skala *)n)->name); ad_list(b, f, &((const Skala *)n)->bands); break;
    case N_BAND: {
        const Band *d = (const Band *)n;
        ad_name(b, d->code);
        ad_str(b, d->label);
        sb_puts(b, d->ge ? " >=" : " >");
        ad_num(b, d->threshold);
        break;
    }
    case N_FUNGSI: {
        const Fungsi *g = (const Fungsi *)n;
        ad_name(b, g->name);
        for (const Node *p = g->params.head; p; p = p->next)
            ad_name(b, ((const Param *)p)->name);
        ad_expr(b, g->body);
        break;
    }
    case N_DATA: {
        const DataDecl *d = (const DataDecl *)n;
        ad_name(b, d->name);
        ad_str(b, d->uraian);
        ad_name(b, d->satuan);
        ad_list(b, f, &d->props);
        break;
    }
    case N_PLAN: {
        const Plan *p = (const Plan *)n;
        sb_printf(b, " %d", (int)p->pk);
        ad_name(b, p->code);
        ad_str(b, p->title);
        ad_list(b, f, &p->items);
        break;
    }
    case N_ELEMENT: {
        const Element *e = (const Element *)n;
        sb_printf(b, " %d %d", (int)e->el, (int)e->block);
        ad_name(b, e->code);
        ad_str(b, e->uraian);
        ad_list(b, f, &e->items);
        break;
    }
    case N_INDIKATOR: {
        const Indikator *e = (const Indikator *)n;
        ad_name(b, e->code);
        ad_str(b, e->uraian);
        ad_list(b, f, &e->props);
        break;
    }
    case N_PROP: ad_name(b, ((const Prop *)n)->name); ad_value(b, &((const Prop *)n)->val); break;
    case N_ATURAN: {
        const Aturan *a = (const Aturan *)n;
        ad_str(b, a->name);
        sb_printf(b, " %d", (int)a->quant);
        ad_name(b, a->var);
        ad_name(b, a->within);
        if (a->cond)
            ad_expr(b, a->cond);
        ad_name(b, a->sev);
        ad_str(b, a->msg);
        break;
    }
    case N_UJI: ad_str(b, ((const Uji *)n)->name); ad_list(b, f, &((const Uji *)n)->items); break;
    case N_UJIDATA: ad_list(b, f, &((const UjiData *)n)->rows); break;
    case N_ROW: {
        const Row *r = (const Row *)n;
        ad_name(b, r->plan);
        ad_name(b, r->code);
        ad_period(b, r->period);
        if (r->level.s)
            ad_name(b, r->level);
        else
            ad_num(b, r->val);
        break;
    }
    case N_HARAP: {
        const Harap *h = (const Harap *)n;
        if (h->expr)
            ad_expr(b, h->expr);
        ad_str(b, h->temuan);
        break;
    }
    default:
        ad_tokens(b, f, n->span);
        break;
    }
    sb_putc(b, ')');
}

static void ad_list(Sbuf *b, const SrcFile *f, const List *l)
{
    for (const Node *n = l->head; n; n = n->next)
        ad_node(b, f, n);
}

/* The tree, then the comments (their texts, trailing blanks aside). */
static void ad_dump(Sbuf *b, const SrcFile *f, const Ast *a)
{
    ad_list(b, f, &a->items);
    sb_puts(b, "\n-- comments");
    for (int i = 0; i < a->ncomments; i++) {
        const char *t = a->comments[i].text;
        size_t n = strlen(t);
        while (n && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\r'))
            n--;
        sb_puts(b, "\n#");
        sb_add(b, t, n);
    }
}

/* ---- one input --------------------------------------------------------------- */

static int nchecked, ninputs, nfailed;

/* Parses text; its dump into dump and its formatted text into out.
 * False when it has a syntax error. */
static bool ad_format(const char *name, const unsigned char *p, size_t n, Sbuf *dump, Sbuf *out)
{
    SrcSet src;
    DgList d;
    src_init(&src);
    dg_init(&d);
    SrcFile *f = src_add(&src, name, (const char *)p, n);
    Ast *a = parse_file_fmt(f, &d);
    bool ok = d.nerr == 0;
    if (ok) {
        ad_dump(dump, f, a);
        fm_format(a, f, out);
    }
    ast_free(a);
    dg_free(&d);
    src_free(&src);
    return ok;
}

/* The first line where x and y differ (from 1). */
static int first_diff_line(const char *x, const char *y)
{
    int line = 1;
    for (; *x && *x == *y; x++, y++)
        line += *x == '\n';
    return line;
}

/* What is wrong with the layout of formatted text t, or NULL. */
static const char *layout_fault(const char *t, size_t n, int *line)
{
    *line = 1;
    if (n && t[n - 1] != '\n')
        return "no newline at the end";
    if (n && t[0] == '\n')
        return "a blank line first";
    for (size_t i = 0; i < n; i++) {
        if (t[i] == '\n') {
            if (i && (t[i - 1] == ' ' || t[i - 1] == '\t'))
                return "a trailing blank";
            if (i + 1 < n && t[i + 1] == '\n' && (i + 2 >= n || t[i + 2] == '\n'))
                return i + 2 >= n ? "a blank line last" : "two blank lines in a row";
            ++*line;
        }
    }
    return NULL;
}

static void fail(const char *name, const unsigned char *p, size_t n, const char *why, int line)
{
    nfailed++;
    printf("FAIL %s: %s (line %d)\n", name, why, line);
    char path[600];
    snprintf(path, sizeof path, FAILDIR "/%s.rkt", name);
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(p, 1, n, f);
        fclose(f);
    }
}

static void check_one(const char *name, const unsigned char *p, size_t n)
{
    ninputs++;
    Sbuf d1, o1, d2, o2;
    sb_init(&d1), sb_init(&o1), sb_init(&d2), sb_init(&o2);
    if (ad_format(name, p, n, &d1, &o1)) {
        nchecked++;
        int line;
        const char *why = NULL;
        const char *t1 = o1.s ? o1.s : "";
        if (!ad_format(name, (const unsigned char *)t1, o1.len, &d2, &o2)) {
            why = "the formatted text has a syntax error";
            line = 0;
        } else if (strcmp(d1.s, d2.s) != 0) {
            why = "the formatted text is another tree or has other comments (line of the dump)";
            line = first_diff_line(d1.s, d2.s);
        } else if (strcmp(t1, o2.s ? o2.s : "") != 0) {
            why = "formatting twice changes the text";
            line = first_diff_line(t1, o2.s ? o2.s : "");
        } else {
            why = layout_fault(t1, o1.len, &line);
        }
        if (why)
            fail(name, p, n, why, line);
    }
    sb_free(&d1), sb_free(&o1), sb_free(&d2), sb_free(&o2);
}

/* ---- the inputs ------------------------------------------------------------- */

static char *tag_of(const char *rel, const char *what)
{
    size_t n = strlen(rel) + strlen(what) + 1;
    char *t = fz_realloc(NULL, n);
    snprintf(t, n, "%s%s", rel, what);
    for (char *c = t; *c; c++)
        if (*c == '/')
            *c = '_';
    return t;
}

static long env_long(const char *name, long dflt)
{
    const char *v = getenv(name);
    return v && *v ? strtol(v, NULL, 10) : dflt;
}

int main(int argc, char **argv)
{
    if (argc > 2 || (argc == 2 && chdir(argv[1]) != 0)) {
        fprintf(stderr, "usage: fmt-roundtrip [ROOT]\n");
        return 2;
    }
    mkdir("tests/fmt/failures", 0777);
    Names files = {0}, fuzzed = {0};
    collect("examples", ".rkt", 1, &files);
    collect("rules", ".rkt", 1, &files);
    collect("tests", ".rkt", 1, &files);
    int kept = 0;                   /* not the failures of an earlier run */
    for (int i = 0; i < files.n; i++) {
        if (strstr(files.v[i], "/failures/"))
            free(files.v[i]);
        else
            files.v[kept++] = files.v[i];
    }
    files.n = kept;
    names_sort(&files);
    collect("examples", ".rkt", 1, &fuzzed);
    collect("rules", ".rkt", 0, &fuzzed);
    names_sort(&fuzzed);
    if (files.n == 0) {
        fprintf(stderr, "fmt: no .rkt files below examples/, rules/ or tests/\n");
        return 2;
    }
    long budget = env_long("FUZZ_MUTATIONS", 300), full = env_long("FUZZ_FULL", 4096);
    long step = env_long("FUZZ_STEP", 7), seed0 = env_long("FUZZ_SEED", 0);
    long per = fuzzed.n ? (budget + fuzzed.n - 1) / fuzzed.n : 0;
    if (per < 40)
        per = 40;
    for (int i = 0; i < files.n; i++) {
        Buf t = {0};
        if (read_all(files.v[i], &t) != 0) {
            fprintf(stderr, "fmt: cannot read '%s': %s\n", files.v[i], strerror(errno));
            return 2;
        }
        char *tag = tag_of(files.v[i], "");
        check_one(tag, t.p, t.n);
        free(tag);
        free(t.p);
    }
    Lens lens = {0};
    Buf cand = {0};
    char what[64];
    for (int i = 0; i < fuzzed.n && nfailed < 20; i++) {
        Buf t = {0};
        if (read_all(fuzzed.v[i], &t) != 0)
            continue;
        prefix_lengths(t.p, t.n, t.n <= (size_t)full, (size_t)(step < 1 ? 1 : step), &lens);
        for (size_t j = 0; j < lens.n && nfailed < 20; j++) {
            snprintf(what, sizeof what, ".prefix%zu", lens.v[j]);
            char *tag = tag_of(fuzzed.v[i], what);
            check_one(tag, t.p, lens.v[j]);
            free(tag);
        }
        uint64_t seed = fnv1a(fuzzed.v[i]) + (uint64_t)seed0;
        for (long j = 0; j < per && nfailed < 20; j++) {
            mutation(&cand, &t, seed, (uint64_t)j);
            snprintf(what, sizeof what, ".mut%04ld", j);
            char *tag = tag_of(fuzzed.v[i], what);
            check_one(tag, cand.p, cand.n);
            free(tag);
        }
        free(t.p);
    }
    free(lens.v);
    free(cand.p);
    for (int i = 0; i < files.n; i++)
        free(files.v[i]);
    for (int i = 0; i < fuzzed.n; i++)
        free(fuzzed.v[i]);
    free(files.v);
    free(fuzzed.v);
    printf("fmt: %d checked (%d inputs), %d failed\n", nchecked, ninputs, nfailed);
    return nfailed ? 1 : 0;
}
