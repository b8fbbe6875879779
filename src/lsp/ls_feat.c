/*
 * ls_feat.c - the answers to requests on an open document, read from its
 * last analysis (ls_doc.c): hover and definition of the name under the
 * cursor (codes of plans, elements and indicators, units, scales,
 * functions, data series; impor strings), the document's symbols (its
 * plan tree, from the syntax tree so that a document with errors still
 * has one), completion and the related information of a W042.
 * A name is looked up in the document's own plans first, then in the
 * declarations, then in the other plans loaded.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "check/sema.h"
#include "lsp/lsp.h"

/* ---- the name under the cursor -------------------------------------------- */

static bool name_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '.';
}

/* The identifier around `at` (or ending at it) as [*lo, *hi); false if none. */
static bool word_at(const LsDoc *d, int at, int *lo, int *hi)
{
    if (at < 0 || (size_t)at > d->len)
        return false;
    int a = at, b = at;
    if ((a == (int)d->len || !name_char(d->text[a])) && a > 0 && name_char(d->text[a - 1]))
        a--, b--;
    if (a >= (int)d->len || !name_char(d->text[a]))
        return false;
    while (a > 0 && name_char(d->text[a - 1]))
        a--;
    while ((size_t)b < d->len && name_char(d->text[b]))
        b++;
    while (a < b && d->text[a] == '.')
        a++;
    while (b > a && d->text[b - 1] == '.')
        b--;
    if (a == b || isdigit((unsigned char)d->text[a]))
        return false;
    *lo = a;
    *hi = b;
    return true;
}

typedef enum TKind { T_NONE, T_PLAN, T_EL, T_IND, T_UNIT, T_SCALE, T_FUNC, T_SERIES } TKind;

typedef struct Target {
    TKind kind;
    void *p;
    int lo, hi;                 /* the word in the document */
} Target;

/* A file of the analysis with its text (a file loaded ahead may have
 * given its text back until needed). */
static SrcFile *file_of(const LsDoc *d, int id)
{
    SrcFile *f = src_get(&d->prog.src, id);
    if (f && f->shelved)
        src_unshelve(f, SRC_MAX_BYTES);
    return f;
}

static bool in_doc(const LsDoc *d, Span sp)
{
    return sp.file == d->file;
}

static bool span_has(Span sp, int file, int at)
{
    return sp.file == file && at >= sp.lo && at <= sp.hi;
}

/* The code in one plan: an indicator, else an element. */
static Target in_plan(MPlan *pl, const char *w)
{
    MInd *i = sm_ind(pl, w);
    if (i && i->decl)
        return (Target){T_IND, i, 0, 0};
    MSas *e = sm_element(pl, w);
    if (e && e->decl)
        return (Target){T_EL, e, 0, 0};
    return (Target){T_NONE, NULL, 0, 0};
}

static Target lookup(const LsDoc *d, const char *w)
{
    Model *m = d->m;
    Target t = {T_NONE, NULL, 0, 0};
    if (!m)
        return t;
    for (int i = 0; i < m->nplans && !t.kind; i++)
        if (m->plan_list[i]->decl && in_doc(d, m->plan_list[i]->decl->h.span))
            t = in_plan(m->plan_list[i], w);
    if (t.kind)
        return t;
    MPlan *pl = sm_plan(m, w);
    if (pl && pl->decl)
        return (Target){T_PLAN, pl, 0, 0};
    MUnit *u;
    HASH_FIND_STR(m->units, w, u);
    if (u && u->decl)
        return (Target){T_UNIT, u, 0, 0};
    MScale *sc;
    HASH_FIND_STR(m->scales, w, sc);
    if (sc && sc->decl)
        return (Target){T_SCALE, sc, 0, 0};
    MFunc *f;
    HASH_FIND_STR(m->funcs, w, f);
    if (f && f->decl)
        return (Target){T_FUNC, f, 0, 0};
    MSeries *se;
    HASH_FIND_STR(m->series, w, se);
    if (se && se->decl)
        return (Target){T_SERIES, se, 0, 0};
    for (int i = 0; i < m->nplans && !t.kind; i++)
        t = in_plan(m->plan_list[i], w);
    return t;
}

