/*
 * cmd_eval.c - `rkt eval` and `rkt explain`: load and check the plans,
 * pick the plan(s) to evaluate, load the realisation data, evaluate, and
 * hand the results to a renderer (out_eval_*.c).  A plan with errors is
 * not evaluated; data errors print every problem and no results (exit 1);
 * a `galat` finding makes the exit status 1.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cmd.h"
#include "out/escape.h"
#include "data/data.h"
#include "eval/eval.h"
#include "out/out_eval.h"
#include "base/period.h"
#include "cli/semua.h"

typedef enum { EF_TABLE, EF_CSV, EF_JSON, EF_MD } EvalFormat;

static int eval_format(const RktOpts *o, EvalFormat *f)
{
    const char *s = o->format;
    if (!s)
        *f = EF_TABLE;
    else if (strcmp(s, "table") == 0) *f = EF_TABLE;
    else if (strcmp(s, "csv") == 0) *f = EF_CSV;
    else if (strcmp(s, "json") == 0) *f = EF_JSON;
    else if (strcmp(s, "md") == 0) *f = EF_MD;
    else {
        out_textf(stderr, "rkt: %s --format takes table, csv, json or md, not '%s'\n", o->cmd, s);
        return -1;
    }
    return 0;
}

/* The rkt/pk plans to evaluate: --rencana, every one (--semua), or the
 * only one loaded.  Returns the count, or -1 after a usage message. */
static int pick_plans(const RktOpts *o, Model *m, MPlan ***out)
{
    MPlan **v = xcalloc((size_t)m->nplans + 1, sizeof *v);
    int n = 0;
    for (int i = 0; i < m->nplans; i++) {
        MPlan *p = m->plan_list[i];
        if (p->kind == PLAN_RENSTRA)
            continue;
        if (o->rencana && strcmp(o->rencana, p->code) != 0)
            continue;
        v[n++] = p;
    }
    const char *why = NULL;
    if (o->rencana && n == 0) {
        MPlan *p = sm_plan(m, o->rencana);
        why = p ? "is a renstra: it is loaded for reference, never evaluated" : "is not among the loaded plans";
        out_textf(stderr, "rkt: --rencana %s %s\n", o->rencana, why);
    } else if (n == 0) {
        out_textf(stderr, "rkt: no rkt or pk plan among the files to evaluate\n");
    } else if (n > 1 && !o->semua && !o->rencana) {
        out_textf(stderr, "rkt: %d rkt/pk plans are loaded (%s, %s%s); name one with --rencana CODE, or use --semua\n",
                n, v[0]->code, v[1]->code, n > 2 ? ", ..." : "");
        why = "";
    }
    if (why || n == 0) {
        free(v);
        return -1;
    }
    *out = v;
    return n;
}

static int parse_periode(const RktOpts *o, MPlan **plans, int n, Period *per)
{
    *per = (Period){P_YEAR, 0, 0};
    if (!o->periode)
        return 0;
    if (pd_parse(o->periode, strlen(o->periode), per) != 0 || per->year == 0) {
        out_textf(stderr, "rkt: --periode '%s' is not a period; write 2025, 2025-TW2, 2025-S1 or 2025-06\n", o->periode);
        return -1;
    }
    for (int i = 0; i < n; i++)
        if (plans[i]->tahun != per->year) {
            out_textf(stderr, "rkt: --periode %s is outside the year %d of plan %s\n", o->periode,
                    plans[i]->tahun, plans[i]->code);
            return -1;
        }
    return 0;
}

/* Loads every --data file; returns the exit status so far. */
static int load_data(const RktOpts *o, Model *m, Program *p, MPlan **plans, int n, DataStore *ds)
{
    DtOptions dopt = {.plans = plans, .nplans = n, .id_format = o->angka_id, .src = &p->src};
    int rc = EXIT_OK;
    for (int i = 0; i < o->ndata; i++) {
        int r = dt_load(ds, m, o->data[i], &dopt, &p->diags);
        if (r < 0)
            rc = EXIT_USAGE;
        else if (r > 0 && rc == EXIT_OK)
            rc = EXIT_INPUT;
    }
    return rc;
}

static bool has_galat(RPlan *const *r, int n)
{
    for (int i = 0; i < n; i++)
        for (int j = 0; j < r[i]->ntemuan; j++)
            if (r[i]->temuan[j].sev == SEV_GALAT)
                return true;
    return false;
}

