/*
 * eval_json.c - `eval --format json`: one compact object per plan on
 * one line (JSON Lines with --semua), keys in the order of docs/cli.md.
 * Numbers are the rounded values readers see, kosong is null, a range
 * target is [a,b]; an indicator's keys end with pelaksana (string or
 * null), then kondisi_awal (number or null: docs/cli.md, after the keys
 * the contract lists), and a ditunda indicator's with "ditunda".
 */
#include "out/out_eval.h"

#include "base/period.h"
#include "base/util.h"

/* ,"key": */
static void js_key(Sbuf *b, const char *key, bool first)
{
    if (!first)
        sb_putc(b, ',');
    sb_json_str(b, key);
    sb_putc(b, ':');
}

static void js_str(Sbuf *b, const char *key, const char *s, bool first)
{
    js_key(b, key, first);
    sb_json_str(b, s);
}

/* A value already formatted as a JSON number or null. */
static void js_raw(Sbuf *b, const char *key, const char *v)
{
    js_key(b, key, false);
    sb_puts(b, v);
}

static void js_val(Sbuf *b, const char *key, RVal v)
{
    char buf[NM_BUFSZ];
    js_raw(b, key, out_val(buf, sizeof buf, v, OUT_JSON));
}

static void js_codes(Sbuf *b, const char *key, const char *const *codes, int n)
{
    js_key(b, key, false);
    sb_putc(b, '[');
    for (int i = 0; i < n; i++) {
        if (i)
            sb_putc(b, ',');
        sb_json_str(b, codes[i]);
    }
    sb_putc(b, ']');
}

static void js_ind(Sbuf *b, const RInd *ri)
{
    OutRow row;
    out_row(&row, ri, OUT_JSON);
    sb_putc(b, '{');
    js_str(b, "kode", row.kode, true);
    js_str(b, "uraian", row.uraian, false);
    js_str(b, "satuan", row.satuan, false);
    js_str(b, "polaritas", row.polaritas, false);
    js_str(b, "konsolidasi", row.konsolidasi, false);
    js_raw(b, "target", row.target);
    js_raw(b, "realisasi", row.realisasi);
    js_raw(b, "capaian", row.capaian);
    js_str(b, "predikat", row.predikat, false);
    js_str(b, "pelaksana", row.pelaksana, false);
    js_str(b, "mendukung", ri->ind->mendukung, false);
    js_codes(b, "tanpa_data", ri->tanpa_data, ri->ntanpa);
    char ka[OUT_TGTSZ];
    js_raw(b, "kondisi_awal", out_target(ka, sizeof ka, &ri->ind->kondisi_awal, OUT_JSON));
    if (ri->ditunda)
        js_str(b, "ditunda", ri->ind->ditunda, false);
    sb_putc(b, '}');
}

static void js_inds(Sbuf *b, const RSas *rs)
{
    js_key(b, "indikator", false);
    sb_putc(b, '[');
    for (int i = 0; i < rs->ninds; i++) {
        if (i)
            sb_putc(b, ',');
        js_ind(b, &rs->inds[i]);
    }
    sb_putc(b, ']');
}

/* The budget keys: null while nothing in the element is budgeted. */
static void js_budget(Sbuf *b, RVal anggaran, RVal realisasi, RVal serapan)
{
    js_val(b, "anggaran", anggaran);
    js_val(b, "realisasi_anggaran", realisasi);
    js_val(b, "serapan", serapan);
}

static void js_sas(Sbuf *b, const RSas *rs)
{
    sb_putc(b, '{');
    js_str(b, "kode", rs->sas->code, true);
    js_str(b, "uraian", rs->sas->uraian, false);
    js_str(b, "induk", rs->sas->induk, false);
    js_str(b, "tingkat", rs->sas->tingkat, false);
    js_val(b, "capaian", rs->capaian);
    js_str(b, "predikat", out_band(rs->predikat), false);
    js_codes(b, "tanpa_data", rs->tanpa_data, rs->ntanpa);
    js_inds(b, rs);
    sb_putc(b, '}');
}

/* A tujuan, program, kegiatan or subkegiatan. */
static void js_element(Sbuf *b, const RSas *rs)
{
    sb_putc(b, '{');
    js_str(b, "kode", rs->sas->code, true);
    js_str(b, "jenis", el_kind_name(rs->sas->kind), false);
    js_str(b, "uraian", rs->sas->uraian, false);
    js_str(b, "induk", rs->sas->induk, false);
    js_budget(b, rs->anggaran, rs->realisasi_anggaran, rs->serapan);
    js_codes(b, "tanpa_anggaran", rs->tanpa_anggaran, rs->ntanpa_anggaran);
    js_val(b, "capaian", rs->capaian);
    js_codes(b, "tanpa_data", rs->tanpa_data, rs->ntanpa);
    js_inds(b, rs);
    sb_putc(b, '}');
}

/* ,"program":[...] or ,"tujuan":[...]: the elements of those kinds */
static void js_elements(Sbuf *b, const RPlan *r, const char *key, bool tujuan)
{
    js_key(b, key, false);
    sb_putc(b, '[');
    bool first = true;
    for (int i = 0; i < r->nels; i++) {
        if ((r->els[i].sas->kind == EL_TUJUAN) != tujuan)
            continue;
        if (!first)
            sb_putc(b, ',');
        first = false;
        js_element(b, &r->els[i]);
    }
    sb_putc(b, ']');
}

static void js_finding(Sbuf *b, const RFinding *t, const SrcSet *src)
{
    const char *path = out_path(src, t->span.file);
    sb_putc(b, '{');
    js_str(b, "aturan", t->rule ? t->rule->name : NULL, true);
    js_str(b, "tingkat", rule_sev_name(t->sev), false);
    js_str(b, "pesan", t->msg, false);
    js_str(b, "file", path, false);
    SrcPos at = path ? src_span_lo(src, t->span) : (SrcPos){0, 0};
    sb_printf(b, ",\"line\":%d,\"column\":%d}", at.line, at.col);
}

void out_eval_json(FILE *f, const RPlan *r, const SrcSet *src)
{
    Sbuf b;
    char pbuf[PD_BUFSZ];
    sb_init(&b);
    sb_putc(&b, '{');
    js_str(&b, "rencana", r->plan->code, true);
    sb_printf(&b, ",\"tahun\":%d", r->plan->tahun);
    js_str(&b, "periode", out_period_text(r, pbuf, sizeof pbuf), false);
    js_val(&b, "capaian", r->capaian);
    js_str(&b, "predikat", out_band(r->predikat), false);
    js_budget(&b, r->anggaran, r->realisasi_anggaran, r->serapan);
    js_key(&b, "sasaran", false);
    sb_putc(&b, '[');
    for (int i = 0; i < r->nsas; i++) {
        if (i)
            sb_putc(&b, ',');
        js_sas(&b, &r->sas[i]);
    }
    sb_putc(&b, ']');
    js_elements(&b, r, "program", false);
    js_elements(&b, r, "tujuan", true);
    sb_puts(&b, ",\"temuan\":[");
    for (int i = 0; i < r->ntemuan; i++) {
        if (i)
            sb_putc(&b, ',');
        js_finding(&b, &r->temuan[i], src);
    }
    sb_puts(&b, "]}\n");
    fwrite(b.s, 1, b.len, f);
    sb_free(&b);
}
