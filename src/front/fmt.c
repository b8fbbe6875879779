/*
 * fmt.c - the formatter (fmt.h; the rules are docs/cli.md "fmt").
 *
 * The tree is printed line by line.  Each printed line knows the source
 * range [lo, hi) it comes from, and that is how comments find their
 * place (as gofmt interleaves its comment list by position): before a
 * line is printed, every comment not yet printed that starts before the
 * line's end goes out on its own line (the comments before the item, and
 * any that stood inside what now prints as one line); a comment that
 * follows the line's end on the same source line, with only blanks
 * between, trails the line.  Comments left at the end of a block are
 * printed before its `}`.  A blank line is printed where the source had
 * one between two printed things (never right after `{` or before `}`),
 * and between top-level declarations but inside a run of one-line
 * declarations of one kind.
 *
 * The items of a block are first made into rows: a row that prints on
 * one line carries cells, and consecutive one-line rows of one family (a
 * run with no comment or blank line between them) get their cells
 * padded to one width: the values of properties, the `:` of satuan, the
 * labels of bands, the columns of uji data.  Trailing comments of a run
 * start at one column.
 *
 * A new kind of item is one case in fm_row (one line) and, when it has
 * a block, one in fm_multi; a node not known here prints from its source
 * (fm_raw) so no text is ever lost.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "base/period.h"
#include "front/fmt.h"

enum {
    FM_WIDTH = 100,            /* a collapsed block or an inline map fits in it */
    FM_MAX_INLINE = 3,         /* properties of a block that may stay on its line */
    FM_CELLS = 4
};

/* Families of rows whose cells align. */
enum { FAM_NONE, FAM_PROP, FAM_SATUAN, FAM_BAND, FAM_MAPENT, FAM_ROW3, FAM_ROW4 };

typedef struct Fm {
    const Ast *a;
    const char *src;
    int len;
    Sbuf *out;
    Arena *ar;                 /* the cells of rows */
    int ci;                    /* the next comment not printed */
    int last;                  /* where the last thing printed ended in the source */
    int depth;                 /* indentation, two spaces a level */
    bool fresh;                /* nothing printed since the file or a block began */
    bool want_blank;           /* a blank line before the next thing (top level) */
} Fm;

typedef struct FmRow {
    const Node *n;
    int lo, hi;                /* its source range (of a one-line row) */
    bool one;                  /* prints on one line: cells */
    bool sep;                  /* top level: a blank line before it */
    int fam;
    int ncell;
    const char *cell[FM_CELLS];
    int trail;                 /* its trailing comment, -1: none (fm_block) */
} FmRow;

static void fm_expr(Fm *F, Sbuf *b, const Expr *e, int min, bool year);
static void fm_multi(Fm *F, const Node *n);
static bool fm_row(Fm *F, const Node *n, FmRow *r);
static void fm_block(Fm *F, const List *items, bool top);

/* ---- the source ---------------------------------------------------------- */

/* The next token at or after pos: blanks and comments skipped. */
static int fm_next_tok(const Fm *F, int pos)
{
    while (pos < F->len) {
        char c = F->src[pos];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            pos++;
        } else if (c == '#') {
            while (pos < F->len && F->src[pos] != '\n')
                pos++;
        } else {
            break;
        }
    }
    return pos;
}

