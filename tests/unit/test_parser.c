/*
 * test_parser.c - unit tests of the grammar (grammar/rkt.y): the syntax
 * tree of each kind of declaration with its fields and spans, expression
 * precedence, interpolated messages, uji blocks, what error recovery keeps
 * of a file, and the comments kept for the formatter.  Text is parsed in
 * memory through ld_load_text.  The syntax errors themselves, with their
 * positions and hints, are golden cases (tests/golden/check/syntax.t,
 * tests/golden/diag/syntax.t).
 */
#include "testutil.h"
#include "front/parse.h"

#include "front/load.h"

typedef struct Parsed {
    Program p;
    Ast *ast;
} Parsed;

static Parsed *parse(const char *text)
{
    Parsed *x = calloc(1, sizeof *x);
    assert_non_null(x);
    ld_init(&x->p);
    ld_load_text(&x->p, "t.rkt", text);
    assert_int_equal(x->p.nasts, 1);
    x->ast = x->p.asts[0];
    return x;
}

static void parsed_free(Parsed *x)
{
    ld_free(&x->p);
    free(x);
}

static Node *item(const Parsed *x, int i)
{
    Node *n = x->ast->items.head;
    while (n && i-- > 0)
        n = n->next;
    assert_non_null(n);
    return n;
}

static Node *nth(List l, int i)
{
    Node *n = l.head;
    while (n && i-- > 0)
        n = n->next;
    assert_non_null(n);
    return n;
}

/* Spans are bytes; lines and columns come from the file's line map. */
static void assert_span_in(const Parsed *x, Span s, int l1, int c1, int l2, int c2)
{
    SrcPos lo = src_span_lo(&x->p.src, s), hi = src_span_hi(&x->p.src, s);
    assert_int_equal(lo.line, l1);
    assert_int_equal(lo.col, c1);
    assert_int_equal(hi.line, l2);
    assert_int_equal(hi.col, c2);
}
#define assert_span(s, l1, c1, l2, c2) assert_span_in(x, s, l1, c1, l2, c2)

static void assert_no_diags(const Parsed *x)
{
    if (x->p.diags.n)
        fprintf(stderr, "unexpected: %s %s\n", x->p.diags.v[0].code, x->p.diags.v[0].msg);
    assert_int_equal(x->p.diags.n, 0);
}

static const char *text0(const Str *s)
{
    assert_non_null(s);
    assert_true(s->n >= 1);
    return s->parts[0].text;
}

/* Parses only (no semantic checks): the tree as the parser built it. */
static Parsed *parse_ok(const char *text)
{
    Parsed *x = parse(text);
    /* ld_load_text does not run sema: these are the parser's own. */
    assert_no_diags(x);
    return x;
}

/* ---- declarations ---------------------------------------------------- */

static void test_impor(void **state)
{
    Parsed *x = parse("impor \"satuan.rkt\"\n");
    /* the import cannot be found from an in-memory file: E021, nothing else */
    assert_int_equal(x->p.diags.n, 1);
    assert_string_equal(x->p.diags.v[0].code, "E021");
    Impor *im = (Impor *)item(x, 0);
    assert_int_equal(im->h.kind, N_IMPOR);
    assert_string_equal(text0(im->what), "satuan.rkt");
    assert_span(im->h.span, 1, 1, 1, 19);
    assert_span(im->what->span, 1, 7, 1, 19);
    assert_int_equal(im->file, -1);
    parsed_free(x);
}

