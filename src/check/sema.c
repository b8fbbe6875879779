/*
 * sema.c - from syntax trees to the resolved Model, with the checks of
 * docs/language.md#checks that need no realisation data.
 *
 * Passes, in order: (1) declare every top-level name in its namespace
 * (units, scales, functions, codes), a repeat of the same definition
 * being one declaration (same.c); (2) resolve units, scales, series and
 * functions; (3) lower each plan's generic `name value` properties into
 * typed fields; (4) link `mengacu` and inherit what a plan leaves
 * unset; (5) check targets against units, polarity and quarters;
 * (6) resolve every expression and classify rules as static or
 * evaluated; (7) find recursion; (8) the warnings: empty sasaran, partial
 * weights, unused declarations.  Every problem becomes a diagnostic; the
 * Model is always returned so later passes and renderers can still run.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/num.h"
#include "base/period.h"
#include "check/sema_int.h"
#include "check/tmap.h"
#include "check/tingkat.h"

const char *sm_str_text(const Str *s)
{
    return s && s->n >= 1 && s->parts[0].text ? s->parts[0].text : NULL;
}

static const char *file_of(Sema *s, Span sp)
{
    SrcFile *f = src_get(s->src, sp.file);
    return f ? f->path : "?";
}

/* "FILE:LINE:COL" of a span, for "the first is at ..." */
const char *sm_where(Sema *s, Span sp)
{
    SrcPos at = src_span_lo(s->src, sp);
    return ar_printf(s->ar, "%s:%d:%d", file_of(s, sp), at.line, at.col);
}

/* ---- the four namespaces ------------------------------------------- */

static GName *global(const Sema *s, GKind k, const char *name)
{
    GName *g;
    HASH_FIND_STR(s->globals[cat_ns(k)], name, g);
    return g;
}

/* The first declaration of a name in its namespace stands.  A repeat of
 * a satuan, skala, fungsi or series is compared with it here (every one
 * is in the base, with its first); any other repeat in the run is the
 * catalogue's to report (E011), as is a name whose first declaration
 * lies in another build. */
static void declare(Sema *s, const char *name, GKind k, Node *n, Span at)
{
    if (!name)
        return;
    GName *g = global(s, k, name);
    if (g && g->kind == k && cat_mergeable(k)) {
        sm_check_repeat(s, k, g->node, n);
        return;
    }
    if (g || !cat_is_first(s->cat, k, name, at))
        return;
    g = ar_alloc(s->ar, sizeof *g);
    g->name = name;
    g->kind = k;
    g->node = n;
    g->span = at;
    GName **h = &s->globals[cat_ns(k)];
    HASH_ADD_KEYPTR(hh, *h, g->name, strlen(g->name), g);
}

static void pass_declare(Sema *s)
{
    for (int i = 0; i < s->nasts; i++)
        for (Node *n = s->asts[i]->items.head; n; n = n->next) {
            switch (n->kind) {
            case N_SATUAN: declare(s, ((Satuan *)n)->name.s, G_SATUAN, n, ((Satuan *)n)->name.span); break;
            case N_SKALA: declare(s, ((Skala *)n)->name.s, G_SKALA, n, ((Skala *)n)->name.span); break;
            case N_FUNGSI: declare(s, ((Fungsi *)n)->name.s, G_FUNGSI, n, ((Fungsi *)n)->name.span); break;
            case N_DATA: declare(s, ((DataDecl *)n)->name.s, G_DATA, n, ((DataDecl *)n)->name.span); break;
            case N_PLAN: declare(s, ((Plan *)n)->code.s, G_PLAN, n, ((Plan *)n)->code.span); break;
            case N_ATURAN: declare(s, sm_str_text(((Aturan *)n)->name), G_ATURAN, n, ((Aturan *)n)->name->span); break;
            case N_UJI: declare(s, sm_str_text(((Uji *)n)->name), G_UJI, n, ((Uji *)n)->name->span); break;
            default: break;
            }
        }
}

/* Names of every global of one kind, for "did you mean": the run's
 * (the catalogue's) for plans, the build's otherwise. */
static const char **global_names(Sema *s, GKind k, int *n)
{
    if (s->cat && k == G_PLAN) {
        const char **v = ar_alloc(s->ar, (size_t)(s->cat->nplans + 1) * sizeof *v);
        int i = 0;
        for (int j = 0; j < s->cat->nplans; j++)
            if (s->cat->plans[j]->first)
                v[i++] = s->cat->plans[j]->code;
        *n = i;
        return v;
    }
    const GName *h = s->globals[cat_ns(k)];
    int cnt = HASH_COUNT(h), i = 0;
    const char **v = ar_alloc(s->ar, (size_t)(cnt + 1) * sizeof *v);
    for (const GName *g = h; g; g = g->hh.next)
        if (g->kind == k)
            v[i++] = g->name;
    if (s->m->base && k != G_PLAN) {
        /* the base's: their names, as its own build would give them */
        const Model *b = s->m->base;
        int cap = cnt + b->ndecl[0] + b->ndecl[1] + b->ndecl[2] + b->ndecl[3] + 1;
        const char **w = ar_alloc(s->ar, (size_t)cap * sizeof *w);
        memcpy(w, v, (size_t)i * sizeof *v);
        v = w;
        if (k == G_SATUAN)
            for (const MUnit *u = b->units; u; u = u->hh.next) v[i++] = u->name;
        if (k == G_SKALA)
            for (const MScale *u = b->scales; u; u = u->hh.next) v[i++] = u->name;
        if (k == G_FUNGSI)
            for (const MFunc *u = b->funcs; u; u = u->hh.next) v[i++] = u->name;
        if (k == G_DATA)
            for (const MSeries *u = b->series; u; u = u->hh.next) v[i++] = u->name;
    }
    *n = i;
    return v;
}

void sm_use(Sema *s, int kind, int id, bool *flag)
{
    if (s->m->used[kind])
        s->m->used[kind][id] = true;
    else
        *flag = true;
}

void sm_mark_used(Sema *s, GKind k, const char *name)
{
    if (!name)
        return;
    MUnit *u;
    MScale *sc;
    MFunc *f;
    MSeries *se;
    switch (k) {
    case G_SATUAN: HASH_FIND_STR(s->m->units, name, u); if (u) sm_use(s, MU_UNIT, u->id, &u->used); break;
    case G_SKALA: HASH_FIND_STR(s->m->scales, name, sc); if (sc) sm_use(s, MU_SCALE, sc->id, &sc->used); break;
    case G_FUNGSI: HASH_FIND_STR(s->m->funcs, name, f); if (f) sm_use(s, MU_FUNC, f->id, &f->used); break;
    case G_DATA: HASH_FIND_STR(s->m->series, name, se); if (se) sm_use(s, MU_SERIES, se->id, &se->used); break;
    default: break;
    }
}

void sm_undeclared(Sema *s, GKind k, Name nm, const char *what)
{
    int n;
    const char **cands = global_names(s, k, &n);
    const char *near = dg_nearest(nm.s, cands, n);
    sm_mark_used(s, k, near);   /* the typo's target is not "unused" as well */
    if (near)
        dg_emit(s->d, "E018", nm.span, "undeclared %s '%s'; did you mean '%s'?", what, nm.s, near);
    else if (k == G_PLAN)
        dg_emit(s->d, "E018", nm.span, "undeclared plan '%s'; no renstra, rkt or pk of that code is loaded", nm.s);
    else
        dg_emit(s->d, "E018", nm.span, "undeclared %s '%s'; declare it with '%s %s ...'", what, nm.s, cat_kind_word(k), nm.s);
}

/* The element a link names (`sasaran SP1 { tujuan T1 }`): one of that
 * kind in the plan or in the plans it refers to. */
static bool plan_has_element(const MPlan *pl, ElKind k, const char *code, int depth)
{
    const MSas *e = sm_element(pl, code);
    if (e && e->kind == k)
        return true;
    return pl->mengacu && depth < 4 && plan_has_element(pl->mengacu, k, code, depth + 1);
}

static void check_link(Sema *s, const MPlan *pl, const Element *x)
{
    Name nm = x->code;
    if (plan_has_element(pl, x->el, nm.s, 0))
        return;
    const char *cands[64];
    int n = 0;
    for (const MPlan *q = pl; q; q = q->mengacu)
        for (int i = 0; i < q->nels && n < 64; i++)
            if (q->els[i]->kind == x->el)
                cands[n++] = q->els[i]->code;
    const char *near = dg_nearest(nm.s, cands, n);
    if (near)
        dg_emit(s->d, "E018", nm.span, "undeclared %s '%s'; did you mean '%s'?", el_kind_name(x->el), nm.s, near);
    else
        dg_emit(s->d, "E018", nm.span, "undeclared %s '%s'; declare it in the plan: %s %s \"...\"",
                el_kind_name(x->el), nm.s, el_kind_name(x->el), nm.s);
}

static void check_links(Sema *s, MPlan *pl)
{
    for (int i = 0; i < pl->nels; i++)
        for (Node *x = pl->els[i]->decl->items.head; x; x = x->next)
            if (x->kind == N_ELEMENT && el_is_link((Element *)x, true))
                check_link(s, pl, (Element *)x);
}

/* ---- property values ------------------------------------------------ */

static const char *const pol_words[] = {"maksimal", "minimal", "stabil"};
static const char *const kon_words[] = {"jumlah", "rata", "terakhir", "maks", "min"};
static const char *const unit_words[] = {"cacah", "indeks", "persen", "angka", "tingkat"};
static const char *const jenis_words[] = {"input", "output", "outcome", "manfaat", "dampak"};
static const char *const sifat_words[] = {"strategis", "nonstrategis"};
static const char *const ukuran_words[] = {"hasil", "proses"};
static const char *const sev_words[] = {"galat", "peringatan", "info"};

#define NWORDS(a) ((int)(sizeof(a) / sizeof((a)[0])))

static const char *join_words(Sema *s, const char *const *w, int n)
{
    Sbuf b;
    sb_init(&b);
    for (int i = 0; i < n; i++)
        sb_printf(&b, "%s%s", i ? ", " : "", w[i]);
    const char *r = ar_strdup(s->ar, b.s ? b.s : "");
    sb_free(&b);
    return r;
}

static const char *val_kind_name(ValKind k)
{
    static const char *const n[] = {"a number", "a range", "a string", "a name", "a period",
                                    "a list { … }", "an expression", "nothing",
                                    "a block { … }"};
    return n[k];
}

/* What was found where a number belongs, as E013 names it: a string
 * that holds a number ("12", "93,04") gets the fix written out, since
 * copying a figure from a spreadsheet's text cell is the common cause. */
