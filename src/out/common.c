/*
 * out_common.c - what the renderers of out_eval.h share: a value or
 * kosong, a target (number or range), a band's code, a file's path, the
 * period text, and the cells of an indicator row.  Rounding happens
 * here, in nm_fmt, and nowhere else.
 */
#include "out/out_eval.h"

#include <math.h>
#include <string.h>

#include "base/period.h"

static const char *out_kosong(OutCtx cx)
{
    switch (cx) {
    case OUT_JSON: return "null";
    case OUT_CSV:  return "";
    default:       return "-";
    }
}

static NmStyle out_style(OutCtx cx)
{
    return cx == OUT_TEXT ? NM_PLAIN : NM_JSON;
}

static const char *out_kosong_in(char *buf, size_t n, OutCtx cx)
{
    snprintf(buf, n, "%s", out_kosong(cx));
    return buf;
}

const char *out_period_text(const RPlan *r, char *buf, size_t n)
{
    if (r->periode_text && *r->periode_text)
        return r->periode_text;
    return pd_format(r->periode, buf, n);
}

const char *out_val(char *buf, size_t n, RVal v, OutCtx cx)
{
    if (!v.ada || !isfinite(v.v))
        return out_kosong_in(buf, n, cx);
    return nm_fmt(buf, n, v.v, out_style(cx));
}

const char *out_target(char *buf, size_t n, const MTarget *t, OutCtx cx)
{
    if (!t || !t->set || !isfinite(t->lo) || !isfinite(t->hi))
        return out_kosong_in(buf, n, cx);
    char lo[NM_BUFSZ], hi[NM_BUFSZ];
    nm_fmt(lo, sizeof lo, t->lo, out_style(cx));
    if (!t->range)
        snprintf(buf, n, "%s", lo);
    else if (cx == OUT_JSON)
        snprintf(buf, n, "[%s,%s]", lo, nm_fmt(hi, sizeof hi, t->hi, NM_JSON));
    else
        snprintf(buf, n, "%s..%s", lo, nm_fmt(hi, sizeof hi, t->hi, out_style(cx)));
    return buf;
}

const char *out_band(const MBand *b)
{
    return b ? b->code : NULL;
}

const char *out_path(const SrcSet *src, int file)
{
    SrcFile *sf = src && file >= 0 ? src_get(src, file) : NULL;
    return sf ? sf->path : NULL;
}

const char *out_loc(char *buf, size_t n, const SrcSet *src, int file, int line)
{
    const char *path = out_path(src, file);
    if (path)
        snprintf(buf, n, "%s:%d", path, line);
    else
        snprintf(buf, n, "%s", "");
    return buf;
}

const char *out_capaian_text(char *buf, size_t n, RVal v, const MBand *b)
{
    char num[NM_BUFSZ];
    out_val(num, sizeof num, v, OUT_TEXT);
    if (b)
        snprintf(buf, n, "%s  predikat %s", num, b->code);
    else
        snprintf(buf, n, "%s", num);
    return buf;
}

void out_codes(FILE *f, const char *pre, const char *const *codes, int n, const char *post)
{
    if (n <= 0)
        return;
    fputs(pre, f);
    for (int i = 0; i < n; i++)
        fprintf(f, "%s%s", i ? ", " : "", codes[i]);
    fputs(post, f);
}

void out_row(OutRow *row, const RInd *ri, OutCtx cx)
{
    const MInd *ind = ri->ind;
    memset(row, 0, sizeof *row);
    row->kode = ind->code;
    row->uraian = ind->uraian ? ind->uraian : "";
    row->satuan = ind->unit ? ind->unit->name : NULL;
    row->polaritas = pol_name(ind->pol);
    row->konsolidasi = kon_name(ind->kon);
    out_target(row->target, sizeof row->target, &ri->target, cx);
    out_val(row->realisasi, sizeof row->realisasi, ri->realisasi, cx);
    out_val(row->capaian, sizeof row->capaian, ri->capaian, cx);
    row->predikat = out_band(ri->predikat);
}
