/*
 * session.c - the library (include/rkt.h): a session keeps its options,
 * sources and data, and each call that runs something is one run of the
 * pipeline (run/pipeline.c) over them; the last run's files and
 * diagnostics stay for rkt_diagnostics_write and rkt_errmsg.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "rkt.h"

#include "base/i18n.h"
#include "base/num.h"
#include "out/escape.h"
#include "out/diag_out.h"
#include "out/out_eval.h"
#include "run/pipeline.h"
#include "run/report.h"
#include "run/format.h"

struct rkt_session {
    rkt_options opt;
    char **search;              /* copies of opt.search_path */
    char *root;
    RunSource *src;
    int nsrc, capsrc;
    RunSource *data;
    int ndata, capdata;
    RunOutcome last;
    bool have_last;
    char *errmsg;
    const char *lang;           /* "id", "en" */
    I18nCat *cat;               /* lang's catalogue; NULL: English */
};

struct rkt_result {
    const RPlan *r;
    const SrcSet *src;
    rkt_plan_result *pub;       /* built on first request */
    Arena *ar;
};

RKT_API const char *rkt_version(void)
{
    return "0.2.0";
}

RKT_API void rkt_free(void *p)
{
    free(p);
}

RKT_API double rkt_round2(double x)
{
    return nm_round2(x);
}

RKT_API rkt_session *rkt_open(const rkt_options *opt)
{
    rkt_session *s = xcalloc(1, sizeof *s);
    if (opt)
        s->opt = *opt;
    s->search = xcalloc((size_t)s->opt.nsearch_path + 1, sizeof *s->search);
    for (int i = 0; i < s->opt.nsearch_path; i++)
        s->search[i] = xstrdup(opt->search_path[i]);
    s->opt.search_path = (const char *const *)s->search;
    s->root = opt && opt->root ? xstrdup(opt->root) : NULL;
    s->opt.root = s->root;
    s->lang = i18n_pick(s->opt.bahasa);
    s->cat = i18n_load(s->lang, s->opt.localedir);
    s->opt.bahasa = s->opt.localedir = NULL;    /* not kept: the caller's strings */
    return s;
}

static void forget_last(rkt_session *s)
{
    if (s->have_last)
        run_outcome_free(&s->last);
    s->have_last = false;
    free(s->errmsg);
    s->errmsg = NULL;
}

static void free_sources(RunSource *v, int n)
{
    for (int i = 0; i < n; i++) {
        free((char *)v[i].path);
        free((char *)v[i].name);
        free((char *)v[i].text);
    }
    free(v);
}

RKT_API void rkt_close(rkt_session *s)
{
    if (!s)
        return;
    forget_last(s);
    for (int i = 0; i < s->opt.nsearch_path; i++)
        free(s->search[i]);
    free(s->search);
    free(s->root);
    free_sources(s->src, s->nsrc);
    free_sources(s->data, s->ndata);
    i18n_free(s->cat);
    free(s);
}

RKT_API const char *rkt_language(const rkt_session *s)
{
    return s->cat ? s->lang : "en";
}

RKT_API const char *rkt_gettext(const rkt_session *s, const char *msgid)
{
    return i18n_lookup(s ? s->cat : NULL, msgid);
}

RKT_API const char *rkt_errmsg(const rkt_session *s)
{
    return s->errmsg;
}

static void add(RunSource **v, int *n, int *cap, RunSource x)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 8;
        *v = xrealloc(*v, (size_t)*cap * sizeof **v);
    }
    (*v)[(*n)++] = x;
}

static RunSource text_source(const char *name, const char *text, size_t len)
{
    char *copy = xmalloc(len + 1);
    memcpy(copy, text, len);
    copy[len] = 0;
    return (RunSource){NULL, xstrdup(name ? name : "<text>"), copy, len};
}

RKT_API int rkt_add_file(rkt_session *s, const char *path)
{
    add(&s->src, &s->nsrc, &s->capsrc, (RunSource){xstrdup(path), NULL, NULL, 0});
    return RKT_OK;
}

RKT_API int rkt_add_text(rkt_session *s, const char *name, const char *text, size_t len)
{
    add(&s->src, &s->nsrc, &s->capsrc, text_source(name, text, len));
    return RKT_OK;
}

