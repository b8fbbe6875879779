/*
 * render_md.c - a report document as Markdown (rd_render_md; CLI.md
 * "Documents"): GitHub tables with one header row, the sub-headings of
 * the lower header rows in brackets ("TARGET (2025)"), then the numbered
 * row as the first body row; a glued pair of cells ("25.945" and
 * "Sertifikat") is one column; number columns right-aligned; a span's
 * covered cells blank.  Every text goes through OUT_ESC_MD: `|` and `\`
 * escaped, `<`, `>`, `&` as entities, control characters shown, so no
 * text of a plan becomes markup or breaks a row.  A chart is shown as
 * the table of its values; the signatures as lines (two parties: a
 * two-column table, PIHAK KEDUA left).
 */
#include <stdlib.h>
#include <string.h>

#include "out/escape.h"
#include "report/doc.h"

static void md_esc(Sbuf *b, const char *s)
{
    if (s)
        out_esc(b, s, strlen(s), OUT_ESC_MD);
}

/* One cell's text (no bold), appended to b. */
static void md_cell_text(Sbuf *b, const RdCell *c, bool en)
{
    char buf[64];
    switch (c->kind) {
    case RD_TEXT: md_esc(b, c->text); break;
    case RD_NUM: sb_puts(b, rd_num_text(buf, sizeof buf, c->num, c->fmt, en)); break;
    case RD_DATE: sb_puts(b, rd_date_text(buf, sizeof buf, c->y, c->m, c->d, en)); break;
    default: break;
    }
}

/* The md column of each cell column: a glued cell and the next share one. */
typedef struct MdCols {
    int *of;        /* [ncols] */
    bool *first;    /* [ncols] the first cell of its md column */
    int n;
} MdCols;

static MdCols md_cols(const RdTable *t)
{
    MdCols m = {xcalloc((size_t)t->ncols + 1, sizeof *m.of), xcalloc((size_t)t->ncols + 1, sizeof *m.first), 0};
    bool *glued = xcalloc((size_t)t->ncols + 1, sizeof *glued);
    for (int r = t->nhead; r < t->nrows; r++)
        for (int c = 0; c + 1 < t->ncols; c++)
            glued[c] |= t->rows[r].cells[c].glue;
    for (int c = 0; c < t->ncols; c++) {
        m.of[c] = m.n;
        m.first[c] = true;
        if (glued[c] && c + 1 < t->ncols) {
            m.of[c + 1] = m.n;
            c++;
        }
        m.n++;
    }
    free(glued);
    return m;
}

static void md_bold(Sbuf *out, const Sbuf *cell, bool bold)
{
    if (bold && cell->len)
        sb_puts(out, "**");
    sb_add(out, cell->s ? cell->s : "", cell->len);
    if (bold && cell->len)
        sb_puts(out, "**");
}

/* A row's md cells: each the texts of its cell columns joined by a space. */
static void md_row(Sbuf *out, const RdRow *row, const RdTable *t, const MdCols *m, bool en)
{
    Sbuf cell;
    sb_init(&cell);
    sb_puts(out, "|");
    for (int k = 0; k < m->n; k++) {
        sb_clear(&cell);
        bool bold = false;
        for (int c = 0; c < t->ncols; c++) {
            if (m->of[c] != k)
                continue;
            const RdCell *x = &row->cells[c];
            size_t before = cell.len;
            bool space = cell.len && x->kind != RD_EMPTY && x->kind != RD_COVERED;
            if (space)
                sb_putc(&cell, ' ');
            md_cell_text(&cell, x, en);
            if (space && cell.len == before + 1)    /* nothing after the space */
                cell.s[--cell.len] = '\0';
            bold |= x->bold;
        }
        sb_putc(out, ' ');
        md_bold(out, &cell, bold);
        sb_puts(out, " |");
    }
    sb_puts(out, "\n");
    sb_free(&cell);
}

/* The cell whose colspan covers column c of a row, or NULL (a rowspan
 * from above). */