static void render(FILE *f, EvalFormat fmt, RPlan **r, int n, const RktOpts *o, const SrcSet *src)
{
    if (fmt == EF_CSV) {
        out_eval_csv(f, (const RPlan *const *)r, n, src, o->semua);
        return;
    }
    for (int i = 0; i < n; i++) {
        if (fmt == EF_JSON)
            out_eval_json(f, r[i], src);
        else if (fmt == EF_MD)
            out_eval_md(f, r[i], src);
        else
            out_eval_table(f, r[i], src, cmd_color(o, stdout) && !o->output);
        if (fmt != EF_JSON && i + 1 < n)
            fputc('\n', f);
    }
}

/* The front half shared by eval and explain: everything up to results. */
typedef struct Run {
    Program p;
    Model *m;
    MPlan **plans;
    int nplans;
    DataStore ds;
    RPlan **res;
} Run;

static int run_prepare(const RktOpts *o, Run *run)
{
    memset(run, 0, sizeof *run);
    dt_init(&run->ds);
    int rc = cmd_load(o, &run->p, &run->m);
    if (rc != EXIT_OK)
        return rc;
    if (!run->m || run->p.diags.nerr > 0)
        return cmd_status(&run->p.diags) == EXIT_OK ? EXIT_INPUT : cmd_status(&run->p.diags);
    run->nplans = pick_plans(o, run->m, &run->plans);
    if (run->nplans < 0)
        return EXIT_USAGE;
    Period per;
    if (parse_periode(o, run->plans, run->nplans, &per) != 0)
        return EXIT_USAGE;
    rc = load_data(o, run->m, &run->p, run->plans, run->nplans, &run->ds);
    if (rc != EXIT_OK)
        return rc;
    run->res = xcalloc((size_t)run->nplans, sizeof *run->res);
    EvOptions eo = {.rules = true, .periode_text = o->periode};
    for (int i = 0; i < run->nplans; i++)
        run->res[i] = ev_plan(run->m, &run->ds, run->plans[i], per, &eo, &run->p.diags);
    return EXIT_OK;
}

static void run_finish(Run *run, const RktOpts *o)
{
    dg_render(stderr, DGF_HUMAN, &run->p.diags, &run->p.src, cmd_color(o, stderr));
    for (int i = 0; run->res && i < run->nplans; i++)
        ev_free(run->res[i]);
    free(run->res);
    free(run->plans);
    dt_free(&run->ds);
    sm_free(run->m);
    ld_free(&run->p);
}

int cmd_eval(const RktOpts *o)
{
    EvalFormat fmt;
    if (eval_format(o, &fmt) != 0)
        return EXIT_USAGE;
    if (o->semua) {
        static const SuFormat su[] = {[EF_TABLE] = SU_TABLE, [EF_CSV] = SU_CSV,
                                      [EF_JSON] = SU_JSON, [EF_MD] = SU_MD};
        int rc = su_eval(o, su[fmt]);
        if (rc != SU_DECLINE)
            return rc;
    }
    Run run;
    int rc = run_prepare(o, &run);
    if (rc == EXIT_OK) {
        CmdOut out;
        FILE *f = cmd_out_open(o, &out);
        render(f, fmt, run.res, run.nplans, o, &run.p.src);
        if (cmd_out_close(o, &out, &run.p) != 0)
            rc = EXIT_USAGE;
        else if (has_galat(run.res, run.nplans) || dg_failed(&run.p.diags))
            rc = EXIT_INPUT;
    }
    run_finish(&run, o);
    return rc;
}

/* explain FILE... CODE: the last argument that is not a path is CODE. */
int cmd_explain(const RktOpts *o)
{
    RktOpts oo = *o;
    struct stat st;
    if (oo.nfiles < 2 || stat(oo.files[oo.nfiles - 1], &st) == 0) {
        out_textf(stderr, "rkt: explain needs FILE... and the CODE to explain; try 'rkt help explain'\n");
        return EXIT_USAGE;
    }
    oo.code = oo.files[--oo.nfiles];
    Run run;
    int rc = run_prepare(&oo, &run);
    if (rc == EXIT_OK) {
        RPlan *r = run.res[0];
        if (!out_explain_has(r, oo.code)) {
            out_textf(stderr, "rkt: '%s' is not an indicator, sasaran or the plan %s\n", oo.code, r->plan->code);
            rc = EXIT_USAGE;
        } else {
            CmdOut out;
            FILE *f = cmd_out_open(&oo, &out);
            out_explain(f, r, oo.code, &run.p.src);
            if (cmd_out_close(&oo, &out, &run.p) != 0)
                rc = EXIT_USAGE;
        }
    }
    run_finish(&run, o);
    return rc;
}