static const char *found_for_number(Sema *s, const Value *v)
{
    if (v->kind != V_STR || v->str->interp)
        return val_kind_name(v->kind);
    const char *t = sm_str_text(v->str);
    size_t n = strlen(t);
    double x;
    char buf[NM_BUFSZ];
    if (nm_parse(t, n, false, &x) == 0)
        return ar_printf(s->ar, _("a string; write %s without the quotes"), nm_fmt(buf, sizeof buf, x, NM_JSON));
    if (nm_parse(t, n, true, &x) == 0)
        return ar_printf(s->ar, _("a string; write %s without the quotes (the decimal point is '.')"),
                         nm_fmt(buf, sizeof buf, x, NM_JSON));
    return val_kind_name(v->kind);
}

/* The index of the word a V_NAME property holds, or -1 after an error. */
static int want_word(Sema *s, Prop *p, const char *const *words, int n)
{
    if (p->val.kind != V_NAME) {
        dg_emit(s->d, "E013", p->val.span, "'%s' takes one of: %s; found %s",
                p->name.s, join_words(s, words, n), val_kind_name(p->val.kind));
        return -1;
    }
    for (int i = 0; i < n; i++)
        if (strcmp(p->val.name.s, words[i]) == 0)
            return i;
    const char *near = dg_nearest(p->val.name.s, words, n);
    dg_emit(s->d, "E013", p->val.span, "'%s' is not a valid %s; expected one of: %s%s%s%s",
            p->val.name.s, p->name.s, join_words(s, words, n),
            near ? _("; did you mean '") : "", near ? near : "", near ? "'?" : "");
    return -1;
}

int sm_want_word(Sema *s, Prop *p, const char *const *words, int n)
{
    return want_word(s, p, words, n);
}

static const char *want_str(Sema *s, Prop *p)
{
    if (p->val.kind == V_STR && !p->val.str->interp)
        return sm_str_text(p->val.str);
    dg_emit(s->d, "E013", p->val.span, "'%s' takes a string in double quotes, e.g. %s \"...\"; found %s",
            p->name.s, p->name.s, val_kind_name(p->val.kind));
    return NULL;
}

const char *sm_want_str(Sema *s, Prop *p)
{
    return want_str(s, p);
}

static bool want_num(Sema *s, Prop *p, double *out)
{
    if (p->val.kind == V_NUM) {
        *out = p->val.num.v;
        return true;
    }
    dg_emit(s->d, "E013", p->val.span, "'%s' takes a number; found %s", p->name.s, found_for_number(s, &p->val));
    return false;
}

static Expr *want_expr(Sema *s, Prop *p)
{
    if (p->val.kind == V_EXPR)
        return p->val.expr;
    dg_emit(s->d, "E013", p->val.span, "'%s' takes a formula: %s = expression", p->name.s, p->name.s);
    return NULL;
}

static MScale *want_scale(Sema *s, Prop *p, bool *dari_realisasi)
{
    if (p->val.kind != V_NAME) {
        dg_emit(s->d, "E013", p->val.span, "'predikat' takes a skala name, e.g. predikat PREDIKAT_AKIP; found %s",
                val_kind_name(p->val.kind));
        return NULL;
    }
    if (p->val.dari.s) {
        if (!dari_realisasi || strcmp(p->val.dari.s, "realisasi") != 0) {
            dg_emit(s->d, "E013", p->val.dari.span, "'predikat %s dari %s': only an indicator's predikat may be taken 'dari realisasi'",
                    p->val.name.s, p->val.dari.s);
        } else {
            *dari_realisasi = true;
        }
    }
    MScale *sc;
    HASH_FIND_STR(s->m->scales, p->val.name.s, sc);
    if (!sc)
        sm_undeclared(s, G_SKALA, p->val.name, "skala");
    else
        sm_use(s, MU_SCALE, sc->id, &sc->used);
    return sc;
}

/* A property that is not valid where written: suggest the nearest. */
static void misplaced(Sema *s, Prop *p, const char *where_, const char *const *valid, int n)
{
    const char *near = dg_nearest(p->name.s, valid, n);
    if (near)
        dg_emit(s->d, "E014", p->name.span, "'%s' does not belong in %s; did you mean '%s'? (valid here: %s)",
                p->name.s, where_, near, join_words(s, valid, n));
    else
        dg_emit(s->d, "E014", p->name.span, "'%s' does not belong in %s; valid here: %s",
                p->name.s, where_, join_words(s, valid, n));
}

void sm_misplaced(Sema *s, Prop *p, const char *where_, const char *const *valid, int n)
{
    misplaced(s, p, where_, valid, n);
}

/* Each property may be written once per block. */
static bool first_time(Sema *s, Prop *p, Prop **seen, int *nseen, int cap)
{
    for (int i = 0; i < *nseen; i++)
        if (strcmp(seen[i]->name.s, p->name.s) == 0) {
            dg_emit(s->d, "E028", p->name.span, "'%s' is written twice in this block; the first is at line %d",
                    p->name.s, src_span_lo(s->src, seen[i]->name.span).line);
            return false;
        }
    if (*nseen < cap)
        seen[(*nseen)++] = p;
    return true;
}

bool sm_first_time(Sema *s, Prop *p, Prop **seen, int *nseen, int cap)
{
    return first_time(s, p, seen, nseen, cap);
}

/* ---- units, scales, series, functions ------------------------------ */

static void lower_satuan(Sema *s, Satuan *n)
{
    MUnit *u = ar_alloc(s->ar, sizeof *u);
    u->name = n->name.s;
    u->decl = n;
    u->label = n->label ? sm_str_text(n->label) : NULL;
    int k = -1;
    for (int i = 0; i < NWORDS(unit_words); i++)
        if (strcmp(n->kind.s, unit_words[i]) == 0)
            k = i;
    if (k < 0) {
        const char *near = dg_nearest(n->kind.s, unit_words, NWORDS(unit_words));
        dg_emit(s->d, "E013", n->kind.span, "unknown kind of satuan '%s'; expected one of: cacah, indeks, persen, angka, tingkat%s%s%s",
                n->kind.s, near ? _("; did you mean '") : "", near ? near : "", near ? "'?" : "");
        k = UK_ANGKA;
    }
    u->kind = (UnitKind)k;
    tk_lower_unit(s, u, n);
    if (n->has_range && u->kind != UK_TINGKAT) {
        u->has_range = true;
        u->lo = n->lo.v;
        u->hi = n->hi.v;
        if (u->lo > u->hi) {
            dg_emit(s->d, "E024", span_join(n->lo.span, n->hi.span),
                    "range %s..%s of satuan '%s' is reversed; write the lower bound first: %s..%s", n->lo.text, n->hi.text,
                    u->name, n->hi.text, n->lo.text);
            u->has_range = false;   /* one mistake: its targets are not judged by it */
        } else if (u->lo == u->hi) {
            dg_emit(s->d, "E024", span_join(n->lo.span, n->hi.span),
                    "range %s..%s of satuan '%s' holds a single value; a satuan's range needs an upper bound above the lower",
                    n->lo.text, n->hi.text, u->name);
            u->has_range = false;   /* one mistake: its targets are not judged by it */
        }
    } else if (u->kind == UK_PERSEN) {
        u->has_range = true;            /* 0..100 unless a range is given */
        u->lo = 0;
        u->hi = 100;
    }
    u->id = s->m->ndecl[MU_UNIT]++;
    HASH_ADD_KEYPTR(hh, s->m->units, u->name, strlen(u->name), u);
}

static void lower_skala(Sema *s, Skala *n)
{
    MScale *sc = ar_alloc(s->ar, sizeof *sc);
    sc->name = n->name.s;
    sc->decl = n;
    sc->bands = ar_alloc(s->ar, (size_t)(n->bands.n + 1) * sizeof *sc->bands);
    Band *prev = NULL;
    for (Node *x = n->bands.head; x; x = x->next) {
        Band *b = (Band *)x;
        for (int i = 0; i < sc->nbands; i++)
            if (strcmp(sc->bands[i].code, b->code.s) == 0)
                dg_emit(s->d, "E011", b->code.span, "band '%s' appears twice in skala '%s'", b->code.s, sc->name);
        if (prev && !(b->threshold.v < prev->threshold.v))
            dg_emit(s->d, "E016", b->threshold.span,
                    "thresholds of skala '%s' must strictly decrease from the first band to the last: %s (band %s) follows %s (band %s)",
                    sc->name, b->threshold.text, b->code.s, prev->threshold.text, prev->code.s);
        MBand *mb = &sc->bands[sc->nbands++];
        mb->code = b->code.s;
        mb->label = sm_str_text(b->label);
        mb->ge = b->ge;
        mb->threshold = b->threshold.v;
        prev = b;
    }
    if (sc->nbands == 0)
        dg_emit(s->d, "E015", n->name.span, "skala '%s' has no band; write bands as CODE \"label\" : > number", sc->name);
    sc->id = s->m->ndecl[MU_SCALE]++;
    HASH_ADD_KEYPTR(hh, s->m->scales, sc->name, strlen(sc->name), sc);
}

static MUnit *find_unit(Sema *s, Name nm)
{
    MUnit *u;
    HASH_FIND_STR(s->m->units, nm.s, u);
    if (!u)
        sm_undeclared(s, G_SATUAN, nm, "satuan");
    else
        sm_use(s, MU_UNIT, u->id, &u->used);
    return u;
}

static void lower_data(Sema *s, DataDecl *n)
{
    MSeries *se = ar_alloc(s->ar, sizeof *se);
    se->name = n->name.s;
    se->decl = n;
    se->uraian = sm_str_text(n->uraian);
    se->unit = find_unit(s, n->satuan);
    se->kon = se->unit && se->unit->kind == UK_CACAH ? KON_JUMLAH : KON_TERAKHIR;
    static const char *const valid[] = {"konsolidasi", "keterangan", "definisi", "sumber"};
    Prop *seen[8];
    int nseen = 0;
    for (Node *x = n->props.head; x; x = x->next) {
        Prop *p = (Prop *)x;
        if (!first_time(s, p, seen, &nseen, 8))
            continue;
        if (strcmp(p->name.s, "konsolidasi") == 0) {
            int k = want_word(s, p, kon_words, NWORDS(kon_words));
            if (k >= 0)
                se->kon = (Konsolidasi)k;
        } else if (strcmp(p->name.s, "keterangan") == 0 || strcmp(p->name.s, "definisi") == 0 ||
                   strcmp(p->name.s, "sumber") == 0) {
            want_str(s, p);
        } else {
            misplaced(s, p, "a data series", valid, NWORDS(valid));
        }
    }
    se->id = s->m->nseries;
    s->m->series_list[s->m->nseries++] = se;
    s->m->ndecl[MU_SERIES] = s->m->nseries;
    HASH_ADD_KEYPTR(hh, s->m->series, se->name, strlen(se->name), se);
}

