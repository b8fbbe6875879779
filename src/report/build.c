/*
 * build.c - the choice of builder by --jenis (build.h).
 */
#include <string.h>

#include "report/build.h"

typedef struct RbKind {
    const char *name;
    RdDoc *(*build)(const RbInput *in);
    bool renstra;               /* works on a renstra, not an rkt/pk */
} RbKind;

static const RbKind rb_kinds[] = {
    {"rkt", rb_build_rkt, false},
    {"pk", rb_build_pk, false},
    {"renstra", rb_build_renstra, true},
    {"iku", rb_build_iku, false},
    {"pengukuran", rb_build_pengukuran, false},
    {"lkj", rb_build_lkj, false},
};

static const RbKind *rb_kind(const char *jenis)
{
    for (size_t i = 0; jenis && i < sizeof rb_kinds / sizeof *rb_kinds; i++)
        if (strcmp(rb_kinds[i].name, jenis) == 0)
            return &rb_kinds[i];
    return NULL;
}

bool rb_known(const char *jenis)
{
    return rb_kind(jenis) != NULL;
}

RdDoc *rb_build(const RbInput *in, char **err)
{
    const RbKind *k = rb_kind(in->jenis);
    if (!k) {
        *err = xasprintf("--jenis %s is not a kind of document; write rkt, pk, renstra, iku, pengukuran or lkj",
                         in->jenis ? in->jenis : "");
        return NULL;
    }
    if (k->renstra != (in->r->plan->kind == PLAN_RENSTRA)) {
        *err = xasprintf(k->renstra ? "--jenis %s takes a renstra; %s is not one" : "--jenis %s takes an rkt or pk; %s is a renstra",
                         in->jenis, in->r->plan->code);
        return NULL;
    }
    return k->build(in);
}
