/*
 * tests/fuzz/libfuzzer.c - a coverage-guided fuzzer of the whole pipeline
 * (clang's libFuzzer; `make fuzz-long`, not part of `make test`).
 *
 * One input is a .rkt file, optionally followed by a line `%%` and a CSV
 * data file.  It is loaded and checked as `rkt check` does; when the
 * model builds, the static rules run, the data is read for every rkt/pk
 * plan, each plan is evaluated for its year and for TW2, and every
 * renderer (diagnostics in all four forms, eval in all four, explain of
 * every indicator) writes to a memory stream.  Any crash, sanitizer
 * report, leak or hang is a bug; the input that found it belongs in the
 * golden tests once fixed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd.h"
#include "data/data.h"
#include "eval/eval.h"
#include "front/load.h"
#include "out/out_eval.h"
#include "check/sema.h"

/* Renders every form of one evaluated plan. */
static void render_plan(FILE *f, const RPlan *r, const Model *m, const MPlan *pl)
{
    out_eval_json(f, r, m->src);
    out_eval_md(f, r, m->src);
    out_eval_table(f, r, m->src, false);
    out_eval_csv(f, &r, 1, m->src, true);
    for (int k = 0; k < pl->ninds; k++)
        if (out_explain_has(r, pl->inds[k]->code))
            out_explain(f, r, pl->inds[k]->code, m->src);
}

static void evaluate(FILE *f, Model *m, Program *p, const char *csv, size_t csvlen)
{
    MPlan *plans[64];
    int n = 0;
    for (int i = 0; i < m->nplans && n < 64; i++)
        if (m->plan_list[i]->kind != PLAN_RENSTRA)
            plans[n++] = m->plan_list[i];
    if (!n)
        return;
    DataStore ds;
    dt_init(&ds);
    DtOptions opt = {.plans = plans, .nplans = n};
    int bad = csv ? dt_load_text(&ds, m, "data.csv", csv, csvlen, &opt, &p->diags) : 0;
    if (bad == 0) {
        for (int i = 0; i < n; i++) {
            Period year = {P_YEAR, plans[i]->tahun, 0}, tw2 = {P_TW, plans[i]->tahun, 2};
            EvOptions eo = {.rules = true};
            RPlan *r = ev_plan(m, &ds, plans[i], year, &eo, &p->diags);
            render_plan(f, r, m, plans[i]);
            ev_free(r);
            r = ev_plan(m, &ds, plans[i], tw2, &eo, &p->diags);
            render_plan(f, r, m, plans[i]);
            ev_free(r);
        }
    }
    dt_free(&ds);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    char *csv = strstr(text, "\n%%\n");
    size_t csvlen = 0;
    if (csv) {
        *csv = '\0';
        csv += 4;
        csvlen = size - (size_t)(csv - text);
    }
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    Program p;
    ld_init(&p);
    ld_load_text(&p, "f.rkt", text);
    Model *m = NULL;
    if (!p.diags.limit && !cmd_has_syntax_errors(&p.diags)) {
        m = sm_build(&p);
        cmd_static_rules(m, &p.diags);
        evaluate(f, m, &p, csv, csvlen);
    }
    dg_render(f, DGF_HUMAN, &p.diags, &p.src, false);
    dg_render(f, DGF_JSON, &p.diags, &p.src, false);
    dg_render(f, DGF_GITHUB, &p.diags, &p.src, false);
    dg_render(f, DGF_SARIF, &p.diags, &p.src, false);
    fclose(f);
    free(buf);
    sm_free(m);
    ld_free(&p);
    free(text);
    return 0;
}
