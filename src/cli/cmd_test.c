/*
 * cmd_test.c - `rkt test`: runs the `uji` blocks (CLI.md).  Each test
 * evaluates one plan for one period against its own inline data, then
 * checks every `harap`: a comparison compares numbers at the two shown
 * decimals; `harap temuan "rule"` asks that the rule fired.  Results are
 * collected as UjiResult records and rendered as text (one line per test
 * and the closing `N passed, N failed`), JSON or JUnit XML.
 *
 * Errors in the loaded files do not stop the run unless they are syntax
 * errors: a test runs when the files it depends on have none (its own,
 * its plan's and that plan's `mengacu` chain, and every file that
 * declares no plan: units, scales, functions, rules), and fails as "not
 * run" otherwise.  So a folder of plans with deliberate mistakes beside
 * the tested ones (examples/) can be tested; `rkt check` judges those.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd.h"
#include "data/data.h"
#include "eval/eval.h"
#include "base/num.h"
#include "base/period.h"

typedef struct UjiFail {
    Span at;                 /* the harap */
    const char *expr;        /* its source text */
    const char *expected;
    const char *actual;
} UjiFail;

typedef struct UjiResult {
    const Uji *uji;
    const char *name;
    UjiFail *fails;
    int nfails;
    const char *error;       /* set when the test could not run */
} UjiResult;

typedef struct TestRun {
    Model *m;
    Program *p;
    Arena *ar;
    UjiResult *res;
    int n;
    bool *bad;               /* by file id: the file has an error */
    int shared_bad;          /* a file declaring no plan has an error: its id, or -1 */
} TestRun;

static const char *str0(const Str *s)
{
    return s && s->n && s->parts[0].text ? s->parts[0].text : "";
}

static const char *source_text(TestRun *t, Span sp)
{
    SrcFile *f = src_get(&t->p->src, sp.file);
    if (!f || !f->text || sp.lo < 0 || sp.hi <= sp.lo)
        return "";
    return ar_strndup(t->ar, f->text + sp.lo, (size_t)(sp.hi - sp.lo));
}

static void add_fail(TestRun *t, UjiResult *r, Span at, const char *expected, const char *actual)
{
    UjiFail *nf = ar_alloc(t->ar, (size_t)(r->nfails + 1) * sizeof *nf);
    if (r->nfails)
        memcpy(nf, r->fails, (size_t)r->nfails * sizeof *nf);
    nf[r->nfails++] = (UjiFail){at, source_text(t, at), ar_strdup(t->ar, expected), ar_strdup(t->ar, actual)};
    r->fails = nf;
}

/* The plan a test evaluates: `rencana CODE`, else the only rkt/pk. */
static const MPlan *uji_plan(TestRun *t, const Uji *u, const char **err)
{
    for (Node *x = u->items.head; x; x = x->next)
        if (x->kind == N_PROP && strcmp(((Prop *)x)->name.s, "rencana") == 0 && ((Prop *)x)->val.kind == V_NAME)
            return sm_plan(t->m, ((Prop *)x)->val.name.s);
    const MPlan *only = NULL;
    int n = 0;
    for (int i = 0; i < t->m->nplans; i++)
        if (t->m->plan_list[i]->kind != PLAN_RENSTRA) {
            only = t->m->plan_list[i];
            n++;
        }
    if (n != 1)
        *err = "name the plan to test with 'rencana CODE' (more than one rkt/pk plan is loaded)";
    return n == 1 ? only : NULL;
}

static Period uji_period(const Uji *u, const MPlan *pl)
{
    Period per = {P_YEAR, pl->tahun, 0};
    for (Node *x = u->items.head; x; x = x->next) {
        Prop *p = (Prop *)x;
        if (x->kind != N_PROP || strcmp(p->name.s, "periode") != 0)
            continue;
        if (p->val.kind == V_PERIOD)
            per = p->val.period;
        else if (p->val.kind == V_NUM && pd_year_ok(p->val.num.v))    /* else E013 */
            per = (Period){P_YEAR, (int)p->val.num.v, 0};
    }
    if (per.year == 0)
        per.year = pl->tahun;
    return per;
}