static void lower_fungsi(Sema *s, Fungsi *n)
{
    MFunc *f = ar_alloc(s->ar, sizeof *f);
    f->name = n->name.s;
    f->decl = n;
    f->nparams = n->params.n;
    for (Node *a = n->params.head; a; a = a->next)
        for (Node *b = a->next; b; b = b->next)
            if (strcmp(((Param *)a)->name.s, ((Param *)b)->name.s) == 0)
                dg_emit(s->d, "E011", ((Param *)b)->name.span, "parameter '%s' appears twice in fungsi '%s'",
                        ((Param *)b)->name.s, f->name);
    if (builtin_find(f->name) >= 0)
        dg_emit(s->d, "E011", n->name.span, "fungsi '%s' would hide the built-in of that name; choose another name", f->name);
    f->id = s->m->ndecl[MU_FUNC]++;
    HASH_ADD_KEYPTR(hh, s->m->funcs, f->name, strlen(f->name), f);
}

/* The first declaration of a name stands: only it is lowered (after
 * E011, or for a repeat of the same definition). */
static bool is_first(const Sema *s, GKind k, const char *name, const Node *n)
{
    GName *g = global(s, k, name);
    return g && g->node == n;
}

static void pass_decls(Sema *s)
{
    for (int i = 0; i < s->nasts; i++)
        for (Node *n = s->asts[i]->items.head; n; n = n->next)
            if (n->kind == N_SATUAN && is_first(s, G_SATUAN, ((Satuan *)n)->name.s, n))
                lower_satuan(s, (Satuan *)n);
    for (int i = 0; i < s->nasts; i++)
        for (Node *n = s->asts[i]->items.head; n; n = n->next) {
            if ((n->kind == N_SKALA && !is_first(s, G_SKALA, ((Skala *)n)->name.s, n)) ||
                (n->kind == N_DATA && !is_first(s, G_DATA, ((DataDecl *)n)->name.s, n)) ||
                (n->kind == N_FUNGSI && !is_first(s, G_FUNGSI, ((Fungsi *)n)->name.s, n)))
                continue;
            if (n->kind == N_SKALA)
                lower_skala(s, (Skala *)n);
            else if (n->kind == N_DATA)
                lower_data(s, (DataDecl *)n);
            else if (n->kind == N_FUNGSI)
                lower_fungsi(s, (Fungsi *)n);
        }
}

/* ---- plans ---------------------------------------------------------- */

static void set_target_num(MTarget *t, const Value *v)
{
    t->set = true;
    t->range = v->kind == V_RANGE;
    t->lo = v->num.v;
    t->hi = v->kind == V_RANGE ? v->hi.v : v->num.v;
    t->span = v->span;
    t->level = NULL;
    if (v->kind == V_NAME) {        /* a level of a tingkat unit (check_one_target) */
        t->level = v->name.s;
        t->lo = t->hi = -1;
    }
}

void sm_target_num(MTarget *t, const Value *v)
{
    set_target_num(t, v);
}

/* target N | target a..b | target { 2025: n, ... } | target { TW1: n, ... } */
static void lower_target(Sema *s, MInd *ind, Prop *p, bool *annual_seen, bool *map_seen)
{
    PlanKind pk = ind->plan->kind;
    if (p->val.kind == V_NUM || p->val.kind == V_RANGE || (p->val.kind == V_NAME && !p->val.dari.s)) {
        if (pk == PLAN_RENSTRA) {
            dg_emit(s->d, "E013", p->val.span, "a renstra lists its targets by year: target { %d: %s, ... }",
                    ind->plan->periode_lo ? ind->plan->periode_lo : 2025,
                    p->val.kind == V_NAME ? p->val.name.s : p->val.num.text);
            return;
        }
        if (*annual_seen) {
            dg_emit(s->d, "E028", p->name.span, "the annual target is written twice");
            return;
        }
        *annual_seen = true;
        set_target_num(&ind->target, &p->val);
        return;
    }
    if (p->val.kind != V_MAP) {
        dg_emit(s->d, "E013", p->val.span, "'target' takes a number, a range a..b, a level of a tingkat satuan, or a list { TW1: n, ... }; found %s",
                found_for_number(s, &p->val));
        return;
    }
    if (*map_seen) {
        dg_emit(s->d, "E028", p->name.span, "a target list is written twice");
        return;
    }
    *map_seen = true;
    int nent = p->val.map.n;
    if (pk == PLAN_RENSTRA && p->val.tag.s)
        dg_emit(s->d, "E013", p->val.tag.span, "a renstra lists its targets by year: target { %d: n, ... }; '%s' lists "
                "the parts of one year, in an rkt or pk", ind->plan->periode_lo ? ind->plan->periode_lo : 2025, p->val.tag.s);
    if (pk == PLAN_RENSTRA)
        ind->years = ar_alloc(s->ar, (size_t)(nent + 1) * sizeof *ind->years);
    for (Node *x = p->val.map.head; pk == PLAN_RENSTRA && x; x = x->next) {
        MapEnt *e = (MapEnt *)x;
        {
            if (!e->key_is_year) {
                dg_emit(s->d, "E013", e->key.span, "a renstra's targets are keyed by year (%d: n), not '%s'",
                        ind->plan->periode_lo ? ind->plan->periode_lo : 2025, e->key.s);
                continue;
            }
            if (ind->plan->periode_lo && (e->year < ind->plan->periode_lo || e->year > ind->plan->periode_hi))
                dg_emit(s->d, "E013", e->key.span, "year %d is outside the renstra's periode %d..%d",
                        e->year, ind->plan->periode_lo, ind->plan->periode_hi);
            for (int i = 0; i < ind->nyears; i++)
                if (ind->years[i].year == e->year)
                    dg_emit(s->d, "E011", e->key.span, "year %d is listed twice", e->year);
            MYearTarget *y = &ind->years[ind->nyears++];
            y->year = e->year;
            set_target_num(&y->t, &e->val);
        }
    }
    if (pk != PLAN_RENSTRA)
        ind->tmap = tm_lower(s, ind, &p->val);
}

static const char *const ind_valid[] = {
    "satuan", "target", "polaritas", "konsolidasi", "batas", "terburuk", "kondisi_awal", "bobot", "jenis",
    "sifat", "ukuran", "pelaksana", "keterangan", "definisi", "sumber", "realisasi", "capaian", "predikat",
    "ditunda", "konsolidasi_lokasi", "mendukung"};

/* kondisi_awal N: the baseline before the Renstra's period, written in
 * the renstra (an rkt or pk inherits it); checked against the unit with
 * the targets (check_targets). */
static void lower_kondisi_awal(Sema *s, MInd *ind, Prop *p)
{
    double v;
    if (ind->plan->kind != PLAN_RENSTRA) {
        dg_emit(s->d, "E014", p->name.span, "'kondisi_awal' belongs in a renstra: the baseline before its "
                "period, which an rkt or pk takes through mengacu");
        return;
    }
    if (p->val.kind == V_NAME && !p->val.dari.s)
        set_target_num(&ind->kondisi_awal, &p->val);    /* a level (check_one_target) */
    else if (want_num(s, p, &v))
        set_target_num(&ind->kondisi_awal, &p->val);
}

static void lower_ind_prop(Sema *s, MInd *ind, Prop *p, IndInfo *info, bool *annual, bool *map)
{
    IndSet *set = &info->set;
    const char *nm = p->name.s;
    int k;
    double v;
    if (strcmp(nm, "satuan") == 0) {
        set->unit = true;           /* written, if wrongly: not also "missing" */
        if (p->val.kind != V_NAME) {
            dg_emit(s->d, "E013", p->val.span, "'satuan' takes the name of a declared satuan; found %s", val_kind_name(p->val.kind));
            return;
        }
        ind->unit = find_unit(s, p->val.name);
        ind->unit_span = p->val.span;
        set->unit = true;
    } else if (strcmp(nm, "target") == 0) {
        lower_target(s, ind, p, annual, map);
        set->target = true;
    } else if (strcmp(nm, "polaritas") == 0) {
        if ((k = want_word(s, p, pol_words, NWORDS(pol_words))) >= 0)
            ind->pol = (Polaritas)k;
        ind->pol_span = p->val.span;
        set->pol = true;
    } else if (strcmp(nm, "konsolidasi") == 0) {
        if ((k = want_word(s, p, kon_words, NWORDS(kon_words))) >= 0)
            ind->kon = (Konsolidasi)k;
        set->kon = true;
    } else if (strcmp(nm, "batas") == 0) {
        if (want_num(s, p, &v)) {
            ind->has_batas = true;
            ind->batas = v;
        }
        set->batas = true;
    } else if (strcmp(nm, "terburuk") == 0) {
        if (want_num(s, p, &v)) {
            ind->has_terburuk = true;
            ind->terburuk = v;
            ind->terburuk_span = p->val.span;
        }
        set->terburuk = true;
    } else if (strcmp(nm, "kondisi_awal") == 0) {
        lower_kondisi_awal(s, ind, p);
    } else if (strcmp(nm, "bobot") == 0) {
        ind->bobot_set = true;
        if (want_num(s, p, &v)) {
            if (v < 0)
                dg_emit(s->d, "E013", p->val.span, "bobot must not be negative");
            ind->bobot = v;
        }
        set->bobot = true;
    } else if (strcmp(nm, "jenis") == 0) {
        if ((k = want_word(s, p, jenis_words, NWORDS(jenis_words))) >= 0)
            ind->jenis = jenis_words[k];
    } else if (strcmp(nm, "sifat") == 0) {
        if ((k = want_word(s, p, sifat_words, NWORDS(sifat_words))) >= 0)
            ind->sifat = sifat_words[k];
    } else if (strcmp(nm, "ukuran") == 0) {
        if ((k = want_word(s, p, ukuran_words, NWORDS(ukuran_words))) >= 0)
            ind->ukuran = ukuran_words[k];
    } else if (strcmp(nm, "pelaksana") == 0) {
        ind->pelaksana = want_str(s, p);
    } else if (strcmp(nm, "keterangan") == 0) {
        ind->keterangan = want_str(s, p);
    } else if (strcmp(nm, "definisi") == 0) {
        ind->definisi = want_str(s, p);
    } else if (strcmp(nm, "sumber") == 0) {
        ind->sumber = want_str(s, p);
    } else if (strcmp(nm, "realisasi") == 0) {
        info->realisasi = want_expr(s, p);
        set->realisasi = true;
    } else if (strcmp(nm, "capaian") == 0) {
        info->capaian = want_expr(s, p);
        set->capaian = true;
    } else if (strcmp(nm, "predikat") == 0) {
        ind->predikat = want_scale(s, p, &ind->predikat_realisasi);
        set->predikat = true;
    } else if (strcmp(nm, "ditunda") == 0) {
        if (ind->plan->kind == PLAN_RENSTRA)
            dg_emit(s->d, "E014", p->name.span, "'ditunda' belongs in an rkt or pk: it marks a Renstra indicator not pursued that year");
        ind->ditunda = want_str(s, p);
    } else if (!sm_lower_cascade_prop(s, ind, p, set)) {
        misplaced(s, p, "an indikator", ind_valid, NWORDS(ind_valid));
    }
}