static void test_satuan(void **state)
{
    Parsed *x = parse_ok("satuan sertifikat : cacah\nsatuan nilai : indeks 0..100\nsatuan jenis : cacah\n");
    assert_int_equal(x->ast->items.n, 3);
    Satuan *a = (Satuan *)item(x, 0);
    assert_int_equal(a->h.kind, N_SATUAN);
    assert_string_equal(a->name.s, "sertifikat");
    assert_span(a->name.span, 1, 8, 1, 18);
    assert_string_equal(a->kind.s, "cacah");
    assert_false(a->has_range);
    assert_span(a->h.span, 1, 1, 1, 26);
    Satuan *b = (Satuan *)item(x, 1);
    assert_true(b->has_range);
    assert_true(b->lo.v == 0 && b->hi.v == 100);
    assert_string_equal(b->hi.text, "100");
    assert_span(b->h.span, 2, 1, 2, 29);
    /* a property word is a valid name */
    assert_string_equal(((Satuan *)item(x, 2))->name.s, "jenis");
    parsed_free(x);
}

static void test_skala(void **state)
{
    Parsed *x = parse_ok("skala PREDIKAT {\n  AA \"Sangat Memuaskan\" : > 90\n  D \"Kurang\" : >= 0\n  E : >= -10\n}\n");
    Skala *s = (Skala *)item(x, 0);
    assert_int_equal(s->h.kind, N_SKALA);
    assert_string_equal(s->name.s, "PREDIKAT");
    assert_int_equal(s->bands.n, 3);
    Band *b0 = (Band *)nth(s->bands, 0);
    assert_string_equal(b0->code.s, "AA");
    assert_string_equal(text0(b0->label), "Sangat Memuaskan");
    assert_false(b0->ge);
    assert_true(b0->threshold.v == 90);
    assert_span(b0->h.span, 2, 3, 2, 31);
    assert_span(b0->threshold.span, 2, 29, 2, 31);
    Band *b1 = (Band *)nth(s->bands, 1);
    assert_true(b1->ge);
    assert_true(b1->threshold.v == 0);
    Band *b2 = (Band *)nth(s->bands, 2);
    assert_null(b2->label);                          /* the label is optional */
    assert_true(b2->threshold.v == -10);
    assert_string_equal(b2->threshold.text, "-10");
    assert_span(s->h.span, 1, 1, 5, 2);
    parsed_free(x);
}

static void test_fungsi(void **state)
{
    Parsed *x = parse_ok("fungsi rasio(a, b) = a / b * 100\nfungsi nol() = 0\n");
    Fungsi *f = (Fungsi *)item(x, 0);
    assert_int_equal(f->h.kind, N_FUNGSI);
    assert_string_equal(f->name.s, "rasio");
    assert_int_equal(f->params.n, 2);
    assert_string_equal(((Param *)nth(f->params, 1))->name.s, "b");
    assert_span(((Param *)nth(f->params, 1))->name.span, 1, 17, 1, 18);
    /* (a / b) * 100: left associative */
    Expr *e = f->body;
    assert_int_equal(e->kind, EX_BIN);
    assert_int_equal(e->u.bin.op, OP_MUL);
    assert_int_equal(e->u.bin.a->kind, EX_BIN);
    assert_int_equal(e->u.bin.a->u.bin.op, OP_DIV);
    assert_true(e->u.bin.b->u.num.v == 100);
    assert_span(e->h.span, 1, 22, 1, 33);
    assert_span(f->h.span, 1, 1, 1, 33);
    assert_int_equal(((Fungsi *)item(x, 1))->params.n, 0);
    parsed_free(x);
}

static void test_data(void **state)
{
    Parsed *x = parse_ok("data ikm_u1 \"Unsur 1\" satuan nilai_unsur { konsolidasi rata }\ndata d2 satuan persen\n");
    DataDecl *d = (DataDecl *)item(x, 0);
    assert_int_equal(d->h.kind, N_DATA);
    assert_string_equal(d->name.s, "ikm_u1");
    assert_string_equal(text0(d->uraian), "Unsur 1");
    assert_string_equal(d->satuan.s, "nilai_unsur");
    assert_span(d->satuan.span, 1, 30, 1, 41);
    assert_int_equal(d->props.n, 1);
    Prop *p = (Prop *)nth(d->props, 0);
    assert_string_equal(p->name.s, "konsolidasi");
    assert_int_equal(p->val.kind, V_NAME);
    assert_string_equal(p->val.name.s, "rata");
    DataDecl *d2 = (DataDecl *)item(x, 1);
    assert_null(d2->uraian);
    assert_int_equal(d2->props.n, 0);
    parsed_free(x);
}

