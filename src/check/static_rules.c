/*
 * rules.c - the static side of the rule engine: in `rkt check`, every
 * aturan that reads only targets and declarations is evaluated once for
 * each rkt and pk plan (no data), and each finding becomes a diagnostic
 * located at the rule, naming the plan and, when quantified, the
 * indicator or sasaran it fired for.
 */
#include "cli/cmd.h"
#include "eval/eval.h"

static const char *const finding_code[] = {
    [SEV_GALAT] = "E100", [SEV_PERINGATAN] = "W100", [SEV_INFO] = "I100"};

static void report(const RFinding *f, const MPlan *pl, const SrcSet *src, DgList *d)
{
    Span at = f->rule->decl->name ? f->rule->decl->name->span : f->span;
    const Node *on = f->ind ? &f->ind->decl->h : f->sas ? &f->sas->decl->h : NULL;
    if (on) {
        const Span *s = f->ind ? &f->ind->decl->code.span : &f->sas->decl->code.span;
        SrcFile *sf = src_get(src, s->file);
        dg_emit(d, finding_code[f->sev], at, "aturan \"%s\" in %s: %s (%s %s at %s:%d)", f->rule->name, pl->code,
                f->msg, f->ind ? "indikator" : "sasaran", f->ind ? f->ind->code : f->sas->code,
                sf ? sf->path : "?", src_span_lo(src, *s).line);
    } else {
        dg_emit(d, finding_code[f->sev], at, "aturan \"%s\" in %s: %s", f->rule->name, pl->code, f->msg);
    }
}

void cmd_static_rules(Model *m, DgList *d)
{
    int nstatic = 0;
    for (int i = 0; i < m->nrules; i++)
        nstatic += m->rules[i].is_static;
    if (nstatic == 0)
        return;                 /* nothing to evaluate: skip every plan */
    EvOptions eo = {.rules = true, .static_only = true};
    for (int i = 0; i < m->nplans; i++) {
        const MPlan *pl = m->plan_list[i];
        if (pl->kind == PLAN_RENSTRA)
            continue;
        RPlan *r = ev_plan(m, NULL, pl, (Period){P_YEAR, 0, 0}, &eo, d);
        for (int j = 0; j < r->ntemuan; j++)
            report(&r->temuan[j], pl, m->src, d);
        ev_free(r);
    }
}