static Target target_at(const LsDoc *d, int at)
{
    int lo, hi;
    Target t = {T_NONE, NULL, 0, 0};
    if (!word_at(d, at, &lo, &hi))
        return t;
    char *w = xmalloc((size_t)(hi - lo) + 1);
    memcpy(w, d->text + lo, (size_t)(hi - lo));
    w[hi - lo] = 0;
    t = lookup(d, w);
    free(w);
    t.lo = lo;
    t.hi = hi;
    return t;
}

/* The span of a target's declared name. */
static Span decl_span(const Target *t)
{
    switch (t->kind) {
    case T_PLAN: return ((MPlan *)t->p)->decl->code.span;
    case T_EL: return ((MSas *)t->p)->decl->code.span;
    case T_IND: return ((MInd *)t->p)->decl->code.span;
    case T_UNIT: return ((MUnit *)t->p)->decl->name.span;
    case T_SCALE: return ((MScale *)t->p)->decl->name.span;
    case T_FUNC: return ((MFunc *)t->p)->decl->name.span;
    case T_SERIES: return ((MSeries *)t->p)->decl->name.span;
    default: return SPAN_NONE;
    }
}

static json_t *location(LsServer *s, const LsDoc *d, Span sp)
{
    SrcFile *f = file_of(d, sp.file);
    char *uri = ls_doc_file_uri(d, sp.file);
    if (!f || !uri) {
        free(uri);
        return NULL;
    }
    int lo = sp.lo < 0 ? 0 : sp.lo, hi = sp.lo < 0 ? 0 : sp.hi;
    json_t *j = json_pack("{s:s,s:o}", "uri", uri, "range", ls_range(f, lo, hi, s->utf8));
    free(uri);
    return j;
}

/* ---- definition ------------------------------------------------------------ */

/* The impor whose string holds `at`: the file it loaded, or -1. */
static int impor_at(const LsDoc *d, int at, Impor **out)
{
    for (int i = 0; i < d->prog.nasts; i++) {
        Ast *a = d->prog.asts[i];
        if (a->file != d->file)
            continue;
        for (Node *n = a->items.head; n; n = n->next) {
            Impor *im = (Impor *)n;
            if (n->kind == N_IMPOR && im->what && span_has(im->what->span, d->file, at)) {
                *out = im;
                return im->file;
            }
        }
    }
    return -1;
}

json_t *ls_definition(LsServer *s, LsDoc *d, int at)
{
    Impor *im = NULL;
    int file = impor_at(d, at, &im);
    if (im) {
        if (file < 0)
            return json_null();
        return location(s, d, SPAN_FILE(file));
    }
    Target t = target_at(d, at);
    if (!t.kind)
        return json_null();
    Span sp = decl_span(&t);
    /* On an element's or indicator's own declaration: where it comes from. */
    if (span_has(sp, d->file, at)) {
        if (t.kind == T_IND && ((MInd *)t.p)->ref && ((MInd *)t.p)->ref->decl)
            sp = ((MInd *)t.p)->ref->decl->code.span;
        else if (t.kind == T_EL && ((MSas *)t.p)->ref && ((MSas *)t.p)->ref->decl)
            sp = ((MSas *)t.p)->ref->decl->code.span;
    }
    json_t *loc = location(s, d, sp);
    return loc ? loc : json_null();
}

/* ---- hover ------------------------------------------------------------------ */

static const char *base_name(const char *path)
{
    const char *sl = strrchr(path, '/');
    return sl ? sl + 1 : path;
}

