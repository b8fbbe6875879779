/*
 * build_common.c - what every report builder shares (build.h): growing
 * the document's blocks and tables in its arena, typed cells, spans and
 * header rows, the values of another period asked of the evaluator,
 * explain's words for a figure, the signature block and the heading of a
 * sasaran's group row (CLI.md "Documents").
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/num.h"
#include "eval/eval.h"
#include "out/out_eval.h"
#include "report/build.h"

RdDoc *rb_doc(const char *jenis, const char *title, bool en)
{
    Arena *a = ar_new();
    RdDoc *d = ar_alloc(a, sizeof *d);
    d->arena = a;
    d->jenis = jenis;
    d->title = title ? ar_strdup(a, title) : "";
    d->angka_en = en;
    return d;
}

void rb_free(RdDoc *d)
{
    if (d)
        ar_free(d->arena);
}

/* Blocks are few (tens): grown one by one, copied each time. */
static RdBlock *rb_push_block(RdDoc *d)
{
    RdBlock *b = ar_alloc(d->arena, (size_t)(d->nblocks + 1) * sizeof *b);
    if (d->nblocks)
        memcpy(b, d->blocks, (size_t)d->nblocks * sizeof *b);
    d->blocks = b;
    return &b[d->nblocks++];
}

void rb_block(RdDoc *d, RdBlockKind k, const char *text)
{
    RdBlock *b = rb_push_block(d);
    b->kind = k;
    b->text = text ? ar_strdup(d->arena, text) : NULL;
}

RbTable rb_table(RdDoc *d, const char *name, const char *caption, int ncols)
{
    RbTable tb = {.a = d->arena};
    tb.t = ar_alloc(d->arena, sizeof *tb.t);
    tb.t->name = name;
    tb.t->caption = caption ? ar_strdup(d->arena, caption) : NULL;
    tb.t->ncols = ncols;
    return tb;
}

void rb_table_done(RdDoc *d, RbTable *tb)
{
    RdTable *t = tb->t;
    while (t->nhead < t->nrows &&
           (t->rows[t->nhead].kind == RD_ROW_HEAD || t->rows[t->nhead].kind == RD_ROW_NUMBERS))
        t->nhead++;
    t->landscape = t->ncols > 6;
    RdBlock *b = rb_push_block(d);
    b->kind = RD_B_TABLE;
    b->table = t;
}

RdRow *rb_row(RbTable *tb, RdRowKind k)
{
    RdTable *t = tb->t;
    if (t->nrows == tb->cap) {
        int cap = tb->cap ? tb->cap * 2 : 16;
        RdRow *rows = ar_alloc(tb->a, (size_t)cap * sizeof *rows);
        if (t->nrows)
            memcpy(rows, t->rows, (size_t)t->nrows * sizeof *rows);
        t->rows = rows;
        tb->cap = cap;
    }
    RdRow *r = &t->rows[t->nrows++];
    r->kind = k;
    r->cells = ar_alloc(tb->a, (size_t)t->ncols * sizeof *r->cells);
    for (int i = 0; i < t->ncols; i++)
        r->cells[i].kind = RD_EMPTY;
    return r;
}

RdCell *rb_text(RdRow *row, int col, const char *s)
{
    RdCell *c = &row->cells[col];
    c->kind = s ? RD_TEXT : RD_EMPTY;
    c->text = s;
    c->align = RD_LEFT;
    return c;
}

RdCell *rb_num(RdRow *row, int col, double v, RdNumFmt f)
{
    RdCell *c = &row->cells[col];
    if (!isfinite(v)) {
        c->kind = RD_EMPTY;
        return c;
    }
    c->kind = RD_NUM;
    c->num = v;
    c->fmt = f;
    c->align = RD_RIGHT;
    return c;
}

RdCell *rb_val(RdRow *row, int col, RVal v, RdNumFmt f)
{
    if (!v.ada || !isfinite(v.v)) {
        RdCell *c = &row->cells[col];
        c->kind = RD_EMPTY;
        c->align = RD_RIGHT;
        return c;
    }
    return rb_num(row, col, nm_round2(v.v), f);
}

void rb_span(RbTable *tb, int row, int col, int cols, int rows)
{
    RdTable *t = tb->t;
    RdCell *c = &t->rows[row].cells[col];
    c->colspan = cols > 1 ? cols : 0;
    c->rowspan = rows > 1 ? rows : 0;
    for (int r = row; r < row + (rows > 1 ? rows : 1) && r < t->nrows; r++)
        for (int k = col; k < col + (cols > 1 ? cols : 1) && k < t->ncols; k++)
            if (r != row || k != col)
                t->rows[r].cells[k] = (RdCell){.kind = RD_COVERED};
}

