/*
 * model.c - names of the model's enums and the table of built-ins, shared
 * by sema (arity checks), the evaluator and every renderer.
 */
#include <string.h>
#include "check/model.h"

const BuiltinInfo builtin_info[BI__COUNT] = {
    [BI_REALISASI] = {"realisasi", 1, 2},
    [BI_TARGET] = {"target", 1, 2},
    [BI_CAPAIAN] = {"capaian", 1, 2},
    [BI_ADA] = {"ada", 1, 1},
    [BI_MIN] = {"min", 1, -1},
    [BI_MAKS] = {"maks", 1, -1},
    [BI_ABS] = {"abs", 1, 1},
    [BI_BULAT] = {"bulat", 1, 2},
    [BI_JUMLAH] = {"jumlah", 1, -1},
    [BI_RATA] = {"rata", 1, -1},
    [BI_KATEGORI] = {"kategori", 2, 2},
    [BI_KODE] = {"kode", 1, 1},
    [BI_URAIAN] = {"uraian", 1, 1},
};

int builtin_find(const char *name)
{
    for (int i = 0; i < BI__COUNT; i++)
        if (strcmp(builtin_info[i].name, name) == 0)
            return i;
    return -1;
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