RKT_API int rkt_add_data_file(rkt_session *s, const char *path)
{
    add(&s->data, &s->ndata, &s->capdata, (RunSource){xstrdup(path), NULL, NULL, 0});
    return RKT_OK;
}

RKT_API int rkt_add_data_text(rkt_session *s, const char *name, const char *text, size_t len)
{
    add(&s->data, &s->ndata, &s->capdata, text_source(name, text, len));
    return RKT_OK;
}

/* ---- one run ----------------------------------------------------------- */

static void base_options(const rkt_session *s, RunOptions *ro, RunMode mode)
{
    memset(ro, 0, sizeof *ro);
    ro->mode = mode;
    ro->src = s->src;
    ro->nsrc = s->nsrc;
    ro->data = s->data;
    ro->ndata = s->ndata;
    ro->incdirs = s->opt.search_path;
    ro->nincdirs = s->opt.nsearch_path;
    ro->root = s->opt.root;
    ro->threads = s->opt.threads;
    ro->angka_id = s->opt.flags & RKT_ANGKA_ID;
    ro->werror = s->opt.flags & RKT_WERROR;
}

static int severity(DgSev sev)
{
    return sev == DG_ERROR ? RKT_SEV_ERROR : sev == DG_WARNING ? RKT_SEV_WARNING : RKT_SEV_NOTE;
}

/* The diagnostics of the run, to the session's callback. */
static void deliver(rkt_session *s)
{
    if (!s->opt.on_diagnostic)
        return;
    const DgList *d = &s->last.p.diags;
    for (int i = 0; i < d->n; i++) {
        const Diag *g = &d->v[i];
        SrcFile *f = src_get(&s->last.p.src, g->span.file);
        SrcPos pos, end;
        dg_positions(g, &s->last.p.src, &pos, &end);
        rkt_diagnostic x = {severity(g->sev), g->code, g->msg, f ? f->path : NULL, pos.line, pos.col,
                            end.line, end.col};
        s->opt.on_diagnostic(&x, s->opt.userdata);
    }
}

static int run(rkt_session *s, const RunOptions *ro)
{
    forget_last(s);
    I18nSaved saved = i18n_enter(s->cat);   /* the session's language, the C locale */
    int rc = run_pipeline(ro, &s->last);
    s->have_last = true;
    if (s->last.errmsg)
        s->errmsg = xstrdup(s->last.errmsg);
    else if (s->last.p.msgs.len)
        s->errmsg = xstrdup(s->last.p.msgs.s);
    deliver(s);
    i18n_leave(saved);
    return rc;
}

RKT_API int rkt_check(rkt_session *s)
{
    RunOptions ro;
    base_options(s, &ro, RUN_CHECK);
    return run(s, &ro);
}

RKT_API int rkt_diagnostics_write(rkt_session *s, rkt_format f, int flags, FILE *out)
{
    if (!s->have_last)
        return RKT_OK;
    DgFormat df = f == RKT_FORMAT_JSON ? DGF_JSON : f == RKT_FORMAT_GITHUB ? DGF_GITHUB
                : f == RKT_FORMAT_SARIF ? DGF_SARIF : DGF_HUMAN;
    I18nSaved saved = i18n_enter(s->cat);
    dg_render(out, df, &s->last.p.diags, &s->last.p.src, flags & RKT_COLOR);
    i18n_leave(saved);
    return ferror(out) ? RKT_EUSAGE : RKT_OK;
}

RKT_API int rkt_error_count(const rkt_session *s)
{
    return s->have_last ? s->last.p.diags.nerr : 0;
}

RKT_API int rkt_warning_count(const rkt_session *s)
{
    return s->have_last ? s->last.p.diags.nwarn : 0;
}

/* ---- eval ---------------------------------------------------------------- */

static RunFormat eval_format(rkt_format f)
{
    switch (f) {
    case RKT_FORMAT_CSV: return RF_CSV;
    case RKT_FORMAT_JSON: return RF_JSON;
    case RKT_FORMAT_MD: return RF_MD;
    default: return RF_TABLE;
    }
}