/* Where a property of ind was written when it is not in ind's own
 * declaration: " (dari PLAN, file:line)", the plan being the first of
 * the mengacu chain whose declaration holds the span; nothing for a
 * value written here or a default. */
static void origin(Sbuf *b, const LsDoc *d, const MInd *ind, Span sp)
{
    if (sp.file < 0 || sp.lo < 0 || (ind->decl && span_has(ind->decl->h.span, sp.file, sp.lo)))
        return;
    const char *plan = NULL;
    const MInd *r = ind->ref;
    for (int k = 0; r && k < 8 && !plan; k++, r = r->ref)
        if (r->decl && span_has(r->decl->h.span, sp.file, sp.lo))
            plan = r->plan->code;
    SrcFile *f = plan ? file_of(d, sp.file) : NULL;   /* none: a default */
    if (f)
        sb_printf(b, " (dari %s, %s:%d)", plan, base_name(f->path), src_pos(f, sp.lo).line);
}

/* Where konsolidasi was written: it keeps no span, so the first
 * declaration of the chain with the property says. */
static Span kon_span(const MInd *ind)
{
    const MInd *r = ind;
    for (int k = 0; r && k < 8; k++, r = r->ref)
        for (Node *n = r->decl ? r->decl->props.head : NULL; n; n = n->next)
            if (strcmp(((Prop *)n)->name.s, "konsolidasi") == 0)
                return n->span;
    return SPAN_NONE;
}

static void number(Sbuf *b, double v)
{
    sb_printf(b, "%.15g", v);
}

static void target_text(Sbuf *b, const MTarget *t)
{
    number(b, t->lo);
    if (t->range) {
        sb_puts(b, "..");
        number(b, t->hi);
    }
}

static void hover_ind(Sbuf *b, const LsDoc *d, const MInd *ind)
{
    sb_printf(b, "**indikator %s** (%s)\n\n", ind->code, ind->plan->code);
    if (ind->uraian) {
        sb_puts(b, ind->uraian);
        origin(b, d, ind, ind->uraian_span);
        sb_puts(b, "\n\n");
    }
    if (ind->unit) {
        sb_printf(b, "- satuan %s", ind->unit->name);
        origin(b, d, ind, ind->unit_span);
        sb_putc(b, '\n');
    }
    sb_printf(b, "- polaritas %s", pol_name(ind->pol));
    origin(b, d, ind, ind->pol_span);
    sb_printf(b, "\n- konsolidasi %s", kon_name(ind->kon));
    origin(b, d, ind, kon_span(ind));
    sb_putc(b, '\n');
    if (ind->plan->kind != PLAN_RENSTRA && ind->target.set) {
        sb_printf(b, "- target %d: ", ind->plan->tahun);
        target_text(b, &ind->target);
        origin(b, d, ind, ind->target.span);
        sb_putc(b, '\n');
    }
    for (int i = 0; ind->plan->kind == PLAN_RENSTRA && i < ind->nyears; i++) {
        sb_printf(b, "- target %d: ", ind->years[i].year);
        target_text(b, &ind->years[i].t);
        sb_putc(b, '\n');
    }
    if (ind->ditunda)
        sb_printf(b, "- ditunda \"%s\"\n", ind->ditunda);
}

static void hover_el(Sbuf *b, const MSas *e)
{
    sb_printf(b, "**%s %s** (%s)\n\n", el_kind_name(e->kind), e->code, e->plan->code);
    if (e->uraian)
        sb_printf(b, "%s\n\n", e->uraian);
    if (e->ninds)
        sb_printf(b, "- indikator: %d\n", e->ninds);
    if (e->has_anggaran) {
        sb_puts(b, "- anggaran ");
        number(b, e->anggaran);
        sb_putc(b, '\n');
    }
}