static const char *plan_text =
    "renstra RENSTRA \"Renstra 2025-2029\" {\n"                           /* 1 */
    "  periode 2025..2029\n"                                              /* 2 */
    "  tujuan  T1 \"Melindungi\"\n"                                       /* 3 */
    "  program P1 \"Pelayanan\"\n"                                        /* 4 */
    "  sasaran SP1 \"Layanan\" {\n"                                       /* 5 */
    "    tujuan T1\n"                                                     /* 6 */
    "    bobot 2\n"                                                       /* 7 */
    "    indikator IKSP3 \"Media pembawa\" {\n"                           /* 8 */
    "      satuan      sertifikat\n"                                      /* 9 */
    "      target      { 2025: 25_945, 2026: 26_500 }\n"                  /* 10 */
    "      pelaksana   \"Seksi\"\n"                                       /* 11 */
    "      predikat    MUTU dari realisasi\n"                             /* 12 */
    "      realisasi   = a + b\n"                                         /* 13 */
    "    }\n"                                                             /* 14 */
    "  }\n"                                                               /* 15 */
    "}\n"                                                                 /* 16 */
    "pk PK {\n"                                                           /* 17 */
    "  tahun 2025\n"                                                      /* 18 */
    "  sasaran SP1 { indikator I1 { target { TW1: 1, TW2: 2 TW3: 3, TW4: 4, } } }\n"  /* 19 */
    "  sasaran SP2 { indikator I2 { polaritas stabil target 3..5 ukuran -1 } }\n"     /* 20 */
    "}\n";