static void plan_add_ind(Sema *s, MPlan *pl, MInd *ind)
{
    MInd *old;
    HASH_FIND_STR(pl->ind_by_code, ind->code, old);
    if (old) {
        dg_emit(s->d, "E011", ind->decl->code.span, "indikator '%s' is declared twice in plan '%s'; the first is at %s",
                ind->code, pl->code, sm_where(s, old->decl->code.span));
        return;
    }
    HASH_ADD_KEYPTR(hh, pl->ind_by_code, ind->code, strlen(ind->code), ind);
}

IndInfo *sm_info(Sema *s, const MInd *ind)
{
    return &s->info[ind->order];
}

static MInd *lower_indikator(Sema *s, MPlan *pl, MSas *sa, Indikator *n)
{
    MInd *ind = ar_alloc(s->ar, sizeof *ind);
    ind->code = n->code.s;
    ind->decl = n;
    ind->sas = sa;
    ind->plan = pl;
    ind->uraian = sm_str_text(n->uraian);
    if (n->uraian)
        ind->uraian_span = n->uraian->span;
    ind->bobot = 1;
    if (s->ninfo == s->capinfo) {
        s->capinfo = s->capinfo ? s->capinfo * 2 : 256;
        s->info = xrealloc(s->info, (size_t)s->capinfo * sizeof *s->info);
    }
    IndInfo *info = &s->info[s->ninfo];
    memset(info, 0, sizeof *info);
    info->ind = ind;
    info->set.uraian = n->uraian != NULL;
    ind->order = s->ninfo++;
    Prop *seen[24];
    int nseen = 0;
    bool annual = false, map = false;
    for (Node *x = n->props.head; x; x = x->next) {
        Prop *p = (Prop *)x;
        if (strcmp(p->name.s, "target") != 0 && !first_time(s, p, seen, &nseen, 24))
            continue;
        lower_ind_prop(s, ind, p, sm_info(s, ind), &annual, &map);
    }
    plan_add_ind(s, pl, ind);
    return ind;
}

/* ---- the plan's tree ----------------------------------------------- */

static const char *const sas_valid[] = {"bobot", "keterangan", "predikat", "bila_kosong", "tingkat", "indikator",
                                        "tujuan", "sasaran", "program", "kegiatan", "subkegiatan"};
/* the other kinds: the same but tingkat, and anggaran (program,
 * kegiatan and subkegiatan: on a tujuan it is E014 like any misplaced) */
static const char *const el_valid[] = {"bobot", "keterangan", "predikat", "bila_kosong", "indikator", "anggaran",
                                       "tujuan", "sasaran", "program", "kegiatan", "subkegiatan"};
static const char *const tingkat_words[] = {"strategis", "program", "kegiatan"};

/* The plan's arrays of elements, filled as the tree is walked. */
typedef struct Tree {
    MPlan *pl;
    int capels, capsas, capinds;
    unsigned open;              /* kinds of the elements being lowered (bits) */
    int open_sas;               /* sasaran among them */
} Tree;

#define PUSH(v, n, cap)                                                          \
    do {                                                                         \
        if ((n) == (cap)) {                                                      \
            int cap_ = (cap) ? (cap) * 2 : 16;                                   \
            void *nv_ = ar_alloc(s->ar, (size_t)cap_ * sizeof *(v));             \
            if (n)                                                               \
                memcpy(nv_, (v), (size_t)(n) * sizeof *(v));                     \
            (v) = nv_;                                                           \
            (cap) = cap_;                                                        \
        }                                                                        \
    } while (0)

static void el_register(Sema *s, MPlan *pl, MSas *el)
{
    MSas *old;
    HASH_FIND_STR(pl->el_by_code, el->code, old);
    if (!old) {
        HASH_ADD_KEYPTR(hh, pl->el_by_code, el->code, strlen(el->code), el);
    } else if (old->kind == el->kind) {
        dg_emit(s->d, "E011", el->decl->code.span, "%s '%s' is declared twice in plan '%s'; the first is at %s",
                el_kind_name(el->kind), el->code, pl->code, sm_where(s, old->decl->code.span));
    } else {
        dg_emit(s->d, "E011", el->decl->code.span,
                "%s '%s' has the code of %s %s at %s; the codes of a plan's elements are unique within it",
                el_kind_name(el->kind), el->code, el_kind_name(old->kind), old->code, sm_where(s, old->decl->code.span));
    }
}

/* `anggaran 1_250_000_000` (rupiah, at least 0); in a Renstra one per
 * year, `anggaran { 2025: n, ... }`, the rkt of that year inheriting it. */
static void el_anggaran(Sema *s, MSas *el, Prop *p)
{
    bool renstra = el->plan->kind == PLAN_RENSTRA;
    if (p->val.kind == V_MAP && renstra) {
        el->ang_years = ar_alloc(s->ar, (size_t)(p->val.map.n + 1) * sizeof *el->ang_years);
        for (Node *x = p->val.map.head; x; x = x->next) {
            MapEnt *e = (MapEnt *)x;
            if (!e->key_is_year || e->val.kind != V_NUM || e->val.num.v < 0) {
                dg_emit(s->d, "E013", e->h.span, "a renstra's anggaran is a rupiah amount of at least 0 per year, e.g. anggaran { 2025: 1_250_000_000 }");
                continue;
            }
            el->ang_years[el->nang_years++] = (MYearTarget){e->year, {true, false, false, e->val.num.v, e->val.num.v, e->val.span, NULL}};
        }
        el->anggaran_span = p->val.span;
        return;
    }
    if (p->val.kind != V_NUM || p->val.num.v < 0) {
        dg_emit(s->d, "E013", p->val.span, "'anggaran' takes the pagu in rupiah, a number of at least 0%s",
                renstra ? ", per year in a renstra: anggaran { 2025: 1_250_000_000 }" : ", e.g. anggaran 1_250_000_000");
        return;
    }
    if (renstra) {
        dg_emit(s->d, "E013", p->val.span, "a renstra gives the anggaran per year: anggaran { %d: %s }",
                el->plan->periode_lo ? el->plan->periode_lo : 2025, p->val.num.text);
        return;
    }
    el->has_anggaran = true;
    el->anggaran = p->val.num.v;
    el->anggaran_span = p->val.span;
}

static void el_prop(Sema *s, MSas *el, Prop *p)
{
    double v;
    if (strcmp(p->name.s, "bobot") == 0) {
        el->bobot_set = true;
        if (want_num(s, p, &v)) {
            if (v < 0)
                dg_emit(s->d, "E013", p->val.span, "bobot must not be negative");
            el->bobot = v;
        }
    } else if (strcmp(p->name.s, "keterangan") == 0) {
        el->keterangan = want_str(s, p);
    } else if (strcmp(p->name.s, "predikat") == 0) {
        el->predikat = want_scale(s, p, NULL);
    } else if (strcmp(p->name.s, "bila_kosong") == 0) {
        el->bila_kosong = sm_bila_kosong(s, p);
    } else if (strcmp(p->name.s, "anggaran") == 0 && el_budgets(el->kind)) {
        el_anggaran(s, el, p);
    } else if (strcmp(p->name.s, "tingkat") == 0 && el->kind == EL_SASARAN) {
        int w = want_word(s, p, tingkat_words, NWORDS(tingkat_words));
        if (w >= 0)
            el->tingkat = tingkat_words[w];
    } else {
        char where_[32];
        snprintf(where_, sizeof where_, _("a %s"), el_kind_name(el->kind));
        if (strcmp(p->name.s, "anggaran") == 0)
            dg_emit(s->d, "E014", p->name.span,
                    "'anggaran' does not belong in %s: a budget is a program's, a kegiatan's or a subkegiatan's", where_);
        else if (el->kind == EL_SASARAN)
            misplaced(s, p, where_, sas_valid, NWORDS(sas_valid));
        else
            misplaced(s, p, where_, el_valid, NWORDS(el_valid));
    }
}

/* `sasaran SP1 { tujuan T1 }`: a link, checked once the plan is lowered
 * (check_links).  A sasaran's tujuan is also kept as its own property. */
static void el_link(Sema *s, MSas *el, Element *e)
{
    (void)s;
    if (e->el == EL_TUJUAN && el->kind == EL_SASARAN)
        el->tujuan = e->code.s;
    if (!el->parent && !el->induk)
        el->induk = e->code.s;
}

static MSas *lower_element(Sema *s, Tree *t, Element *n, MSas *parent);

static void el_items(Sema *s, Tree *t, MSas *el)
{
    MPlan *pl = t->pl;
    Prop *seen[8];
    int nseen = 0, nkids = 0, ninds = 0;
    for (Node *x = el->decl->items.head; x; x = x->next) {
        ninds += x->kind == N_INDIKATOR;
        nkids += x->kind == N_ELEMENT && !el_is_link((Element *)x, true);
    }
    el->inds = ar_alloc(s->ar, (size_t)(ninds + 1) * sizeof *el->inds);
    el->kids = ar_alloc(s->ar, (size_t)(nkids + 1) * sizeof *el->kids);
    for (Node *x = el->decl->items.head; x; x = x->next) {
        if (x->kind == N_INDIKATOR) {
            MInd *ind = lower_indikator(s, pl, el, (Indikator *)x);
            el->inds[el->ninds++] = ind;
            PUSH(pl->inds, pl->ninds, t->capinds);
            ind->pos = pl->ninds;
            pl->inds[pl->ninds++] = ind;
        } else if (x->kind == N_ELEMENT && el_is_link((Element *)x, true)) {
            el_link(s, el, (Element *)x);
        } else if (x->kind == N_ELEMENT) {
            MSas *kid = lower_element(s, t, (Element *)x, el);
            if (kid)
                el->kids[el->nkids++] = kid;
        } else if (x->kind == N_PROP && first_time(s, (Prop *)x, seen, &nseen, 8)) {
            el_prop(s, el, (Prop *)x);
        }
    }
}

/* No element lies inside another of its kind at any depth, but a sasaran
 * may hold sasaran (a sasaran strategis holding its sasaran program). */
static bool el_nests(Sema *s, const Tree *t, const Element *n)
{
    if (n->el == EL_SASARAN || !(t->open & (1u << n->el)))
        return true;
    dg_emit(s->d, "E029", n->code.span,
            "%s '%s' lies inside another %s; an element holds only other kinds (only a sasaran may hold sasaran): close the outer %s first",
            el_kind_name(n->el), n->code.s, el_kind_name(n->el), el_kind_name(n->el));
    return false;
}