static void hover_plan(Sbuf *b, const MPlan *p)
{
    sb_printf(b, "**%s %s**\n\n", plan_kind_name(p->kind), p->code);
    if (p->title)
        sb_printf(b, "%s\n\n", p->title);
    if (p->instansi)
        sb_printf(b, "- instansi %s\n", p->instansi);
    if (p->kind == PLAN_RENSTRA)
        sb_printf(b, "- periode %d..%d\n", p->periode_lo, p->periode_hi);
    else
        sb_printf(b, "- tahun %d\n", p->tahun);
    if (p->mengacu_code)
        sb_printf(b, "- mengacu %s\n", p->mengacu_code);
    if (p->atasan_code)
        sb_printf(b, "- atasan %s\n", p->atasan_code);
}

static const char *unit_kind(UnitKind k)
{
    static const char *const names[] = {"cacah", "indeks", "persen", "angka"};
    return names[k];
}

static void hover_decl(Sbuf *b, const Target *t)
{
    if (t->kind == T_UNIT) {
        const MUnit *u = t->p;
        sb_printf(b, "**satuan %s** : %s", u->name, unit_kind(u->kind));
        if (u->has_range) {
            sb_putc(b, ' ');
            number(b, u->lo);
            sb_puts(b, "..");
            number(b, u->hi);
        }
        sb_putc(b, '\n');
    } else if (t->kind == T_SCALE) {
        const MScale *sc = t->p;
        sb_printf(b, "**skala %s**\n\n", sc->name);
        for (int i = 0; i < sc->nbands; i++) {
            sb_printf(b, "- %s \"%s\" %s ", sc->bands[i].code, sc->bands[i].label ? sc->bands[i].label : "",
                      sc->bands[i].ge ? ">=" : ">");
            number(b, sc->bands[i].threshold);
            sb_putc(b, '\n');
        }
    } else if (t->kind == T_FUNC) {
        const MFunc *f = t->p;
        sb_printf(b, "**fungsi %s**(", f->name);
        int i = 0;
        for (Node *n = f->decl->params.head; n; n = n->next, i++)
            sb_printf(b, "%s%s", i ? ", " : "", ((Param *)n)->name.s);
        sb_puts(b, ")\n");
    } else if (t->kind == T_SERIES) {
        const MSeries *se = t->p;
        sb_printf(b, "**data %s**\n\n", se->name);
        if (se->uraian)
            sb_printf(b, "%s\n\n", se->uraian);
        if (se->unit)
            sb_printf(b, "- satuan %s\n", se->unit->name);
    }
}

json_t *ls_hover(LsServer *s, LsDoc *d, int at)
{
    Target t = target_at(d, at);
    if (!t.kind)
        return json_null();
    Sbuf b;
    sb_init(&b);
    switch (t.kind) {
    case T_IND: hover_ind(&b, d, t.p); break;
    case T_EL: hover_el(&b, t.p); break;
    case T_PLAN: hover_plan(&b, t.p); break;
    default: hover_decl(&b, &t); break;
    }
    SrcFile *f = src_get(&d->prog.src, d->file);
    json_t *j = json_pack("{s:{s:s,s:o},s:o}", "contents", "kind", "markdown", "value", ls_strn(b.s, b.len),
                          "range", ls_range(f, t.lo, t.hi, s->utf8));
    sb_free(&b);
    return j;
}

/* ---- related information ------------------------------------------------------ */

static json_t *related_one(LsServer *s, LsDoc *d, const char *kind, const char *code, const MPlan *rp,
                           Span there, const char *uraian)
{
    json_t *loc = location(s, d, there);
    if (!loc)
        return NULL;
    char *msg = xasprintf("%s %s in %s '%s': \"%s\"", kind, code, plan_kind_name(rp->kind), rp->code,
                          uraian ? uraian : "");
    json_t *j = json_pack("{s:o,s:o}", "location", loc, "message", ls_str(msg));
    free(msg);
    return json_pack("[o]", j);
}