static void test_plans(void **state)
{
    Parsed *x = parse_ok(plan_text);
    Plan *r = (Plan *)item(x, 0);
    assert_int_equal(r->h.kind, N_PLAN);
    assert_int_equal(r->pk, PLAN_RENSTRA);
    assert_string_equal(r->code.s, "RENSTRA");
    assert_span(r->code.span, 1, 9, 1, 16);
    assert_string_equal(text0(r->title), "Renstra 2025-2029");
    assert_span(r->h.span, 1, 1, 16, 2);
    assert_int_equal(r->items.n, 4);

    Prop *periode = (Prop *)nth(r->items, 0);
    assert_int_equal(periode->h.kind, N_PROP);
    assert_string_equal(periode->name.s, "periode");
    assert_int_equal(periode->val.kind, V_RANGE);
    assert_true(periode->val.num.v == 2025 && periode->val.hi.v == 2029);
    assert_span(periode->val.span, 2, 11, 2, 21);
    assert_span(periode->h.span, 2, 3, 2, 21);

    Element *t = (Element *)nth(r->items, 1);
    assert_int_equal(t->h.kind, N_ELEMENT);
    assert_int_equal(t->el, EL_TUJUAN);
    assert_false(t->block);
    assert_string_equal(t->code.s, "T1");
    assert_string_equal(text0(t->uraian), "Melindungi");
    Element *prog = (Element *)nth(r->items, 2);
    assert_int_equal(prog->el, EL_PROGRAM);
    assert_string_equal(prog->code.s, "P1");

    Element *sa = (Element *)nth(r->items, 3);
    assert_int_equal(sa->h.kind, N_ELEMENT);
    assert_int_equal(sa->el, EL_SASARAN);
    assert_true(sa->block);
    assert_string_equal(sa->code.s, "SP1");
    assert_span(sa->h.span, 5, 3, 15, 4);
    assert_int_equal(sa->items.n, 3);
    Element *ref = (Element *)nth(sa->items, 0);     /* tujuan T1: a link */
    assert_int_equal(ref->el, EL_TUJUAN);
    assert_null(ref->uraian);
    assert_true(el_is_link(ref, true));
    assert_false(el_is_link(t, false));
    Prop *bobot = (Prop *)nth(sa->items, 1);
    assert_int_equal(bobot->val.kind, V_NUM);
    assert_true(bobot->val.num.v == 2);

    Indikator *ind = (Indikator *)nth(sa->items, 2);
    assert_int_equal(ind->h.kind, N_INDIKATOR);
    assert_string_equal(ind->code.s, "IKSP3");
    assert_span(ind->code.span, 8, 15, 8, 20);
    assert_string_equal(text0(ind->uraian), "Media pembawa");
    assert_span(ind->uraian->span, 8, 21, 8, 36);
    assert_span(ind->h.span, 8, 5, 14, 6);
    assert_int_equal(ind->props.n, 5);

    Prop *sat = (Prop *)nth(ind->props, 0);
    assert_string_equal(sat->name.s, "satuan");      /* the keyword as a property */
    assert_span(sat->name.span, 9, 7, 9, 13);
    assert_int_equal(sat->val.kind, V_NAME);
    assert_string_equal(sat->val.name.s, "sertifikat");
    assert_span(sat->val.span, 9, 19, 9, 29);

    Prop *tg = (Prop *)nth(ind->props, 1);
    assert_int_equal(tg->val.kind, V_MAP);
    assert_int_equal(tg->val.map.n, 2);
    MapEnt *e0 = (MapEnt *)nth(tg->val.map, 0);
    assert_true(e0->key_is_year);
    assert_int_equal(e0->year, 2025);
    assert_span(e0->key.span, 10, 21, 10, 25);
    assert_int_equal(e0->val.kind, V_NUM);
    assert_true(e0->val.num.v == 25945);
    assert_string_equal(e0->val.num.text, "25_945");
    assert_span(e0->val.span, 10, 27, 10, 33);

    Prop *pel = (Prop *)nth(ind->props, 2);
    assert_int_equal(pel->val.kind, V_STR);
    assert_string_equal(text0(pel->val.str), "Seksi");

    Prop *pred = (Prop *)nth(ind->props, 3);
    assert_int_equal(pred->val.kind, V_NAME);
    assert_string_equal(pred->val.name.s, "MUTU");
    assert_string_equal(pred->val.dari.s, "realisasi");

    Prop *rea = (Prop *)nth(ind->props, 4);
    assert_int_equal(rea->val.kind, V_EXPR);
    assert_int_equal(rea->val.expr->kind, EX_BIN);
    assert_int_equal(rea->val.expr->u.bin.op, OP_ADD);
    assert_span(rea->val.span, 13, 21, 13, 26);      /* the expression, after '=' */

    Plan *pk = (Plan *)item(x, 1);
    assert_int_equal(pk->pk, PLAN_PK);
    assert_null(pk->title);
    Element *s1 = (Element *)nth(pk->items, 1);
    assert_null(s1->uraian);
    Indikator *i1 = (Indikator *)nth(s1->items, 0);
    assert_null(i1->uraian);
    Prop *tw = (Prop *)nth(i1->props, 0);
    assert_int_equal(tw->val.kind, V_MAP);
    assert_int_equal(tw->val.map.n, 4);             /* commas optional, trailing allowed */
    MapEnt *q3 = (MapEnt *)nth(tw->val.map, 2);
    assert_false(q3->key_is_year);
    assert_string_equal(q3->key.s, "TW3");
    assert_true(q3->val.num.v == 3);
    Indikator *i2 = (Indikator *)nth(((Element *)nth(pk->items, 2))->items, 0);
    Prop *band = (Prop *)nth(i2->props, 1);
    assert_int_equal(band->val.kind, V_RANGE);
    assert_true(band->val.num.v == 3 && band->val.hi.v == 5);
    Prop *neg = (Prop *)nth(i2->props, 2);
    assert_int_equal(neg->val.kind, V_NUM);
    assert_true(neg->val.num.v == -1);
    assert_string_equal(neg->val.num.text, "-1");
    parsed_free(x);
}