/* A blank line stood somewhere in [from, to). */
static bool fm_blank_between(const Fm *F, int from, int to)
{
    int lo = 0, hi = F->a->nblanks;
    while (lo < hi) {                  /* the first blank at or after from */
        int mid = (lo + hi) / 2;
        if (F->a->blanks[mid] < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < F->a->nblanks && F->a->blanks[lo] < to;
}

/* The first comment that starts at or after pos (binary search: a block's
 * rows ask this of their braces, and a block may hold thousands). */
static int fm_comment_from(const Fm *F, int pos)
{
    int lo = F->ci, hi = F->a->ncomments;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (F->a->comments[mid].span.lo < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* A comment starts in [from, to). */
static bool fm_comment_between(const Fm *F, int from, int to)
{
    int k = fm_comment_from(F, from);
    return k < F->a->ncomments && F->a->comments[k].span.lo < to;
}

/* Comment k follows source offset hi on its line, with only blanks between. */
static bool fm_trails(const Fm *F, int k, int hi)
{
    if (k >= F->a->ncomments || F->a->comments[k].span.lo < hi)
        return false;
    for (int p = hi; p < F->a->comments[k].span.lo; p++)
        if (F->src[p] != ' ' && F->src[p] != '\t')
            return false;
    return true;
}

/* The tokens of [lo, hi) as written, on one line: comments left out (they
 * are printed before the line) and line breaks made single spaces. */
static void fm_raw(const Fm *F, Sbuf *b, int lo, int hi)
{
    bool in_str = false;
    for (int p = lo; p < hi; p++) {
        char c = F->src[p];
        if (in_str) {
            sb_putc(b, c);
            if (c == '\\' && p + 1 < hi)
                sb_putc(b, F->src[++p]);
            else if (c == '"')
                in_str = false;
        } else if (c == '"') {
            in_str = true;
            sb_putc(b, c);
        } else if (c == '#' || c == '\n' || c == '\r' || c == ' ' || c == '\t') {
            int q = p;
            bool nl = false;
            while (q < hi && (F->src[q] == ' ' || F->src[q] == '\t' || F->src[q] == '\r' || F->src[q] == '\n' ||
                              F->src[q] == '#')) {
                if (F->src[q] == '#')
                    while (q < hi && F->src[q] != '\n')
                        q++;
                else
                    nl |= F->src[q++] == '\n';
            }
            if (nl)
                sb_putc(b, ' ');
            else
                sb_add(b, F->src + p, (size_t)(q - p));
            p = q - 1;
        } else {
            sb_putc(b, c);
        }
    }
}

static void fm_span(const Fm *F, Sbuf *b, Span s)
{
    fm_raw(F, b, s.lo, s.hi);
}

/* ---- printing lines ------------------------------------------------------ */

static void fm_indent(Fm *F)
{
    for (int i = 0; i < F->depth; i++)
        sb_puts(F->out, "  ");
}

/* Before something that starts at source offset lo: the blank line the
 * author left there, or the one between top-level declarations. */
static void fm_gap(Fm *F, int lo)
{
    if (!F->fresh && (F->want_blank || fm_blank_between(F, F->last, lo)))
        sb_putc(F->out, '\n');
    F->want_blank = false;
    F->fresh = false;
}

/* '#' and the comment's text, its trailing blanks left out. */
static void fm_comment_text(Fm *F, const Comment *c)
{
    size_t n = strlen(c->text);
    while (n > 0 && (c->text[n - 1] == ' ' || c->text[n - 1] == '\t' || c->text[n - 1] == '\r'))
        n--;
    sb_putc(F->out, '#');
    sb_add(F->out, c->text, n);
}

/* Every comment not printed that starts before pos, each on its line. */
static void fm_flush(Fm *F, int pos)
{
    while (F->ci < F->a->ncomments && F->a->comments[F->ci].span.lo < pos) {
        const Comment *c = &F->a->comments[F->ci++];
        fm_gap(F, c->span.lo);
        fm_indent(F);
        fm_comment_text(F, c);
        sb_putc(F->out, '\n');
        F->last = c->span.hi;
    }
}

/* One line: text from source [lo, hi), its trailing comment at column
 * col (from 0, indentation included; at least two blanks after the text).  gap: a blank line
 * may come before it (not before a `}`). */
static void fm_line(Fm *F, int lo, int hi, const char *text, int col, bool gap)
{
    fm_flush(F, hi);
    if (gap)
        fm_gap(F, lo);
    F->want_blank = false;
    F->fresh = false;
    size_t start = F->out->len;
    fm_indent(F);
    sb_puts(F->out, text);
    F->last = hi;
    if (fm_trails(F, F->ci, hi)) {
        int w = utf8_cols(F->out->s + start, F->out->len - start);
        for (int i = w; i < col || i < w + 2; i++)
            sb_putc(F->out, ' ');
        fm_comment_text(F, &F->a->comments[F->ci]);
        F->last = F->a->comments[F->ci++].span.hi;
    }
    sb_putc(F->out, '\n');
}

/* The line that opens a block: its text ends in '{' at source brace. */
static void fm_open(Fm *F, int lo, int brace, const char *text)
{
    fm_line(F, lo, brace + 1, text, 0, true);
    F->depth++;
    F->fresh = true;
}

/* The `}` at source offset close: the block's last comments first. */
static void fm_close(Fm *F, int close)
{
    fm_flush(F, close);
    F->depth--;
    fm_line(F, close, close + 1, "}", 0, false);
}

/* ---- leaves --------------------------------------------------------------- */

/* A number as written, its integer digits grouped by threes with '_'
 * from four digits on, unless it is a year (tahun 2025), and the '_' of
 * its fraction left out. */
static void fm_num(Sbuf *b, const char *t, bool year)
{
    if (!t)
        t = "0";
    if (*t == '-')
        sb_putc(b, *t++);
    const char *dot = strchr(t, '.');
    size_t n = dot ? (size_t)(dot - t) : strlen(t);
    int nd = 0;
    for (size_t i = 0; i < n; i++)
        nd += t[i] != '_';
    int k = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i] == '_')
            continue;
        if (k > 0 && !year && nd >= 4 && (nd - k) % 3 == 0)
            sb_putc(b, '_');
        sb_putc(b, t[i]);
        k++;
    }
    if (dot)
        for (const char *p = dot; *p; p++)
            if (*p != '_')
                sb_putc(b, *p);
}

static void fm_period(Sbuf *b, Period p)
{
    char buf[PD_BUFSZ];
    sb_puts(b, pd_format(p, buf, sizeof buf));
}

/* A string as written, escapes kept; the {expr} of a message formatted. */
static void fm_str(Fm *F, Sbuf *b, const Str *s)
{
    if (!s)
        return;
    if (!s->interp) {
        sb_add(b, F->src + s->span.lo, (size_t)(s->span.hi - s->span.lo));
        return;
    }
    int k = 0, p = s->span.lo;
    while (p < s->span.hi) {
        char c = F->src[p];
        sb_putc(b, c);
        if (c == '\\' && p + 1 < s->span.hi) {
            sb_putc(b, F->src[++p]);
        } else if (c == '{') {
            while (k < s->n && !s->parts[k].expr)
                k++;
            if (k == s->n) {                    /* cannot happen: left as written */
                sb_add(b, F->src + p + 1, (size_t)(s->span.hi - p - 1));
                return;
            }
            const Expr *e = s->parts[k++].expr;
            fm_expr(F, b, e, 0, false);
            p = fm_next_tok(F, e->h.span.hi);    /* the '}' */
            continue;
        }
        p++;
    }
}

static void fm_name(Sbuf *b, Name n)
{
    sb_puts(b, n.s ? n.s : "");
}

/* ---- expressions ---------------------------------------------------------- */

/* Precedence, loosest first, as grammar/rkt.y declares it. */
enum { PR_IF = 1, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_ADD, PR_MUL, PR_NEG, PR_ATOM };

static int fm_bin_prec(BinOp op)
{
    switch (op) {
    case OP_OR: return PR_OR;
    case OP_AND: return PR_AND;
    case OP_ADD: case OP_SUB: return PR_ADD;
    case OP_MUL: case OP_DIV: return PR_MUL;
    default: return PR_CMP;
    }
}

static const char *fm_bin_op(BinOp op)
{
    static const char *const ops[] = {"+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "dan", "atau"};
    return op <= OP_OR ? ops[op] : "?";
}

static int fm_prec(const Expr *e)
{
    switch (e->kind) {
    case EX_IF: return PR_IF;
    case EX_BIN: return fm_bin_prec(e->u.bin.op);
    case EX_NOT: return PR_NOT;
    case EX_NEG: return PR_NEG;
    default: return PR_ATOM;
    }
}

/* e with parentheses where its precedence is below min, and only there:
 * a left operand binds at its operator's level, a right one above it
 * (comparisons do not chain: both sides above), a `jika` inside another
 * expression is always in parentheses (its `lainnya` would take what
 * follows).  year: a number here reads as a year (a call's period). */
static void fm_expr(Fm *F, Sbuf *b, const Expr *e, int min, bool year)
{
    bool par = fm_prec(e) < min;
    if (par)
        sb_putc(b, '(');
    switch (e->kind) {
    case EX_NUM:
        fm_num(b, e->u.num.text, year && pd_year_ok(e->u.num.v));
        break;
    case EX_STR:
        fm_str(F, b, e->u.str);
        break;
    case EX_NAME:
        fm_name(b, e->u.name);
        break;
    case EX_PERIOD:
        fm_period(b, e->u.period);
        break;
    case EX_NEG:
        sb_putc(b, '-');        /* - -x reads as a decrement: -(-x) */
        fm_expr(F, b, e->u.un, e->u.un->kind == EX_NEG ? PR_ATOM + 1 : PR_NEG, false);
        break;
    case EX_NOT:
        sb_puts(b, "bukan ");
        fm_expr(F, b, e->u.un, PR_NOT, false);
        break;
    case EX_BIN: {
        int p = fm_bin_prec(e->u.bin.op);
        fm_expr(F, b, e->u.bin.a, p == PR_CMP ? p + 1 : p, false);
        sb_printf(b, " %s ", fm_bin_op(e->u.bin.op));
        fm_expr(F, b, e->u.bin.b, p + 1, false);
        break;
    }
    case EX_IF:
        sb_puts(b, "jika ");
        fm_expr(F, b, e->u.cond.c, 0, false);
        sb_puts(b, " maka ");
        fm_expr(F, b, e->u.cond.a, 0, false);
        sb_puts(b, " lainnya ");
        fm_expr(F, b, e->u.cond.b, 0, false);
        break;
    case EX_CALL: {
        fm_name(b, e->u.call.fn);
        sb_putc(b, '(');
        int i = 0;
        for (const Node *a = e->u.call.args.head; a; a = a->next, i++) {
            if (i)
                sb_puts(b, ", ");
            fm_expr(F, b, (const Expr *)a, 0, i > 0);
        }
        sb_putc(b, ')');
        break;
    }
    default:
        fm_span(F, b, e->h.span);
        break;
    }
    if (par)
        sb_putc(b, ')');
}

/* ---- values ---------------------------------------------------------------- */

/* Properties whose numbers are years: never grouped. */
static bool fm_year_prop(const Prop *p)
{
    return p->name.s && (strcmp(p->name.s, "tahun") == 0 || strcmp(p->name.s, "periode") == 0);
}

static void fm_mapent_key(Sbuf *b, const MapEnt *m)
{
    if (m->key_is_year)
        fm_num(b, m->key.s, true);
    else
        fm_name(b, m->key);
    sb_putc(b, ':');
}

static void fm_numval(Sbuf *b, const Value *v, bool year)
{
    if (v->kind == V_NAME) {        /* a level as a map entry's value */
        fm_name(b, v->name);
        return;
    }
    fm_num(b, v->num.text, year);
    if (v->kind == V_RANGE) {
        sb_puts(b, "..");
        fm_num(b, v->hi.text, year);
    }
}

/* A map that cannot stay on one line: a comment or a blank line inside. */
static bool fm_map_broken(const Fm *F, const Value *v)
{
    return fm_comment_between(F, v->span.lo, v->span.hi) || fm_blank_between(F, v->span.lo, v->span.hi);
}

/* A property's value on one line (a map with its entries inline). */
static void fm_value(Fm *F, Sbuf *b, const Prop *p)
{
    const Value *v = &p->val;
    switch (v->kind) {
    case V_NUM: case V_RANGE:
        fm_numval(b, v, fm_year_prop(p));
        break;
    case V_STR:
        fm_str(F, b, v->str);
        break;
    case V_NAME:
        fm_name(b, v->name);
        if (v->dari.s) {
            sb_puts(b, " dari ");
            fm_name(b, v->dari);
        }
        break;
    case V_PERIOD:
        fm_period(b, v->period);
        break;
    case V_MAP:
        if (v->tag.s) {             /* periodik { ... } */
            fm_name(b, v->tag);
            sb_putc(b, ' ');
        }
        if (!v->map.head) {
            sb_puts(b, "{}");
            break;
        }
        sb_puts(b, "{ ");
        for (const Node *n = v->map.head; n; n = n->next) {
            const MapEnt *m = (const MapEnt *)n;
            fm_mapent_key(b, m);
            sb_putc(b, ' ');
            fm_numval(b, &m->val, false);
            sb_puts(b, n->next ? ", " : " }");
        }
        break;
    case V_EXPR:
        sb_puts(b, "= ");
        fm_expr(F, b, v->expr, 0, false);
        break;
    default:
        fm_span(F, b, v->span);
        break;
    }
}

/* ---- rows ----------------------------------------------------------------- */

static const char *fm_take(Fm *F, Sbuf *b)
{
    const char *s = ar_strndup(F->ar, b->s ? b->s : "", b->len);
    sb_clear(b);
    return s;
}

static void fm_cell(Fm *F, FmRow *r, Sbuf *b)
{
    r->cell[r->ncell++] = fm_take(F, b);
}

/* A row of one cell, printed as it is. */
static bool fm_single(Fm *F, FmRow *r, Sbuf *b)
{
    r->one = true;
    fm_cell(F, r, b);
    return true;
}

/* The width the current indentation and s take. */
static int fm_cols(const Fm *F, const char *s)
{
    return 2 * F->depth + utf8_cols(s, strlen(s));
}

/* `KIND CODE ["uraian"]`, the head of an element or an indicator. */
static void fm_head(Fm *F, Sbuf *b, const char *kind, Name code, const Str *uraian)
{
    sb_puts(b, kind);
    sb_putc(b, ' ');
    fm_name(b, code);
    if (uraian) {
        sb_putc(b, ' ');
        fm_str(F, b, uraian);
    }
}

/* A property as one line: NAME and its value; false for a map that must
 * be broken.  cells: two cells to align, else one. */
static bool fm_prop_row(Fm *F, const Prop *p, FmRow *r, bool cells)
{
    Sbuf b;
    sb_init(&b);
    bool ok = true;
    if (p->val.kind == V_MAP && fm_map_broken(F, &p->val))
        ok = false;
    if (ok) {
        fm_name(&b, p->name);
        sb_putc(&b, ' ');
        size_t at = b.len;
        fm_value(F, &b, p);
        ok = !strchr(b.s, '\n') && (p->val.kind != V_MAP || fm_cols(F, b.s) <= FM_WIDTH);
        if (ok && cells && p->val.kind != V_MAP) {
            r->one = true;
            r->fam = FAM_PROP;
            r->cell[r->ncell++] = ar_strndup(F->ar, b.s, at - 1);
            r->cell[r->ncell++] = ar_strndup(F->ar, b.s + at, b.len - at);
        } else if (ok) {
            fm_single(F, r, &b);
        }
    }
    sb_free(&b);
    return ok;
}

/* A block that stays on its line: at most three properties, each on one
 * line, nothing else, no comment and no blank line between its braces,
 * and the whole within FM_WIDTH columns.  head is the text before '{'. */
static bool fm_collapse(Fm *F, FmRow *r, const char *head, int brace, int close, const List *items)
{
    if (items->n > FM_MAX_INLINE || fm_blank_between(F, brace, close) || fm_comment_between(F, brace, close))
        return false;
    Sbuf b;
    sb_init(&b);
    sb_puts(&b, head);
    sb_puts(&b, items->head ? " { " : " {}");
    bool ok = true;
    for (const Node *n = items->head; n && ok; n = n->next) {
        FmRow pr = {0};
        ok = n->kind == N_PROP && fm_prop_row(F, (const Prop *)n, &pr, false);
        if (ok) {
            sb_puts(&b, pr.cell[0]);
            sb_puts(&b, n->next ? "  " : " }");
        }
    }
    ok = ok && fm_cols(F, b.s) <= FM_WIDTH;
    if (ok)
        fm_single(F, r, &b);
    sb_free(&b);
    return ok;
}

/* Where the block of a node opens: the '{' after its head. */
static int fm_brace_after(const Fm *F, int pos)
{
    return fm_next_tok(F, pos);
}

/* The head of a node with a block, its '{' and its `}`; false for a node
 * without one. */
typedef struct FmBlock {
    Sbuf head;
    int brace, close;
    const List *items;
} FmBlock;

static bool fm_block_of(Fm *F, const Node *n, FmBlock *k)
{
    sb_init(&k->head);
    k->close = n->span.hi - 1;
    switch (n->kind) {
    case N_ELEMENT: {
        const Element *e = (const Element *)n;
        fm_head(F, &k->head, el_kind_name(e->el), e->code, e->uraian);
        k->brace = fm_brace_after(F, e->uraian ? e->uraian->span.hi : e->code.span.hi);
        k->items = &e->items;
        return e->block;
    }
    case N_INDIKATOR: {
        const Indikator *e = (const Indikator *)n;
        fm_head(F, &k->head, "indikator", e->code, e->uraian);
        k->brace = fm_brace_after(F, e->uraian ? e->uraian->span.hi : e->code.span.hi);
        k->items = &e->props;
        return true;
    }
    case N_PLAN: {
        const Plan *p = (const Plan *)n;
        fm_head(F, &k->head, plan_kind_name(p->pk), p->code, p->title);
        k->brace = fm_brace_after(F, p->title ? p->title->span.hi : p->code.span.hi);
        k->items = &p->items;
        return true;
    }
    case N_DATA: {
        const DataDecl *d = (const DataDecl *)n;
        fm_head(F, &k->head, "data", d->name, d->uraian);
        sb_puts(&k->head, " satuan ");
        fm_name(&k->head, d->satuan);
        k->brace = fm_brace_after(F, d->satuan.span.hi);
        k->items = &d->props;
        return d->props.head != NULL;
    }
    case N_SKALA: {
        const Skala *s = (const Skala *)n;
        sb_puts(&k->head, "skala ");
        fm_name(&k->head, s->name);
        k->brace = fm_brace_after(F, s->name.span.hi);
        k->items = &s->bands;
        return true;
    }
    case N_UJI: {
        const Uji *u = (const Uji *)n;
        sb_puts(&k->head, "uji ");
        fm_str(F, &k->head, u->name);
        k->brace = fm_brace_after(F, u->name->span.hi);
        k->items = &u->items;
        return true;
    }
    case N_UJIDATA: {
        const UjiData *d = (const UjiData *)n;
        sb_puts(&k->head, "data");
        k->brace = fm_brace_after(F, n->span.lo + 4);
        k->items = &d->rows;
        return true;
    }
    default:
        return false;
    }
}

/* Nodes whose block of properties may stay on its line. */
static bool fm_collapsible(const Node *n)
{
    return n->kind == N_ELEMENT || n->kind == N_INDIKATOR || n->kind == N_PLAN || n->kind == N_DATA;
}

/* Makes node n into a row: true when it prints on one line (r's cells
 * set); false when fm_multi prints it. */
static bool fm_row(Fm *F, const Node *n, FmRow *r)
{
    memset(r, 0, sizeof *r);
    r->n = n;
    r->lo = n->span.lo;
    r->hi = n->span.hi;
    r->trail = -1;
    Sbuf b;
    sb_init(&b);
    bool one = true;
    FmBlock k;
    bool has_block = fm_block_of(F, n, &k);
    switch (n->kind) {
    case N_PROP:
        one = fm_prop_row(F, (const Prop *)n, r, true);
        break;
    case N_IMPOR:
        sb_puts(&b, "impor ");
        fm_str(F, &b, ((const Impor *)n)->what);
        fm_single(F, r, &b);
        break;
    case N_SATUAN: {
        const Satuan *s = (const Satuan *)n;
        sb_puts(&b, "satuan ");
        fm_name(&b, s->name);
        if (s->label) {             /* the display label of the documents */
            sb_putc(&b, ' ');
            fm_str(F, &b, s->label);
        }
        fm_cell(F, r, &b);
        sb_puts(&b, ": ");
        fm_name(&b, s->kind);
        if (s->has_range) {
            sb_putc(&b, ' ');
            fm_num(&b, s->lo.text, false);
            sb_puts(&b, "..");
            fm_num(&b, s->hi.text, false);
        }
        if (s->has_levels) {        /* tingkat { WTP, WDP = 75 }: best first */
            sb_puts(&b, " {");
            for (const Node *l = s->levels.head; l; l = l->next) {
                const Level *v = (const Level *)l;
                sb_putc(&b, ' ');
                fm_name(&b, v->code);
                if (v->has_val) {
                    sb_puts(&b, " = ");
                    fm_num(&b, v->val.text, false);
                }
                if (l->next)
                    sb_putc(&b, ',');
            }
            sb_puts(&b, " }");
        }
        fm_cell(F, r, &b);
        r->one = true;
        r->fam = FAM_SATUAN;
        break;
    }
    case N_BAND: {
        const Band *d = (const Band *)n;
        fm_name(&b, d->code);
        fm_cell(F, r, &b);
        fm_str(F, &b, d->label);
        fm_cell(F, r, &b);
        sb_puts(&b, d->ge ? ": >= " : ": > ");
        fm_num(&b, d->threshold.text, false);
        fm_cell(F, r, &b);
        r->one = true;
        r->fam = FAM_BAND;
        break;
    }
    case N_FUNGSI: {
        const Fungsi *f = (const Fungsi *)n;
        sb_puts(&b, "fungsi ");
        fm_name(&b, f->name);
        sb_putc(&b, '(');
        for (const Node *p = f->params.head; p; p = p->next) {
            fm_name(&b, ((const Param *)p)->name);
            if (p->next)
                sb_puts(&b, ", ");
        }
        sb_puts(&b, ") = ");
        fm_expr(F, &b, f->body, 0, false);
        fm_single(F, r, &b);
        break;
    }
    case N_MAPENT: {
        const MapEnt *m = (const MapEnt *)n;
        fm_mapent_key(&b, m);
        fm_cell(F, r, &b);
        fm_numval(&b, &m->val, false);
        fm_cell(F, r, &b);
        r->one = true;
        r->fam = FAM_MAPENT;
        break;
    }
    case N_ROW: {
        const Row *w = (const Row *)n;
        if (w->plan.s) {
            fm_name(&b, w->plan);
            fm_cell(F, r, &b);
        }
        fm_name(&b, w->code);
        fm_cell(F, r, &b);
        fm_period(&b, w->period);
        fm_cell(F, r, &b);
        if (w->level.s)             /* a level as the value (OPINI 2025 WDP) */
            fm_name(&b, w->level);
        else
            fm_num(&b, w->val.text, false);
        fm_cell(F, r, &b);
        r->one = true;
        r->fam = w->plan.s ? FAM_ROW4 : FAM_ROW3;
        break;
    }
    case N_HARAP: {
        const Harap *h = (const Harap *)n;
        sb_puts(&b, "harap ");
        if (h->expr) {
            fm_expr(F, &b, h->expr, 0, false);
        } else {
            sb_puts(&b, "temuan ");
            fm_str(F, &b, h->temuan);
        }
        fm_single(F, r, &b);
        break;
    }
    case N_ELEMENT:
        if (!has_block) {            /* a link, or an element without a block */
            const Element *e = (const Element *)n;
            sb_puts(&b, el_kind_name(e->el));
            fm_cell(F, r, &b);
            fm_name(&b, e->code);
            if (e->uraian) {
                sb_putc(&b, ' ');
                fm_str(F, &b, e->uraian);
            }
            fm_cell(F, r, &b);
            r->one = true;
            r->fam = FAM_PROP;
            break;
        }
        /* fall through */
    case N_INDIKATOR: case N_PLAN: case N_DATA:
        if (!has_block) {            /* data without properties */
            fm_single(F, r, &k.head);
            break;
        }
        one = fm_collapsible(n) && fm_collapse(F, r, k.head.s, k.brace, k.close, k.items);
        break;
    case N_SKALA: case N_UJI: case N_UJIDATA: case N_ATURAN:
        one = false;
        break;
    default:
        fm_span(F, &b, n->span);
        fm_single(F, r, &b);
        break;
    }
    sb_free(&k.head);
    sb_free(&b);
    r->one = one && r->one;
    return r->one;
}

/* ---- blocks ---------------------------------------------------------------- */

/* The end of the run of one-line rows that starts at i: no comment and no
 * blank line between its rows (nor a top-level separation).  Sets each
 * row's trailing comment. */
static int fm_run_end(Fm *F, FmRow *rows, int i, int n)
{
    int k = F->ci, end = 0, j = i;
    for (; j < n && rows[j].one; j++) {
        FmRow *r = &rows[j];
        if (j > i && (r->sep || (k < F->a->ncomments && F->a->comments[k].span.lo < r->hi) ||
                      fm_blank_between(F, end, r->lo)))
            break;
        while (k < F->a->ncomments && F->a->comments[k].span.lo < r->hi)
            k++;
        r->trail = fm_trails(F, k, r->hi) ? k++ : -1;
        end = r->trail >= 0 ? F->a->comments[r->trail].span.hi : r->hi;
    }
    return j;
}

/* Prints the run rows[i..j): cells padded in each stretch of one family,
 * trailing comments at one column. */
static void fm_run(Fm *F, FmRow *rows, int i, int j)
{
    const char **text = xmalloc((size_t)(j - i) * sizeof *text);
    Sbuf b;
    sb_init(&b);
    int col = 0;
    for (int s = i; s < j;) {
        int e = s + 1;
        while (rows[s].fam && e < j && rows[e].fam == rows[s].fam && rows[e].ncell == rows[s].ncell)
            e++;
        int w[FM_CELLS] = {0};
        for (int r = s; r < e; r++)
            for (int c = 0; c < rows[r].ncell; c++) {
                int cw = utf8_cols(rows[r].cell[c], strlen(rows[r].cell[c]));
                if (cw > w[c])
                    w[c] = cw;
            }
        for (int r = s; r < e; r++) {
            const FmRow *x = &rows[r];
            for (int c = 0; c < x->ncell; c++) {
                if (w[c] == 0)          /* a column empty in every row */
                    continue;
                if (b.len)
                    sb_putc(&b, ' ');
                sb_puts(&b, x->cell[c]);
                if (c + 1 < x->ncell)
                    for (int p = utf8_cols(x->cell[c], strlen(x->cell[c])); p < w[c]; p++)
                        sb_putc(&b, ' ');
            }
            text[r - i] = fm_take(F, &b);
            if (x->trail >= 0 && fm_cols(F, text[r - i]) + 2 > col)
                col = fm_cols(F, text[r - i]) + 2;
        }
        s = e;
    }
    for (int r = i; r < j; r++) {
        if (rows[r].sep)
            F->want_blank = true;
        fm_line(F, rows[r].lo, rows[r].hi, text[r - i], col, true);
    }
    sb_free(&b);
    free(text);
}

/* The items of a block (or of the file, top), one row at a time. */
static void fm_block(Fm *F, const List *items, bool top)
{
    FmRow *rows = xmalloc((size_t)(items->n + 1) * sizeof *rows);
    int n = 0;
    for (const Node *it = items->head; it; it = it->next, n++) {
        fm_row(F, it, &rows[n]);
        rows[n].sep = top && n > 0 && !(rows[n - 1].one && rows[n].one && rows[n - 1].n->kind == it->kind);
    }
    for (int i = 0; i < n;) {
        if (!rows[i].one) {
            if (rows[i].sep)
                F->want_blank = true;
            fm_multi(F, rows[i].n);
            i++;
            continue;
        }
        int j = fm_run_end(F, rows, i, n);
        fm_run(F, rows, i, j);
        i = j;
    }
    free(rows);
}

/* A map broken over lines: `NAME {`, an entry a line, `}`. */
static void fm_map_lines(Fm *F, const Prop *p)
{
    Sbuf b;
    sb_init(&b);
    fm_name(&b, p->name);
    if (p->val.tag.s) {
        sb_putc(&b, ' ');
        fm_name(&b, p->val.tag);
    }
    sb_puts(&b, " {");
    fm_open(F, p->h.span.lo, p->val.span.lo, b.s);
    fm_block(F, &p->val.map, false);
    fm_close(F, p->val.span.hi - 1);
    sb_free(&b);
}

/* aturan "name" { [untuk ...] [jika COND] maka SEV "message" } */
static void fm_aturan(Fm *F, const Aturan *a)
{
    Sbuf b;
    sb_init(&b);
    sb_puts(&b, "aturan ");
    fm_str(F, &b, a->name);
    sb_puts(&b, " {");
    int at = fm_brace_after(F, a->name->span.hi);
    fm_open(F, a->h.span.lo, at, b.s);
    at++;
    if (a->quant != Q_NONE) {
        sb_clear(&b);
        sb_puts(&b, a->quant == Q_SASARAN ? "untuk sasaran " : "untuk indikator ");
        fm_name(&b, a->var);
        int hi = a->var.span.hi;
        if (a->within.s) {
            sb_puts(&b, " dalam ");
            fm_name(&b, a->within);
            hi = a->within.span.hi;
        }
        fm_line(F, fm_next_tok(F, at), hi, b.s, 0, true);
        at = hi;
    }
    if (a->cond) {
        sb_clear(&b);
        sb_puts(&b, "jika ");
        fm_expr(F, &b, a->cond, 0, false);
        fm_line(F, fm_next_tok(F, at), a->cond->h.span.hi, b.s, 0, true);
        at = a->cond->h.span.hi;
    }
    sb_clear(&b);
    sb_puts(&b, "maka ");
    fm_name(&b, a->sev);
    sb_putc(&b, ' ');
    fm_str(F, &b, a->msg);
    fm_line(F, fm_next_tok(F, at), a->msg->span.hi, b.s, 0, true);
    fm_close(F, a->h.span.hi - 1);
    sb_free(&b);
}

/* A node that prints on several lines. */
static void fm_multi(Fm *F, const Node *n)
{
    if (n->kind == N_ATURAN) {
        fm_aturan(F, (const Aturan *)n);
        return;
    }
    if (n->kind == N_PROP) {
        fm_map_lines(F, (const Prop *)n);
        return;
    }
    FmBlock k;
    if (!fm_block_of(F, n, &k)) {        /* cannot happen: as written */
        sb_free(&k.head);
        Sbuf b;
        sb_init(&b);
        fm_span(F, &b, n->span);
        fm_line(F, n->span.lo, n->span.hi, b.s, 0, true);
        sb_free(&b);
        return;
    }
    if (!k.items->head && !fm_comment_between(F, k.brace, k.close)) {
        sb_puts(&k.head, " {}");            /* an empty block */
        fm_line(F, n->span.lo, n->span.hi, k.head.s, 0, true);
        sb_free(&k.head);
        return;
    }
    sb_puts(&k.head, " {");
    fm_open(F, n->span.lo, k.brace, k.head.s);
    fm_block(F, k.items, false);
    fm_close(F, k.close);
    sb_free(&k.head);
}

void fm_format(const Ast *a, const SrcFile *f, Sbuf *out)
{
    Fm F = {0};
    F.a = a;
    F.src = f->text;
    F.len = (int)f->len;
    F.out = out;
    F.ar = ar_new();
    F.fresh = true;
    fm_block(&F, &a->items, true);
    fm_flush(&F, INT_MAX);
    ar_free(F.ar);
}
