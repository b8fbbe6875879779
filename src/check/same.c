/*
 * same.c - a top-level declaration repeated (docs/language.md#namespaces).
 * Two declarations of one satuan, skala, fungsi or data series are one
 * when their definitions are the same: the same words, names and strings,
 * numbers of the same value (`1_000` and `1000.0` are one), whatever the
 * blanks, comments and positions between them.  They are compared as
 * trees, so `(a / b) * 100` is `a / b * 100`, and a unit by what it means,
 * so `persen` is `persen 0..100`; every part counts: a band's label, its
 * `>` or `>=`, a series' uraian and properties, the names of a fungsi's
 * parameters.  A repeat that differs is E011 at it, naming the first and
 * showing both definitions.
 *
 * The first declaration of a name is the one every repeat is compared
 * with, so a run of 2,000 files that each declare the same units costs
 * one comparison per repeat.
 */
#include <string.h>

#include "check/sema_int.h"

/* ---- one definition or two --------------------------------------- */

static bool same_name(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

static bool same_expr(const Expr *a, const Expr *b);

static bool same_text(const Str *a, const Str *b)
{
    if (!a || !b)
        return a == b;
    if (a->n != b->n || a->interp != b->interp)
        return false;
    for (int i = 0; i < a->n; i++)
        if (!same_name(a->parts[i].text, b->parts[i].text) || !same_expr(a->parts[i].expr, b->parts[i].expr))
            return false;
    return true;
}

static bool same_period(Period a, Period b)
{
    return a.kind == b.kind && a.year == b.year && a.n == b.n;
}

/* Two lists whose members are pairwise the same, in order. */
static bool same_list(const List *a, const List *b, bool (*same)(const Node *, const Node *))
{
    if (a->n != b->n)
        return false;
    for (const Node *x = a->head, *y = b->head; x && y; x = x->next, y = y->next)
        if (!same(x, y))
            return false;
    return true;
}

static bool same_arg(const Node *a, const Node *b)
{
    return same_expr((const Expr *)a, (const Expr *)b);
}

/* Recursion as deep as the expression: bounded by the parser
 * (PARSE_MAX_DEPTH, PARSE_MAX_HEIGHT), as every walk over a tree is. */
static bool same_expr(const Expr *a, const Expr *b)
{
    if (!a || !b)
        return a == b;
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case EX_NUM: return a->u.num.v == b->u.num.v;
    case EX_STR: return same_text(a->u.str, b->u.str);
    case EX_NAME: return same_name(a->u.name.s, b->u.name.s);
    case EX_PERIOD: return same_period(a->u.period, b->u.period);
    case EX_NEG:
    case EX_NOT: return same_expr(a->u.un, b->u.un);
    case EX_BIN:
        return a->u.bin.op == b->u.bin.op && same_expr(a->u.bin.a, b->u.bin.a) && same_expr(a->u.bin.b, b->u.bin.b);
    case EX_IF:
        return same_expr(a->u.cond.c, b->u.cond.c) && same_expr(a->u.cond.a, b->u.cond.a) &&
               same_expr(a->u.cond.b, b->u.cond.b);
    case EX_CALL:
        return same_name(a->u.call.fn.s, b->u.call.fn.s) && same_list(&a->u.call.args, &b->u.call.args, same_arg);
    }
    return false;
}

static bool same_value(const Value *a, const Value *b);

static bool same_entry(const Node *x, const Node *y)
{
    const MapEnt *a = (const MapEnt *)x, *b = (const MapEnt *)y;
    return same_name(a->key.s, b->key.s) && same_value(&a->val, &b->val);
}

static bool same_value(const Value *a, const Value *b)
{
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case V_NUM: return a->num.v == b->num.v;
    case V_RANGE: return a->num.v == b->num.v && a->hi.v == b->hi.v;
    case V_STR: return same_text(a->str, b->str);
    case V_NAME: return same_name(a->name.s, b->name.s) && same_name(a->dari.s, b->dari.s);
    case V_PERIOD: return same_period(a->period, b->period);
    case V_MAP: return same_name(a->tag.s, b->tag.s) && same_list(&a->map, &b->map, same_entry);
    case V_EXPR: return same_expr(a->expr, b->expr);
    case V_NONE: return true;
    case V_BLOCK: return false;     /* a plan's (signatures): never repeated */
    }
    return false;
}

static bool same_prop(const Node *x, const Node *y)
{
    const Prop *a = (const Prop *)x, *b = (const Prop *)y;
    return same_name(a->name.s, b->name.s) && same_value(&a->val, &b->val);
}

static bool same_band(const Node *x, const Node *y)
{
    const Band *a = (const Band *)x, *b = (const Band *)y;
    return same_name(a->code.s, b->code.s) && same_text(a->label, b->label) && a->ge == b->ge &&
           a->threshold.v == b->threshold.v;
}

static bool same_param(const Node *x, const Node *y)
{
    return same_name(((const Param *)x)->name.s, ((const Param *)y)->name.s);
}

/* A unit's range as it means it: `persen` is `persen 0..100`. */
static bool unit_range(const Satuan *u, double *lo, double *hi)
{
    if (u->has_range) {
        *lo = u->lo.v;
        *hi = u->hi.v;
        return true;
    }
    *lo = 0;
    *hi = 100;
    return same_name(u->kind.s, "persen");
}