static MSas *lower_element(Sema *s, Tree *t, Element *n, MSas *parent)
{
    if (!el_nests(s, t, n))
        return NULL;
    MPlan *pl = t->pl;
    MSas *el = ar_alloc(s->ar, sizeof *el);
    el->code = n->code.s;
    el->kind = n->el;
    el->decl = n;
    el->plan = pl;
    el->parent = parent;
    el->induk = parent ? parent->code : NULL;
    el->uraian = sm_str_text(n->uraian);
    if (n->uraian)
        el->uraian_span = n->uraian->span;
    el->bobot = 1;
    el->outer = n->el == EL_SASARAN && t->open_sas == 0;
    el_register(s, pl, el);
    PUSH(pl->els, pl->nels, t->capels);
    el->pos = pl->nels;
    pl->els[pl->nels++] = el;
    if (el->kind == EL_SASARAN) {
        PUSH(pl->sas, pl->nsas, t->capsas);
        pl->sas[pl->nsas++] = el;
    }
    unsigned was = t->open;
    t->open |= 1u << n->el;
    t->open_sas += n->el == EL_SASARAN;
    el_items(s, t, el);
    t->open = was;
    t->open_sas -= n->el == EL_SASARAN;
    return el;
}

#undef PUSH

static const char *const renstra_valid[] = {"periode", "instansi", "keterangan", "predikat", "bila_kosong", "tujuan", "program", "sasaran",
                                            "tempat", "tanggal", "penandatangan"};
static const char *const rkt_valid[] = {"tahun", "instansi", "mengacu", "atasan", "keterangan", "predikat", "bila_kosong", "tujuan", "program", "sasaran",
                                        "tempat", "tanggal", "penandatangan", "pihak_kedua"};

static void lower_plan_prop(Sema *s, MPlan *pl, Prop *p)
{
    const char *nm = p->name.s;
    bool renstra = pl->kind == PLAN_RENSTRA;
    if (strcmp(nm, "instansi") == 0) {
        pl->instansi = want_str(s, p);
    } else if (strcmp(nm, "keterangan") == 0) {
        pl->keterangan = want_str(s, p);
    } else if (strcmp(nm, "predikat") == 0) {
        pl->predikat = want_scale(s, p, NULL);
    } else if (strcmp(nm, "bila_kosong") == 0) {
        pl->bila_kosong = sm_bila_kosong(s, p);
    } else if (!renstra && strcmp(nm, "tahun") == 0) {
        double v;
        if (want_num(s, p, &v)) {
            if (!pd_year_ok(v))
                dg_emit(s->d, "E013", p->val.span, "'tahun' takes a year such as 2025; found %s", p->val.num.text);
            else
                pl->tahun = (int)v;
        }
        pl->tahun_span = p->val.span;
    } else if (!renstra && strcmp(nm, "mengacu") == 0) {
        if (p->val.kind != V_NAME)
            dg_emit(s->d, "E013", p->val.span, "'mengacu' takes the code of a plan, e.g. mengacu RENSTRA_X");
        else {
            pl->mengacu_code = p->val.name.s;
            pl->mengacu_span = p->val.span;
        }
    } else if (!renstra && strcmp(nm, "atasan") == 0) {
        if (p->val.kind != V_NAME)
            dg_emit(s->d, "E013", p->val.span, "'atasan' takes the code of the superior unit's plan, e.g. atasan PK_KABAN_2025");
        else {
            pl->atasan_code = p->val.name.s;
            pl->atasan_span = p->val.span;
        }
    } else if (renstra && strcmp(nm, "atasan") == 0) {
        dg_emit(s->d, "E014", p->name.span, "a renstra has no superior unit's plan; 'atasan' belongs in an rkt or pk");
    } else if (renstra && strcmp(nm, "periode") == 0) {
        if (p->val.kind != V_RANGE || !pd_year_ok(p->val.num.v) || !pd_year_ok(p->val.hi.v) ||
            p->val.num.v >= p->val.hi.v)
            dg_emit(s->d, "E013", p->val.span, "'periode' takes a range of years (%d..%d), e.g. periode 2025..2029",
                    PD_YEAR_MIN, PD_YEAR_MAX);
        else {
            pl->periode_lo = (int)p->val.num.v;
            pl->periode_hi = (int)p->val.hi.v;
        }
    } else if (renstra && strcmp(nm, "tahun") == 0) {
        dg_emit(s->d, "E014", p->name.span, "a renstra spans years: write 'periode 2025..2029' instead of 'tahun'");
    } else if (renstra && strcmp(nm, "mengacu") == 0) {
        dg_emit(s->d, "E014", p->name.span, "a renstra refers to no other plan; 'mengacu' belongs in an rkt or pk");
    } else if (sm_lower_sign_prop(s, pl, p)) {
        /* tempat, tanggal, penandatangan, pihak_kedua: check/sign.c */
    } else if (renstra) {
        misplaced(s, p, "a renstra", renstra_valid, NWORDS(renstra_valid));
    } else {
        misplaced(s, p, pl->kind == PLAN_RKT ? "an rkt" : "a pk", rkt_valid, NWORDS(rkt_valid));
    }
}

static void lower_plan(Sema *s, Plan *n)
{
    MPlan *pl = ar_alloc(s->ar, sizeof *pl);
    pl->code = n->code.s;
    pl->decl = n;
    pl->kind = n->pk;
    pl->title = sm_str_text(n->title);
    /* periode first: the renstra's target years are checked against it */
    for (Node *x = n->items.head; x; x = x->next)
        if (x->kind == N_PROP && strcmp(((Prop *)x)->name.s, "periode") == 0 && pl->kind == PLAN_RENSTRA)
            lower_plan_prop(s, pl, (Prop *)x);
    Prop *seen[16];
    int nseen = 0;
    Tree t = {.pl = pl};
    for (Node *x = n->items.head; x; x = x->next) {
        if (x->kind == N_ELEMENT) {
            lower_element(s, &t, (Element *)x, NULL);
        } else if (x->kind == N_PROP) {
            Prop *p = (Prop *)x;
            if (!first_time(s, p, seen, &nseen, 16))
                continue;
            if (!(strcmp(p->name.s, "periode") == 0 && pl->kind == PLAN_RENSTRA))
                lower_plan_prop(s, pl, p);
        }
    }
    if (pl->kind == PLAN_RENSTRA && !pl->periode_lo && nseen >= 0) {
        bool written = false;
        for (int i = 0; i < nseen; i++)
            written |= strcmp(seen[i]->name.s, "periode") == 0;
        if (!written)
            dg_emit(s->d, "E015", n->code.span, "renstra '%s' has no 'periode'; add e.g. periode 2025..2029", pl->code);
    }
    if (pl->kind != PLAN_RENSTRA && !pl->tahun && !pl->tahun_span.hi)
        dg_emit(s->d, "E015", n->code.span, "%s '%s' has no 'tahun'; add e.g. tahun 2025",
                plan_kind_name(pl->kind), pl->code);
    HASH_ADD_KEYPTR(hh, s->m->plans, pl->code, strlen(pl->code), pl);
    s->m->plan_list[s->m->nplans++] = pl;
}

/* ---- mengacu: linking and inheritance --------------------------------- */

static void link_refs(Sema *s)
{
    for (int i = 0; i < s->m->nplans; i++) {
        MPlan *pl = s->m->plan_list[i];
        if (!pl->mengacu_code)
            continue;
        MPlan *ref = sm_plan(s->m, pl->mengacu_code);
        if (!ref) {
            /* a plan the catalogue knows but whose build has errors: those
             * are reported there, and this plan inherits nothing */
            if (!cat_plan(s->cat, pl->mengacu_code))
                sm_undeclared(s, G_PLAN, (Name){pl->mengacu_code, pl->mengacu_span}, "plan");
            continue;
        }
        PlanKind want = pl->kind == PLAN_PK ? PLAN_RKT : PLAN_RENSTRA;
        if (ref->kind != want && !(pl->kind == PLAN_PK && ref->kind == PLAN_RENSTRA)) {
            dg_emit(s->d, "E030", pl->mengacu_span, "%s '%s' cannot refer to %s '%s': an rkt refers to a renstra, a pk to an rkt",
                    plan_kind_name(pl->kind), pl->code, plan_kind_name(ref->kind), ref->code);
            continue;
        }
        pl->mengacu = ref;
    }
}

static const MTarget *year_target(const MInd *r, int year)
{
    for (int i = 0; i < r->nyears; i++)
        if (r->years[i].year == year)
            return &r->years[i].t;
    return NULL;
}

static void inherit_ind(MInd *ind, MInd *r, const IndSet *set)
{
    ind->ref = r;
    if (!set->uraian && r->uraian) {
        ind->uraian = r->uraian;
        ind->uraian_span = r->uraian_span;
    }
    if (!set->unit) {
        ind->unit = r->unit;
        ind->unit_span = r->unit_span;
    }
    if (!set->pol) {
        ind->pol = r->pol;
        ind->pol_span = r->pol_span;
    }
    if (!set->kon)
        ind->kon = r->kon;
    if (!set->kon_lokasi && r->has_kon_lokasi) {    /* mendukung is not: it names the atasan's code */
        ind->has_kon_lokasi = true;
        ind->kon_lokasi = r->kon_lokasi;
    }
    if (!set->target) {
        if (r->plan->kind == PLAN_RENSTRA) {
            const MTarget *t = year_target(r, ind->plan->tahun);
            if (t)
                ind->target = *t;
        } else {
            ind->target = r->target;
            if (r->tmap)
                ind->tmap = r->tmap;    /* read-only from here on: shared */
        }
    } else if (!ind->target.set && ind->tmap && r->plan->kind != PLAN_RENSTRA) {
        ind->target = r->target;     /* quarterly written, annual inherited */
    }
    if (!set->bobot) {
        ind->bobot = r->bobot;
        ind->bobot_set = r->bobot_set;
    }
    if (!set->batas) {
        ind->has_batas = r->has_batas;
        ind->batas = r->batas;
    }
    if (!set->terburuk) {
        ind->has_terburuk = r->has_terburuk;
        ind->terburuk = r->terburuk;
        ind->terburuk_span = r->terburuk_span;
    }
    if (!ind->kondisi_awal.set)
        ind->kondisi_awal = r->kondisi_awal;
    if (!set->realisasi)
        ind->realisasi_expr = r->realisasi_expr;
    if (!set->capaian)
        ind->capaian_expr = r->capaian_expr;
    if (!set->predikat) {
        ind->predikat = r->predikat;
        ind->predikat_realisasi = r->predikat_realisasi;
    }
#define INH(f) if (!ind->f) ind->f = r->f
    INH(pelaksana);
    INH(definisi);
    INH(sumber);
    INH(jenis);
    INH(sifat);
    INH(ukuran);
#undef INH
}

/* An element takes what it does not set from the element of its code in
 * the referenced plan, wherever that one is nested; its own nesting is
 * the plan's (docs/language.md, "Plan elements"). */
