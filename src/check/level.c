/*
 * level.c - the levels of a tingkat unit: by name, by index, the nearest
 * name, the list shown in messages (level.h).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "check/level.h"

int lv_findn(const MUnit *u, const char *s, size_t n)
{
    if (!lv_is(u) || !s)
        return -1;
    for (int i = 0; i < u->nlevels; i++)
        if (strlen(u->levels[i]) == n && memcmp(u->levels[i], s, n) == 0)
            return i;
    return -1;
}

int lv_find(const MUnit *u, const char *name)
{
    return name ? lv_findn(u, name, strlen(name)) : -1;
}

const char *lv_name(const MUnit *u, double ix)
{
    if (!lv_is(u) || !(ix >= 0) || ix >= u->nlevels || ix != floor(ix))
        return NULL;
    return u->levels[(int)ix];
}

const char *lv_nearest(const MUnit *u, const char *s)
{
    return lv_is(u) && s ? dg_nearest(s, u->levels, u->nlevels) : NULL;
}

const char *lv_list(const MUnit *u, char *buf, size_t n)
{
    size_t at = 0;
    buf[0] = '\0';
    for (int i = 0; lv_is(u) && i < u->nlevels && at < n; i++) {
        int w = snprintf(buf + at, n - at, "%s%s", i ? ", " : "", u->levels[i]);
        if (w < 0)
            break;
        at += (size_t)w;
    }
    return buf;
}

int lv_target(const MUnit *u, const MTarget *t)
{
    return t && t->set ? lv_find(u, t->level) : -1;
}
