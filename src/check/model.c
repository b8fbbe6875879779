/*
 * model.c - names of the model's enums, the table of built-ins and the
 * kin of an element, shared by sema (arity checks), the evaluator and
 * every renderer.
 */
#include <string.h>
#include "check/model.h"

/* name, arguments (min, max), the kinds of the first two, and whether it
 * reads realisasi or capaian (a rule that calls it is evaluated, not
 * static). */
const BuiltinInfo builtin_info[BI__COUNT] = {
    [BI_REALISASI] = {"realisasi", 1, 2, {BA_CODE, BA_PERIOD}, true},
    [BI_TARGET] = {"target", 1, 2, {BA_CODE, BA_PERIOD}, false},
    [BI_CAPAIAN] = {"capaian", 1, 2, {BA_CODE, BA_PERIOD}, true},
    [BI_ADA] = {"ada", 1, 1, {BA_VALUE, BA_VALUE}, false},
    [BI_MIN] = {"min", 1, -1, {BA_VALUE, BA_VALUE}, false},
    [BI_MAKS] = {"maks", 1, -1, {BA_VALUE, BA_VALUE}, false},
    [BI_ABS] = {"abs", 1, 1, {BA_VALUE, BA_VALUE}, false},
    [BI_BULAT] = {"bulat", 1, 2, {BA_VALUE, BA_VALUE}, false},
    [BI_JUMLAH] = {"jumlah", 1, -1, {BA_VALUE, BA_VALUE}, false},
    [BI_RATA] = {"rata", 1, -1, {BA_VALUE, BA_VALUE}, false},
    [BI_KATEGORI] = {"kategori", 2, 2, {BA_VALUE, BA_SCALE}, false},
    [BI_KODE] = {"kode", 1, 1, {BA_CODE, BA_PERIOD}, false},
    [BI_URAIAN] = {"uraian", 1, 1, {BA_CODE, BA_PERIOD}, false},
    [BI_PELAKSANA] = {"pelaksana", 1, 1, {BA_CODE, BA_PERIOD}, false},
    [BI_ANGGARAN] = {"anggaran", 1, 1, {BA_CODE, BA_PERIOD}, false},
    [BI_REALISASI_ANGGARAN] = {"realisasi_anggaran", 1, 2, {BA_CODE, BA_PERIOD}, true},
    [BI_SERAPAN] = {"serapan", 1, 2, {BA_CODE, BA_PERIOD}, true},
    [BI_TARGET_BAWAH] = {"target_bawah", 1, 2, {BA_CODE, BA_PERIOD}, false},
    [BI_TARGET_ATAS] = {"target_atas", 1, 2, {BA_CODE, BA_PERIOD}, false},
    [BI_TARGET_TERLAPOR] = {"target_terlapor", 1, 2, {BA_CODE, BA_PERIOD}, true},
};

int builtin_find(const char *name)
{
    for (int i = 0; i < BI__COUNT; i++)
        if (strcmp(builtin_info[i].name, name) == 0)
            return i;
    return -1;
}

const char *mu_label(const MUnit *u, Arena *a)
{
    if (!u)
        return NULL;
    if (u->label)
        return u->label;
    char *s = ar_strdup(a, u->name);
    if (s[0] >= 'a' && s[0] <= 'z')
        s[0] = (char)(s[0] - 'a' + 'A');
    return s;
}

const char *pol_name(Polaritas p)
{
    static const char *const n[] = {"maksimal", "minimal", "stabil"};
    return n[p];
}

const char *kon_name(Konsolidasi k)
{
    static const char *const n[] = {"jumlah", "rata", "terakhir", "maks", "min"};
    return n[k];
}

const char *rule_sev_name(RuleSev s)
{
    static const char *const n[] = {"galat", "peringatan", "info"};
    return n[s];
}

/* The kin of an element: its nearest descendants of its own kind, reached
 * through elements of other kinds (a sasaran strategis's sasaran program,
 * wherever a program lies between).  What an element with no indicator of
 * its own rolls up (docs/language.md, "Roll-up").  out holds at most the
 * plan's nels; the walk is bounded by the tree's depth (PARSE_MAX_DEPTH). */
static void kin_walk(const MSas *el, ElKind kind, const MSas **out, int *n)
{
    for (int i = 0; i < el->nkids; i++) {
        if (el->kids[i]->kind == kind)
            out[(*n)++] = el->kids[i];
        else
            kin_walk(el->kids[i], kind, out, n);
    }
}

int el_kin(const MSas *el, const MSas **out)
{
    int n = 0;
    kin_walk(el, el->kind, out, &n);
    return n;
}

bool el_budgets(ElKind k)
{
    return k == EL_PROGRAM || k == EL_KEGIATAN || k == EL_SUBKEGIATAN;
}

/* The budget children of an element: its nearest descendants that take an
 * anggaran (program, kegiatan, subkegiatan), reached through tujuan and
 * sasaran.  Budgets add up over them (docs/language.md, "Budget"). */
static void budget_walk(const MSas *el, const MSas **out, int *n)
{
    for (int i = 0; i < el->nkids; i++) {
        if (el_budgets(el->kids[i]->kind))
            out[(*n)++] = el->kids[i];
        else
            budget_walk(el->kids[i], out, n);
    }
}

int el_budget_kids(const MSas *el, const MSas **out)
{
    int n = 0;
    budget_walk(el, out, &n);
    return n;
}