static void eval_options(const rkt_session *s, const rkt_eval_options *o, RunOptions *ro, RunMode mode)
{
    base_options(s, ro, mode);
    ro->rencana = o ? o->plan : NULL;
    ro->semua = o && o->all;
    ro->periode = o ? o->periode : NULL;
    ro->format = eval_format(o ? o->format : RKT_FORMAT_TABLE);
    ro->color = o && (o->flags & RKT_COLOR);
}

RKT_API int rkt_eval_write(rkt_session *s, const rkt_eval_options *o, FILE *out)
{
    RunOptions ro;
    eval_options(s, o, &ro, RUN_EVAL);
    ro.out = out;
    return run(s, &ro);
}

typedef struct EvalCb {
    rkt_result_fn fn;
    void *ud;
} EvalCb;

static int each_result(const RPlan *r, const SrcSet *src, void *ud)
{
    EvalCb *cb = ud;
    rkt_result res = {r, src, NULL, NULL};
    int stop = cb->fn(&res, cb->ud);
    if (res.ar)
        ar_free(res.ar);
    return stop;
}

RKT_API int rkt_eval(rkt_session *s, const rkt_eval_options *o, rkt_result_fn fn, void *userdata)
{
    RunOptions ro;
    eval_options(s, o, &ro, RUN_EVAL);
    EvalCb cb = {fn, userdata};
    ro.on_result = each_result;
    ro.ud = &cb;
    return run(s, &ro);
}

/* ---- report ---------------------------------------------------------------- */

typedef struct ReportCb {
    RpOptions o;
    char *err;
    bool done;
} ReportCb;

static int report_result(const RPlan *r, const SrcSet *src, void *ud)
{
    ReportCb *cb = ud;
    cb->done = true;
    rp_write(r, src, &cb->o, &cb->err);
    return 1;                   /* one plan */
}

RKT_API int rkt_report_write(rkt_session *s, const rkt_report_options *o)
{
    forget_last(s);
    if (!o || !rp_known(o->jenis)) {
        s->errmsg = rkt_textf_dup("--jenis %s is not a kind of document; write rkt, pk, renstra, iku, pengukuran or lkj",
                                  o && o->jenis ? o->jenis : "(none)");
        return RKT_EUSAGE;
    }
    if (rp_needs_data(o->jenis) && s->ndata == 0) {
        s->errmsg = rkt_textf_dup("--jenis %s reads realisation data: add --data CSV", o->jenis);
        return RKT_EUSAGE;
    }
    RunOptions ro;
    rkt_eval_options e = {.plan = o->plan, .periode = o->periode};
    eval_options(s, &e, &ro, RUN_EVAL);
    ro.renstra = rp_takes_renstra(o->jenis);
    ReportCb cb = {.o = {.jenis = o->jenis, .angka_en = o->angka_en, .out = o->out, .path = o->path}};
    cb.o.format = o->format == RKT_FORMAT_HTML ? RP_HTML : o->format == RKT_FORMAT_XLSX ? RP_XLSX : RP_MD;
    ro.on_result = report_result;
    ro.ud = &cb;
    int rc = run(s, &ro);
    if (cb.err) {
        free(s->errmsg);
        s->errmsg = cb.err;
        return RKT_EUSAGE;
    }
    return rc;
}

RKT_API char *rkt_result_json(const rkt_result *r)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return NULL;
    out_eval_json(f, r->r, r->src);
    fclose(f);
    if (len && buf[len - 1] == '\n')
        buf[len - 1] = 0;
    return buf;
}

static rkt_value val(RVal v)
{
    return (rkt_value){v.ada, v.ada ? v.v : 0};
}

static const char *band(const MBand *b)
{
    return b ? b->code : NULL;
}

