/*
 * model.c - names of the model's enums and the table of built-ins, shared
 * by sema (arity checks), the evaluator and every renderer.
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