/* Loads the inline data rows; a bad row fails the test with its reason. */
static bool uji_data(TestRun *t, UjiResult *r, const MPlan *pl, DataStore *ds)
{
    for (Node *x = r->uji->items.head; x; x = x->next) {
        if (x->kind != N_UJIDATA)
            continue;
        for (Node *y = ((UjiData *)x)->rows.head; y; y = y->next) {
            Row *row = (Row *)y;
            const MInd *ind = sm_ind(pl, row->code.s);
            MSeries *se = NULL;
            if (!ind)
                HASH_FIND_STR(t->m->series, row->code.s, se);
            char pb[PD_BUFSZ];
            Period per = row->period;
            if (!ind && !se) {
                add_fail(t, r, row->h.span, "a code of the plan or a data series",
                         ar_printf(t->ar, "'%s' is neither in plan %s", row->code.s, pl->code));
                return false;
            }
            if (per.year != pl->tahun) {
                add_fail(t, r, row->period_span, ar_printf(t->ar, "a period of %d", pl->tahun),
                         pd_format(per, pb, sizeof pb));
                return false;
            }
            DtSrc src = {row->h.span.file, src_span_lo(&t->p->src, row->h.span).line}, prev;
            DtPut put = dt_put(ds, ind ? ind->slot : se->slot, pd_index(per), false, row->val.v, src, &prev);
            if (put != DT_OK) {
                add_fail(t, r, row->h.span, "one row per code and period, none overlapping",
                         ar_printf(t->ar, "%s the row at line %d", put == DT_DUP ? "repeats" : "overlaps", prev.line));
                return false;
            }
        }
    }
    return true;
}

static bool is_comparison(const Expr *e)
{
    return e->kind == EX_BIN && e->u.bin.op >= OP_EQ && e->u.bin.op <= OP_GE;
}

/* harap A op B: numbers compared as shown (two decimals). */
static void check_harap(TestRun *t, UjiResult *r, RPlan *rp, const DataStore *ds, const Harap *h, DgList *d)
{
    char ea[128], eb[128];
    if (h->temuan) {
        const char *want = str0(h->temuan);
        for (int i = 0; i < rp->ntemuan; i++)
            if (strcmp(rp->temuan[i].rule->name, want) == 0)
                return;
        add_fail(t, r, h->h.span, ar_printf(t->ar, "a finding of aturan \"%s\"", want),
                 rp->ntemuan ? ar_printf(t->ar, "%d other finding(s), e.g. \"%s\"", rp->ntemuan, rp->temuan[0].rule->name)
                             : "no finding");
        return;
    }
    Expr *e = h->expr;
    if (!is_comparison(e)) {
        EvValue v = ev_expr(t->m, ds, rp, e, d);
        if (!((v.kind == EV_BOOL || v.kind == EV_NUM) && v.n != 0))
            add_fail(t, r, h->h.span, "benar", ev_value_text(v, ea, sizeof ea));
        return;
    }
    EvValue a = ev_expr(t->m, ds, rp, e->u.bin.a, d);
    EvValue b = ev_expr(t->m, ds, rp, e->u.bin.b, d);
    if (a.kind == EV_NUM)
        a.n = nm_round2(a.n);
    if (b.kind == EV_NUM)
        b.n = nm_round2(b.n);
    bool ok = false;
    if (a.kind == EV_NUM && b.kind == EV_NUM) {
        double x = a.n, y = b.n;
        switch (e->u.bin.op) {
        case OP_EQ: ok = x == y; break;
        case OP_NE: ok = x != y; break;
        case OP_LT: ok = x < y; break;
        case OP_LE: ok = x <= y; break;
        case OP_GT: ok = x > y; break;
        case OP_GE: ok = x >= y; break;
        default: break;
        }
    } else if (a.kind == EV_STR && b.kind == EV_STR) {
        int c = strcmp(a.s, b.s);
        ok = e->u.bin.op == OP_EQ ? c == 0 : e->u.bin.op == OP_NE ? c != 0 : false;
    } else if (e->u.bin.op == OP_NE) {
        ok = a.kind != b.kind;
    }
    if (!ok) {
        const char *op = source_text(t, (Span){e->u.bin.a->h.span.file,
                                                e->u.bin.a->h.span.hi, e->u.bin.b->h.span.lo});
        const char *want = ev_value_text(b, eb, sizeof eb);
        if (e->u.bin.op != OP_EQ)
            want = ar_printf(t->ar, "a value%s%s", op, want);
        add_fail(t, r, h->h.span, want, ev_value_text(a, ea, sizeof ea));
    }
}