void rb_head(RbTable *tb, RdRowKind k, const char *const *texts)
{
    RdRow *r = rb_row(tb, k);
    for (int i = 0; i < tb->t->ncols; i++)
        if (texts[i]) {
            rb_text(r, i, texts[i])->bold = true;
            r->cells[i].align = RD_CENTER;
        }
}

void rb_numbers(RbTable *tb, const bool *pair_start)
{
    RdRow *r = rb_row(tb, RD_ROW_NUMBERS);
    int n = 0;
    int row = tb->t->nrows - 1;
    for (int i = 0; i < tb->t->ncols; i++) {
        rb_text(r, i, ar_printf(tb->a, "%d", ++n))->align = RD_CENTER;
        if (pair_start && pair_start[i] && i + 1 < tb->t->ncols) {
            rb_span(tb, row, i, 2, 1);
            i++;
        }
    }
}

/* ---- values from the evaluator ---- */

RVal rb_value(RPlan *r, int b, const char *code, Period p)
{
    MExpr code_e = {.kind = MX_CODE, .u.code = code};
    MExpr per_e = {.kind = MX_PERIOD, .u.period = p};
    MExpr *args[2] = {&code_e, &per_e};
    MExpr call = {.kind = MX_BUILTIN, .op = b};
    call.u.call.args = args;
    call.u.call.nargs = 2;
    EvValue v = ev_expr(r, &call, NULL);
    return v.kind == EV_NUM ? (RVal){true, v.n} : (RVal){false, 0};
}

Period rb_year(const RPlan *r, int years_back)
{
    return (Period){P_YEAR, r->plan->tahun - years_back, 0};
}

Period rb_quarter(const RPlan *r, int tw)
{
    return (Period){P_TW, r->plan->tahun, tw};
}

const char *rb_explain(RdDoc *d, const RPlan *r, const char *code, const SrcSet *src)
{
    if (!out_explain_has(r, code))
        return NULL;
    char *s = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&s, &n);
    if (!f)
        return NULL;
    out_explain(f, r, code, src);
    fclose(f);
    while (n > 0 && s[n - 1] == '\n')
        s[--n] = '\0';
    const char *t = ar_strdup(d->arena, s);
    free(s);
    return t;
}

double rb_target_num(const MTarget *t)
{
    return t && t->set && !t->bad ? t->lo : NAN;
}

static RdParty rb_party(const MSigner *g, const char *role)
{
    RdParty p = {.set = g->set, .role = role};
    p.jabatan = g->jabatan;
    p.nama = g->nama;
    p.nip = g->nip;
    p.pangkat = g->pangkat;
    p.plt = g->plt;
    return p;
}

void rb_sign(RdDoc *d, const MPlan *pl, bool two_parties)
{
    RdSign *s = ar_alloc(d->arena, sizeof *s);
    s->tempat = pl->tempat;
    s->y = pl->tgl_y;
    s->m = pl->tgl_m;
    s->d = pl->tgl_d;
    if (two_parties) {
        s->left = rb_party(&pl->pihak_kedua, "PIHAK KEDUA");
        s->left.set = true;     /* its place is kept, blank when not written */
        s->right = rb_party(&pl->penandatangan, "PIHAK PERTAMA");
        s->right.set = true;
    } else {
        s->right = rb_party(&pl->penandatangan, NULL);
        s->right.set = true;
    }
    RdBlock *b = rb_push_block(d);
    b->kind = RD_B_SIGN;
    b->sign = s;
}

const char *rb_upper(RdDoc *d, const char *s)
{
    char *u = ar_strdup(d->arena, s ? s : "");
    for (char *p = u; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
    return u;
}

/* CLI.md: a sasaran's tingkat names its heading; without one, the
 * nearest program or kegiatan it lies in, a program at plan level, a
 * sasaran that holds sasaran (strategis), otherwise plain SASARAN. */
const char *rb_sas_heading(const MSas *s)
{
    if (s->tingkat) {
        if (strcmp(s->tingkat, "strategis") == 0)
            return "SASARAN STRATEGIS";
        if (strcmp(s->tingkat, "program") == 0)
            return "SASARAN PROGRAM";
        if (strcmp(s->tingkat, "kegiatan") == 0)
            return "SASARAN KEGIATAN";
    }
    for (const MSas *p = s->parent; p; p = p->parent) {
        if (p->kind == EL_KEGIATAN || p->kind == EL_SUBKEGIATAN)
            return "SASARAN KEGIATAN";
        if (p->kind == EL_PROGRAM)
            return "SASARAN PROGRAM";
    }
    for (int i = 0; i < s->plan->nels; i++)
        if (s->plan->els[i]->kind == EL_PROGRAM && !s->plan->els[i]->parent)
            return "SASARAN PROGRAM";
    for (int i = 0; i < s->nkids; i++)
        if (s->kids[i]->kind == EL_SASARAN)
            return "SASARAN STRATEGIS";
    return "SASARAN";
}