json_t *ls_related(LsServer *s, LsDoc *d, const char *code, int at)
{
    if (!d->m || strcmp(code, "W042") != 0)
        return NULL;
    Model *m = d->m;
    for (int i = 0; i < m->nplans; i++) {
        MPlan *pl = m->plan_list[i];
        for (int j = 0; j < pl->nels; j++) {
            MSas *e = pl->els[j];
            if (e->ref && e->ref->decl && e->uraian_span.file == d->file && e->uraian_span.lo == at)
                return related_one(s, d, el_kind_name(e->kind), e->code, e->ref->plan, e->ref->uraian_span,
                                   e->ref->uraian);
        }
        for (int j = 0; j < pl->ninds; j++) {
            MInd *in = pl->inds[j];
            if (in->ref && in->uraian_span.file == d->file && in->uraian_span.lo == at)
                return related_one(s, d, "indikator", in->code, in->ref->plan, in->ref->uraian_span,
                                   in->ref->uraian);
        }
    }
    return NULL;
}

/* ---- document symbols ------------------------------------------------------------ */

enum { SK_MODULE = 2, SK_NAMESPACE = 3, SK_CLASS = 5, SK_PROPERTY = 7, SK_ENUM = 10, SK_FUNCTION = 12,
       SK_VARIABLE = 13, SK_CONSTANT = 14, SK_EVENT = 24, SK_TYPE = 26, SK_METHOD = 6 };

static const char *str_text(const Str *st)
{
    return st && st->n == 1 && st->parts[0].text ? st->parts[0].text : NULL;
}

static json_t *symbol(LsServer *s, SrcFile *f, const char *name, const char *detail, int kind, Span whole,
                      Span sel)
{
    if (sel.lo < whole.lo || sel.hi > whole.hi)
        sel = whole;
    json_t *j = json_pack("{s:o,s:i,s:o,s:o}", "name", ls_str(name && *name ? name : "?"), "kind", kind, "range",
                          ls_range(f, whole.lo, whole.hi, s->utf8), "selectionRange",
                          ls_range(f, sel.lo, sel.hi, s->utf8));
    if (detail)
        json_object_set_new(j, "detail", ls_str(detail));
    return j;
}

static json_t *element_symbols(LsServer *s, SrcFile *f, List items, bool nested);

static json_t *item_symbol(LsServer *s, SrcFile *f, Node *n, bool nested)
{
    if (n->kind == N_ELEMENT) {
        Element *e = (Element *)n;
        if (el_is_link(e, nested))
            return NULL;
        char *name = xasprintf("%s %s", el_kind_name(e->el), e->code.s ? e->code.s : "?");
        json_t *j = symbol(s, f, name, str_text(e->uraian), e->el == EL_SASARAN ? SK_CLASS : SK_NAMESPACE,
                           n->span, e->code.span);
        free(name);
        json_object_set_new(j, "children", element_symbols(s, f, e->items, true));
        return j;
    }
    if (n->kind == N_INDIKATOR) {
        Indikator *in = (Indikator *)n;
        char *name = xasprintf("indikator %s", in->code.s ? in->code.s : "?");
        json_t *j = symbol(s, f, name, str_text(in->uraian), SK_PROPERTY, n->span, in->code.span);
        free(name);
        return j;
    }
    return NULL;
}

static json_t *element_symbols(LsServer *s, SrcFile *f, List items, bool nested)
{
    json_t *a = json_array();
    for (Node *n = items.head; n; n = n->next) {
        json_t *j = item_symbol(s, f, n, nested);
        if (j)
            json_array_append_new(a, j);
    }
    return a;
}

