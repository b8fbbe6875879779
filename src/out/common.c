/*
 * common.c - what the renderers of out_eval.h share: a value or
 * kosong, a target (number or range), a band's code, a file's path, the
 * period text, and the cells of an indicator row.  Rounding happens
 * here, in nm_fmt, and nowhere else.  Also the one escaper of text from
 * input (escape.h), which every renderer of results and the command's
 * own messages use.
 */
#include "out/out_eval.h"
#include "out/escape.h"

#include <math.h>
#include <string.h>

#include "base/period.h"
#include "check/level.h"

/* ---- escaping (escape.h) ------------------------------------------ */

/* Whether the ASCII byte c (0x20..0x7E) is written as it is. */
static int esc_plain_ascii(unsigned char c, OutEsc how)
{
    switch (how) {
    case OUT_ESC_MD:
        return c != '\\' && c != '|' && c != '<' && c != '>' && c != '&';
    case OUT_ESC_XML_TEXT:
    case OUT_ESC_XML_ATTR:
        return c != '<' && c != '>' && c != '&' && c != '"' && c != '\'';
    default:
        return 1;
    }
}

static int esc_is_xml(OutEsc how)
{
    return how == OUT_ESC_XML_TEXT || how == OUT_ESC_XML_ATTR;
}

/* Length of the character at p written as it is, or 0 when it is to be
 * escaped: a control character, a byte that is not UTF-8, a character
 * special to `how`. */
static size_t esc_plain_len(const unsigned char *p, size_t n, OutEsc how)
{
    if (*p >= 0x20 && *p < 0x7f)
        return esc_plain_ascii(*p, how);
    if (*p == '\t' || *p == '\n')     /* a CSV cell or XML text holds them */
        return how == OUT_ESC_CSV || how == OUT_ESC_XML_TEXT;
    if (*p == '\r')
        return how == OUT_ESC_CSV;
    if (*p < 0x80)
        return 0;
    int len = utf8_valid_len((const char *)p, n);
    if (len == 0 || (p[0] == 0xC2 && p[1] < 0xA0))          /* C1: C2 80..C2 9F */
        return 0;
    if (esc_is_xml(how) && p[0] == 0xEF && p[1] == 0xBF && p[2] >= 0xBE)
        return 0;                                          /* U+FFFE, U+FFFF */
    return (size_t)len;
}

static void esc_hex(Sbuf *b, unsigned c)
{
    static const char hex[] = "0123456789abcdef";
    char x[4] = {'\\', 'x', hex[(c >> 4) & 0xF], hex[c & 0xF]};
    sb_add(b, x, 4);
}

/* An ASCII character that is not written as it is. */
static void esc_ascii(Sbuf *b, unsigned char c, OutEsc how)
{
    if (esc_is_xml(how)) {
        switch (c) {
        case '<':  sb_puts(b, "&lt;"); return;
        case '>':  sb_puts(b, "&gt;"); return;
        case '&':  sb_puts(b, "&amp;"); return;
        case '"':  sb_puts(b, "&quot;"); return;
        case '\'': sb_puts(b, "&apos;"); return;
        case '\r': sb_puts(b, "&#13;"); return;
        case 0x7f: sb_puts(b, "&#127;"); return;
        case '\t': sb_puts(b, "&#9;"); return;      /* in an attribute */
        case '\n': sb_puts(b, "&#10;"); return;
        default:   esc_hex(b, c); return;                  /* forbidden in XML 1.0 */
        }
    }
    if (how == OUT_ESC_MD) {
        switch (c) {
        case '\\': sb_puts(b, "\\\\"); return;
        case '|':  sb_puts(b, "\\|"); return;
        case '<':  sb_puts(b, "&lt;"); return;
        case '>':  sb_puts(b, "&gt;"); return;
        case '&':  sb_puts(b, "&amp;"); return;
        default:   break;
        }
    }
    switch (c) {
    case '\n': sb_puts(b, "\\n"); break;
    case '\r': sb_puts(b, "\\r"); break;
    case '\t': sb_puts(b, "\\t"); break;
    default:   esc_hex(b, c);
    }
}

void out_esc(Sbuf *b, const char *s, size_t n, OutEsc how)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        const unsigned char *run = p;       /* what needs no escape, in one go */
        size_t k;
        while (p < end && (k = esc_plain_len(p, (size_t)(end - p), how)))
            p += k;
        sb_add(b, (const char *)run, (size_t)(p - run));
        if (p >= end)
            break;
        if (*p < 0x80) {
            esc_ascii(b, *p++, how);
        } else if (utf8_valid_len((const char *)p, (size_t)(end - p)) == 0) {
            if (esc_is_xml(how))
                sb_puts(b, "\xEF\xBF\xBD");              /* U+FFFD */
            else
                esc_hex(b, *p);
            p++;
        } else if (p[0] == 0xC2) {                          /* C1 */
            if (esc_is_xml(how))
                sb_printf(b, "&#%u;", (unsigned)p[1]);
            else
                esc_hex(b, p[1]);
            p += 2;
        } else {                                            /* XML: U+FFFE, U+FFFF */
            sb_puts(b, p[2] == 0xBE ? "\\uFFFE" : "\\uFFFF");
            p += 3;
        }
    }
}

int out_esc_clean(const char *s, size_t n, OutEsc how)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    size_t k;
    while (p < end && (k = esc_plain_len(p, (size_t)(end - p), how)))
        p += k;
    return p == end;
}