static const RdCell *md_span_origin(const RdRow *row, int c)
{
    for (int o = c - 1; o >= 0; o--)
        if (row->cells[o].kind != RD_COVERED)
            return o + (row->cells[o].colspan > 1 ? row->cells[o].colspan : 1) > c ? &row->cells[o] : NULL;
    return NULL;
}

/* The one header row: the first head row's text per md column, the lower
 * head rows' own texts in brackets. */
static void md_header(Sbuf *out, const RdTable *t, const MdCols *m, bool en)
{
    Sbuf cell;
    sb_init(&cell);
    sb_puts(out, "|");
    for (int k = 0; k < m->n; k++) {
        sb_clear(&cell);
        int subs = 0;
        for (int r = 0; r < t->nhead; r++) {
            if (t->rows[r].kind != RD_ROW_HEAD)
                continue;
            for (int c = 0; c < t->ncols; c++) {
                const RdCell *x = &t->rows[r].cells[c];
                if (m->of[c] != k || !m->first[c])
                    continue;
                /* under a colspan of this row: the spanning cell's text */
                if (x->kind == RD_COVERED)
                    x = md_span_origin(&t->rows[r], c);
                if (!x || x->kind == RD_EMPTY || x->kind == RD_COVERED)
                    continue;
                size_t at = cell.len;
                if (cell.len)
                    sb_puts(&cell, subs++ ? " " : " (");
                size_t mark = cell.len;
                md_cell_text(&cell, x, en);
                if (cell.len == mark) {         /* nothing written */
                    cell.len = at;
                    cell.s[at] = '\0';
                    if (at && subs)
                        subs--;
                }
            }
        }
        if (subs)
            sb_puts(&cell, ")");
        sb_putc(out, ' ');
        sb_add(out, cell.s ? cell.s : "", cell.len);
        sb_puts(out, " |");
    }
    sb_puts(out, "\n|");
    for (int k = 0; k < m->n; k++) {
        bool right = false;
        for (int r = t->nhead; r < t->nrows && !right; r++) {
            if (t->rows[r].kind != RD_ROW_BODY && t->rows[r].kind != RD_ROW_TOTAL)
                continue;
            for (int c = 0; c < t->ncols; c++)
                if (m->of[c] == k && m->first[c] && t->rows[r].cells[c].kind == RD_NUM)
                    right = true;
        }
        sb_puts(out, right ? "--:|" : "---|");
    }
    sb_puts(out, "\n");
    sb_free(&cell);
}

static void md_table(Sbuf *out, const RdTable *t, bool en)
{
    if (t->caption) {
        sb_puts(out, "**");
        md_esc(out, t->caption);
        sb_puts(out, "**\n\n");
    }
    MdCols m = md_cols(t);
    md_header(out, t, &m, en);
    for (int r = 0; r < t->nrows; r++)
        if (t->rows[r].kind != RD_ROW_HEAD)
            md_row(out, &t->rows[r], t, &m, en);
    sb_puts(out, "\n");
    free(m.of);
    free(m.first);
}

/* A chart as the table of its values. */
static void md_chart(Sbuf *out, const RdChart *ch, bool en)
{
    char buf[64];
    sb_puts(out, "**Grafik: ");
    md_esc(out, ch->title);
    sb_puts(out, "**\n\n| ");
    md_esc(out, ch->y_label ? ch->y_label : "");
    sb_puts(out, " |");
    for (int s = 0; s < ch->nseries; s++) {
        sb_putc(out, ' ');
        md_esc(out, ch->series[s].name);
        sb_puts(out, " |");
    }
    sb_puts(out, "\n|---|");
    for (int s = 0; s < ch->nseries; s++)
        sb_puts(out, "--:|");
    sb_puts(out, "\n");
    for (int i = 0; i < ch->ncats; i++) {
        sb_puts(out, "| ");
        md_esc(out, ch->cats[i]);
        sb_puts(out, " |");
        for (int s = 0; s < ch->nseries; s++) {
            const RdSeries *se = &ch->series[s];
            sb_putc(out, ' ');
            if (!se->ada || se->ada[i])
                sb_puts(out, rd_num_text(buf, sizeof buf, se->v[i], RD_DEC2, en));
            sb_puts(out, " |");
        }
        sb_puts(out, "\n");
    }
    sb_puts(out, "\n");
}

