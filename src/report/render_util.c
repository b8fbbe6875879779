/*
 * render_util.c - the layout decisions html and xlsx share
 * (report/render_util.h).
 */
#include <stdlib.h>

#include "base/num.h"
#include "base/util.h"
#include "report/render_util.h"

int rr_ntables(const RdDoc *doc)
{
    int n = 0;
    for (int i = 0; i < doc->nblocks; i++)
        n += doc->blocks[i].kind == RD_B_TABLE && doc->blocks[i].table;
    return n;
}

void rr_tables(const RdDoc *doc, const RdTable **out)
{
    int n = 0;
    for (int i = 0; i < doc->nblocks; i++)
        if (doc->blocks[i].kind == RD_B_TABLE && doc->blocks[i].table)
            out[n++] = doc->blocks[i].table;
}

void rr_block_tables(const RdDoc *doc, int *tab)
{
    int ntab = rr_ntables(doc);
    /* from the end: each block takes the next table's index */
    int next = ntab - 1, seen = ntab;
    for (int i = doc->nblocks - 1; i >= 0; i--) {
        const RdBlock *b = &doc->blocks[i];
        if (b->kind == RD_B_TABLE && b->table)
            next = --seen;
        tab[i] = next;
        if (b->kind == RD_B_CHART && b->chart && b->chart->table >= 0 && b->chart->table < ntab)
            tab[i] = b->chart->table;      /* a chart goes with the table it names */
    }
}

int rr_span(int span, int left)
{
    if (span < 1)
        span = 1;
    if (left < 1)
        left = 1;
    return span > left ? left : span;
}

RdAlign rr_align(const RdCell *c)
{
    if (c->kind == RD_NUM && c->align == RD_LEFT)
        return RD_RIGHT;
    return c->align;
}

RdNumFmt rr_num_fmt(double v, RdNumFmt fmt)
{
    if (fmt == RD_AUTO)
        return nm_is_whole(nm_round2(v)) ? RD_INT : RD_DEC2;
    return fmt;
}

static char *rr_dup(const char *s)
{
    return xstrdup(s ? s : "");
}

void rr_party_lines(const RdParty *p, char *line[RR_P_N])
{
    line[RR_P_ROLE] = rr_dup(p->role);
    if (p->plt && p->jabatan && *p->jabatan)
        line[RR_P_JABATAN] = xasprintf("Plt. %s", p->jabatan);
    else
        line[RR_P_JABATAN] = rr_dup(p->jabatan);
    line[RR_P_NAMA] = rr_dup(p->nama);
    line[RR_P_PANGKAT] = rr_dup(p->pangkat);
    if (p->nip && *p->nip)
        line[RR_P_NIP] = xasprintf("NIP. %s", p->nip);
    else
        line[RR_P_NIP] = rr_dup(NULL);
}

void rr_lines_free(char *line[], int n)
{
    for (int i = 0; i < n; i++)
        free(line[i]);
}