void out_esc_puts(FILE *f, const char *s, OutEsc how)
{
    if (!s)
        return;
    size_t n = strlen(s);
    if (out_esc_clean(s, n, how)) {
        fwrite(s, 1, n, f);
        return;
    }
    Sbuf b;
    sb_init(&b);
    out_esc(&b, s, n, how);
    fwrite(b.s, 1, b.len, f);
    sb_free(&b);
}

char *out_esc_dup(const char *s, OutEsc how)
{
    if (!s)
        return NULL;
    Sbuf b;
    sb_init(&b);
    out_esc(&b, s, strlen(s), how);
    return sb_take(&b);
}

/* Pads to `width` characters, on the left unless `left`. */
static void textf_pad(Sbuf *b, size_t from, int width, int left)
{
    int w = utf8_width(b->s + from, b->len - from);
    if (w >= width)
        return;
    size_t pad = (size_t)(width - w);
    if (left) {
        for (size_t i = 0; i < pad; i++)
            sb_putc(b, ' ');
        return;
    }
    size_t len = b->len - from;
    for (size_t i = 0; i < pad; i++)
        sb_putc(b, ' ');
    memmove(b->s + from + pad, b->s + from, len);
    memset(b->s + from, ' ', pad);
}

void out_sb_vtextf(Sbuf *b, const char *fmt, va_list ap)
{
    for (const char *p = fmt; *p;) {
        if (*p != '%') {
            const char *q = strchr(p, '%');
            size_t n = q ? (size_t)(q - p) : strlen(p);
            sb_add(b, p, n);
            p += n;
            continue;
        }
        const char *spec = p++;
        int left = 0, width = 0;
        if (*p == '-') {
            left = 1;
            p++;
        }
        if (*p == '*') {
            width = va_arg(ap, int);
            if (width < 0) {
                left = 1;
                width = -width;
            }
            p++;
        } else {
            while (*p >= '0' && *p <= '9')
                width = width * 10 + (*p++ - '0');
        }
        size_t from = b->len;
        switch (*p) {
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s)
                s = "(null)";
            out_esc(b, s, strlen(s), OUT_ESC_TEXT);
            break;
        }
        case 'd':
            sb_printf(b, "%d", va_arg(ap, int));
            break;
        case 'c': {
            char c = (char)va_arg(ap, int);
            out_esc(b, &c, 1, OUT_ESC_TEXT);
            break;
        }
        case '%':
            sb_putc(b, '%');
            break;
        default:                /* not supported: shown, so a test sees it */
            sb_add(b, spec, (size_t)(p - spec) + (*p != 0));
            break;
        }
        textf_pad(b, from, width, left);
        if (*p)
            p++;
    }
}

void out_sb_textf(Sbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    out_sb_vtextf(b, fmt, ap);
    va_end(ap);
}

void out_vtextf(FILE *f, const char *fmt, va_list ap)
{
    Sbuf b;
    sb_init(&b);
    out_sb_vtextf(&b, fmt, ap);
    fwrite(b.s, 1, b.len, f);
    sb_free(&b);
}

void out_textf(FILE *f, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    out_vtextf(f, fmt, ap);
    va_end(ap);
}

/* ---- values ----------------------------------------------------------- */

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

const char *out_level(char *buf, size_t n, const MUnit *u, double ix, OutCtx cx)
{
    const char *name = lv_name(u, ix);
    if (!name)
        return out_kosong_in(buf, n, cx);
    snprintf(buf, n, cx == OUT_JSON ? "\"%s\"" : "%s", name);   /* a level is a name: nothing to escape */
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

void out_codes(FILE *f, const char *pre, const char *const *codes, int n, const char *post,
               OutEsc how)
{
    if (n <= 0)
        return;
    fputs(pre, f);
    for (int i = 0; i < n; i++) {
        if (i)
            fputs(", ", f);
        out_esc_puts(f, codes[i], how);
    }
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
    if (lv_is(ind->unit)) {         /* levels by name: "WTP" in JSON */
        out_level(row->target, sizeof row->target, ind->unit, ri->target.set ? lv_target(ind->unit, &ri->target) : -1, cx);
        out_level(row->realisasi, sizeof row->realisasi, ind->unit, ri->realisasi.ada ? ri->realisasi.v : -1, cx);
    }
    row->predikat = out_band(ri->predikat);
    row->pelaksana = ind->pelaksana;
}

bool out_has_pelaksana(const RPlan *r)
{
    for (int i = 0; i < out_nelements(r); i++)
        for (int j = 0; j < out_element(r, i)->ninds; j++)
            if (out_element(r, i)->inds[j].ind->pelaksana)
                return true;
    return false;
}

int out_nelements(const RPlan *r)
{
    return r->nsas + r->nels;
}

const RSas *out_element(const RPlan *r, int i)
{
    return i < r->nsas ? &r->sas[i] : &r->els[i - r->nsas];
}

bool out_listed(const RSas *rs)
{
    return rs->sas->kind == EL_SASARAN || rs->ninds > 0;
}

bool out_budget_row(OutBudget *row, const RSas *rs, OutCtx cx)
{
    const MSas *el = rs->sas;
    if (!el_budgets(el->kind) || (!rs->anggaran.ada && !rs->realisasi_anggaran.ada))
        return false;
    row->kode = el->code;
    row->jenis = el_kind_name(el->kind);
    row->uraian = el->uraian ? el->uraian : "";
    row->induk = el->induk ? el->induk : "";
    out_val(row->anggaran, sizeof row->anggaran, rs->anggaran, cx);
    out_val(row->realisasi, sizeof row->realisasi, rs->realisasi_anggaran, cx);
    out_val(row->serapan, sizeof row->serapan, rs->serapan, cx);
    return true;
}