/* Two levels of a tingkat unit: the same name and value (or none). */
static bool same_level(const Node *x, const Node *y)
{
    const Level *a = (const Level *)x, *b = (const Level *)y;
    return same_name(a->code.s, b->code.s) && a->has_val == b->has_val && (!a->has_val || a->val.v == b->val.v);
}

static bool same_satuan(const Satuan *a, const Satuan *b)
{
    double alo, ahi, blo, bhi;
    bool ar = unit_range(a, &alo, &ahi), br = unit_range(b, &blo, &bhi);
    return same_name(a->kind.s, b->kind.s) && ar == br && (!ar || (alo == blo && ahi == bhi)) &&
           same_list(&a->levels, &b->levels, same_level) && same_text(a->label, b->label);
}

static bool same_fungsi(const Fungsi *a, const Fungsi *b)
{
    return same_list(&a->params, &b->params, same_param) && same_expr(a->body, b->body);
}

static bool same_data(const DataDecl *a, const DataDecl *b)
{
    return same_text(a->uraian, b->uraian) && same_name(a->satuan.s, b->satuan.s) &&
           same_list(&a->props, &b->props, same_prop);
}

/* Whether two declarations of one kind have the same definition. */
static bool same_decl(const Node *a, const Node *b)
{
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case N_SATUAN: return same_satuan((const Satuan *)a, (const Satuan *)b);
    case N_SKALA: return same_list(&((const Skala *)a)->bands, &((const Skala *)b)->bands, same_band);
    case N_FUNGSI: return same_fungsi((const Fungsi *)a, (const Fungsi *)b);
    case N_DATA: return same_data((const DataDecl *)a, (const DataDecl *)b);
    default: return false;
    }
}

/* ---- showing both -------------------------------------------------- */

/* Characters of each definition a message shows, and how many of them
 * come before the place where the two part. */
enum { SHOWN = 60, SHOWN_BEFORE = 20 };

/* The name a declaration declares, and where its definition starts: a
 * unit's kind, a fungsi's name (its parameters are part of it), what
 * follows the name of a scale or series. */
static Name decl_name(const Node *n, int *def)
{
    switch (n->kind) {
    case N_SATUAN: *def = ((const Satuan *)n)->kind.span.lo; return ((const Satuan *)n)->name;
    case N_SKALA: *def = ((const Skala *)n)->name.span.hi; return ((const Skala *)n)->name;
    case N_FUNGSI: *def = ((const Fungsi *)n)->name.span.lo; return ((const Fungsi *)n)->name;
    default: *def = ((const DataDecl *)n)->name.span.hi; return ((const DataDecl *)n)->name;
    }
}

/* The definition's source on one line, as it is compared: comments
 * dropped, each run of blanks one space. */
static void flat_source(Sbuf *b, const SrcFile *f, int lo, int hi)
{
    if (!f || !f->text || lo < 0 || (size_t)hi > f->len)
        return;
    bool blank = false, in_str = false;
    for (int i = lo; i < hi; i++) {
        char c = f->text[i];
        if (!in_str && c == '#') {
            while (i + 1 < hi && f->text[i + 1] != '\n')
                i++;
            blank = true;
            continue;
        }
        if (!in_str && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
            blank = true;
            continue;
        }
        if (blank && b->len)
            sb_putc(b, ' ');
        blank = false;
        sb_putc(b, c);
        if (in_str && c == '\\' && i + 1 < hi)
            sb_putc(b, f->text[++i]);
        else if (c == '"')
            in_str = !in_str;
    }
}

static const char *definition(Sema *s, const Node *n)
{
    int def;
    decl_name(n, &def);
    Sbuf b;
    sb_init(&b);
    flat_source(&b, src_get(s->src, n->span.file), def, n->span.hi);
    const char *r = ar_strdup(s->ar, b.s ? b.s : "");
    sb_free(&b);
    return r;
}

/* t from byte `from` for at most SHOWN bytes, cut at characters, with an
 * ellipsis where something is left out. */
static const char *window(Sema *s, const char *t, size_t from)
{
    size_t n = strlen(t), lo = from < n ? from : n;
    while (lo > 0 && (t[lo] & 0xC0) == 0x80)
        lo--;
    if (lo > 0 && t[lo] == ' ')
        lo++;                   /* "…u6", not "… u6" */
    size_t hi = n - lo > SHOWN ? lo + SHOWN : n;
    while (hi > lo && hi < n && (t[hi] & 0xC0) == 0x80)
        hi--;
    return ar_printf(s->ar, "%s%.*s%s", lo ? "…" : "", (int)(hi - lo), t + lo, hi < n ? "…" : "");
}

void sm_check_repeat(Sema *s, GKind k, const Node *first, const Node *again)
{
    if (same_decl(first, again))
        return;                 /* one declaration: the first stands */
    const char *a = definition(s, first), *b = definition(s, again);
    /* a long definition is shown from a little before where the two part,
     * so the difference is in the message however long the body is */
    size_t p = 0;
    while (a[p] && a[p] == b[p])
        p++;
    size_t from = (strlen(a) > SHOWN || strlen(b) > SHOWN) && p > SHOWN_BEFORE ? p - SHOWN_BEFORE : 0;
    int def;
    Name nm = decl_name(again, &def);
    dg_emit(s->d, "E011", nm.span,
            "%s '%s' is declared at %s as '%s'; here as '%s'; a name has one definition in a run: declare it the same way everywhere, or rename one",
            cat_kind_word(k), nm.s, sm_where(s, decl_name(first, &def).span), window(s, a, from), window(s, b, from));
}