/* Which files have errors, and whether one of them declares no plan. */
static void find_bad(TestRun *t)
{
    int n = t->p->src.n;
    t->bad = ar_alloc(t->ar, (size_t)n + 1);
    t->shared_bad = -1;
    for (int i = 0; i < t->p->diags.n; i++) {
        const Diag *g = &t->p->diags.v[i];
        if (g->sev == DG_ERROR && g->span.file >= 0 && g->span.file < n)
            t->bad[g->span.file] = true;
    }
    for (int i = 0; i < t->p->nasts && t->shared_bad < 0; i++) {
        const Ast *a = t->p->asts[i];
        bool plans = false;
        for (const Node *x = a->items.head; x && !plans; x = x->next)
            plans = x->kind == N_PLAN;
        if (!plans && t->bad[a->file])
            t->shared_bad = a->file;
    }
}

/* The file with errors that keeps the test from running, or -1. */
static int blocked_by(const TestRun *t, const Uji *u, const MPlan *pl)
{
    if (t->bad[u->h.span.file])
        return u->h.span.file;
    if (t->shared_bad >= 0)
        return t->shared_bad;
    for (int k = 0; pl && pl->decl && k <= t->m->nplans; pl = pl->mengacu, k++)
        if (t->bad[pl->decl->h.span.file])
            return pl->decl->h.span.file;
    return -1;
}

static void run_one(TestRun *t, UjiResult *r, DgList *d)
{
    const char *err = NULL;
    const MPlan *pl = uji_plan(t, r->uji, &err);
    int bad = blocked_by(t, r->uji, pl);
    if (bad >= 0) {
        r->error = ar_printf(t->ar, "not run: %s has errors (shown on stderr)", t->p->src.v[bad]->path);
        return;
    }
    if (!pl) {
        r->error = err ? err : "the plan named by 'rencana' is not loaded";
        return;
    }
    DataStore ds;
    dt_init(&ds);
    if (uji_data(t, r, pl, &ds)) {
        EvOptions eo = {.rules = true};
        RPlan *rp = ev_plan(t->m, &ds, pl, uji_period(r->uji, pl), &eo, d);
        for (Node *x = r->uji->items.head; x; x = x->next)
            if (x->kind == N_HARAP)
                check_harap(t, r, rp, &ds, (const Harap *)x, d);
        ev_free(rp);
    }
    dt_free(&ds);
}

/* ---- renderers ---------------------------------------------------------- */

static const char *where(TestRun *t, Span sp)
{
    SrcFile *f = src_get(&t->p->src, sp.file);
    SrcPos at = src_span_lo(&t->p->src, sp);
    return ar_printf(t->ar, "%s:%d:%d", f ? f->path : "?", at.line, at.col);
}

static void render_text(FILE *f, TestRun *t, int passed, int failed)
{
    for (int i = 0; i < t->n; i++) {
        UjiResult *r = &t->res[i];
        bool ok = !r->error && r->nfails == 0;
        fprintf(f, "%s  %s\n", ok ? "ok  " : "FAIL", r->name);
        if (r->error)
            fprintf(f, "      %s: %s\n", where(t, r->uji->h.span), r->error);
        for (int j = 0; j < r->nfails; j++) {
            UjiFail *u = &r->fails[j];
            fprintf(f, "      %s: %s\n", where(t, u->at), u->expr);
            fprintf(f, "        expected: %s\n        actual:   %s\n", u->expected, u->actual);
        }
    }
    fprintf(f, "%d passed, %d failed\n", passed, failed);
}

static void render_json(FILE *f, TestRun *t, int passed, int failed)
{
    Sbuf b;
    sb_init(&b);
    sb_puts(&b, "{\"tests\":[");
    for (int i = 0; i < t->n; i++) {
        UjiResult *r = &t->res[i];
        SrcFile *sf = src_get(&t->p->src, r->uji->h.span.file);
        sb_puts(&b, i ? ",{\"name\":" : "{\"name\":");
        sb_json_str(&b, r->name);
        sb_puts(&b, ",\"file\":");
        sb_json_str(&b, sf ? sf->path : "");
        sb_printf(&b, ",\"line\":%d,\"passed\":%s,\"error\":", src_span_lo(&t->p->src, r->uji->h.span).line,
                  !r->error && !r->nfails ? "true" : "false");
        sb_json_str(&b, r->error);
        sb_puts(&b, ",\"failures\":[");
        for (int j = 0; j < r->nfails; j++) {
            UjiFail *u = &r->fails[j];
            sb_printf(&b, "%s{\"line\":%d,\"column\":%d,\"harap\":", j ? "," : "", src_span_lo(&t->p->src, u->at).line,
                      src_span_lo(&t->p->src, u->at).col);
            sb_json_str(&b, u->expr);
            sb_puts(&b, ",\"expected\":");
            sb_json_str(&b, u->expected);
            sb_puts(&b, ",\"actual\":");
            sb_json_str(&b, u->actual);
            sb_putc(&b, '}');
        }
        sb_puts(&b, "]}");
    }
    sb_printf(&b, "],\"passed\":%d,\"failed\":%d}\n", passed, failed);
    fputs(b.s, f);
    sb_free(&b);
}