static json_t *top_symbol(LsServer *s, SrcFile *f, Node *n)
{
    char *name = NULL;
    json_t *j = NULL;
    switch (n->kind) {
    case N_PLAN: {
        Plan *p = (Plan *)n;
        name = xasprintf("%s %s", plan_kind_name(p->pk), p->code.s ? p->code.s : "?");
        j = symbol(s, f, name, str_text(p->title), SK_MODULE, n->span, p->code.span);
        json_object_set_new(j, "children", element_symbols(s, f, p->items, false));
        break;
    }
    case N_SATUAN:
        name = xasprintf("satuan %s", ((Satuan *)n)->name.s);
        j = symbol(s, f, name, ((Satuan *)n)->kind.s, SK_TYPE, n->span, ((Satuan *)n)->name.span);
        break;
    case N_SKALA:
        name = xasprintf("skala %s", ((Skala *)n)->name.s);
        j = symbol(s, f, name, NULL, SK_ENUM, n->span, ((Skala *)n)->name.span);
        break;
    case N_FUNGSI:
        name = xasprintf("fungsi %s", ((Fungsi *)n)->name.s);
        j = symbol(s, f, name, NULL, SK_FUNCTION, n->span, ((Fungsi *)n)->name.span);
        break;
    case N_DATA:
        name = xasprintf("data %s", ((DataDecl *)n)->name.s);
        j = symbol(s, f, name, str_text(((DataDecl *)n)->uraian), SK_VARIABLE, n->span, ((DataDecl *)n)->name.span);
        break;
    case N_ATURAN: {
        const char *t = str_text(((Aturan *)n)->name);
        name = xasprintf("aturan \"%s\"", t ? t : "");
        j = symbol(s, f, name, NULL, SK_EVENT, n->span, n->span);
        break;
    }
    case N_UJI: {
        const char *t = str_text(((Uji *)n)->name);
        name = xasprintf("uji \"%s\"", t ? t : "");
        j = symbol(s, f, name, NULL, SK_METHOD, n->span, n->span);
        break;
    }
    default:
        break;
    }
    free(name);
    return j;
}

json_t *ls_symbols(LsServer *s, LsDoc *d)
{
    json_t *a = json_array();
    SrcFile *f = src_get(&d->prog.src, d->file);
    for (int i = 0; i < d->prog.nasts; i++) {
        Ast *ast = d->prog.asts[i];
        if (ast->file != d->file)
            continue;
        for (Node *n = ast->items.head; n; n = n->next) {
            json_t *j = top_symbol(s, f, n);
            if (j)
                json_array_append_new(a, j);
        }
    }
    return a;
}

/* ---- completion --------------------------------------------------------------- */

enum { CK_PROPERTY = 10, CK_UNIT = 11, CK_VALUE = 12, CK_KEYWORD = 14, CK_MODULE = 9, CK_ENUM_MEMBER = 20,
       CK_CONSTANT = 21 };

static const char *const top_words[] = {"impor", "satuan", "skala", "fungsi", "data", "renstra", "rkt", "pk",
                                        "aturan", "uji", NULL};
static const char *const plan_words[] = {"instansi", "tahun", "periode", "mengacu", "atasan", "predikat",
                                         "bila_kosong", "keterangan", "tempat", "tanggal", "penandatangan",
                                         "pihak_kedua", "tujuan", "sasaran", "program", "kegiatan", "subkegiatan",
                                         NULL};
static const char *const el_words[] = {"tujuan", "tingkat", "bobot", "keterangan", "predikat", "bila_kosong",
                                       "anggaran", "indikator", "sasaran", "program", "kegiatan", "subkegiatan",
                                       NULL};
static const char *const ind_words[] = {"satuan", "target", "polaritas", "konsolidasi", "konsolidasi_lokasi",
                                        "batas", "terburuk", "mendukung", "kondisi_awal", "bobot", "jenis",
                                        "sifat", "ukuran", "pelaksana", "keterangan", "definisi", "sumber",
                                        "realisasi", "capaian", "predikat", "ditunda", NULL};
static const char *const uji_words[] = {"rencana", "periode", "data", "harap", NULL};
static const char *const pol_words[] = {"maksimal", "minimal", "stabil", NULL};
static const char *const kon_words[] = {"jumlah", "rata", "terakhir", "maks", "min", NULL};