/* A Renstra's anggaran of the plan's year, or the referenced rkt's. */
static void inherit_anggaran(MSas *sa, const MSas *rs)
{
    if (rs->has_anggaran) {
        sa->has_anggaran = true;
        sa->anggaran = rs->anggaran;
        sa->anggaran_span = rs->anggaran_span;
        return;
    }
    for (int i = 0; i < rs->nang_years; i++)
        if (rs->ang_years[i].year == sa->plan->tahun) {
            sa->has_anggaran = true;
            sa->anggaran = rs->ang_years[i].t.lo;
            sa->anggaran_span = rs->ang_years[i].t.span;
        }
}

static void inherit_element(MSas *sa, MSas *rs)
{
    sa->ref = rs;
    if (!sa->uraian) {
        sa->uraian = rs->uraian;
        sa->uraian_span = rs->uraian_span;
    }
    if (!sa->tujuan)
        sa->tujuan = rs->tujuan;
    if (!sa->tingkat)
        sa->tingkat = rs->tingkat;
    if (!sa->bobot_set) {
        sa->bobot = rs->bobot;
        sa->bobot_set = rs->bobot_set;
    }
    if (!sa->predikat)
        sa->predikat = rs->predikat;
    if (!sa->bila_kosong)
        sa->bila_kosong = rs->bila_kosong;
    if (!sa->has_anggaran)
        inherit_anggaran(sa, rs);
}

/* Plans are inherited from in dependency order: a renstra before the rkt
 * that refers to it, an rkt before its pk. */
static void inherit_plan(Sema *s, MPlan *pl, int depth)
{
    MPlan *r = pl->mengacu;
    if (!r || depth > 3 || pl->inherited)
        return;
    if (r->mengacu && !r->inherited)    /* another build's has inherited */
        inherit_plan(s, r, depth + 1);
    pl->inherited = true;
    if (!pl->instansi)
        pl->instansi = r->instansi;
    if (!pl->predikat)
        pl->predikat = r->predikat;
    if (!pl->bila_kosong)
        pl->bila_kosong = r->bila_kosong;
    for (int i = 0; i < pl->nels; i++) {
        MSas *sa = pl->els[i];
        MSas *rs = sm_element(r, sa->code);
        if (rs && rs->kind == sa->kind)
            inherit_element(sa, rs);
        for (int j = 0; j < sa->ninds; j++) {
            MInd *ind = sa->inds[j];
            MInd *ri = sm_ind(r, ind->code);
            if (ri && !ind->ref)
                inherit_ind(ind, ri, &sm_info(s, ind)->set);
        }
    }
}

/* ---- checks of targets ---------------------------------------------- */

static void fmt_num(char *buf, size_t n, double v)
{
    if (v == floor(v) && fabs(v) < 1e15)
        snprintf(buf, n, "%.0f", v);
    else
        snprintf(buf, n, "%.10g", v);
}

void sm_fmt_num(char *buf, size_t n, double v)
{
    fmt_num(buf, n, v);
}

/* 25.945 written for a count: the Indonesian thousands dot. */
static const char *thousands_hint(Sema *s, const char *text)
{
    const char *dot = text ? strchr(text, '.') : NULL;
    if (!dot || strlen(dot + 1) != 3 || strchr(dot + 1, '_'))
        return "";
    return ar_printf(s->ar, _("; did you mean %.*s_%s?"), (int)(dot - text), text, dot + 1);
}

static const char *target_text(const MInd *ind, const MTarget *t);

/* "target", "target TW2", "target 2026" or "kondisi_awal": which = 0,
 * 1..4, a year or TGT_KONDISI_AWAL. */
enum { TGT_KONDISI_AWAL = -1 };

static const char *target_name(Sema *s, int which)
{
    if (which == TGT_KONDISI_AWAL)
        return "kondisi_awal";
    if (which == 0)
        return "target";
    if (which >= TM_WHICH_BASE)
        return ar_printf(s->ar, "target %s", pd_format(pd_from_index(0, which - TM_WHICH_BASE), (char[PD_BUFSZ]){0}, PD_BUFSZ));
    return which <= 4 ? ar_printf(s->ar, _("target TW%d"), which) : ar_printf(s->ar, "target %d", which);
}

/* Checks one target against its unit and polarity (kondisi_awal, a
 * value, against its unit only).  The messages' texts are built only
 * when something is wrong: this runs for every target. */
static void check_one_target(Sema *s, MInd *ind, MTarget *t, int which)
{
    if (!t->set || !ind->unit || t->span.file < 0)
        return;
    const MUnit *u = ind->unit;
    if ((t->level || u->kind == UK_TINGKAT) && tk_check_target(s, ind, t, target_name(s, which)))
        return;                     /* a level, or a tingkat unit's */
    bool empty = t->range && t->lo > t->hi;     /* 5..5 is a point target */
    bool frac = u->kind == UK_CACAH && (t->lo != floor(t->lo) || t->hi != floor(t->hi));
    bool out = u->has_range && (t->lo < u->lo || t->hi > u->hi);
    bool want_range = ind->pol == POL_STABIL && !t->range && which != TGT_KONDISI_AWAL;
    if (!(empty || frac || out || want_range))
        return;
    char a[64], b[64];
    fmt_num(a, sizeof a, t->lo);
    fmt_num(b, sizeof b, t->hi);
    const char *what = target_name(s, which);
    if (empty)
        dg_emit(s->d, "E024", t->span, "%s range %s..%s is reversed; write the lower bound first: %s..%s", what, a, b, b, a);
    if (frac) {
        t->bad = true;
        const char *text = target_text(ind, t);
        dg_emit(s->d, "E012", t->span, "%s %s is not a whole number, but satuan '%s' counts%s",
                what, text ? text : a, u->name, thousands_hint(s, text));
    }
    if (out) {
        char lo[64], hi[64];
        fmt_num(lo, sizeof lo, u->lo);
        fmt_num(hi, sizeof hi, u->hi);
        dg_emit(s->d, "E019", t->span, "%s %s is outside the range %s..%s of satuan '%s'",
                what, t->range ? ar_printf(s->ar, "%s..%s", a, b) : a, lo, hi, u->name);
    }
    if (want_range) {
        char lo[64], hi[64];
        fmt_num(lo, sizeof lo, t->lo - 1);
        fmt_num(hi, sizeof hi, t->lo + 1);
        dg_emit(s->d, "E026", t->span, "indikator '%s' is stabil, so its %s is a band a..b, such as %s..%s, or %s..%s for exactly %s; not the single number %s",
                ind->code, what, lo, hi, a, a, a, a);
    }
}

/* Source text of the number a target (or kondisi_awal) was written
 * with, when own. */
static const char *target_text(const MInd *ind, const MTarget *t)
{
    if (!ind->decl || t->span.file < 0)
        return NULL;
    for (Node *x = ind->decl->props.head; x; x = x->next) {
        Prop *p = (Prop *)x;
        if (strcmp(p->name.s, "target") != 0 && strcmp(p->name.s, "kondisi_awal") != 0)
            continue;
        if ((p->val.kind == V_NUM) && p->val.span.lo == t->span.lo)
            return p->val.num.text;
        if (p->val.kind == V_MAP)
            for (Node *y = p->val.map.head; y; y = y->next) {
                MapEnt *e = (MapEnt *)y;
                if (e->val.kind == V_NUM && e->val.span.lo == t->span.lo)
                    return e->val.num.text;
            }
    }
    return NULL;
}

static bool own_span(const MInd *ind, Span sp)
{
    return ind->decl && sp.file == ind->decl->h.span.file && sp.lo >= ind->decl->h.span.lo &&
           sp.hi <= ind->decl->h.span.hi;
}

bool sm_own_span(const MInd *ind, Span sp)
{
    return own_span(ind, sp);
}

static void check_targets(Sema *s, MInd *ind)
{
    if (own_span(ind, ind->target.span))
        check_one_target(s, ind, &ind->target, 0);
    for (int q = 0; ind->tmap && q < ind->tmap->nparts; q++)
        if (own_span(ind, ind->tmap->part[q].span))
            check_one_target(s, ind, &ind->tmap->part[q],
                             ind->tmap->kind == P_TW ? q + 1 : TM_WHICH_BASE + pd_index((Period){ind->tmap->kind, 0, q + 1}));
    for (int i = 0; i < ind->nyears; i++)
        check_one_target(s, ind, &ind->years[i].t, ind->years[i].year);
    if (own_span(ind, ind->kondisi_awal.span))
        check_one_target(s, ind, &ind->kondisi_awal, TGT_KONDISI_AWAL);
    if (ind->tmap && own_span(ind, ind->tmap->span))
        tm_check(s, ind);
    if (ind->plan->kind == PLAN_RENSTRA)
        tm_check_trend(s, ind);
}

static bool uses_default_formula(const MInd *ind)
{
    return !ind->capaian_expr;
}

/* A plan whose mengacu failed (E018/E030), or an indicator the referenced
 * plan lacks (E040), cannot inherit: what it would have inherited is not
 * reported missing as well. */
static bool inheritance_lost(const MPlan *pl, const void *ref)
{
    return (pl->mengacu_code && !pl->mengacu) || (pl->mengacu && !ref);
}

/* An element and its budget children that all state an anggaran: the
 * children's add up to the element's (E031, showing each share); a
 * pagu of 0 leaves serapan kosong (I002). */
static void check_budget(Sema *s, MPlan *pl, const MSas **kids)
{
    char a[NM_BUFSZ], b[NM_BUFSZ];
    for (int i = 0; i < pl->nels; i++) {
        const MSas *el = pl->els[i];
        if (!el->has_anggaran)
            continue;
        if (el->anggaran == 0)
            dg_emit(s->d, "I002", el->anggaran_span, "anggaran 0 of %s %s: its serapan is kosong (nothing can be absorbed of a zero pagu)",
                    el_kind_name(el->kind), el->code);
        int n = el_budget_kids(el, kids), with = 0;
        double sum = 0;
        for (int k = 0; k < n; k++)
            if (kids[k]->has_anggaran) {
                with++;
                sum += kids[k]->anggaran;
            }
        if (n == 0 || with < n || fabs(sum - el->anggaran) < 0.005)
            continue;
        Sbuf m;
        sb_init(&m);
        for (int k = 0; k < n; k++)
            sb_printf(&m, "%s%s %s", k ? " + " : "", nm_fmt(a, sizeof a, kids[k]->anggaran, NM_PLAIN), kids[k]->code);
        dg_emit(s->d, "E031", el->anggaran_span,
                "anggaran %s of %s %s is not the sum of its parts: %s = %s; correct the %s's anggaran or its parts'",
                nm_fmt(b, sizeof b, el->anggaran, NM_PLAIN), el_kind_name(el->kind), el->code, m.s,
                nm_fmt(a, sizeof a, sum, NM_PLAIN), el_kind_name(el->kind));
        sb_free(&m);
    }
}

static void check_sasaran(Sema *s, MSas *sa)
{
    if (!sa->uraian && !inheritance_lost(sa->plan, sa->ref))
        dg_emit(s->d, "E015", sa->decl->code.span, "sasaran '%s' has no uraian; write it after the code: sasaran %s \"...\"",
                sa->code, sa->code);
}