static const char *md_or(const char *s)
{
    return s ? s : "";
}

/* The lines of one signatory: jabatan (Plt.), name bold, pangkat, NIP. */
static void md_party_lines(const RdParty *p, const char *line[4], Sbuf *jab)
{
    sb_init(jab);
    if (p->plt)
        sb_puts(jab, "Plt. ");
    sb_puts(jab, md_or(p->jabatan));
    line[0] = jab->s ? jab->s : "";
    line[1] = md_or(p->nama);
    line[2] = md_or(p->pangkat);
    line[3] = p->nip ? p->nip : NULL;
}

static void md_sign(Sbuf *out, const RdSign *s, bool en)
{
    char date[64];
    rd_date_text(date, sizeof date, s->y, s->m, s->d, en);
    if (s->tempat || s->y) {
        md_esc(out, md_or(s->tempat));
        sb_puts(out, s->tempat && s->y ? ", " : "");
        sb_puts(out, date);
        sb_puts(out, "\n\n");
    }
    const char *r[4], *l[4];
    Sbuf rj, lj;
    md_party_lines(&s->right, r, &rj);
    if (s->left.set) {
        md_party_lines(&s->left, l, &lj);
        sb_puts(out, "| ");
        md_esc(out, md_or(s->left.role));
        sb_puts(out, " | ");
        md_esc(out, md_or(s->right.role));
        sb_puts(out, " |\n|---|---|\n");
        for (int i = 0; i < 4; i++) {
            sb_puts(out, "| ");
            if (i == 3 && l[3])
                sb_puts(out, "NIP. ");
            md_esc(out, l[i] ? l[i] : "");
            sb_puts(out, " | ");
            if (i == 3 && r[3])
                sb_puts(out, "NIP. ");
            md_esc(out, r[i] ? r[i] : "");
            sb_puts(out, " |\n");
        }
        sb_puts(out, "\n");
        sb_free(&lj);
    } else {
        if (s->right.role) {
            md_esc(out, s->right.role);
            sb_puts(out, "\n\n");
        }
        md_esc(out, r[0]);
        sb_puts(out, *r[0] ? ",\n\n" : "\n\n");
        if (*r[1]) {
            sb_puts(out, "**");
            md_esc(out, r[1]);
            sb_puts(out, "**\n\n");
        }
        if (*r[2]) {
            md_esc(out, r[2]);
            sb_puts(out, "\n\n");
        }
        if (r[3]) {
            sb_puts(out, "NIP. ");
            md_esc(out, r[3]);
            sb_puts(out, "\n\n");
        }
    }
    sb_free(&rj);
}

int rd_render_md(FILE *f, const RdDoc *doc, char **err)
{
    Sbuf out;
    sb_init(&out);
    for (int i = 0; i < doc->nblocks; i++) {
        const RdBlock *b = &doc->blocks[i];
        switch (b->kind) {
        case RD_B_TITLE:
            sb_puts(&out, "**");
            md_esc(&out, b->text);
            sb_puts(&out, "**\n\n");
            break;
        case RD_B_HEADING:
            sb_puts(&out, "## ");
            md_esc(&out, b->text);
            sb_puts(&out, "\n\n");
            break;
        case RD_B_PARA:
            md_esc(&out, b->text);
            sb_puts(&out, "\n\n");
            break;
        case RD_B_TABLE: md_table(&out, b->table, doc->angka_en); break;
        case RD_B_CHART: md_chart(&out, b->chart, doc->angka_en); break;
        case RD_B_SIGN: md_sign(&out, b->sign, doc->angka_en); break;
        case RD_B_PAGEBREAK: sb_puts(&out, "---\n\n"); break;
        }
    }
    /* one trailing newline */
    while (out.len > 1 && out.s[out.len - 1] == '\n' && out.s[out.len - 2] == '\n')
        out.s[--out.len] = '\0';
    int rc = 0;
    if (out.len && fwrite(out.s, 1, out.len, f) != out.len) {
        *err = xstrdup("cannot write the document");
        rc = -1;
    }
    sb_free(&out);
    return rc;
}
