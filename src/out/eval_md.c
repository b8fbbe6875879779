/*
 * eval_md.c - `eval --format md`: a Markdown document for one plan.
 * A heading (code, title, period), per sasaran a table of its indicators
 * (a Pelaksana column last when some indicator of the plan has one) and
 * a line with its capaian, the plan's capaian, then the findings as a
 * list.  Text from input goes through OUT_ESC_MD (escape.h): a
 * backslash and `|` escaped, `<`, `>`, `&` as entities, control
 * characters shown as \n or \x1b: it never breaks a table row and never
 * becomes markup.
 */
#include "out/out_eval.h"

#include "base/period.h"

/* Text from input, safe inside a table cell or a one-line item. */
static void md_text(FILE *f, const char *s)
{
    out_esc_puts(f, s, OUT_ESC_MD);
}

static void md_cell(FILE *f, const char *s)
{
    fputc(' ', f);
    md_text(f, s && *s ? s : "-");
    fputs(" |", f);
}

static void md_ind(FILE *f, const RInd *ri, bool pelaksana)
{
    OutRow row;
    out_row(&row, ri, OUT_TEXT);
    fputc('|', f);
    md_cell(f, row.kode);
    md_cell(f, row.uraian);
    md_cell(f, row.satuan);
    md_cell(f, row.target);
    md_cell(f, row.realisasi);
    md_cell(f, row.capaian);
    if (ri->ditunda) {
        fputs(" ditunda: ", f);
        md_text(f, ri->ind->ditunda);
        fputs(" |", f);
    } else {
        md_cell(f, row.predikat);
    }
    if (pelaksana)
        md_cell(f, row.pelaksana);
    fputc('\n', f);
}

static void md_sas(FILE *f, const RSas *rs, bool pelaksana)
{
    char cap[NM_BUFSZ + 64];
    fputs("## ", f);
    md_text(f, rs->sas->code);
    if (rs->sas->uraian && *rs->sas->uraian) {
        fputs(" — ", f);
        md_text(f, rs->sas->uraian);
    }
    fputs("\n\n| Kode | Uraian | Satuan | Target | Realisasi | Capaian % | Predikat |", f);
    fputs(pelaksana ? " Pelaksana |\n" : "\n", f);
    fputs(pelaksana ? "|---|---|---|--:|--:|--:|---|---|\n" : "|---|---|---|--:|--:|--:|---|\n", f);
    for (int i = 0; i < rs->ninds; i++)
        md_ind(f, &rs->inds[i], pelaksana);
    fputs("\nCapaian ", f);
    md_text(f, rs->sas->code);
    fputs(": ", f);
    md_text(f, out_capaian_text(cap, sizeof cap, rs->capaian, rs->predikat));
    fputs("\n\n", f);
    out_codes(f, "Tanpa data: ", rs->tanpa_data, rs->ntanpa, ".\n\n", OUT_ESC_MD);
}

/* The budget: a row per budgeted element and the plan's sums. */
static void md_budget(FILE *f, const RPlan *r)
{
    if (!r->anggaran.ada && !r->realisasi_anggaran.ada)
        return;
    fputs("## Anggaran\n\n| Kode | Jenis | Uraian | Anggaran | Realisasi | Serapan % |\n"
          "|---|---|---|--:|--:|--:|\n", f);
    for (int i = 0; i < r->nels; i++) {
        OutBudget x;
        if (!out_budget_row(&x, &r->els[i], OUT_TEXT))
            continue;
        const char *cell[] = {x.kode, x.jenis, x.uraian, x.anggaran, x.realisasi, x.serapan};
        for (int c = 0; c < 6; c++) {
            fputs("| ", f);
            md_text(f, cell[c]);
            fputc(' ', f);
        }
        fputs("|\n", f);
    }
    char a[NM_BUFSZ], re[NM_BUFSZ], se[NM_BUFSZ];
    fputs("\nAnggaran ", f);
    md_text(f, r->plan->code);
    fprintf(f, ": %s, realisasi %s, serapan %s\n\n", out_val(a, sizeof a, r->anggaran, OUT_TEXT),
            out_val(re, sizeof re, r->realisasi_anggaran, OUT_TEXT), out_val(se, sizeof se, r->serapan, OUT_TEXT));
}

static void md_findings(FILE *f, const RPlan *r, const SrcSet *src)
{
    char loc[OUT_LOCSZ];
    fputs("## Temuan\n\n", f);
    if (r->ntemuan == 0)
        fputs("Tidak ada temuan.\n", f);
    for (int i = 0; i < r->ntemuan; i++) {
        const RFinding *t = &r->temuan[i];
        fprintf(f, "- **%s** ", rule_sev_name(t->sev));
        md_text(f, t->msg);
        if (t->rule && t->rule->name) {
            fputs(" — *", f);
            md_text(f, t->rule->name);
            fputc('*', f);
        }
        out_loc(loc, sizeof loc, src, t->span.file, src_span_lo(src, t->span).line);
        if (*loc) {
            fputs(" (", f);
            md_text(f, loc);
            fputc(')', f);
        }
        fputc('\n', f);
    }
}

void out_eval_md(FILE *f, const RPlan *r, const SrcSet *src)
{
    char pbuf[PD_BUFSZ], cap[NM_BUFSZ + 64];
    const char *per = out_period_text(r, pbuf, sizeof pbuf);
    fputs("# ", f);
    md_text(f, r->plan->code);
    if (r->plan->title && *r->plan->title) {
        fputs(" — ", f);
        md_text(f, r->plan->title);
    }
    fputs(" (", f);
    md_text(f, per);
    fputs(")\n\n", f);
    bool pelaksana = out_has_pelaksana(r);
    for (int i = 0; i < out_nelements(r); i++)
        if (out_listed(out_element(r, i)))
            md_sas(f, out_element(r, i), pelaksana);
    fputs("**Capaian ", f);
    md_text(f, r->plan->code);
    fputs(" (", f);
    md_text(f, per);
    fputs("): ", f);
    md_text(f, out_capaian_text(cap, sizeof cap, r->capaian, r->predikat));
    fputs("**\n\n", f);
    out_codes(f, "Sasaran tanpa data: ", r->tanpa_data, r->ntanpa, ".\n\n", OUT_ESC_MD);
    md_budget(f, r);
    md_findings(f, r, src);
}