static void check_indicator(Sema *s, MInd *ind)
{
    bool lost = inheritance_lost(ind->plan, ind->ref);
    if (!ind->uraian && !lost)
        dg_emit(s->d, "E015", ind->decl->code.span, "indikator '%s' has no uraian; write it after the code: indikator %s \"...\"%s",
                ind->code, ind->code, ind->plan->mengacu ? " (it is not in the referenced plan either)" : "");
    if (!ind->unit && !sm_info(s, ind)->set.unit && !lost)
        dg_emit(s->d, "E015", ind->decl->code.span, "indikator '%s' has no 'satuan'; add e.g. satuan persen", ind->code);
    if (!sm_info(s, ind)->set.kon && !(ind->ref && ind->ref->kon != KON_JUMLAH))
        ind->kon = ind->unit && ind->unit->kind == UK_CACAH ? KON_JUMLAH : KON_TERAKHIR;
    if (ind->ref && !sm_info(s, ind)->set.kon)
        ind->kon = ind->ref->kon;
    tk_check_indicator(s, ind);
    check_targets(s, ind);
    sm_check_terburuk(s, ind);
    bool needs_target = ind->plan->kind != PLAN_RENSTRA && !ind->ditunda;
    if (needs_target && !ind->target.set && !sm_info(s, ind)->set.target && !lost) {
        if (ind->ref && ind->ref->plan->kind == PLAN_RENSTRA)
            dg_emit(s->d, "E015", ind->decl->code.span, "indikator '%s' has no target for %d, and renstra '%s' lists none for that year; add target N",
                    ind->code, ind->plan->tahun, ind->ref->plan->code);
        else
            dg_emit(s->d, "E015", ind->decl->code.span, "indikator '%s' has no 'target'; add e.g. target 100", ind->code);
    }
    if (ind->target.set && !ind->target.level && own_span(ind, ind->target.span) && ind->target.lo == 0 && ind->target.hi == 0 &&
        uses_default_formula(ind) && ind->pol != POL_STABIL)
        dg_emit(s->d, "I001", ind->target.span,
                "target 0 uses the rule for a zero target: capaian is %s", ind->pol == POL_MAKSIMAL
                    ? ind->has_terburuk ? "(R - terburuk) / (0 - terburuk) x 100, never below 0"
                                        : "100% when realisasi >= 0, else 0%"
                    : ind->has_terburuk ? "(terburuk - R) / terburuk x 100, never below 0"
                                        : "100% when realisasi <= 0, else 0% (give 'terburuk' for a graded score)");
    else if (ind->target.set && own_span(ind, ind->target.span) && uses_default_formula(ind))
        sm_note_zero_bound(s, ind, &ind->target);
}

/* ---- rules and tests ------------------------------------------------ */

static void lower_aturan(Sema *s, Aturan *a)
{
    MRule *r = &s->m->rules[s->m->nrules++];
    r->decl = a;
    r->name = sm_str_text(a->name);
    int k = -1;
    for (int i = 0; i < NWORDS(sev_words); i++)
        if (strcmp(a->sev.s, sev_words[i]) == 0)
            k = i;
    if (k < 0) {
        const char *near = dg_nearest(a->sev.s, sev_words, NWORDS(sev_words));
        dg_emit(s->d, "E013", a->sev.span, "unknown severity '%s'; expected one of: galat, peringatan, info%s%s%s",
                a->sev.s, near ? _("; did you mean '") : "", near ? near : "", near ? "'?" : "");
        k = SEV_INFO;
        r->invalid = true;
    }
    r->sev = (RuleSev)k;
    r->invalid |= !a->cond;
    if (!a->cond)
        dg_emit(s->d, "E015", a->h.span, "aturan '%s' has no condition; write: jika CONDITION maka %s \"message\"",
                r->name ? r->name : "", a->sev.s);
}

/* harap temuan "name" must name a rule that exists. */
static void check_temuan_name(Sema *s, Harap *h)
{
    const char *want = sm_str_text(h->temuan);
    const char **names = ar_alloc(s->ar, (size_t)(s->m->nrules + 1) * sizeof *names);
    for (int i = 0; i < s->m->nrules; i++) {
        names[i] = s->m->rules[i].name;
        if (names[i] && want && strcmp(names[i], want) == 0)
            return;
    }
    const char *near = want ? dg_nearest(want, names, s->m->nrules) : NULL;
    dg_emit(s->d, "E018", h->temuan->span, "no aturan is named \"%s\"%s%s%s", want ? want : "",
            near ? _("; did you mean \"") : "", near ? near : "", near ? "\"?" : "");
}

/* The plan an uji evaluates: `rencana X`, else the only rkt/pk loaded,
 * as the catalogue knows it (its plans may be another build's). */
static const CatPlan *uji_plan(Sema *s, Uji *u)
{
    for (Node *x = u->items.head; x; x = x->next)
        if (x->kind == N_PROP && strcmp(((Prop *)x)->name.s, "rencana") == 0 && ((Prop *)x)->val.kind == V_NAME)
            return cat_plan(s->cat, ((Prop *)x)->val.name.s);
    const CatPlan *only = NULL;
    int n = 0;
    for (int i = 0; i < s->cat->nplans; i++)
        if (s->cat->plans[i]->first && s->cat->plans[i]->kind != PLAN_RENSTRA) {
            only = s->cat->plans[i];
            n++;
        }
    return n == 1 ? only : NULL;
}

/* A code a data row may name: an indicator of the plan, or one of its
 * programs, kegiatan and subkegiatan (rupiah spent). */
static bool cat_plan_has_row_code(const CatPlan *p, const char *code)
{
    for (int i = 0; i < p->ninds; i++)
        if (strcmp(p->inds[i], code) == 0)
            return true;
    for (int i = 0; i < p->nsas; i++)
        if (el_budgets((ElKind)p->sas_kind[i]) && strcmp(p->sas[i], code) == 0)
            return true;
    return false;
}

/* The plan a `PLAN CODE PERIOD VALUE` row names: a loaded rkt or pk (a
 * renstra is never evaluated, so its rows would be read by nothing). */
static const CatPlan *row_plan(Sema *s, const Row *row)
{
    const CatPlan *p = cat_plan(s->cat, row->plan.s);
    if (!p)
        sm_undeclared(s, G_PLAN, row->plan, "plan");
    else if (p->kind == PLAN_RENSTRA)
        dg_emit(s->d, "E018", row->plan.span, "plan '%s' is a renstra: it is never evaluated, so no data row "
                "is read for it; a row names an rkt or pk", p->code);
    return p && p->kind != PLAN_RENSTRA ? p : NULL;
}

/* A row's code is an indicator, budgeted element or data series of the
 * plan it is for (its own PLAN, else the test's). */
static void check_row(Sema *s, const Row *row, const CatPlan *test_plan)
{
    const CatPlan *pl = row->plan.s ? row_plan(s, row) : test_plan;
    MSeries *se;
    HASH_FIND_STR(s->m->series, row->code.s, se);
    if (se) {
        sm_use(s, MU_SERIES, se->id, &se->used);
        return;
    }
    ExCx cx = {.kind = CX_UJI, .cplan = pl};
    if (pl && !cat_plan_has_row_code(pl, row->code.s))
        sm_unknown_name(s, row->code, &cx);
}

/* Codes of an uji's data rows are the plan's indicators, budgeted
 * elements or data series. */
static void check_uji_rows(Sema *s, Uji *u)
{
    if (!s->cat)
        return;
    const CatPlan *pl = uji_plan(s, u);
    for (Node *x = u->items.head; x; x = x->next) {
        Prop *p = (Prop *)x;        /* periode: a period of the plan's year */
        if (x->kind == N_PROP && strcmp(p->name.s, "periode") == 0 && pl && pl->kind != PLAN_RENSTRA && pl->tahun) {
            int y = p->val.kind == V_PERIOD ? p->val.period.year
                  : p->val.kind == V_NUM && pd_year_ok(p->val.num.v) ? (int)p->val.num.v : 0;
            char pb[PD_BUFSZ];
            if (y && y != pl->tahun)
                dg_emit(s->d, "E013", p->val.span, "periode %s is outside the plan year %d of %s; "
                        "an uji evaluates a period of its plan's year",
                        p->val.kind == V_PERIOD ? pd_format(p->val.period, pb, sizeof pb) : ar_printf(s->ar, "%d", y),
                        pl->tahun, pl->code);
        }
        if (x->kind != N_UJIDATA)
            continue;
        for (Node *y = ((UjiData *)x)->rows.head; y; y = y->next)
            check_row(s, (Row *)y, pl);
    }
}

static void lower_uji(Sema *s, Uji *u)
{
    static const char *const valid[] = {"rencana", "periode", "data", "harap"};
    for (Node *x = u->items.head; x; x = x->next) {
        if (x->kind == N_HARAP && ((Harap *)x)->temuan)
            check_temuan_name(s, (Harap *)x);
        if (x->kind != N_PROP)
            continue;
        Prop *p = (Prop *)x;
        if (strcmp(p->name.s, "rencana") == 0) {
            if (p->val.kind != V_NAME)
                dg_emit(s->d, "E013", p->val.span, "'rencana' takes the code of a plan");
            else if (!(s->cat ? cat_plan(s->cat, p->val.name.s) != NULL : sm_plan(s->m, p->val.name.s) != NULL))
                sm_undeclared(s, G_PLAN, p->val.name, "plan");
        } else if (strcmp(p->name.s, "periode") == 0) {
            if (p->val.kind != V_PERIOD && !(p->val.kind == V_NUM && pd_year_ok(p->val.num.v)))
                dg_emit(s->d, "E013", p->val.span, "'periode' takes a period: 2025, 2025-TW2, 2025-S1 or 2025-06");
        } else {
            misplaced(s, p, "an uji", valid, NWORDS(valid));
        }
    }
    check_uji_rows(s, u);
    MTest *t = &s->m->tests[s->m->ntests++];
    t->decl = u;
    sm_compile_test(s, t);
}

/* ---- warnings ------------------------------------------------------- */

/* A weighted mean whose parts all weigh 0 has no value: said once, at
 * the element whose mean it is (W004). */
static void zero_weights(Sema *s, const MPlan *pl)
{
    int nsas = 0;
    bool plan_zero = pl->nsas > 0;
    for (int j = 0; j < pl->nsas; j++) {
        const MSas *sa = pl->sas[j];
        plan_zero &= sa->bobot == 0;
        int live = 0;
        bool zero = true;
        for (int k = 0; k < sa->ninds; k++)
            if (!sa->inds[k]->ditunda) {
                live++;
                zero &= sa->inds[k]->bobot == 0;
            }
        if (live > 0 && zero)
            dg_emit(s->d, "W004", sa->decl->code.span,
                    "every indikator of sasaran '%s' has bobot 0: its capaian, a weighted mean, has no weight and stays kosong; give one of them a bobot above 0",
                    sa->code);
        nsas++;
    }
    if (plan_zero && nsas > 0)
        dg_emit(s->d, "W004", pl->decl->code.span,
                "every sasaran of plan '%s' has bobot 0: its capaian, a weighted mean, has no weight and stays kosong; give one of them a bobot above 0",
                pl->code);
}