static void test_aturan(void **state)
{
    Parsed *x = parse_ok(
        "aturan \"Capaian rendah\" {\n"
        "  untuk indikator i dalam SP1\n"
        "  jika ada(capaian(i)) dan capaian(i) < 80\n"
        "  maka peringatan \"{kode(i)} baru {capaian(i)}% \\{x}\"\n"
        "}\n"
        "aturan \"Per sasaran\" { untuk sasaran s jika 1 > 0 maka info \"polos\" }\n"
        "aturan \"Sekali\" { jika 1 > 0 maka galat \"x\" }\n");
    Aturan *a = (Aturan *)item(x, 0);
    assert_int_equal(a->h.kind, N_ATURAN);
    assert_string_equal(text0(a->name), "Capaian rendah");
    assert_int_equal(a->quant, Q_INDIKATOR);
    assert_string_equal(a->var.s, "i");
    assert_string_equal(a->within.s, "SP1");
    assert_span(a->within.span, 2, 27, 2, 30);
    assert_int_equal(a->cond->kind, EX_BIN);
    assert_int_equal(a->cond->u.bin.op, OP_AND);
    assert_string_equal(a->sev.s, "peringatan");
    assert_span(a->sev.span, 4, 8, 4, 18);
    Str *m = a->msg;
    assert_true(m->interp);
    /* parts: "" (the text before the first '{'), {kode(i)}, " baru ",
     * {capaian(i)}, "% {x}" */
    assert_int_equal(m->n, 5);
    assert_string_equal(m->parts[0].text, "");
    assert_null(m->parts[0].expr);
    assert_null(m->parts[1].text);
    assert_int_equal(m->parts[1].expr->kind, EX_CALL);
    assert_string_equal(m->parts[1].expr->u.call.fn.s, "kode");
    assert_string_equal(m->parts[2].text, " baru ");
    assert_string_equal(m->parts[3].expr->u.call.fn.s, "capaian");
    assert_string_equal(m->parts[4].text, "% {x}");
    assert_span(m->span, 4, 19, 4, 54);
    assert_span(a->h.span, 1, 1, 5, 2);

    Aturan *b = (Aturan *)item(x, 1);
    assert_int_equal(b->quant, Q_SASARAN);
    assert_string_equal(b->var.s, "s");
    assert_null(b->within.s);
    assert_false(b->msg->interp);
    Aturan *c = (Aturan *)item(x, 2);
    assert_int_equal(c->quant, Q_NONE);
    assert_null(c->var.s);
    parsed_free(x);
}