/* The kind of block the cursor is in: the nearest block keyword before
 * each open brace that is still open ("" at top level).  Strings and
 * comments are skipped; one pass over the text before the cursor. */
static const char *context(const LsDoc *d, int at)
{
    static const char *const blocks[] = {"renstra", "rkt", "pk", "tujuan", "sasaran", "program", "kegiatan",
                                         "subkegiatan", "indikator", "uji", "aturan", "skala", "data", "target",
                                         "penandatangan", "pihak_kedua", NULL};
    enum { DEPTH = 64 };
    const char *stack[DEPTH];
    int depth = 0;
    const char *last = "";          /* the last block keyword seen at this depth */
    const char *t = d->text;
    for (int i = 0; i < at;) {
        char c = t[i];
        if (c == '#') {
            while (i < at && t[i] != '\n')
                i++;
        } else if (c == '"') {
            for (i++; i < at && t[i] != '"' && t[i] != '\n'; i++)
                if (t[i] == '\\')
                    i++;
            i++;
        } else if (isalpha((unsigned char)c) || c == '_') {
            int b = i;
            while (i < at && name_char(t[i]))
                i++;
            for (int k = 0; blocks[k]; k++)
                if ((size_t)(i - b) == strlen(blocks[k]) && memcmp(t + b, blocks[k], (size_t)(i - b)) == 0)
                    last = blocks[k];
        } else {
            if (c == '{') {
                if (depth < DEPTH)
                    stack[depth] = last;
                depth++;
                last = "";
            } else if (c == '}' && depth > 0) {
                depth--;
                last = "";
            }
            i++;
        }
    }
    if (depth == 0)
        return "";
    return depth <= DEPTH ? stack[depth - 1] : "?";
}

/* The word before the cursor's word on its line, in w (cap bytes). */
static void previous_word(const LsDoc *d, int lo, char *w, size_t cap)
{
    int i = lo;
    while (i > 0 && (d->text[i - 1] == ' ' || d->text[i - 1] == '\t'))
        i--;
    int e = i;
    while (i > 0 && name_char(d->text[i - 1]))
        i--;
    size_t n = (size_t)(e - i) < cap - 1 ? (size_t)(e - i) : cap - 1;
    memcpy(w, d->text + i, n);
    w[n] = 0;
}

typedef struct Items {
    json_t *a;
    const char *prefix;
    size_t plen;
} Items;

static void item(Items *it, const char *label, int kind, const char *detail)
{
    if (!label || strncmp(label, it->prefix, it->plen) != 0)
        return;
    size_t i;
    json_t *x;
    json_array_foreach(it->a, i, x)        /* a code in several plans: once */
        if (strcmp(json_string_value(json_object_get(x, "label")), label) == 0)
            return;
    json_t *j = json_pack("{s:o,s:i}", "label", ls_str(label), "kind", kind);
    if (detail)
        json_object_set_new(j, "detail", ls_str(detail));
    json_array_append_new(it->a, j);
}

static void words(Items *it, const char *const *w, int kind)
{
    for (int i = 0; w[i]; i++)
        item(it, w[i], kind, NULL);
}

static void codes(Items *it, const Model *m, bool inds, bool els)
{
    for (int i = 0; m && i < m->nplans; i++) {
        MPlan *p = m->plan_list[i];
        for (int j = 0; els && j < p->nels; j++)
            item(it, p->els[j]->code, CK_CONSTANT, p->els[j]->uraian);
        for (int j = 0; inds && j < p->ninds; j++)
            item(it, p->inds[j]->code, CK_CONSTANT, p->inds[j]->uraian);
    }
}