RKT_API const rkt_plan_result *rkt_result_plan(const rkt_result *cr)
{
    rkt_result *r = (rkt_result *)cr;      /* built once, on first request */
    if (r->pub)
        return r->pub;
    r->ar = ar_new();
    const RPlan *rp = r->r;
    rkt_plan_result *p = ar_alloc(r->ar, sizeof *p);
    p->code = rp->plan->code;
    p->year = rp->periode.year;
    p->periode = rp->periode_text;
    p->capaian = val(rp->capaian);
    p->predikat = band(rp->predikat);
    rkt_element *el = ar_alloc(r->ar, (size_t)(rp->nsas + 1) * sizeof *el);
    for (int i = 0; i < rp->nsas; i++) {
        const RSas *rs = &rp->sas[i];
        rkt_indicator *in = ar_alloc(r->ar, (size_t)(rs->ninds + 1) * sizeof *in);
        for (int j = 0; j < rs->ninds; j++) {
            const RInd *ri = &rs->inds[j];
            const MInd *mi = ri->ind;
            in[j] = (rkt_indicator){
                .code = mi->code, .uraian = mi->uraian, .satuan = mi->unit ? mi->unit->name : NULL,
                .polaritas = pol_name(mi->pol), .konsolidasi = kon_name(mi->kon), .pelaksana = mi->pelaksana,
                .target = {ri->target.set, ri->target.set ? ri->target.lo : 0},
                .target_hi = {ri->target.set, ri->target.set ? ri->target.hi : 0},
                .realisasi = val(ri->realisasi), .capaian = val(ri->capaian), .predikat = band(ri->predikat)};
        }
        el[i] = (rkt_element){.code = rs->sas->code, .kind = "sasaran", .uraian = rs->sas->uraian,
                              .capaian = val(rs->capaian), .predikat = band(rs->predikat), .indicators = in,
                              .nindicators = rs->ninds, .tanpa_data = rs->tanpa_data, .ntanpa_data = rs->ntanpa};
    }
    p->elements = el;
    p->nelements = rp->nsas;
    rkt_finding *fd = ar_alloc(r->ar, (size_t)(rp->ntemuan + 1) * sizeof *fd);
    for (int i = 0; i < rp->ntemuan; i++) {
        const RFinding *f = &rp->temuan[i];
        SrcFile *sf = src_get(r->src, f->span.file);
        fd[i] = (rkt_finding){f->rule->name, rule_sev_name(f->sev), f->msg, sf ? sf->path : NULL,
                              src_span_lo(r->src, f->span).line, src_span_lo(r->src, f->span).col};
    }
    p->findings = fd;
    p->nfindings = rp->ntemuan;
    r->pub = p;
    return p;
}

/* ---- explain, test ------------------------------------------------------ */

RKT_API int rkt_explain_write(rkt_session *s, const rkt_eval_options *o, const char *code, FILE *out)
{
    RunOptions ro;
    eval_options(s, o, &ro, RUN_EXPLAIN);
    ro.code = code;
    ro.out = out;
    return run(s, &ro);
}

RKT_API int rkt_test_write(rkt_session *s, const char *pattern, rkt_format f, FILE *out)
{
    RunOptions ro;
    base_options(s, &ro, RUN_TEST);
    ro.pattern = pattern;
    ro.format = f == RKT_FORMAT_JSON ? RF_TEST_JSON : f == RKT_FORMAT_JUNIT ? RF_TEST_JUNIT : RF_TEST_TEXT;
    ro.out = out;
    return run(s, &ro);
}

/* ---- fmt ------------------------------------------------------------------ */

RKT_API int rkt_format_text(rkt_session *s, const char *name, const char *text, size_t len, char **out,
                            size_t *outlen)
{
    forget_last(s);
    int rc = run_format(&s->last, name ? name : "<text>", text ? text : "", text ? len : 0, out, outlen);
    s->have_last = true;
    deliver(s);
    return rc;
}

/* ---- text from input ------------------------------------------------------ */

RKT_API void rkt_textf(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    out_vtextf(f, fmt, ap);
    va_end(ap);
}

RKT_API char *rkt_textf_dup(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Sbuf b;
    sb_init(&b);
    out_sb_vtextf(&b, fmt, ap);
    va_end(ap);
    return b.s ? sb_take(&b) : xstrdup("");
}

RKT_API const char *rkt_file(const rkt_session *s, int i)
{
    if (!s->have_last || i < 0)
        return NULL;
    const SrcSet *src = &s->last.p.src;
    return i < src->n ? src->v[i]->path : NULL;
}