static void test_uji(void **state)
{
    Parsed *x = parse_ok(
        "uji \"IKSP3 melampaui target\" {\n"
        "  rencana RKT\n"
        "  periode 2025-TW2\n"
        "  data {\n"
        "    IKSP3 2025-TW1 6_100\n"
        "    IKSP3 2025 -5\n"
        "  }\n"
        "  harap realisasi(IKSP3) == 12_700\n"
        "  harap temuan \"Capaian rendah\"\n"
        "}\n");
    Uji *u = (Uji *)item(x, 0);
    assert_int_equal(u->h.kind, N_UJI);
    assert_string_equal(text0(u->name), "IKSP3 melampaui target");
    assert_int_equal(u->items.n, 5);
    Prop *ren = (Prop *)nth(u->items, 0);
    assert_string_equal(ren->name.s, "rencana");
    assert_string_equal(ren->val.name.s, "RKT");
    Prop *per = (Prop *)nth(u->items, 1);
    assert_int_equal(per->val.kind, V_PERIOD);
    assert_int_equal(per->val.period.kind, P_TW);
    assert_int_equal(per->val.period.n, 2);
    UjiData *d = (UjiData *)nth(u->items, 2);
    assert_int_equal(d->h.kind, N_UJIDATA);
    assert_int_equal(d->rows.n, 2);
    Row *r0 = (Row *)nth(d->rows, 0);
    assert_string_equal(r0->code.s, "IKSP3");
    assert_int_equal(r0->period.kind, P_TW);
    assert_int_equal(r0->period.year, 2025);
    assert_span(r0->period_span, 5, 11, 5, 19);
    assert_true(r0->val.v == 6100);
    Row *r1 = (Row *)nth(d->rows, 1);
    assert_int_equal(r1->period.kind, P_YEAR);
    assert_int_equal(r1->period.year, 2025);
    assert_true(r1->val.v == -5);
    Harap *h = (Harap *)nth(u->items, 3);
    assert_int_equal(h->h.kind, N_HARAP);
    assert_non_null(h->expr);
    assert_int_equal(h->expr->u.bin.op, OP_EQ);
    assert_null(h->temuan);
    Harap *ht = (Harap *)nth(u->items, 4);
    assert_null(ht->expr);
    assert_string_equal(text0(ht->temuan), "Capaian rendah");
    parsed_free(x);
}

/* ---- expressions ------------------------------------------------------ */

static Expr *body(const Parsed *x)
{
    return ((Fungsi *)item(x, 0))->body;
}

static void test_precedence(void **state)
{
    Parsed *x = parse_ok("fungsi f(a, b, c) = a + b * c - -a / 2");
    Expr *e = body(x);                                  /* (a + (b*c)) - ((-a)/2) */
    assert_int_equal(e->u.bin.op, OP_SUB);
    assert_int_equal(e->u.bin.a->u.bin.op, OP_ADD);
    assert_int_equal(e->u.bin.a->u.bin.b->u.bin.op, OP_MUL);
    assert_int_equal(e->u.bin.b->u.bin.op, OP_DIV);
    assert_int_equal(e->u.bin.b->u.bin.a->kind, EX_NEG);
    parsed_free(x);

    x = parse_ok("fungsi f(a, b, c) = a dan b atau bukan c == 1");
    e = body(x);                                        /* (a dan b) atau (bukan (c == 1)) */
    assert_int_equal(e->u.bin.op, OP_OR);
    assert_int_equal(e->u.bin.a->u.bin.op, OP_AND);
    assert_int_equal(e->u.bin.b->kind, EX_NOT);
    assert_int_equal(e->u.bin.b->u.un->u.bin.op, OP_EQ);
    parsed_free(x);

    x = parse_ok("fungsi f(a) = jika a >= 1 maka a lainnya a + 1");
    e = body(x);
    assert_int_equal(e->kind, EX_IF);
    assert_int_equal(e->u.cond.c->u.bin.op, OP_GE);
    assert_int_equal(e->u.cond.b->u.bin.op, OP_ADD);   /* lainnya takes the whole sum */
    parsed_free(x);

    x = parse_ok("fungsi f(a) = (a + 1) * 2");
    e = body(x);
    assert_int_equal(e->u.bin.op, OP_MUL);
    assert_int_equal(e->u.bin.a->u.bin.op, OP_ADD);
    assert_span(e->u.bin.a->h.span, 1, 15, 1, 22);     /* the parentheses belong to it */
    parsed_free(x);
}

static void test_calls_and_leaves(void **state)
{
    Parsed *x = parse_ok("fungsi f(a) = realisasi(IKSP3, TW2) + rata(a, 2.5, \"x\", 2025-TW1)");
    Expr *e = body(x);
    Expr *c = e->u.bin.a;
    assert_int_equal(c->kind, EX_CALL);
    assert_string_equal(c->u.call.fn.s, "realisasi");
    assert_int_equal(c->u.call.args.n, 2);
    assert_int_equal(((Expr *)nth(c->u.call.args, 1))->kind, EX_NAME);
    Expr *r = e->u.bin.b;
    assert_int_equal(r->u.call.args.n, 4);
    assert_int_equal(((Expr *)nth(r->u.call.args, 1))->kind, EX_NUM);
    assert_int_equal(((Expr *)nth(r->u.call.args, 2))->kind, EX_STR);
    assert_int_equal(((Expr *)nth(r->u.call.args, 3))->kind, EX_PERIOD);
    assert_span(r->h.span, 1, 39, 1, 66);
    parsed_free(x);
}