/* Completion after a property that takes a name: true when `prop` is one. */
static bool values(Items *it, const Model *m, const char *prop)
{
    if (strcmp(prop, "satuan") == 0) {
        for (MUnit *u = m ? m->units : NULL; u; u = u->hh.next)
            item(it, u->name, CK_UNIT, unit_kind(u->kind));
    } else if (strcmp(prop, "mengacu") == 0 || strcmp(prop, "atasan") == 0) {
        for (int i = 0; m && i < m->nplans; i++)
            item(it, m->plan_list[i]->code, CK_MODULE, m->plan_list[i]->title);
    } else if (strcmp(prop, "predikat") == 0) {
        for (MScale *sc = m ? m->scales : NULL; sc; sc = sc->hh.next)
            item(it, sc->name, CK_ENUM_MEMBER, NULL);
    } else if (strcmp(prop, "polaritas") == 0) {
        words(it, pol_words, CK_VALUE);
    } else if (strcmp(prop, "konsolidasi") == 0 || strcmp(prop, "konsolidasi_lokasi") == 0) {
        words(it, kon_words, CK_VALUE);
    } else if (strcmp(prop, "mendukung") == 0) {
        codes(it, m, true, false);
    } else if (strcmp(prop, "tujuan") == 0) {
        codes(it, m, false, true);
    } else {
        return false;
    }
    return true;
}

json_t *ls_completion(LsServer *s, LsDoc *d, int at)
{
    if (at < 0 || (size_t)at > d->len)
        at = (int)d->len;
    int lo = at;
    while (lo > 0 && name_char(d->text[lo - 1]))
        lo--;
    char *prefix = xmalloc((size_t)(at - lo) + 1);
    memcpy(prefix, d->text + lo, (size_t)(at - lo));
    prefix[at - lo] = 0;
    Items it = {json_array(), prefix, strlen(prefix)};
    char prev[64];
    previous_word(d, lo, prev, sizeof prev);
    const char *ctx = context(d, lo);
    if (!values(&it, d->m, prev)) {
        if (!*ctx)
            words(&it, top_words, CK_KEYWORD);
        else if (!strcmp(ctx, "renstra") || !strcmp(ctx, "rkt") || !strcmp(ctx, "pk"))
            words(&it, plan_words, CK_PROPERTY);
        else if (!strcmp(ctx, "indikator"))
            words(&it, ind_words, CK_PROPERTY);
        else if (!strcmp(ctx, "uji"))
            words(&it, uji_words, CK_PROPERTY);
        else if (strcmp(ctx, "skala") != 0 && strcmp(ctx, "target") != 0 && strcmp(ctx, "aturan") != 0 &&
                 strcmp(ctx, "data") != 0 && strcmp(ctx, "penandatangan") != 0 && strcmp(ctx, "pihak_kedua") != 0)
            words(&it, el_words, CK_PROPERTY);
        if (*ctx && strcmp(ctx, "skala") != 0 && strcmp(ctx, "target") != 0)
            codes(&it, d->m, true, true);
    }
    free(prefix);
    return json_pack("{s:b,s:o}", "isIncomplete", 0, "items", it.a);
}

/* ---- formatting ------------------------------------------------------------------ */

/* The fmt layout (rkt_format_text) as one edit of the whole text, none
 * when the text is already in it or has syntax errors (its diagnostics
 * say why). */
json_t *ls_formatting(LsServer *s, LsDoc *d)
{
    json_t *edits = json_array();
    rkt_session *ss = rkt_open(&s->opt);
    char *out = NULL;
    size_t len = 0;
    if (ss && rkt_format_text(ss, d->path, d->text, d->len, &out, &len) == RKT_OK && out &&
        (len != d->len || memcmp(out, d->text, len) != 0)) {
        SrcFile *f = src_get(&d->prog.src, d->file);
        json_array_append_new(edits, json_pack("{s:o,s:o}", "range", ls_range(f, 0, (int)d->len, s->utf8),
                                               "newText", ls_strn(out, len)));
    }
    rkt_free(out);
    rkt_close(ss);
    return edits;
}
