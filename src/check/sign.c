/*
 * sign.c - the documents' place, date and signatures (CLI.md "Documents"):
 * the plan properties `tempat "Pontianak"`, `tanggal "2025-02-07"`,
 * `penandatangan { jabatan "..." nama "..." nip "..." pangkat "..." }`
 * and a pk's `pihak_kedua { ... plt benar }`, lowered onto the MPlan.
 * They belong to the plan that writes them: mengacu never copies them
 * (a PK signed by another official than its Renstra's is the rule).
 */
#include <stdlib.h>
#include <string.h>

#include "check/sema_int.h"

static const char *const signer_valid[] = {"jabatan", "nama", "nip", "pangkat", "plt"};

static bool leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* "YYYY-MM-DD" of a real day: 0, or -1. */
static int parse_date(const char *s, int *y, int *m, int *d)
{
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return -1;
    *y = atoi(s);
    *m = atoi(s + 5);
    *d = atoi(s + 8);
    if (*y < 1900 || *m < 1 || *m > 12 || *d < 1)
        return -1;
    int last = mdays[*m - 1] + (*m == 2 && leap(*y));
    return *d <= last ? 0 : -1;
}

static void lower_tanggal(Sema *s, MPlan *pl, Prop *p)
{
    if (p->val.kind != V_STR || p->val.str->interp) {
        dg_emit(s->d, "E013", p->val.span, "'tanggal' takes a date in double quotes, \"YYYY-MM-DD\", e.g. tanggal \"2025-02-07\"");
        return;
    }
    const char *t = sm_str_text(p->val.str);
    int y, m, d;
    if (parse_date(t, &y, &m, &d) != 0) {
        dg_emit(s->d, "E013", p->val.span, "'%s' is not a date; write tanggal \"YYYY-MM-DD\" with a real day, e.g. tanggal \"2025-02-07\"", t);
        return;
    }
    pl->tgl_y = y;
    pl->tgl_m = m;
    pl->tgl_d = d;
}

/* plt benar | plt salah */
static void lower_plt(Sema *s, MSigner *g, Prop *p)
{
    static const char *const words[] = {"benar", "salah"};
    int k = sm_want_word(s, p, words, 2);
    if (k >= 0)
        g->plt = k == 0;
}

static void lower_signer(Sema *s, MSigner *g, Prop *p)
{
    if (p->val.kind != V_BLOCK) {
        dg_emit(s->d, "E013", p->val.span,
                "'%s' takes a block of the signatory, e.g. %s { jabatan \"Kepala Balai\" nama \"...\" nip \"...\" pangkat \"...\" }",
                p->name.s, p->name.s);
        return;
    }
    g->set = true;
    Prop *seen[8];
    int nseen = 0;
    for (Node *x = p->val.map.head; x; x = x->next) {
        Prop *q = (Prop *)x;
        if (!sm_first_time(s, q, seen, &nseen, 8))
            continue;
        const char *nm = q->name.s;
        if (strcmp(nm, "jabatan") == 0)
            g->jabatan = sm_want_str(s, q);
        else if (strcmp(nm, "nama") == 0)
            g->nama = sm_want_str(s, q);
        else if (strcmp(nm, "nip") == 0)
            g->nip = sm_want_str(s, q);
        else if (strcmp(nm, "pangkat") == 0)
            g->pangkat = sm_want_str(s, q);
        else if (strcmp(nm, "plt") == 0)
            lower_plt(s, g, q);
        else
            sm_misplaced(s, q, "a signatory", signer_valid, (int)(sizeof signer_valid / sizeof *signer_valid));
    }
}

bool sm_lower_sign_prop(Sema *s, MPlan *pl, Prop *p)
{
    const char *nm = p->name.s;
    if (strcmp(nm, "tempat") == 0) {
        pl->tempat = sm_want_str(s, p);
    } else if (strcmp(nm, "tanggal") == 0) {
        lower_tanggal(s, pl, p);
    } else if (strcmp(nm, "penandatangan") == 0) {
        lower_signer(s, &pl->penandatangan, p);
    } else if (strcmp(nm, "pihak_kedua") == 0) {
        if (pl->kind != PLAN_PK)
            dg_emit(s->d, "E014", p->name.span,
                    "'pihak_kedua' belongs in a pk: the superior who co-signs the Perjanjian Kinerja; an %s has only its penandatangan",
                    pl->kind == PLAN_RKT ? "rkt" : "renstra");
        else
            lower_signer(s, &pl->pihak_kedua, p);
    } else {
        return false;
    }
    return true;
}