static void xml_text(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        default:
            if ((unsigned char)*s < 0x20 && *s != '\n' && *s != '\t')
                fprintf(f, "&#%d;", *s);
            else
                fputc(*s, f);
        }
    }
}

static void render_junit(FILE *f, TestRun *t, int failed)
{
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
    fprintf(f, "  <testsuite name=\"rkt\" tests=\"%d\" failures=\"%d\" errors=\"0\">\n", t->n, failed);
    for (int i = 0; i < t->n; i++) {
        UjiResult *r = &t->res[i];
        SrcFile *sf = src_get(&t->p->src, r->uji->h.span.file);
        fputs("    <testcase classname=\"", f);
        xml_text(f, sf ? sf->path : "");
        fputs("\" name=\"", f);
        xml_text(f, r->name);
        fputs("\"", f);
        if (!r->error && !r->nfails) {
            fputs("/>\n", f);
            continue;
        }
        fputs(">\n      <failure message=\"", f);
        xml_text(f, r->error ? r->error : r->fails[0].expr);
        fputs("\">", f);
        if (r->error)
            xml_text(f, r->error);
        for (int j = 0; j < r->nfails; j++) {
            UjiFail *u = &r->fails[j];
            xml_text(f, ar_printf(t->ar, "%s: %s\nexpected: %s\nactual:   %s\n", where(t, u->at), u->expr,
                                  u->expected, u->actual));
        }
        fputs("</failure>\n    </testcase>\n", f);
    }
    fputs("  </testsuite>\n</testsuites>\n", f);
}

int cmd_test(const RktOpts *o)
{
    const char *fmt = o->format ? o->format : "text";
    if (strcmp(fmt, "text") && strcmp(fmt, "json") && strcmp(fmt, "junit")) {
        fprintf(stderr, "rkt: test --format takes text, json or junit, not '%s'\n", fmt);
        return EXIT_USAGE;
    }
    Program p;
    Model *m;
    int rc = cmd_load(o, &p, &m);
    if (rc != EXIT_OK || !m) {      /* unreadable, a limit, or syntax errors */
        dg_render(stderr, DGF_HUMAN, &p.diags, &p.src, cmd_color(o, stderr));
        sm_free(m);
        ld_free(&p);
        return rc != EXIT_OK ? rc : EXIT_INPUT;
    }
    TestRun t = {.m = m, .p = &p, .ar = ar_new()};
    t.res = ar_alloc(t.ar, (size_t)(m->ntests + 1) * sizeof *t.res);
    find_bad(&t);
    DgList quiet;           /* warnings of evaluation belong to eval, not to tests */
    dg_init(&quiet);
    int passed = 0, failed = 0;
    for (int i = 0; i < m->ntests; i++) {
        const char *name = str0(m->tests[i]->name);
        if (o->run && !strstr(name, o->run))
            continue;
        UjiResult *r = &t.res[t.n++];
        r->uji = m->tests[i];
        r->name = name;
        run_one(&t, r, &quiet);
        if (r->error || r->nfails)
            failed++;
        else
            passed++;
    }
    dg_free(&quiet);
    CmdOut out;
    FILE *f = cmd_out_open(o, &out);
    if (strcmp(fmt, "json") == 0)
        render_json(f, &t, passed, failed);
    else if (strcmp(fmt, "junit") == 0)
        render_junit(f, &t, failed);
    else
        render_text(f, &t, passed, failed);
    rc = cmd_out_close(o, &out) != 0 ? EXIT_USAGE : failed ? EXIT_INPUT : EXIT_OK;
    dg_render(stderr, DGF_HUMAN, &p.diags, &p.src, cmd_color(o, stderr));
    ar_free(t.ar);
    sm_free(m);
    ld_free(&p);
    return rc;
}
