/*
 * utf8.c - validation of UTF-8 sequences (RFC 3629: no overlongs, no
 * surrogates, nothing past U+10FFFF).  Used by the scanner for comments
 * and by the data loader for text fields.
 */
#include "base/source.h"

int utf8_valid_len(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n == 0)
        return 0;
    if (u[0] < 0x80)
        return 1;
    int len;
    unsigned char lo = 0x80, hi = 0xBF;     /* bounds of the second byte */
    if (u[0] >= 0xC2 && u[0] <= 0xDF)
        len = 2;
    else if (u[0] >= 0xE0 && u[0] <= 0xEF) {
        len = 3;
        if (u[0] == 0xE0) lo = 0xA0;        /* overlong */
        if (u[0] == 0xED) hi = 0x9F;        /* surrogates */
    } else if (u[0] >= 0xF0 && u[0] <= 0xF4) {
        len = 4;
        if (u[0] == 0xF0) lo = 0x90;
        if (u[0] == 0xF4) hi = 0x8F;
    } else
        return 0;
    if (n < (size_t)len || u[1] < lo || u[1] > hi)
        return 0;
    for (int i = 2; i < len; i++)
        if ((u[i] & 0xC0) != 0x80)
            return 0;
    return len;
}
