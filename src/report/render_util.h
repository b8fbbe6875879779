/*
 * render_util.h - what the html and xlsx renderers decide the same way
 * (report/render_util.c): which table a title, paragraph, chart or
 * signature goes with, a cell's span and alignment, the display format a
 * number takes, the lines of a signature block.  Nothing here computes a
 * figure: the document (doc.h) carries them all.
 */
#ifndef RKT_REPORT_RENDER_UTIL_H
#define RKT_REPORT_RENDER_UTIL_H

#include "report/doc.h"

/* The tables of the document, in order (out: n pointers; n = rr_ntables). */
int rr_ntables(const RdDoc *doc);
void rr_tables(const RdDoc *doc, const RdTable **out);

/* For each block, the index of the table it goes with: a table its own,
 * any other block the first table after it (a title or a heading
 * introduces the table below it), the blocks after the last table that
 * table (its signature), a chart the table it names (RdChart.table, when
 * there is one); -1 in a document without a table.
 * tab has doc->nblocks entries. */
void rr_block_tables(const RdDoc *doc, int *tab);

/* A cell's colspan or rowspan (0 and 1: 1), cut to fit the `left` columns
 * or rows that remain from it on. */
int rr_span(int span, int left);

/* The alignment shown: a number's default (RD_LEFT, the zero value) is
 * right-aligned (doc.h). */
RdAlign rr_align(const RdCell *c);

/* RD_AUTO resolved as rd_num_text resolves it: a value whole at two
 * decimals is RD_INT, any other RD_DEC2. */
RdNumFmt rr_num_fmt(double v, RdNumFmt fmt);

/* The lines of one party's signature block, top to bottom, each malloc'd
 * ("" where the plan leaves it blank): the role, the jabatan ("Plt. "
 * before an acting official's), the name, the pangkat, "NIP. ...".  The
 * hand signature's space goes between the jabatan and the name. */
enum { RR_P_ROLE, RR_P_JABATAN, RR_P_NAMA, RR_P_PANGKAT, RR_P_NIP, RR_P_N };
void rr_party_lines(const RdParty *p, char *line[RR_P_N]);
void rr_lines_free(char *line[], int n);

#endif