static void pass_warnings(Sema *s)
{
    Model *m = s->m;
    for (int i = 0; i < m->nplans; i++) {
        MPlan *pl = m->plan_list[i];
        if (pl->kind != PLAN_RENSTRA)
            zero_weights(s, pl);
        int sw = 0;
        for (int j = 0; j < pl->nsas; j++) {
            MSas *sa = pl->sas[j];
            sw += sa->bobot_set;
            if (sa->ninds == 0)
                dg_emit(s->d, "W001", sa->decl->code.span, "sasaran '%s' has no indikator; its achievement cannot be measured",
                        sa->code);
            int iw = 0;
            for (int k = 0; k < sa->ninds; k++)
                iw += sa->inds[k]->bobot_set;
            if (iw > 0 && iw < sa->ninds)
                for (int k = 0; k < sa->ninds; k++)
                    if (!sa->inds[k]->bobot_set)
                        dg_emit(s->d, "W002", sa->inds[k]->decl->code.span,
                                "indikator '%s' has no bobot while others in sasaran '%s' do; it counts with bobot 1",
                                sa->inds[k]->code, sa->code);
        }
        if (sw > 0 && sw < pl->nsas)
            for (int j = 0; j < pl->nsas; j++)
                if (!pl->sas[j]->bobot_set)
                    dg_emit(s->d, "W002", pl->sas[j]->decl->code.span,
                            "sasaran '%s' has no bobot while others in plan '%s' do; it counts with bobot 1",
                            pl->sas[j]->code, pl->code);
    }
}

/* A declaration is used when its base build or any other build used it. */
static bool was_used(bool own, bool *const used[MU__COUNT], int kind, int id)
{
    return own || (used && used[kind] && used[kind][id]);
}

void sm_warn_unused(const Model *m, bool *const used[MU__COUNT], Ast **asts, int nasts, DgList *d)
{
    /* A library (a file in the rules search path) is not expected to use
     * everything it declares. */
    int maxf = 0;
    for (int i = 0; i < nasts; i++)
        if (asts[i]->file > maxf)
            maxf = asts[i]->file;
    bool *lib = xcalloc((size_t)maxf + 2, sizeof *lib);
    for (int i = 0; i < nasts; i++)
        lib[asts[i]->file] = asts[i]->library;
#define LIB(x) ((x)->decl->h.span.file >= 0 && (x)->decl->h.span.file <= maxf && lib[(x)->decl->h.span.file])
    for (const MUnit *u = m->units; u; u = u->hh.next)
        if (!was_used(u->used, used, MU_UNIT, u->id) && !LIB(u))
            dg_emit(d, "W003", u->decl->name.span, "satuan '%s' is declared but never used", u->name);
    for (const MScale *sc = m->scales; sc; sc = sc->hh.next)
        if (!was_used(sc->used, used, MU_SCALE, sc->id) && !LIB(sc))
            dg_emit(d, "W003", sc->decl->name.span, "skala '%s' is declared but never used", sc->name);
    for (const MFunc *f = m->funcs; f; f = f->hh.next)
        if (!was_used(f->used, used, MU_FUNC, f->id) && !LIB(f))
            dg_emit(d, "W003", f->decl->name.span, "fungsi '%s' is declared but never used", f->name);
    for (const MSeries *se = m->series; se; se = se->hh.next)
        if (!was_used(se->used, used, MU_SERIES, se->id) && !LIB(se))
            dg_emit(d, "W003", se->decl->name.span, "data series '%s' is declared but never used", se->name);
#undef LIB
    free(lib);
}

/* ---- driver --------------------------------------------------------- */

static void count_items(const SmInput *in, int *nplans, int *nrules, int *ntests, int *nseries)
{
    for (int i = 0; i < in->nasts; i++)
        for (Node *n = in->asts[i]->items.head; n; n = n->next) {
            *nplans += n->kind == N_PLAN;
            *nrules += n->kind == N_ATURAN;
            *ntests += n->kind == N_UJI;
            *nseries += n->kind == N_DATA;
        }
}

/* A build of plan files reads the base's declarations, rules and tests
 * (shared: never written), and records what it uses of them apart. */
static void share_base(Model *m, const Model *b)
{
    m->base = b;
    m->units = b->units;
    m->scales = b->scales;
    m->funcs = b->funcs;
    m->series = b->series;
    m->series_list = b->series_list;
    m->nseries = b->nseries;
    m->rules = b->rules;
    m->nrules = b->nrules;
    for (int k = 0; k < MU__COUNT; k++) {
        m->ndecl[k] = b->ndecl[k];
        m->used[k] = ar_alloc(m->arena, (size_t)b->ndecl[k] + 1);
    }
}

Model *sm_build_input(const SmInput *in)
{
    Model *m = xcalloc(1, sizeof *m);
    m->arena = ar_new();
    m->src = in->src;
    m->world_plan = in->world_plan;
    m->world_support = in->world_support;
    m->world = in->world;
    Sema s = {.m = m, .in = in, .asts = in->asts, .nasts = in->nasts, .src = in->src, .cat = in->cat,
              .d = in->d, .ar = m->arena};
    int np = 0, nr = 0, nt = 0, ns = 0;
    count_items(in, &np, &nr, &nt, &ns);
    m->plan_list = ar_alloc(m->arena, (size_t)(np + 1) * sizeof *m->plan_list);
    if (in->base) {
        share_base(m, in->base);
    } else {
        m->series_list = ar_alloc(m->arena, (size_t)(ns + 1) * sizeof *m->series_list);
        m->rules = ar_alloc(m->arena, (size_t)(nr + 1) * sizeof *m->rules);
        m->tests = ar_alloc(m->arena, (size_t)(nt + 1) * sizeof *m->tests);
    }
    bool base = !in->base;
    pass_declare(&s);
    if (base)
        pass_decls(&s);
    for (int i = 0; i < in->nasts; i++)
        for (Node *n = in->asts[i]->items.head; n; n = n->next) {
            if (n->kind == N_PLAN) {
                if (is_first(&s, G_PLAN, ((Plan *)n)->code.s, n))  /* a repeat was reported */
                    lower_plan(&s, (Plan *)n);
            } else if (n->kind == N_ATURAN && base) {
                lower_aturan(&s, (Aturan *)n);
            }
        }
    /* before inheritance: an inherited formula is its plan's, compiled */
    sm_pass_exprs(&s);
    link_refs(&s);
    for (int i = 0; i < m->nplans; i++)
        inherit_plan(&s, m->plan_list[i], 0);
    for (int i = 0; i < m->nplans; i++)
        check_links(&s, m->plan_list[i]);
    for (int i = 0; i < m->nplans; i++) {
        MPlan *pl = m->plan_list[i];
        const CatPlan *cp = cat_plan(in->cat, pl->code);
        pl->order = cp ? cp->order : i;
        for (int j = 0; j < pl->nsas; j++)
            check_sasaran(&s, pl->sas[j]);
        const MSas **kids = xcalloc((size_t)pl->nels + 1, sizeof *kids);
        check_budget(&s, pl, kids);
        free(kids);
        for (int j = 0; j < pl->ninds; j++)
            check_indicator(&s, pl->inds[j]);
    }
    for (int i = 0; base && i < in->nasts; i++)
        for (Node *n = in->asts[i]->items.head; n; n = n->next)
            if (n->kind == N_UJI)
                lower_uji(&s, (Uji *)n);
    sm_pass_recursion(&s);
    sm_check_refs(m, in->d);
    sm_check_cascade(&s);
    pass_warnings(&s);
    if (base && !in->defer_unused)
        sm_warn_unused(m, NULL, in->asts, in->nasts, in->d);
    for (int k = 0; k < NS__COUNT; k++)
        HASH_CLEAR(hh, s.globals[k]);
    free(s.info);
    return m;
}

/* The trees of a Program loaded without a catalogue (tests of single
 * modules): catalogued here, then built as one. */
Model *sm_build(Program *p)
{
    Catalog *cat = xmalloc(sizeof *cat);
    cat_init(cat);
    cat_reserve(cat, p->src.n);
    for (int i = 0; i < p->nasts; i++) {
        CatFile *cf = cat_file(cat, src_get(&p->src, p->asts[i]->file));
        cf->library = p->asts[i]->library;
        cat_post(cat, p->asts[i]->file);
    }
    cat_finish(cat, &p->src, &p->diags);
    SmInput in = {.asts = p->asts, .nasts = p->nasts, .src = &p->src, .d = &p->diags, .cat = cat};
    Model *m = sm_build_input(&in);
    m->cat = cat;
    return m;
}

void sm_free(Model *m)
{
    if (!m)
        return;
    if (!m->base) {             /* a build's are the base's */
        HASH_CLEAR(hh, m->units);
        HASH_CLEAR(hh, m->scales);
        HASH_CLEAR(hh, m->funcs);
        HASH_CLEAR(hh, m->series);
    }
    if (m->cat) {
        cat_free(m->cat);
        free(m->cat);
    }
    for (int i = 0; i < m->nplans; i++) {
        HASH_CLEAR(hh, m->plan_list[i]->ind_by_code);
        HASH_CLEAR(hh, m->plan_list[i]->el_by_code);
    }
    HASH_CLEAR(hh, m->plans);
    ar_free(m->arena);
    free(m);
}

MPlan *sm_plan(const Model *m, const char *code)
{
    MPlan *p;
    HASH_FIND_STR(m->plans, code, p);
    if (!p && m->world_plan)
        p = m->world_plan(m->world, code);
    return p;
}

MInd *sm_ind(const MPlan *p, const char *code)
{
    MInd *i;
    HASH_FIND_STR(p->ind_by_code, code, i);
    return i;
}

MSas *sm_element(const MPlan *p, const char *code)
{
    MSas *s;
    HASH_FIND_STR(p->el_by_code, code, s);
    return s;
}

/* A chain is pk -> rkt -> renstra; the bound keeps a cycle of mengacu in
 * a plan with errors (whose static rules still run) from looping. */
enum { SM_CHAIN_MAX = 8 };

const MTarget *sm_year_target(const MInd *ind, int year)
{
    for (int n = 0; ind && n < SM_CHAIN_MAX; ind = ind->ref, n++) {
        const MTarget *t = ind->plan->kind == PLAN_RENSTRA ? year_target(ind, year)
                           : ind->plan->tahun == year ? &ind->target : NULL;
        if (t && t->set)
            return t;
    }
    return NULL;
}