/* ---- errors and recovery --------------------------------------------- */

/* Three independent mistakes in three places: what parsed well is kept.
 * The three E009s, each at the token at fault, are a golden case of
 * tests/golden/diag/syntax.t ("three independent syntax errors"); the
 * hints, a comparison that chains, a misspelt `harap temuan` and the depth
 * limit are in tests/golden/check/syntax.t. */
static void test_recovery_keeps_items(void **state)
{
    Parsed *x = parse(
        "satuan persen : persen\n"
        "satuan dokumen cacah\n"                 /* 2: ':' missing */
        "rkt R \"Rencana\" {\n"
        "  tahun 2025\n"
        "  sasaran SP1 \"Layanan\" {\n"
        "    indikator I1 \"Satu\" {\n"
        "      satuan persen\n"
        "      target 80 90\n"                   /* 8: a second number */
        "    }\n"
        "  }\n"
        "}\n"
        "fungsi f(a b) = a\n");                  /* 12: ',' missing */
    assert_int_equal(x->p.diags.n, 3);
    /* the first satuan, the plan; not the fungsi, whose header broke */
    assert_int_equal(((Node *)item(x, 0))->kind, N_SATUAN);
    bool plan = false, fungsi = false;
    for (Node *n = x->ast->items.head; n; n = n->next) {
        plan |= n->kind == N_PLAN;
        fungsi |= n->kind == N_FUNGSI;
    }
    assert_true(plan);
    assert_false(fungsi);
    parsed_free(x);
}

/* ---- comments --------------------------------------------------------- */

static void test_comments(void **state)
{
    Parsed *x = parse_ok(
        "# Satuan BKHIT\n"
        "satuan nilai : indeks 0..100   # skor\n"
        "rkt R \"R\" {\n"
        "  # di dalam rencana\n"
        "  tahun 2025\n"
        "}\n");
    /* the formatter's parse keeps them; the plain one (x->ast) does not */
    assert_int_equal(x->ast->ncomments, 0);
    Ast *a = parse_file_fmt(x->p.src.v[0], &x->p.diags);
    assert_int_equal(x->p.diags.n, 0);
    assert_int_equal(a->ncomments, 3);
    assert_string_equal(a->comments[0].text, " Satuan BKHIT");
    assert_span(a->comments[0].span, 1, 1, 1, 15);
    assert_string_equal(a->comments[1].text, " skor");
    assert_span(a->comments[1].span, 2, 32, 2, 38);
    assert_int_equal(a->comments[1].span.lo, (int)strlen("# Satuan BKHIT\n") + 31);
    assert_string_equal(a->comments[2].text, " di dalam rencana");
    assert_span(a->comments[2].span, 4, 3, 4, 21);
    /* comments are not items */
    assert_int_equal(a->items.n, 2);
    ast_free(a);
    parsed_free(x);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_impor),
        cmocka_unit_test(test_satuan),
        cmocka_unit_test(test_skala),
        cmocka_unit_test(test_fungsi),
        cmocka_unit_test(test_data),
        cmocka_unit_test(test_plans),
        cmocka_unit_test(test_aturan),
        cmocka_unit_test(test_uji),
        cmocka_unit_test(test_precedence),
        cmocka_unit_test(test_calls_and_leaves),
        cmocka_unit_test(test_recovery_keeps_items),
        cmocka_unit_test(test_comments),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
